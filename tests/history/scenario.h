// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/organizationsnapshot.h"

#include <QStringList>

// Builders for constructed organizations: keys and databases in chosen regions at chosen times.
namespace astra::test {

inline QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}

inline CustomerKey makeKey(const QString &provider, const QString &region,
                           KeyType type = KeyType::Serverless, const QString &keyId = {})
{
    CustomerKey k;
    k.organizationId = QStringLiteral("org-1");
    k.providerText = provider.toLower();
    k.provider = cloudProviderFromString(provider);
    k.region = region;
    k.type = type;
    k.keyId = keyId.isEmpty() ? QStringLiteral("key-%1-%2").arg(provider, region) : keyId;
    return k;
}

struct Region
{
    QString region;
    QDateTime created;
    QString status = {};
};

inline Database makeDatabase(const QString &name, const QString &provider,
                             const QList<Region> &regions,
                             const QString &tier = QStringLiteral("serverless"),
                             const QString &status = QStringLiteral("ACTIVE"))
{
    Database d;
    d.id = QStringLiteral("id-") + name;
    d.organizationId = QStringLiteral("org-1");
    d.name = name;
    d.tier = tier;
    d.status = status;
    d.primaryProviderText = provider.toUpper();
    d.primaryProvider = cloudProviderFromString(provider);
    d.primaryRegion = regions.value(0).region;
    d.creationTime = regions.value(0).created;
    int n = 1;
    for (const Region &r : regions) {
        Datacenter dc;
        dc.id = d.id + u'-' + QString::number(n);
        dc.name = QStringLiteral("dc-%1").arg(n++);
        dc.providerText = provider.toUpper();
        dc.provider = cloudProviderFromString(provider);
        dc.region = r.region;
        dc.status = r.status;
        dc.capacityUnits = 1;
        dc.dateCreated = r.created;
        d.datacenters.append(dc);
    }
    return d;
}

inline OrganizationSnapshot makeSnapshot(const QList<CustomerKey> &keys,
                                         const QList<Database> &databases,
                                         const QDateTime &fetchedAt = {})
{
    OrganizationSnapshot s;
    s.organization.id = QStringLiteral("org-1");
    s.organization.name = QStringLiteral("Org One");
    s.keys = keys;
    s.databases = databases;
    s.databasesLoaded = true;
    s.fetchedAt = fetchedAt;
    return s;
}

} // namespace astra::test
