// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyusage.h"

#include <QCoreApplication>
#include <QSet>

namespace astra {

namespace {

// Slot of a datacenter as a key would name it: type/provider/region.
QString slotOf(KeyType type, CloudProvider provider, const QString &providerText,
               const QString &region)
{
    const QString code =
        provider == CloudProvider::Unknown ? providerText.toLower() : cloudProviderCode(provider);
    return (type == KeyType::Classic ? QStringLiteral("classic/") : QStringLiteral("serverless/")) +
           code + u'/' + region;
}

QString otherTypeSlot(const CustomerKey &key)
{
    CustomerKey other = key;
    other.type = key.type == KeyType::Classic ? KeyType::Serverless : KeyType::Classic;
    return other.slot();
}

} // namespace

int KeyUsage::databaseCount() const
{
    QSet<QString> ids;
    for (const KeyUse &use : uses)
        ids.insert(use.databaseId);
    return int(ids.size());
}

bool KeyUsage::hasOnlyLikelyUses() const
{
    if (uses.isEmpty())
        return false;
    for (const KeyUse &use : uses) {
        if (use.certainty == UseCertainty::Certain)
            return false;
    }
    return true;
}

QList<KeyUsage> deriveKeyUsage(const QList<CustomerKey> &keys, const QList<Database> &databases,
                               const QHash<QString, KeySighting> &sightings)
{
    // Index datacenters by slot once, so each key looks up only its own region.
    struct Placed
    {
        const Database *database;
        const Datacenter *datacenter;
    };
    QHash<QString, QList<Placed>> bySlot;
    for (const Database &db : databases) {
        if (db.isTerminated())
            continue;
        for (const Datacenter &dc : db.datacenters)
            bySlot[slotOf(db.keyType(), dc.provider, dc.providerText, dc.region)].append(
                {&db, &dc});
    }

    QList<KeyUsage> result;
    result.reserve(keys.size());
    for (const CustomerKey &key : keys) {
        KeyUsage usage;
        usage.key = key;
        usage.sighting = sightings.value(key.slot());
        const QDateTime &absent = usage.sighting.lastSeenAbsent;
        const QDateTime &firstSeen = usage.sighting.firstSeen;
        for (const Placed &placed : bySlot.value(key.slot())) {
            const QDateTime &created = placed.datacenter->dateCreated;
            // Created before a moment the slot was seen empty: encrypted with the default key.
            if (absent.isValid() && created.isValid() && created <= absent) {
                usage.nonUses.append({placed.database->id, placed.database->name,
                                      KeyNonUse::Reason::CreatedBeforeRegistration});
                continue;
            }
            const bool certain = firstSeen.isValid() && created.isValid() && created > firstSeen;
            usage.uses.append({placed.database->id, placed.database->name, placed.datacenter->id,
                               placed.datacenter->region, created,
                               certain ? UseCertainty::Certain : UseCertainty::Likely});
        }
        for (const Placed &placed : bySlot.value(otherTypeSlot(key)))
            usage.nonUses.append(
                {placed.database->id, placed.database->name, KeyNonUse::Reason::OtherKeyType});
        usage.derivedStatus = usage.uses.isEmpty() ? KeyStatus::Available : KeyStatus::InUse;
        usage.usageTrackingUnavailable = key.provider == CloudProvider::Azure;
        usage.portalStatus =
            usage.usageTrackingUnavailable ? KeyStatus::Available : usage.derivedStatus;
        result.append(usage);
    }
    return result;
}

QString keyStatusText(KeyStatus status)
{
    return status == KeyStatus::InUse
               ? QCoreApplication::translate("KeyStatus", "In-Use", "key status")
               : QCoreApplication::translate("KeyStatus", "Available", "key status");
}

QString azureUsageTrackingTooltip()
{
    return QCoreApplication::translate("KeyStatus",
                                       "Key is available, but usage tracking is unavailable.");
}

} // namespace astra
