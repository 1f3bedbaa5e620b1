// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Key status and Region Usage derived with the local history, on constructed scenarios.
#include "scenario.h"

#include "inventory/coverage.h"
#include "inventory/keyhistory.h"
#include "inventory/regionusage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

const KeyUsage *usageOf(const QList<KeyUsage> &usages, const QString &slot)
{
    for (const KeyUsage &u : usages) {
        if (u.key.slot() == slot)
            return &u;
    }
    return nullptr;
}

const KeyUse *useOf(const KeyUsage &usage, const QString &databaseName)
{
    for (const KeyUse &use : usage.uses) {
        if (use.databaseName == databaseName)
            return &use;
    }
    return nullptr;
}

const KeyNonUse *nonUseOf(const KeyUsage &usage, const QString &databaseName)
{
    for (const KeyNonUse &n : usage.nonUses) {
        if (n.databaseName == databaseName)
            return &n;
    }
    return nullptr;
}

// Region usage and key usage must tell the same story for every datacenter.
void checkConsistent(const OrganizationSnapshot &snapshot,
                     const QHash<QString, KeySighting> &sightings)
{
    const auto usages = deriveKeyUsage(snapshot.keys, snapshot.databases, sightings);
    for (const Database &db : snapshot.databases) {
        for (const RegionUsage &row : deriveRegionUsage(db, snapshot, sightings)) {
            bool used = false;
            UseCertainty certainty = UseCertainty::Likely;
            for (const KeyUsage &u : usages) {
                for (const KeyUse &use : u.uses) {
                    if (use.datacenterId == row.datacenter.id) {
                        used = true;
                        certainty = use.certainty;
                    }
                }
            }
            QCOMPARE(row.state == RegionKeyState::InUse, used);
            if (used)
                QCOMPARE(row.certainty, certainty);
        }
    }
}

} // namespace

