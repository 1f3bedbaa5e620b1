// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionusage.h"

#include "coverage.h"

#include <QCoreApplication>

namespace astra {

namespace {

QString derivedStateText(RegionKeyState state, UseCertainty certainty)
{
    switch (state) {
    case RegionKeyState::InUse:
        return certainty == UseCertainty::Certain
                   ? QCoreApplication::translate("RegionUsage", "In use", "key status in a region")
                   : QCoreApplication::translate("RegionUsage", "In use (likely)",
                                                 "key status in a region");
    case RegionKeyState::NoKey:
        return QCoreApplication::translate("RegionUsage", "No key registered in this region");
    case RegionKeyState::RegisteredAfter:
        return QCoreApplication::translate("RegionUsage",
                                           "Key registered after this region was deployed");
    case RegionKeyState::Terminated:
        break;
    }
    return QCoreApplication::translate("RegionUsage", "Region terminated",
                                       "key status in a region");
}

} // namespace

QString RegionUsage::keyText() const
{
    if (hasKey)
        return key.keyId;
    return QCoreApplication::translate("RegionUsage", "Default encryption");
}

QString RegionUsage::stateText() const
{
    const QString derived = derivedStateText(state, certainty);
    if (usageTrackingUnavailable && hasKey && state != RegionKeyState::Terminated)
        return QCoreApplication::translate("RegionUsage",
                                           "Usage tracking unavailable (derived: %1)")
            .arg(derived);
    return derived;
}

QString RegionUsage::explanation() const
{
    QString text;
    switch (state) {
    case RegionKeyState::InUse:
        text = certainty == UseCertainty::Certain
                   ? QCoreApplication::translate(
                         "RegionUsage",
                         "The region was deployed after this computer first saw the key, so the "
                         "key encrypts it.")
                   : QCoreApplication::translate(
                         "RegionUsage",
                         "The region was deployed before this computer first saw the key, and the "
                         "key was never seen missing: it most likely encrypts the region.");
        break;
    case RegionKeyState::NoKey:
        text = QCoreApplication::translate(
            "RegionUsage",
            "No customer key of this type is registered for this provider and region, so "
            "the region uses default encryption. Register a key to protect new regions.");
        break;
    case RegionKeyState::RegisteredAfter:
        text = QCoreApplication::translate(
            "RegionUsage",
            "This computer saw the region without this key after the region was deployed: "
            "it uses default encryption. Existing regions are not re-encrypted.");
        break;
    case RegionKeyState::Terminated:
        text = QCoreApplication::translate("RegionUsage",
                                           "The region is terminated and holds no data.");
        break;
    }
    if (usageTrackingUnavailable && hasKey && state != RegionKeyState::Terminated)
        text = azureUsageTrackingTooltip() + u' ' +
               QCoreApplication::translate("RegionUsage", "Astra Keys derived the status.") + u' ' +
               text;
    return text;
}

bool isDatacenterTerminated(const Datacenter &datacenter)
{
    return datacenter.status.compare(u"TERMINATED", Qt::CaseInsensitive) == 0 ||
           datacenter.status.compare(u"TERMINATING", Qt::CaseInsensitive) == 0;
}

QList<RegionUsage> deriveRegionUsage(const Database &database, const QList<Datacenter> &datacenters,
                                     const OrganizationSnapshot &snapshot,
                                     const QHash<QString, KeySighting> &sightings)
{
    QHash<QString, const CustomerKey *> keyBySlot;
    for (const CustomerKey &key : snapshot.keys)
        keyBySlot.insert(key.slot(), &key);

    const KeyType type = database.keyType();
    QList<RegionUsage> rows;
    rows.reserve(datacenters.size());
    for (const Datacenter &dc : datacenters) {
        RegionUsage row;
        row.datacenter = dc;
        const QString provider = dc.provider == CloudProvider::Unknown
                                     ? dc.providerText.toLower()
                                     : cloudProviderCode(dc.provider);
        row.regionDisplayName = snapshot.regionDisplayName(provider, dc.region);
        row.terminated = database.isTerminated() || isDatacenterTerminated(dc);
        const QString slot = datacenterKeySlot(type, dc);
        if (const CustomerKey *key = keyBySlot.value(slot)) {
            row.hasKey = true;
            row.key = *key;
            row.usageTrackingUnavailable = key->provider == CloudProvider::Azure;
        }
        if (row.terminated) {
            row.state = RegionKeyState::Terminated;
        } else if (!row.hasKey) {
            row.state = RegionKeyState::NoKey;
        } else {
            // The rule of deriveKeyUsage(), for one datacenter.
            const KeySighting sighting = sightings.value(slot);
            const QDateTime &created = dc.dateCreated;
            if (sighting.lastSeenAbsent.isValid() && created.isValid() &&
                created <= sighting.lastSeenAbsent) {
                row.state = RegionKeyState::RegisteredAfter;
            } else {
                row.state = RegionKeyState::InUse;
                row.certainty = sighting.firstSeen.isValid() && created.isValid() &&
                                        created > sighting.firstSeen
                                    ? UseCertainty::Certain
                                    : UseCertainty::Likely;
            }
        }
        rows.append(row);
    }
    return rows;
}

QList<RegionUsage> deriveRegionUsage(const Database &database, const OrganizationSnapshot &snapshot,
                                     const QHash<QString, KeySighting> &sightings)
{
    return deriveRegionUsage(database, database.datacenters, snapshot, sightings);
}

QUrl astraPortalDatabaseUrl(const QString &organizationId, const QString &databaseId)
{
    // Each id must stay one path segment: an odd id gives no link rather than another page.
    auto plain = [](const QString &id) {
        return !id.isEmpty() && !id.contains(u'/') && !id.contains(u'?') && !id.contains(u'#') &&
               id != u".." && id != u".";
    };
    if (!plain(organizationId) || !plain(databaseId))
        return {};
    QUrl url(QStringLiteral("https://astra.datastax.com"));
    url.setPath(QStringLiteral("/org/") + organizationId + QStringLiteral("/database/") +
                databaseId);
    return url;
}

QString databaseKindText(const Database &database)
{
    const bool vector = database.dbType.compare(u"vector", Qt::CaseInsensitive) == 0;
    if (database.keyType() == KeyType::Serverless)
        return vector ? QCoreApplication::translate("RegionUsage", "Serverless (vector)",
                                                    "database kind")
                      : QCoreApplication::translate("RegionUsage", "Serverless", "database kind");
    return vector
               ? QCoreApplication::translate("RegionUsage", "Classic (%1, vector)", "database kind")
                     .arg(database.tier)
               : QCoreApplication::translate("RegionUsage", "Classic (%1)", "database kind")
                     .arg(database.tier);
}

} // namespace astra
