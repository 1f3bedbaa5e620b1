// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The database listing's speed-ups against the simulator (docs/performance.md): pages decoded off
// the GUI thread with the cursor reported first, and streams split at known ids. Each must list
// exactly what one sequential stream lists, and fail as it fails.
#include "simharness.h"

#include "api/databaselistjob.h"
#include "api/databasepagerequest.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

sim::DataSet generated(int databases)
{
    sim::GenerateSpec spec;
    spec.organizations = 1;
    spec.keys = 10;
    spec.databases = databases;
    spec.seed = 11;
    return sim::DataSet::generate(spec);
}

struct Listing
{
    QList<Database> databases;
    std::optional<ApiError> error;
    int receivedSignals = 0;
};

Listing list(SimHarness &sim, bool parallel, const QList<Database> &known = {})
{
    Listing listing;
    auto *job = new DatabaseListJob(sim.connection(0));
    job->setParallelProviders(parallel);
    job->setKnownDatabases(known);
    QObject::connect(job, &DatabaseListJob::received, job, [&](const QList<Database> &dbs) {
        listing.databases = dbs;
        ++listing.receivedSignals;
    });
    QObject::connect(job, &DatabaseListJob::failed, job,
                     [&](const ApiError &e) { listing.error = e; });
    QSignalSpy finished(job, &DatabaseListJob::finished);
    job->start();
    if (!finished.wait(60000))
        qWarning("listing did not finish");
    return listing;
}

QStringList sortedIds(const QList<Database> &databases)
{
    QStringList ids;
    for (const Database &db : databases)
        ids.append(db.id);
    ids.sort();
    return ids;
}

QStringList ids(const QList<Database> &databases)
{
    QStringList out;
    for (const Database &db : databases)
        out.append(db.id);
    return out;
}

} // namespace

class TestStreamedPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theCursorIsKnownBeforeTheDatabases()
    {
        SimHarness sim(generated(250));
        auto *request = new DatabasePageRequest(sim.connection(0), {}, QString());
        QStringList order;
        int count = -1;
        QString lastId;
        QList<Database> page;
        QObject::connect(request, &DatabasePageRequest::cursorKnown, request,
                         [&](int n, const QString &id) {
                             order.append(u"cursor"_s);
                             count = n;
                             lastId = id;
                         });
        QObject::connect(request, &DatabasePageRequest::received, request,
                         [&](const QList<Database> &dbs) {
                             order.append(u"databases"_s);
                             page = dbs;
                         });
        const auto outcome = runRequest(request);
        QVERIFY(!outcome.error);
        QCOMPARE(order, (QStringList{u"cursor"_s, u"databases"_s}));
        QCOMPARE(count, 100);
        QCOMPARE(page.size(), 100);
        QCOMPARE(lastId, page.last().id);
    }

    void aPageThatDoesNotDecodeFailsTheListing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("parallel");
        for (const char *fault : {"malformed", "wrongtype", "truncate", "huge"}) {
            QTest::addRow("%s, one stream", fault) << QString::fromLatin1(fault) << false;
            QTest::addRow("%s, per provider", fault) << QString::fromLatin1(fault) << true;
        }
    }

    void aPageThatDoesNotDecodeFailsTheListing()
    {
        QFETCH(QString, fault);
        QFETCH(bool, parallel);
        SimHarness sim(generated(1000));
        QString error;
        // The first page is fine (its cursor may start the next page early); the second is not.
        QVERIFY2(sim.simulator().setFaults(u"/v2/databases=ok,"_s + fault + u"*1000"_s, &error),
                 qPrintable(error));
        const Listing listing = list(sim, parallel);
        QVERIFY(listing.error);
        QVERIFY2(listing.error->kind == ApiError::Kind::BadResponse ||
                     listing.error->kind == ApiError::Kind::Network,
                 qPrintable(listing.error->detail));
        QCOMPARE(listing.receivedSignals, 0);
    }

    void oneStreamStillPagesInTheServersOrder()
    {
        SimHarness sim(generated(1000));
        const Listing listing = list(sim, false);
        QVERIFY(!listing.error);
        QStringList serverOrder;
        for (const auto &db : sim.organization(0).databases) {
            if (db.status != u"TERMINATED")
                serverOrder.append(db.id);
        }
        QCOMPARE(ids(listing.databases), serverOrder);
    }

    void streamsAtKnownIdsListWhatOneStreamLists_data()
    {
        QTest::addColumn<QString>("known");
        QTest::addRow("exact") << u"exact"_s;
        QTest::addRow("a tenth gone") << u"stale"_s;
        QTest::addRow("none of them exists") << u"foreign"_s;
        QTest::addRow("half of them") << u"half"_s;
    }

    void streamsAtKnownIdsListWhatOneStreamLists()
    {
        QFETCH(QString, known);
        SimHarness sim(generated(3000));
        const Listing sequential = list(sim, false);
        QVERIFY(!sequential.error);
        const int sequentialRequests = int(sim.simulator().requestLog().size());

        QList<Database> hints = sequential.databases;
        if (known == u"stale") {
            for (qsizetype i = 0; i < hints.size(); i += 10)
                hints[i].id += u"-gone"_s;
        } else if (known == u"foreign") {
            for (Database &db : hints)
                db.id = u"zz-"_s + db.id;
        } else if (known == u"half") {
            hints = hints.mid(0, hints.size() / 2);
        }
        sim.simulator().clearRequestLog();
        const Listing split = list(sim, true, hints);
        QVERIFY(!split.error);
        QCOMPARE(sortedIds(split.databases), sortedIds(sequential.databases));
        QCOMPARE(ids(split.databases), sortedIds(split.databases)); // ordered by id
        QCOMPARE(split.receivedSignals, 1);

        // Several streams at once: more distinct starting points than the three providers'.
        QSet<QString> starts;
        for (const auto &entry : sim.simulator().requestLog())
            starts.insert(QUrlQuery(entry.query).queryItemValue(u"starting_after"_s));
        if (known == u"exact")
            QVERIFY2(starts.size() > 4, qPrintable(QString::number(starts.size())));
        // Bounded overhead: a page more per stream at most, and a refused start per stream.
        QVERIFY(sim.simulator().requestLog().size() <=
                sequentialRequests + 2 * DatabaseListJob::MaxStreams + 4);
    }

    void aFirstListingSplitsAtSampledIds_data()
    {
        QTest::addColumn<bool>("terminated");
        QTest::addColumn<bool>("refused");
        QTest::addRow("with terminated databases") << true << false;
        QTest::addRow("none terminated") << false << false;
        QTest::addRow("terminated ids refused as cursors") << true << true;
    }

    // Nothing known: the terminated databases' ids are the split points. The result must be one
    // stream's, whether or not there are any, and whether or not the server takes a terminated
    // database's id as a cursor (the API does not say; a refused start is taken over).
    void aFirstListingSplitsAtSampledIds()
    {
        QFETCH(bool, terminated);
        QFETCH(bool, refused);
        sim::DataSet data = generated(3000);
        int terminatedCount = 0;
        for (sim::SimDatabase &db : data.organizations[0].databases) {
            if (db.status != u"TERMINATED")
                continue;
            if (terminated)
                ++terminatedCount;
            else
                db.status = u"ACTIVE"_s;
        }
        QVERIFY(!terminated || terminatedCount > 100); // enough to split at
        SimHarness sim(std::move(data));
        sim.simulator().setRefuseTerminatedCursors(refused);
        const Listing sequential = list(sim, false);
        QVERIFY(!sequential.error);
        const int sequentialRequests = int(sim.simulator().requestLog().size());

        sim.simulator().clearRequestLog();
        const Listing split = list(sim, true);
        QVERIFY(!split.error);
        QCOMPARE(sortedIds(split.databases), sortedIds(sequential.databases));
        QCOMPARE(ids(split.databases), sortedIds(split.databases));
        QCOMPARE(split.receivedSignals, 1);

        // Streams that start at a sampled id: a cursor that is no listed database's id.
        const QStringList listed = sortedIds(sequential.databases);
        const QSet<QString> listedIds(listed.cbegin(), listed.cend());
        int sampledStarts = 0;
        int samples = 0;
        int listingRequests = 0;
        for (const auto &entry : sim.simulator().requestLog()) {
            const QUrlQuery query(entry.query);
            if (query.queryItemValue(u"include"_s) == u"terminated") {
                ++samples;
                continue;
            }
            ++listingRequests;
            const QString after = query.queryItemValue(u"starting_after"_s);
            sampledStarts += !after.isEmpty() && !listedIds.contains(after);
        }
        // A sample for AWS at least (60 % of the first page earns it several streams), at most
        // the budget for each provider that may have one.
        QVERIFY2(samples >= 1 && samples <= DatabaseListJob::ProviderFilterCount *
                                                DatabaseListJob::MaxSamplePages,
                 qPrintable(QString::number(samples)));
        if (terminated) // AWS's stream split in several at least
            QVERIFY2(sampledStarts >= 2, qPrintable(QString::number(sampledStarts)));
        else
            QCOMPARE(sampledStarts, 0);
        // Bounded overhead: the first page, and a page more per stream at most (and a refused
        // start per stream).
        const int refusedStarts = refused ? sampledStarts : 0;
        QVERIFY2(listingRequests <=
                     sequentialRequests + 1 + DatabaseListJob::MaxStreams + 3 + refusedStarts,
                 qPrintable(u"%1 vs %2"_s.arg(listingRequests).arg(sequentialRequests)));
    }

    // Sampled split points fall anywhere relative to a stream's pages in flight: whatever the
    // size, nothing is lost and nothing repeated.
    void aFirstListingOfAnySizeListsWhatOneStreamLists_data()
    {
        QTest::addColumn<int>("databases");
        QTest::addColumn<int>("seed");
        for (const int size : {150, 450, 1200, 2500, 10000})
            for (const int seed : {1, 2, 3})
                QTest::addRow("%d databases, seed %d", size, seed) << size << seed;
    }

    void aFirstListingOfAnySizeListsWhatOneStreamLists()
    {
        QFETCH(int, databases);
        QFETCH(int, seed);
        sim::GenerateSpec spec;
        spec.databases = databases;
        spec.seed = quint32(seed);
        SimHarness sim(sim::DataSet::generate(spec));
        const Listing sequential = list(sim, false);
        QVERIFY(!sequential.error);
        const Listing split = list(sim, true);
        QVERIFY(!split.error);
        QCOMPARE(split.databases.size(), sequential.databases.size());
        QCOMPARE(ids(split.databases), sortedIds(sequential.databases));
    }

    // A stream that starts at a terminated database right after a page boundary of the stream
    // before gets, as its first page, the very page on which that stream ends. When that page
    // arrives second (here its request is delayed), it brings nothing new, yet the stream must go
    // on: its range would be lost otherwise.
    void aStreamWhoseFirstPageWasListedAlreadyGoesOn()
    {
        sim::GenerateSpec spec;
        spec.databases = 1000;
        spec.awsPercent = 100; // one provider: the split points are known ids only
        spec.gcpPercent = 0;
        sim::DataSet data = sim::DataSet::generate(spec);
        QList<sim::SimDatabase> &all = data.organizations[0].databases;
        std::sort(all.begin(), all.end(),
                  [](const sim::SimDatabase &a, const sim::SimDatabase &b) { return a.id < b.id; });
        QList<Database> known;
        for (sim::SimDatabase &db : all) {
            db.status = u"ACTIVE"_s;
            Database hint;
            hint.id = db.id;
            hint.primaryProviderText = u"AWS"_s;
            known.append(hint);
        }
        // The first page ends at all[99]. Known ids after it: the 200th, all[299], is the first
        // split point (every 200th, DatabaseListJob::knownSplitIds). With every other database of
        // all[101..297] and all[299] itself terminated, the stream after all[99] has all[298] as
        // its page's last id, and its next page, after all[298], is the page after all[299].
        for (int i = 101; i <= 297; i += 2)
            all[i].status = u"TERMINATED"_s;
        all[299].status = u"TERMINATED"_s;
        const QString splitId = all[299].id;
        SimHarness sim(std::move(data));
        const Listing sequential = list(sim, false);
        QVERIFY(!sequential.error);
        QCOMPARE(sequential.databases.size(), 1000 - 100);

        // Requests: the first page, the stream after all[99], then the one after all[299].
        QString error;
        QVERIFY2(sim.simulator().setFaults(u"GET /v2/databases=ok,ok,delay=1000"_s, &error),
                 qPrintable(error));
        sim.simulator().clearRequestLog();
        const Listing split = list(sim, true, known);
        QVERIFY(!split.error);
        QCOMPARE(sortedIds(split.databases), sortedIds(sequential.databases));
        // The scenario is the one described: the delayed request started at the split point.
        bool delayedAtSplit = false;
        for (const auto &entry : sim.simulator().requestLog()) {
            delayedAtSplit =
                delayedAtSplit ||
                (entry.fault == u"delay=1000" &&
                 QUrlQuery(entry.query).queryItemValue(u"starting_after"_s) == splitId);
        }
        QVERIFY(delayedAtSplit);
    }

    // A server that does not page in id order: streams that start and end at ids would miss
    // databases, so the listing must notice and still list exactly what one stream lists.
    void aServerThatDoesNotPageInIdOrderStillGetsEverything_data()
    {
        QTest::addColumn<bool>("known");
        QTest::addRow("nothing known") << false;
        QTest::addRow("known databases") << true;
    }

    void aServerThatDoesNotPageInIdOrderStillGetsEverything()
    {
        QFETCH(bool, known);
        SimHarness sim(generated(2500));
        sim.simulator().setDatabaseOrder(sim::Router::DatabaseOrder::CreationTime);
        const Listing sequential = list(sim, false);
        QVERIFY(!sequential.error);
        QVERIFY(ids(sequential.databases) != sortedIds(sequential.databases));
        const Listing split = list(sim, true, known ? sequential.databases : QList<Database>());
        QVERIFY(!split.error);
        QCOMPARE(sortedIds(split.databases), sortedIds(sequential.databases));
    }

    // The first page in id order, the rest not: streams at known ids have started by the time
    // the disorder shows, so the listing starts again as one stream.
    void disorderAfterTheFirstPageStartsTheListingAgain()
    {
        SimHarness sim(generated(2500));
        sim.simulator().setDatabaseOrder(sim::Router::DatabaseOrder::CreationTime);
        QList<sim::SimDatabase> &all = sim.simulator().data().organizations[0].databases;
        std::sort(all.begin(), all.end(),
                  [](const sim::SimDatabase &a, const sim::SimDatabase &b) { return a.id < b.id; });
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (qsizetype i = 0; i < all.size(); ++i) // the 150 lowest ids first, then any order
            all[i].creationTime = base.addSecs(i < 150 ? i : 1000 + (i * 7919) % all.size());
        const Listing sequential = list(sim, false);
        QVERIFY(!sequential.error);
        QVERIFY(ids(sequential.databases) != sortedIds(sequential.databases));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not page in id order"_s));
        const Listing split = list(sim, true, sequential.databases);
        QVERIFY(!split.error);
        QCOMPARE(sortedIds(split.databases), sortedIds(sequential.databases));
        QCOMPARE(split.receivedSignals, 1);
    }

    void aSmallOrganizationStillTakesOneRequest()
    {
        SimHarness sim(generated(60));
        const Listing first = list(sim, true);
        sim.simulator().clearRequestLog();
        const Listing again = list(sim, true, first.databases);
        QVERIFY(!again.error);
        QCOMPARE(sortedIds(again.databases), sortedIds(first.databases));
        QCOMPARE(int(sim.simulator().requestLog().size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestStreamedPaging)
#include "tst_streamedpaging.moc"
