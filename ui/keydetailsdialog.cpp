// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydetailsdialog.h"

#include "api/cloudaccountsrequest.h"
#include "core/keyidentifier.h"
#include "inventory/keyguidance.h"
#include "inventory/supportrequest.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace astra {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *copyButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

KeyDetailsDialog::KeyDetailsDialog(const KeyUsage &usage, const OrganizationSnapshot &snapshot,
                                   QWidget *parent)
    : QDialog(parent)
    , m_usage(usage)
    , m_organization(snapshot.organization)
    , m_regionName(snapshot.regionDisplayName(usage.key.providerText, usage.key.region))
{
    setObjectName(QStringLiteral("keyDetailsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Key details: %1 %2")
                       .arg(cloudProviderDisplayName(usage.key.provider), usage.key.region));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailTabs"));
    tabs->addTab(buildOverview(), tr("Overview"));
    tabs->addTab(buildAccess(), tr("Grant access"));
    tabs->addTab(buildRotation(), tr("Rotation"));
    tabs->addTab(buildSupport(), tr("Replace or delete"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString KeyDetailsDialog::statusExplanation() const
{
    const int count = m_usage.databaseCount();
    QString text;
    if (m_usage.usageTrackingUnavailable) {
        text = azureUsageTrackingTooltip() + u' ' +
               tr("The Astra Portal shows Azure keys as Available. Astra Keys derived the "
                  "usage below from the databases deployed in this region.");
    } else if (m_usage.derivedStatus == KeyStatus::InUse) {
        text = tr("In-Use: databases of the key's type run in %1 on %2 and were deployed after "
                  "the key was registered, so they are encrypted with it.")
                   .arg(m_regionName, cloudProviderDisplayName(m_usage.key.provider));
    } else {
        text = tr("Available: the key is registered, but no %1 database runs in %2 with it.")
                   .arg(keyTypeDisplayName(m_usage.key.type).toLower(), m_regionName);
    }
    if (count > 0 && m_usage.hasOnlyLikelyUses())
        text += u' ' + tr("The API does not say when a key was registered; these databases were "
                          "deployed before Astra Keys first saw the key, so they likely, not "
                          "certainly, use it.");
    return text;
}

QWidget *KeyDetailsDialog::buildOverview()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto *idRow = new QHBoxLayout;
    auto *keyId = wrapped(m_usage.key.keyId, page);
    keyId->setObjectName(QStringLiteral("keyIdLabel"));
    auto *copyId = copyButton(QStringLiteral("copyKeyIdButton"), tr("Copy"), page);
    copyId->setToolTip(tr("Copy the key ID"));
    connect(copyId, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_usage.key.keyId); });
    idRow->addWidget(keyId, 1);
    idRow->addWidget(copyId);
    form->addRow(tr("Key ID:"), idRow);
    form->addRow(tr("Provider:"), new QLabel(cloudProviderDisplayName(m_usage.key.provider), page));
    form->addRow(tr("Region:"),
                 new QLabel(m_regionName == m_usage.key.region
                                ? m_usage.key.region
                                : QStringLiteral("%1 (%2)").arg(m_regionName, m_usage.key.region),
                            page));
    form->addRow(tr("Type:"), new QLabel(keyTypeDisplayName(m_usage.key.type), page));
    form->addRow(
        tr("Organization:"),
        wrapped(QStringLiteral("%1 (%2)").arg(m_organization.name, m_organization.id), page));
    auto *status = wrapped(
        keyStatusText(m_usage.portalStatus) + QStringLiteral(" — ") + statusExplanation(), page);
    status->setObjectName(QStringLiteral("statusExplanation"));
    form->addRow(tr("Status:"), status);
    layout->addLayout(form);

    layout->addWidget(new QLabel(m_usage.usageTrackingUnavailable
                                     ? tr("Databases using it (derived):")
                                     : tr("Databases using it:"),
                                 page));
    auto *databases = new QListWidget(page);
    databases->setObjectName(QStringLiteral("databaseList"));
    databases->setAccessibleName(tr("Databases using the key"));
    for (const KeyUse &use : m_usage.uses) {
        const QString certainty =
            use.certainty == UseCertainty::Certain ? tr("certain") : tr("likely");
        auto *item = new QListWidgetItem(
            tr("%1 — region %2, deployed %3 (%4)")
                .arg(use.databaseName, use.region,
                     QLocale().toString(use.dateCreated.toLocalTime().date(), QLocale::ShortFormat),
                     certainty),
            databases);
        item->setData(Qt::UserRole, use.databaseId);
    }
    for (const KeyNonUse &other : m_usage.nonUses) {
        const QString why =
            other.reason == KeyNonUse::Reason::OtherKeyType
                ? tr("not used: the database's type needs a %1 key")
                      .arg(keyTypeDisplayName(m_usage.key.type == KeyType::Classic
                                                  ? KeyType::Serverless
                                                  : KeyType::Classic)
                               .toLower())
                : tr("not used: deployed before the key was registered (default encryption)");
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(other.databaseName, why), databases);
        item->setData(Qt::UserRole, other.databaseId);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (databases->count() == 0)
        databases->addItem(tr("No database runs in this region."));
    connect(databases, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT databaseActivated(id);
    });
    layout->addWidget(databases, 1);
    return page;
}

