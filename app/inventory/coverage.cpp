// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace astra {

namespace {

QString providerCodeOf(const Datacenter &dc)
{
    return dc.provider == CloudProvider::Unknown ? dc.providerText.toLower()
                                                 : cloudProviderCode(dc.provider);
}

QString typePrefix(KeyType type)
{
    return type == KeyType::Classic ? QStringLiteral("classic/") : QStringLiteral("serverless/");
}

// Sort key that keeps the report stable from one load to the next.
QString orderKey(const CoverageGap &gap)
{
    return QString::number(int(gap.kind)) + u'\n' + gap.slot() + u'\n' +
           gap.databaseNames.join(u'\n') + u'\n' + gap.keyId;
}

} // namespace

QString datacenterKeySlot(KeyType type, const Datacenter &datacenter)
{
    return typePrefix(type) + providerCodeOf(datacenter) + u'/' + datacenter.region;
}

QSet<QString> keySlots(const QList<CustomerKey> &keys)
{
    QSet<QString> slots;
    slots.reserve(keys.size());
    for (const CustomerKey &key : keys)
        slots.insert(key.slot());
    return slots;
}

EncryptionCoverage databaseCoverage(const Database &database, const QSet<QString> &slots)
{
    qsizetype covered = 0;
    for (const Datacenter &dc : database.datacenters) {
        if (slots.contains(datacenterKeySlot(database.keyType(), dc)))
            ++covered;
    }
    if (covered == 0)
        return EncryptionCoverage::DefaultOnly;
    return covered == database.datacenters.size() ? EncryptionCoverage::CustomerKey
                                                  : EncryptionCoverage::Partial;
}

QString encryptionCoverageText(EncryptionCoverage coverage)
{
    switch (coverage) {
    case EncryptionCoverage::CustomerKey:
        return QCoreApplication::translate("EncryptionCoverage", "Customer key, every region");
    case EncryptionCoverage::Partial:
        return QCoreApplication::translate("EncryptionCoverage", "Customer key, some regions");
    case EncryptionCoverage::DefaultOnly:
        break;
    }
    return QCoreApplication::translate("EncryptionCoverage", "Default encryption only");
}

QString encryptionCoverageCode(EncryptionCoverage coverage)
{
    switch (coverage) {
    case EncryptionCoverage::CustomerKey:
        return QStringLiteral("customer-key");
    case EncryptionCoverage::Partial:
        return QStringLiteral("partial");
    case EncryptionCoverage::DefaultOnly:
        break;
    }
    return QStringLiteral("default");
}

QString CoverageGap::slot() const
{
    return typePrefix(type) + providerText + u'/' + region;
}

QList<CoverageGap> findCoverageGaps(const OrganizationSnapshot &snapshot)
{
    QList<CoverageGap> gaps;
    if (!snapshot.databasesLoaded)
        return gaps;

    const QSet<QString> slots = keySlots(snapshot.keys);
    auto base = [&snapshot](CoverageGap::Kind kind, KeyType type, CloudProvider provider,
                            const QString &providerText, const QString &region) {
        CoverageGap gap;
        gap.kind = kind;
        gap.organizationId = snapshot.organization.id;
        gap.organizationName = snapshot.organization.name;
        gap.type = type;
        gap.provider = provider;
        gap.providerText = providerText;
        gap.region = region;
        gap.regionDisplayName = snapshot.regionDisplayName(providerText, region);
        return gap;
    };

    // Each slot where live databases run, with the databases there (one entry per database).
    struct Deployed
    {
        KeyType type;
        CloudProvider provider;
        QString providerText;
        QString region;
        QMap<QString, QString> databases; // name + id -> id, so names sort and stay unique
        QHash<QString, QString> names;    // id -> name
    };
    QHash<QString, Deployed> deployed;
    for (const Database &db : snapshot.databases) {
        if (db.isTerminated())
            continue;
        const KeyType type = db.keyType();
        QStringList covered;
        QList<const Datacenter *> missing;
        for (const Datacenter &dc : db.datacenters) {
            const QString slot = datacenterKeySlot(type, dc);
            Deployed &d = deployed[slot];
            if (d.region.isEmpty()) {
                d.type = type;
                d.provider = dc.provider;
                d.providerText = providerCodeOf(dc);
                d.region = dc.region;
            }
            d.databases.insert(db.name + u'\n' + db.id, db.id);
            d.names.insert(db.id, db.name);
            if (slots.contains(slot))
                covered.append(dc.region);
            else
                missing.append(&dc);
        }
        if (db.datacenters.size() < 2 || covered.isEmpty())
            continue;
        for (const Datacenter *dc : missing) {
            CoverageGap gap = base(CoverageGap::Kind::PartialMultiRegion, type, dc->provider,
                                   providerCodeOf(*dc), dc->region);
            gap.databaseIds = {db.id};
            gap.databaseNames = {db.name};
            gap.coveredRegions = covered;
            gaps.append(gap);
        }
    }

    for (auto it = deployed.cbegin(); it != deployed.cend(); ++it) {
        if (slots.contains(it.key()))
            continue;
        const Deployed &d = it.value();
        CoverageGap gap =
            base(CoverageGap::Kind::RegionWithoutKey, d.type, d.provider, d.providerText, d.region);
        for (const QString &id : d.databases) {
            gap.databaseIds.append(id);
            gap.databaseNames.append(d.names.value(id));
        }
        gaps.append(gap);
    }

    for (const CustomerKey &key : snapshot.keys) {
        if (deployed.contains(key.slot()))
            continue;
        CoverageGap gap = base(CoverageGap::Kind::KeyWithoutDatabases, key.type, key.provider,
                               key.providerText, key.region);
        gap.keyId = key.keyId;
        gaps.append(gap);
    }

    std::sort(gaps.begin(), gaps.end(),
              [](const CoverageGap &a, const CoverageGap &b) { return orderKey(a) < orderKey(b); });
    return gaps;
}

QString coverageGapKindText(CoverageGap::Kind kind)
{
    switch (kind) {
    case CoverageGap::Kind::RegionWithoutKey:
        return QCoreApplication::translate("CoverageGap",
                                           "Databases on default encryption: no key registered");
    case CoverageGap::Kind::KeyWithoutDatabases:
        return QCoreApplication::translate("CoverageGap", "Key registered where no database runs");
    case CoverageGap::Kind::PartialMultiRegion:
        break;
    }
    return QCoreApplication::translate("CoverageGap",
                                       "Multi-region database without a key in this region");
}

QString coverageGapKindCode(CoverageGap::Kind kind)
{
    switch (kind) {
    case CoverageGap::Kind::RegionWithoutKey:
        return QStringLiteral("region-without-key");
    case CoverageGap::Kind::KeyWithoutDatabases:
        return QStringLiteral("key-without-databases");
    case CoverageGap::Kind::PartialMultiRegion:
        break;
    }
    return QStringLiteral("partial-multi-region");
}

} // namespace astra
