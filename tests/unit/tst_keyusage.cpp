// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Key status derivation on constructed scenarios.
#include "inventory/keyusage.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {

QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}

CustomerKey key(const QString &provider, const QString &region, KeyType type = KeyType::Serverless)
{
    CustomerKey k;
    k.providerText = provider;
    k.provider = cloudProviderFromString(provider);
    k.region = region;
    k.type = type;
    k.keyId = u"key-"_s + provider + u'-' + region;
    return k;
}

Database db(const QString &name, const QString &provider, const QStringList &regions,
            const QDateTime &created, const QString &tier = u"serverless"_s,
            const QString &status = u"ACTIVE"_s)
{
    Database d;
    d.id = u"id-"_s + name;
    d.name = name;
    d.tier = tier;
    d.status = status;
    d.creationTime = created;
    int n = 1;
    for (const QString &region : regions) {
        Datacenter dc;
        dc.id = d.id + u'-' + QString::number(n++);
        dc.providerText = provider.toUpper();
        dc.provider = cloudProviderFromString(provider);
        dc.region = region;
        dc.dateCreated = created;
        d.datacenters.append(dc);
    }
    return d;
}

} // namespace

class TestKeyUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inUseWhenADatabaseRunsThere()
    {
        const auto usage =
            deriveKeyUsage({key(u"aws"_s, u"us-east-1"_s), key(u"aws"_s, u"eu-west-1"_s)},
                           {db(u"a"_s, u"AWS"_s, {u"us-east-1"_s}, day(2025, 1, 1))});
        QCOMPARE(usage.size(), 2);
        QCOMPARE(usage.at(0).derivedStatus, KeyStatus::InUse);
        QCOMPARE(usage.at(0).portalStatus, KeyStatus::InUse);
        QCOMPARE(usage.at(0).databaseCount(), 1);
        QCOMPARE(usage.at(0).uses.first().databaseName, u"a"_s);
        QCOMPARE(usage.at(1).derivedStatus, KeyStatus::Available);
        QVERIFY(usage.at(1).uses.isEmpty());
    }

    void regionMatchesExactlyProviderCaseInsensitively()
    {
        const auto usage = deriveKeyUsage({key(u"gcp"_s, u"us-east1"_s)},
                                          {db(u"a"_s, u"GCP"_s, {u"US-EAST1"_s}, day(2025, 1, 1)),
                                           db(u"b"_s, u"AWS"_s, {u"us-east1"_s}, day(2025, 1, 1))});
        QCOMPARE(usage.first().derivedStatus, KeyStatus::Available);
    }

    void terminatedDatabasesDoNotCount()
    {
        const auto usage = deriveKeyUsage({key(u"aws"_s, u"us-east-1"_s)},
                                          {db(u"gone"_s, u"AWS"_s, {u"us-east-1"_s},
                                              day(2025, 1, 1), u"serverless"_s, u"TERMINATED"_s)});
        QCOMPARE(usage.first().derivedStatus, KeyStatus::Available);
    }

    void classicAndServerlessDoNotMix()
    {
        const auto usage = deriveKeyUsage(
            {key(u"aws"_s, u"us-east-1"_s, KeyType::Classic), key(u"aws"_s, u"us-east-1"_s)},
            {db(u"cluster"_s, u"AWS"_s, {u"us-east-1"_s}, day(2025, 1, 1), u"C10"_s)});
        QCOMPARE(usage.at(0).derivedStatus, KeyStatus::InUse);
        QCOMPARE(usage.at(1).derivedStatus, KeyStatus::Available);
        QCOMPARE(usage.at(1).nonUses.size(), 1);
        QCOMPARE(usage.at(1).nonUses.first().reason, KeyNonUse::Reason::OtherKeyType);
    }

    void azureIsAvailableInThePortalButDerivedInUse()
    {
        const auto usage = deriveKeyUsage({key(u"azure"_s, u"eastus"_s)},
                                          {db(u"a"_s, u"AZURE"_s, {u"eastus"_s}, day(2025, 1, 1))});
        QCOMPARE(usage.first().portalStatus, KeyStatus::Available);
        QCOMPARE(usage.first().derivedStatus, KeyStatus::InUse);
        QVERIFY(usage.first().usageTrackingUnavailable);
        QCOMPARE(azureUsageTrackingTooltip(),
                 u"Key is available, but usage tracking is unavailable."_s);
    }

    void sightingsBoundTheRegistrationTime()
    {
        const CustomerKey k = key(u"aws"_s, u"us-east-1"_s);
        QHash<QString, KeySighting> sightings;
        sightings.insert(k.slot(), KeySighting{day(2025, 6, 1), day(2025, 3, 1)});
        const auto usage =
            deriveKeyUsage({k},
                           {db(u"before-absence"_s, u"AWS"_s, {u"us-east-1"_s}, day(2025, 2, 1)),
                            db(u"between"_s, u"AWS"_s, {u"us-east-1"_s}, day(2025, 4, 1)),
                            db(u"after"_s, u"AWS"_s, {u"us-east-1"_s}, day(2025, 7, 1))},
                           sightings);
        const KeyUsage &u = usage.first();
        QCOMPARE(u.nonUses.size(), 1);
        QCOMPARE(u.nonUses.first().databaseName, u"before-absence"_s);
        QCOMPARE(u.nonUses.first().reason, KeyNonUse::Reason::CreatedBeforeRegistration);
        QCOMPARE(u.uses.size(), 2);
        QCOMPARE(u.uses.at(0).databaseName, u"between"_s);
        QCOMPARE(u.uses.at(0).certainty, UseCertainty::Likely);
        QCOMPARE(u.uses.at(1).databaseName, u"after"_s);
        QCOMPARE(u.uses.at(1).certainty, UseCertainty::Certain);
        QVERIFY(!u.hasOnlyLikelyUses());
    }

    void withoutHistoryEveryUseIsLikely()
    {
        const auto usage =
            deriveKeyUsage({key(u"aws"_s, u"us-east-1"_s)},
                           {db(u"a"_s, u"AWS"_s, {u"us-east-1"_s}, day(2025, 1, 1))});
        QVERIFY(usage.first().hasOnlyLikelyUses());
    }

    void multiRegionCountsOnceThenPerRegion()
    {
        const auto usage = deriveKeyUsage(
            {key(u"aws"_s, u"us-east-1"_s), key(u"aws"_s, u"eu-west-1"_s)},
            {db(u"global"_s, u"AWS"_s, {u"us-east-1"_s, u"eu-west-1"_s, u"ap-south-1"_s},
                day(2025, 1, 1))});
        QCOMPARE(usage.at(0).databaseCount(), 1);
        QCOMPARE(usage.at(1).databaseCount(), 1);
        QCOMPARE(usage.at(1).uses.first().region, u"eu-west-1"_s);
    }

    void linearOnALargeOrganization()
    {
        // 10,000 databases, 1,000 keys: must not be quadratic (a quadratic pass takes seconds).
        QList<CustomerKey> keys;
        for (int i = 0; i < 1000; ++i)
            keys.append(key(u"aws"_s, u"region-"_s + QString::number(i)));
        QList<Database> dbs;
        for (int i = 0; i < 10000; ++i)
            dbs.append(db(u"db"_s + QString::number(i), u"AWS"_s,
                          {u"region-"_s + QString::number(i % 1500)}, day(2025, 1, 1)));
        const auto usage = deriveKeyUsage(keys, dbs);
        int inUse = 0;
        for (const KeyUsage &u : usage)
            inUse += u.derivedStatus == KeyStatus::InUse;
        QCOMPARE(inUse, 1000);
    }
};

QTEST_GUILESS_MAIN(TestKeyUsage)
#include "tst_keyusage.moc"