class TestDerivation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void beforeAndAfterRegistration()
    {
        const QString slot = u"serverless/aws/us-east-1"_s;
        const Database old = makeDatabase(u"old"_s, u"aws"_s, {{u"us-east-1"_s, day(2024, 1, 1)}});
        // First load: databases run in us-east-1, no key there yet.
        KeyHistory history(u"org-1"_s, m_dir->path());
        history.record(makeSnapshot({}, {old}), day(2024, 6, 1));
        QVERIFY(history.save());

        // Someone registers a key; one database is created in between, one after.
        const Database between =
            makeDatabase(u"between"_s, u"aws"_s, {{u"us-east-1"_s, day(2024, 6, 15)}});
        const Database after =
            makeDatabase(u"after"_s, u"aws"_s, {{u"us-east-1"_s, day(2024, 9, 1)}});
        KeyHistory restarted(u"org-1"_s, m_dir->path());
        QCOMPARE(restarted.load(), KeyHistory::LoadResult::Loaded);
        const auto key = makeKey(u"aws"_s, u"us-east-1"_s);
        restarted.record(makeSnapshot({key}, {old, between}), day(2024, 7, 1));
        QCOMPARE(restarted.sighting(slot).lastSeenAbsent, day(2024, 6, 1));
        QCOMPARE(restarted.sighting(slot).firstSeen, day(2024, 7, 1));

        const auto snapshot = makeSnapshot({key}, {old, between, after});
        const auto sightings = restarted.sightings();
        const auto usages = deriveKeyUsage(snapshot.keys, snapshot.databases, sightings);
        const KeyUsage *usage = usageOf(usages, slot);
        QVERIFY(usage);
        QCOMPARE(usage->derivedStatus, KeyStatus::InUse);
        QVERIFY(nonUseOf(*usage, u"old"_s));
        QCOMPARE(nonUseOf(*usage, u"old"_s)->reason, KeyNonUse::Reason::CreatedBeforeRegistration);
        QCOMPARE(useOf(*usage, u"between"_s)->certainty, UseCertainty::Likely);
        QCOMPARE(useOf(*usage, u"after"_s)->certainty, UseCertainty::Certain);

        QCOMPARE(deriveRegionUsage(old, snapshot, sightings).first().state,
                 RegionKeyState::RegisteredAfter);
        QCOMPARE(deriveRegionUsage(old, snapshot, sightings).first().stateText(),
                 u"Key registered after this region was deployed"_s);
        const auto afterRow = deriveRegionUsage(after, snapshot, sightings).first();
        QCOMPARE(afterRow.state, RegionKeyState::InUse);
        QCOMPARE(afterRow.certainty, UseCertainty::Certain);
        QCOMPARE(afterRow.keyText(), key.keyId);
        checkConsistent(snapshot, sightings);

        // Without the history, nothing can be ruled out: all three likely use it.
        const auto blind = deriveKeyUsage(snapshot.keys, snapshot.databases);
        QCOMPARE(blind.first().uses.size(), 3);
        QCOMPARE(deriveRegionUsage(old, snapshot).first().state, RegionKeyState::InUse);
    }

    void aReplacedKeyDoesNotProtectOlderRegions()
    {
        const QString slot = u"serverless/aws/us-east-1"_s;
        const Database before =
            makeDatabase(u"before"_s, u"aws"_s, {{u"us-east-1"_s, day(2024, 1, 1)}});
        KeyHistory history(u"org-1"_s, m_dir->path());
        history.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {before}),
                       day(2024, 2, 1));
        const auto replacement =
            makeKey(u"aws"_s, u"us-east-1"_s, KeyType::Serverless, u"arn:replacement"_s);
        history.record(makeSnapshot({replacement}, {before}), day(2024, 3, 1));
        const Database later =
            makeDatabase(u"later"_s, u"aws"_s, {{u"us-east-1"_s, day(2024, 4, 1)}});
        const auto snapshot = makeSnapshot({replacement}, {before, later});
        const auto usages = deriveKeyUsage(snapshot.keys, snapshot.databases, history.sightings());
        QVERIFY(nonUseOf(usages.first(), u"before"_s));
        QCOMPARE(useOf(usages.first(), u"later"_s)->certainty, UseCertainty::Certain);
        QCOMPARE(history.events(slot).last().kind, KeyHistoryEvent::Kind::Changed);
        checkConsistent(snapshot, history.sightings());
    }

    void terminatedDatabasesAndRegionsUseNothing()
    {
        const auto key = makeKey(u"aws"_s, u"us-east-1"_s);
        const Database gone = makeDatabase(u"gone"_s, u"aws"_s, {{u"us-east-1"_s, day(2025, 1, 1)}},
                                           u"serverless"_s, u"TERMINATED"_s);
        Database live =
            makeDatabase(u"live"_s, u"aws"_s,
                         {{u"us-east-1"_s, day(2025, 1, 1)}, {u"us-east-2"_s, day(2025, 1, 2)}});
        const auto snapshot = makeSnapshot({key}, {gone, live});
        const auto usages = deriveKeyUsage(snapshot.keys, snapshot.databases);
        QCOMPARE(usages.first().uses.size(), 1);
        QCOMPARE(usages.first().uses.first().databaseName, u"live"_s);

        const auto goneRows = deriveRegionUsage(gone, snapshot);
        QCOMPARE(goneRows.first().state, RegionKeyState::Terminated);
        QVERIFY(goneRows.first().terminated);

        // ?all=true adds a terminated region to a live database.
        QList<Datacenter> all = live.datacenters;
        Datacenter old = all.first();
        old.id = live.id + u"-3"_s;
        old.region = u"us-west-2"_s;
        old.status = u"TERMINATED"_s;
        all.append(old);
        const auto rows = deriveRegionUsage(live, all, snapshot);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).state, RegionKeyState::InUse);
        QCOMPARE(rows.at(1).state, RegionKeyState::NoKey);
        QCOMPARE(rows.at(2).state, RegionKeyState::Terminated);
        QCOMPARE(rows.at(2).stateText(), u"Region terminated"_s);
        QVERIFY(findCoverageGaps(makeSnapshot({}, {gone})).isEmpty());
    }

    void classicAndServerlessKeysAreApart()
    {
        const auto classicKey = makeKey(u"aws"_s, u"us-east-1"_s, KeyType::Classic);
        const Database serverless =
            makeDatabase(u"sls"_s, u"aws"_s, {{u"us-east-1"_s, day(2025, 1, 1)}});
        const Database cluster = makeDatabase(
            u"cluster"_s, u"aws"_s, {{u"us-east-1"_s, day(2025, 1, 1), u"ACTIVE"_s}}, u"C10"_s);
        const auto snapshot = makeSnapshot({classicKey}, {serverless, cluster});
        const auto usages = deriveKeyUsage(snapshot.keys, snapshot.databases);
        QCOMPARE(usages.first().uses.size(), 1);
        QCOMPARE(usages.first().uses.first().databaseName, u"cluster"_s);
        QCOMPARE(nonUseOf(usages.first(), u"sls"_s)->reason, KeyNonUse::Reason::OtherKeyType);

        QCOMPARE(deriveRegionUsage(serverless, snapshot).first().state, RegionKeyState::NoKey);
        QCOMPARE(deriveRegionUsage(serverless, snapshot).first().keyText(),
                 u"Default encryption"_s);
        QCOMPARE(deriveRegionUsage(cluster, snapshot).first().state, RegionKeyState::InUse);
        QCOMPARE(databaseKindText(cluster), u"Classic (C10)"_s);
        checkConsistent(snapshot, {});
    }

    void azureKeysAreTrackedByUsAlone()
    {
        const auto key = makeKey(u"azure"_s, u"eastus"_s);
        const Database db = makeDatabase(u"az"_s, u"azure"_s, {{u"eastus"_s, day(2025, 1, 1)}});
        const auto snapshot = makeSnapshot({key}, {db});
        KeyHistory history(u"org-1"_s, m_dir->path());
        history.record(snapshot, day(2024, 12, 1));
        const auto usages = deriveKeyUsage(snapshot.keys, snapshot.databases, history.sightings());
        QCOMPARE(usages.first().derivedStatus, KeyStatus::InUse);
        QCOMPARE(usages.first().portalStatus, KeyStatus::Available);
        QVERIFY(usages.first().usageTrackingUnavailable);

        const RegionUsage row = deriveRegionUsage(db, snapshot, history.sightings()).first();
        QCOMPARE(row.state, RegionKeyState::InUse);
        QCOMPARE(row.certainty, UseCertainty::Certain);
        QVERIFY(row.usageTrackingUnavailable);
        QCOMPARE(row.stateText(), u"Usage tracking unavailable (derived: In use)"_s);
        QVERIFY(row.explanation().contains(azureUsageTrackingTooltip()));
    }

    void partialMultiRegionCoverage()
    {
        const auto key = makeKey(u"gcp"_s, u"us-east1"_s);
        const Database multi = makeDatabase(u"multi"_s, u"gcp"_s,
                                            {{u"us-east1"_s, day(2025, 1, 1)},
                                             {u"europe-west1"_s, day(2025, 2, 1)},
                                             {u"europe-west4"_s, day(2025, 3, 1)}});
        const auto snapshot = makeSnapshot({key}, {multi});
        const auto rows = deriveRegionUsage(multi, snapshot);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).state, RegionKeyState::InUse);
        QCOMPARE(rows.at(1).state, RegionKeyState::NoKey);
        QCOMPARE(rows.at(1).stateText(), u"No key registered in this region"_s);
        QCOMPARE(rows.at(2).state, RegionKeyState::NoKey);
        QCOMPARE(databaseCoverage(multi, keySlots(snapshot.keys)), EncryptionCoverage::Partial);

        const auto gaps = findCoverageGaps(snapshot);
        int partial = 0;
        for (const CoverageGap &gap : gaps) {
            if (gap.kind == CoverageGap::Kind::PartialMultiRegion) {
                ++partial;
                QCOMPARE(gap.databaseNames, QStringList{u"multi"_s});
                QCOMPARE(gap.coveredRegions, QStringList{u"us-east1"_s});
                QVERIFY(gap.region.startsWith(u"europe-west"));
            }
        }
        QCOMPARE(partial, 2);
        checkConsistent(snapshot, {});
    }

    void thePortalLinkIsBuiltFromTheIds()
    {
        QCOMPARE(astraPortalDatabaseUrl(u"org-1"_s, u"db-1"_s).toString(),
                 u"https://astra.datastax.com/org/org-1/database/db-1"_s);
        QVERIFY(!astraPortalDatabaseUrl(u"org-1"_s, u"../admin"_s).isValid());
        QVERIFY(!astraPortalDatabaseUrl(QString(), u"db-1"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
