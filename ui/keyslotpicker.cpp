// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyslotpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace astra {

KeySlotPicker::KeySlotPicker(const QList<ServerlessRegion> &regions, QWidget *parent)
    : QWidget(parent)
    , m_regions(regions)
    , m_provider(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_type(new QComboBox(this))
{
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Cloud provider"));
    for (const CloudProvider p : {CloudProvider::Aws, CloudProvider::Gcp, CloudProvider::Azure})
        m_provider->addItem(cloudProviderDisplayName(p), int(p));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setAccessibleName(tr("Key type"));
    m_type->addItem(keyTypeDisplayName(KeyType::Serverless), int(KeyType::Serverless));
    m_type->addItem(keyTypeDisplayName(KeyType::Classic), int(KeyType::Classic));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Cloud &provider:"), m_provider);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Key &type:"), m_type);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        fillRegions();
        Q_EMIT changed();
    });
    connect(m_region, &QComboBox::currentTextChanged, this, &KeySlotPicker::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &KeySlotPicker::changed);
    fillRegions();
}

void KeySlotPicker::fillRegions()
{
    const CloudProvider wanted = provider();
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const ServerlessRegion &r : std::as_const(m_regions)) {
        if (r.provider == wanted)
            m_region->addItem(QStringLiteral("%1 — %2").arg(r.name, r.displayName), r.name);
    }
    m_region->setCurrentIndex(-1);
    m_region->lineEdit()->setPlaceholderText(tr("Region code, e.g. us-east-1"));
}

CloudProvider KeySlotPicker::provider() const
{
    return CloudProvider(m_provider->currentData().toInt());
}

QString KeySlotPicker::region() const
{
    // A chosen entry carries its code; typed text is taken as a code up to the first space.
    const int index = m_region->findText(m_region->currentText());
    if (index >= 0)
        return m_region->itemData(index).toString();
    return m_region->currentText().trimmed().section(u' ', 0, 0);
}

KeyType KeySlotPicker::type() const
{
    return KeyType(m_type->currentData().toInt());
}

void KeySlotPicker::setSlot(CloudProvider provider, const QString &region, KeyType type)
{
    m_provider->setCurrentIndex(m_provider->findData(int(provider)));
    m_type->setCurrentIndex(m_type->findData(int(type)));
    const int index = m_region->findData(region);
    if (index >= 0)
        m_region->setCurrentIndex(index);
    else
        m_region->setEditText(region);
}

} // namespace astra