QWidget *KeyDetailsDialog::buildAccess()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("Astra DB uses the key through these Cloud Provider IDs. Grant "
                                 "them access to the key in your cloud's key policy."),
                              page));
    m_accountsState = wrapped(tr("Loading the Cloud Provider IDs…"), page);
    m_accountsState->setObjectName(QStringLiteral("accountsState"));
    layout->addWidget(m_accountsState);
    m_accounts = new QListWidget(page);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Cloud Provider IDs"));
    m_accounts->setMaximumHeight(90);
    layout->addWidget(m_accounts);
    m_policy = new QPlainTextEdit(page);
    m_policy->setObjectName(QStringLiteral("policySnippet"));
    m_policy->setAccessibleName(tr("Key policy snippet"));
    m_policy->setReadOnly(true);
    m_policy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_policy, 1);
    m_copyPolicy = copyButton(QStringLiteral("copyPolicyButton"), tr("Copy policy snippet"), page);
    m_copyPolicy->setEnabled(false);
    connect(m_copyPolicy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_policy->toPlainText()); });
    layout->addWidget(m_copyPolicy, 0, Qt::AlignRight);
    return page;
}

void KeyDetailsDialog::setConnection(const std::optional<ApiConnection> &connection,
                                     const QString &error)
{
    if (!connection) {
        m_accountsState->setText(error.isEmpty() ? tr("Not connected.") : error);
        return;
    }
    auto *request = new CloudAccountsRequest(*connection, m_usage.key.type,
                                             m_usage.key.providerText, m_usage.key.region, this);
    connect(request, &CloudAccountsRequest::received, this,
            [this](const QList<CloudAccount> &accounts) {
                m_accounts->clear();
                for (const CloudAccount &account : accounts)
                    m_accounts->addItem(account.providerId);
                const QString snippet = keyPolicySnippet(m_usage.key, accounts);
                m_policy->setPlainText(snippet);
                m_copyPolicy->setEnabled(!snippet.isEmpty());
                m_accountsState->setText(
                    accounts.isEmpty() ? tr("The API listed no Cloud Provider IDs for this region.")
                                       : tr("Grant these IDs access to the key:"));
            });
    connect(request, &ApiRequest::failed, this,
            [this](const ApiError &failure) { m_accountsState->setText(failure.message); });
    request->start();
}

QWidget *KeyDetailsDialog::buildRotation()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *guidance = wrapped(rotationGuidance(m_usage.key.provider), page);
    guidance->setObjectName(QStringLiteral("rotationGuidance"));
    layout->addWidget(guidance);
    const QUrl console =
        KeyIdentifier::parse(m_usage.key.provider, m_usage.key.keyId).consoleUrl(m_usage.key.keyId);
    auto *open = new QPushButton(tr("Open in cloud console"), page);
    open->setObjectName(QStringLiteral("openConsoleButton"));
    open->setEnabled(console.isValid());
    open->setToolTip(console.isValid() ? console.toString()
                                       : tr("The key ID does not name a console page."));
    connect(open, &QPushButton::clicked, this, [console] { QDesktopServices::openUrl(console); });
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWidget *KeyDetailsDialog::buildSupport()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("The DevOps API cannot replace or delete a key registration, nor "
                                 "revert to default encryption: DataStax support does. Copy this "
                                 "request into a support ticket."),
                              page));
    m_supportAction = new QComboBox(page);
    m_supportAction->setObjectName(QStringLiteral("supportAction"));
    m_supportAction->setAccessibleName(tr("Requested change"));
    for (const SupportAction action : {SupportAction::ReplaceKey, SupportAction::DeleteRegistration,
                                       SupportAction::RevertToDefaultEncryption})
        m_supportAction->addItem(supportActionText(action), int(action));
    layout->addWidget(m_supportAction);
    m_supportWarning = wrapped(QString(), page);
    m_supportWarning->setObjectName(QStringLiteral("outageWarning"));
    layout->addWidget(m_supportWarning);
    m_supportText = new QPlainTextEdit(page);
    m_supportText->setObjectName(QStringLiteral("supportRequestText"));
    m_supportText->setAccessibleName(tr("Support request"));
    layout->addWidget(m_supportText, 1);
    auto *copy = copyButton(QStringLiteral("copySupportRequestButton"), tr("Copy request"), page);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_supportText->toPlainText()); });
    layout->addWidget(copy, 0, Qt::AlignRight);
    connect(m_supportAction, &QComboBox::currentIndexChanged, this,
            &KeyDetailsDialog::updateSupportText);
    updateSupportText();
    return page;
}

void KeyDetailsDialog::updateSupportText()
{
    const auto action = SupportAction(m_supportAction->currentData().toInt());
    m_supportText->setPlainText(composeSupportRequest(action, m_organization, m_usage));
    const bool outage = action != SupportAction::ReplaceKey && !m_usage.uses.isEmpty();
    m_supportWarning->setVisible(outage);
    m_supportWarning->setText(tr("Warning: databases use this key (%1). Removing it before "
                                 "they are re-encrypted causes an outage.")
                                  .arg(QLocale().toString(m_usage.databaseCount())));
}

} // namespace astra
