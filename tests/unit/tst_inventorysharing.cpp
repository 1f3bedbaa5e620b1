// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A refresh of many organizations against the simulator (docs/performance.md): one region list
// per API address, the largest organization first, known databases passed on, and the snapshot
// cache written off the GUI thread.
#include "simharness.h"

#include "inventory/inventoryservice.h"
#include "inventory/organizationloader.h"
#include "inventory/sharedregionlist.h"
#include "inventory/snapshotcachewriter.h"
#include "secrets/memorytokenstore.h"

#include <QTemporaryDir>
#include <QUrlQuery>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

sim::DataSet organizations(int count, int databasesInFirst)
{
    sim::GenerateSpec spec;
    spec.organizations = count;
    spec.keys = 5 * count;
    spec.databases = databasesInFirst;
    spec.seed = 5;
    return sim::DataSet::generate(spec);
}

int requestsTo(SimHarness &sim, const QString &path)
{
    int n = 0;
    for (const auto &entry : sim.simulator().requestLog())
        n += entry.path == path;
    return n;
}

} // namespace

class TestInventorySharing : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    QList<ConnectionProfile> m_profiles;

    void startSimulator(int count, int databasesInFirst)
    {
        m_sim = std::make_unique<SimHarness>(organizations(count, databasesInFirst));
        m_tokens = std::make_unique<MemoryTokenStore>();
        m_profiles.clear();
        for (const auto &org : m_sim->simulator().data().organizations) {
            ConnectionProfile p;
            p.name = org.name;
            p.organizationName = org.name;
            p.organizationId = org.id;
            p.apiUrl = m_sim->simulator().baseUrl();
            m_tokens->write(p.tokenKey(), org.tokens.first().token, nullptr, {});
            m_profiles.append(p);
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        m_tokens.reset();
        m_sim.reset();
    }

    void organizationsOfOneAddressShareTheRegionList()
    {
        startSimulator(5, 30);
        InventoryService service(m_tokens.get(), m_sim->network());
        QList<OrganizationSnapshot> snapshots;
        connect(
            &service, &InventoryService::loaded, this,
            [&](const ConnectionProfile &, const OrganizationSnapshot &s) { snapshots.append(s); });
        QSignalSpy done(&service, &InventoryService::allFinished);
        service.loadAll(m_profiles, 2);
        QVERIFY(done.wait(20000));
        QCOMPARE(snapshots.size(), 5);
        QCOMPARE(requestsTo(*m_sim, u"/v2/regions/serverless"_s), 1);
        for (const OrganizationSnapshot &s : std::as_const(snapshots)) {
            QVERIFY(!s.regions.isEmpty());
            QCOMPARE(s.regions.size(), snapshots.first().regions.size());
        }
        // A new refresh asks again: the list is never older than the refresh.
        m_sim->simulator().clearRequestLog();
        service.loadAll(m_profiles, 2);
        QVERIFY(done.wait(20000));
        QCOMPARE(requestsTo(*m_sim, u"/v2/regions/serverless"_s), 1);
    }

    void aFailedSharedListFallsBackToEachToken()
    {
        startSimulator(3, 10);
        QString error;
        QVERIFY(m_sim->simulator().setFaults(u"/v2/regions/serverless=503*3"_s, &error));
        SharedRegionList shared;
        QList<OrganizationSnapshot> snapshots;
        for (int i = 0; i < 3; ++i) {
            auto *loader = new OrganizationLoader(m_sim->connection(i));
            loader->setSharedRegions(&shared);
            connect(loader, &OrganizationLoader::loaded, this,
                    [&](const OrganizationSnapshot &s) { snapshots.append(s); });
            loader->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 3, 20000);
        // The shared request used up the faults (with its retries); each loader then asked.
        for (const OrganizationSnapshot &s : std::as_const(snapshots))
            QVERIFY(!s.regions.isEmpty());
    }

    void theLargestKnownOrganizationStartsFirst()
    {
        startSimulator(3, 250);
        InventoryService service(m_tokens.get(), m_sim->network());
        QSignalSpy done(&service, &InventoryService::allFinished);
        // First load: as given (nothing known yet). The first organization is the large one.
        QList<ConnectionProfile> smallFirst{m_profiles.at(2), m_profiles.at(1), m_profiles.at(0)};
        service.loadAll(smallFirst, 1);
        QVERIFY(done.wait(20000));
        m_sim->simulator().clearRequestLog();
        service.loadAll(smallFirst, 1);
        QVERIFY(done.wait(20000));
        const auto log = m_sim->simulator().requestLog();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().organizationId, m_profiles.at(0).organizationId);
    }

    void knownDatabasesSplitTheNextListing()
    {
        startSimulator(1, 1200);
        InventoryService service(m_tokens.get(), m_sim->network());
        QList<OrganizationSnapshot> snapshots;
        connect(
            &service, &InventoryService::loaded, this,
            [&](const ConnectionProfile &, const OrganizationSnapshot &s) { snapshots.append(s); });
        QSignalSpy done(&service, &InventoryService::allFinished);
        service.load(m_profiles.first());
        QVERIFY(done.wait(20000));
        m_sim->simulator().clearRequestLog();
        service.load(m_profiles.first());
        QVERIFY(done.wait(20000));
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(snapshots.at(1).databases.size(), snapshots.at(0).databases.size());
        QSet<QString> starts;
        for (const auto &entry : m_sim->simulator().requestLog()) {
            if (entry.path == u"/v2/databases")
                starts.insert(QUrlQuery(entry.query).queryItemValue(u"starting_after"_s));
        }
        QVERIFY2(starts.size() > 4, qPrintable(QString::number(starts.size())));
    }

    void theCacheIsWrittenOffTheGuiThreadInOrder()
    {
        QTemporaryDir folder;
        SnapshotCache cache(folder.path());
        OrganizationSnapshot snapshot;
        snapshot.organization = {u"org-1"_s, u"One"_s};
        snapshot.databasesLoaded = true;
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        SnapshotCacheWriter writer(cache);
        QSignalSpy saved(&writer, &SnapshotCacheWriter::saved);
        for (int i = 0; i < 5; ++i) {
            Database db;
            db.id = u"db-%1"_s.arg(i);
            snapshot.databases.append(db);
            writer.save(snapshot);
        }
        QTRY_COMPARE(saved.size(), 5);
        const auto back = cache.load(u"org-1"_s);
        QVERIFY(back);
        QCOMPARE(back->databases.size(), 5); // the last one asked for
    }

    void aFailedCacheWriteIsReported()
    {
        QTemporaryDir folder;
        QFile blocker(folder.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder below a file cannot be created.
        SnapshotCacheWriter writer(SnapshotCache(folder.filePath(u"file/snapshots"_s)));
        QSignalSpy failed(&writer, &SnapshotCacheWriter::failed);
        OrganizationSnapshot snapshot;
        snapshot.organization = {u"org-1"_s, u"One"_s};
        writer.save(snapshot);
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventorySharing)
#include "tst_inventorysharing.moc"
