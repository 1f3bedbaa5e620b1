// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerkeydialog.h"

#include "keyslotpicker.h"

#include "api/cloudaccountsrequest.h"
#include "api/registerkeyrequest.h"
#include "core/keyidentifier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace astra {

RegisterKeyDialog::RegisterKeyDialog(const ApiConnection &connection,
                                     const Organization &organization,
                                     const QList<ServerlessRegion> &regions, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_organization(organization)
    , m_picker(new KeySlotPicker(regions, this))
    , m_accounts(new QListWidget(this))
    , m_accountsState(new QLabel(this))
    , m_keyId(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_confirm(
          new QCheckBox(tr("I have granted these Cloud Provider IDs access to the key"), this))
    , m_register(new QPushButton(tr("&Register key"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("registerKeyDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Register a customer key for %1").arg(organization.name));
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Cloud Provider IDs to grant"));
    m_accounts->setMaximumHeight(80);
    m_accountsState->setObjectName(QStringLiteral("accountsState"));
    m_accountsState->setWordWrap(true);
    m_keyId->setObjectName(QStringLiteral("keyIdField"));
    m_keyId->setAccessibleName(tr("Key ID"));
    m_keyId->setPlaceholderText(tr("ARN, GCP key resource name, or Azure key identifier"));
    m_problem->setObjectName(QStringLiteral("keyIdProblem"));
    m_problem->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmGrant"));
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_result->setObjectName(QStringLiteral("registerResult"));
    m_result->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_accountsState);
    layout->addWidget(m_accounts);
    auto *form = new QFormLayout;
    form->addRow(tr("&Key ID:"), m_keyId);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_confirm);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_register, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_picker, &KeySlotPicker::changed, this, [this] {
        loadAccounts();
        updateState();
    });
    connect(m_keyId, &QLineEdit::textChanged, this, &RegisterKeyDialog::updateState);
    connect(m_confirm, &QCheckBox::toggled, this, &RegisterKeyDialog::updateState);
    connect(m_register, &QPushButton::clicked, this, &RegisterKeyDialog::submit);
    loadAccounts();
    updateState();
    resize(620, 460);
}

void RegisterKeyDialog::loadAccounts()
{
    if (m_accountsRequest)
        m_accountsRequest->abort();
    m_accounts->clear();
    const QString region = m_picker->region();
    if (region.isEmpty()) {
        m_accountsState->setText(
            tr("Choose the key's region to see the Cloud Provider IDs to grant."));
        return;
    }
    m_accountsState->setText(tr("Loading the Cloud Provider IDs…"));
    auto *request = new CloudAccountsRequest(m_connection, m_picker->type(),
                                             cloudProviderCode(m_picker->provider()), region, this);
    m_accountsRequest = request;
    connect(request, &CloudAccountsRequest::received, this,
            [this](const QList<CloudAccount> &accounts) {
                for (const CloudAccount &account : accounts)
                    m_accounts->addItem(account.providerId);
                m_accountsState->setText(
                    tr("First grant these Cloud Provider IDs access to the key in "
                       "your cloud's key policy:"));
            });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            m_accountsState->setText(error.message);
    });
    request->start();
}

void RegisterKeyDialog::updateState()
{
    const QString region = m_picker->region();
    const QString problem = m_keyId->text().trimmed().isEmpty() ? QString()
                            : region.isEmpty()
                                ? tr("Choose the key's region.")
                                : keyIdProblem(m_picker->provider(), region, m_keyId->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool ready =
        !region.isEmpty() && !m_keyId->text().trimmed().isEmpty() && problem.isEmpty();
    m_register->setEnabled(ready && m_confirm->isChecked() && !m_sending);
}

void RegisterKeyDialog::submit()
{
    if (m_sending)
        return;
    m_sending = true; // a write goes out once: the button stays off until the answer
    updateState();
    m_result->setText(tr("Registering…"));
    auto *request = new RegisterKeyRequest(m_connection, m_picker->type(), m_organization.id,
                                           cloudProviderCode(m_picker->provider()),
                                           m_picker->region(), m_keyId->text().trimmed(), this);
    connect(request, &RegisterKeyRequest::received, this, [this] {
        m_result->setText(tr("The key is registered. New databases in this region will be "
                             "encrypted with it."));
        m_keyId->setReadOnly(true);
        Q_EMIT registered();
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        m_sending = false;
        m_result->setText(error.message);
        updateState();
    });
    request->start();
}

} // namespace astra
