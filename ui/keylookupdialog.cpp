// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keylookupdialog.h"

#include "keyslotpicker.h"

#include "api/keylookuprequest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace astra {

KeyLookupDialog::KeyLookupDialog(const ApiConnection &connection,
                                 const QList<ServerlessRegion> &regions, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_picker(new KeySlotPicker(regions, this))
    , m_lookUp(new QPushButton(tr("&Look up"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("keyLookupDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Look up a key"));
    m_lookUp->setObjectName(QStringLiteral("lookUpButton"));
    m_lookUp->setDefault(true);
    m_result->setObjectName(QStringLiteral("lookupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(80);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_lookUp, 0, Qt::AlignRight);
    layout->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_lookUp, &QPushButton::clicked, this, &KeyLookupDialog::lookUp);
    connect(m_picker, &KeySlotPicker::changed, m_result, &QLabel::clear);
    resize(560, 340);
}

void KeyLookupDialog::lookUp()
{
    const QString region = m_picker->region();
    if (region.isEmpty()) {
        m_result->setText(tr("Choose or type a region first."));
        return;
    }
    if (m_request)
        m_request->abort();
    const CloudProvider provider = m_picker->provider();
    const KeyType type = m_picker->type();
    auto *request =
        new KeyLookupRequest(m_connection, type, cloudProviderCode(provider), region, this);
    m_request = request;
    m_result->setText(tr("Looking up…"));
    connect(request, &KeyLookupRequest::received, this,
            [this, provider, region, type](const std::optional<CustomerKey> &key) {
                if (key) {
                    m_result->setText(tr("%1 key registered for %2 in %3:\n%4")
                                          .arg(keyTypeDisplayName(type),
                                               cloudProviderDisplayName(provider), region,
                                               key->keyId));
                    return;
                }
                m_result->setText(
                    tr("No %1 key is registered for %2 in %3: databases there use default "
                       "encryption. To register one, create a key in that region of your cloud's "
                       "key management service, grant the Cloud Provider IDs access to it, then "
                       "use Register key (needs the Write CMK Key permission).")
                        .arg(keyTypeDisplayName(type).toLower(), cloudProviderDisplayName(provider),
                             region));
            });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            m_result->setText(error.message);
    });
    request->start();
}

} // namespace astra
