// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticinventory.h"

#include <QSet>

namespace astra::bench {

namespace {

QString syntheticKeyId(CloudProvider provider, const QString &region, int n)
{
    switch (provider) {
    case CloudProvider::Aws:
        return QStringLiteral("arn:aws:kms:%1:123456789012:key/00000000-0000-4000-8000-%2")
            .arg(region)
            .arg(n, 12, 10, QLatin1Char('0'));
    case CloudProvider::Gcp:
        return QStringLiteral("projects/bench-%1/locations/%2/keyRings/astra/cryptoKeys/key-%1")
            .arg(n)
            .arg(region);
    default:
        return QStringLiteral("https://bench-vault-%1.vault.azure.net/keys/astra-key-%1").arg(n);
    }
}

} // namespace

QList<OrganizationSnapshot> syntheticOrganizations(const QList<Database> &databases, int keys)
{
    // Every (provider, region) pair the databases run in: where keys make sense.
    QList<QPair<CloudProvider, QString>> places;
    QSet<QString> seen;
    for (const Database &db : databases) {
        for (const Datacenter &dc : db.datacenters) {
            const QString place = dc.providerText + u'/' + dc.region;
            if (!seen.contains(place)) {
                seen.insert(place);
                places.append({dc.provider, dc.region});
            }
        }
    }
    if (places.isEmpty())
        places.append({CloudProvider::Aws, QStringLiteral("us-east-1")});
    const int slotsPerOrganization = int(places.size()) * 2;
    const int organizations = (keys + slotsPerOrganization - 1) / slotsPerOrganization;
    const qsizetype databasesEach = organizations ? databases.size() / organizations : 0;

    QList<OrganizationSnapshot> out;
    int made = 0;
    for (int o = 0; o < organizations; ++o) {
        OrganizationSnapshot snapshot;
        snapshot.organization.id =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(o, 12, 10, QLatin1Char('0'));
        snapshot.organization.name = QStringLiteral("Bench Org %1").arg(o + 1);
        snapshot.databases = databases.mid(o * databasesEach, databasesEach);
        snapshot.databasesLoaded = true;
        for (const auto &[provider, region] : std::as_const(places)) {
            for (const KeyType type : {KeyType::Serverless, KeyType::Classic}) {
                if (made == keys)
                    break;
                CustomerKey key;
                key.organizationId = snapshot.organization.id;
                key.provider = provider;
                key.providerText = cloudProviderCode(provider).toLower();
                key.region = region;
                key.type = type;
                key.keyId = syntheticKeyId(provider, region, ++made);
                snapshot.keys.append(key);
            }
        }
        out.append(snapshot);
    }
    return out;
}

QList<Database> scaledDatabases(const QList<Database> &databases, int count)
{
    QList<Database> out;
    if (databases.isEmpty())
        return out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Database db = databases.at(i % databases.size());
        if (i >= databases.size())
            db.id += QStringLiteral("-copy%1").arg(i / databases.size());
        out.append(db);
    }
    return out;
}

} // namespace astra::bench
