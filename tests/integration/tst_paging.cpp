// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Paging /v2/databases at the sizes where pagers break, checked on the simulator's request log.
#include "simharness.h"

#include "api/databaselistjob.h"

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
    spec.seed = 7;
    return sim::DataSet::generate(spec);
}

int liveDatabases(const sim::SimOrganization &org)
{
    int n = 0;
    for (const auto &db : org.databases)
        n += db.status != u"TERMINATED";
    return n;
}

struct Listing
{
    QList<Database> databases;
    std::optional<ApiError> error;
    QList<int> progress;
};

Listing list(SimHarness &sim, const endpoints::DatabaseQuery &query = {})
{
    Listing listing;
    auto *job = new DatabaseListJob(sim.connection(0), query);
    QObject::connect(job, &DatabaseListJob::received, job,
                     [&](const QList<Database> &dbs) { listing.databases = dbs; });
    QObject::connect(job, &DatabaseListJob::failed, job,
                     [&](const ApiError &e) { listing.error = e; });
    QObject::connect(job, &DatabaseListJob::progress, job,
                     [&](int pages, int) { listing.progress.append(pages); });
    QSignalSpy finished(job, &DatabaseListJob::finished);
    job->start();
    if (!finished.wait(60000))
        qWarning("listing did not finish");
    return listing;
}

} // namespace

class TestPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {0, 1, 25, 99, 100, 101, 250, 10000})
            QTest::addRow("%d databases", size) << size;
    }

    void sizes()
    {
        QFETCH(int, size);
        SimHarness sim(generated(size));
        const int live = liveDatabases(sim.organization(0));
        QCOMPARE(int(sim.organization(0).databases.size()), size);
        const Listing listing = list(sim);
        QVERIFY(!listing.error);
        QCOMPARE(int(listing.databases.size()), live);

        // Every id once, in the server's order.
        QSet<QString> ids;
        for (const Database &db : listing.databases)
            ids.insert(db.id);
        QCOMPARE(int(ids.size()), live);

        // One request per page of 100, the last one short; each page starts after the last id.
        const auto log = sim.simulator().requestLog();
        QCOMPARE(int(log.size()), live / 100 + 1);
        QCOMPARE(listing.progress.size(), int(log.size()));
        QString expectedCursor;
        for (qsizetype i = 0; i < log.size(); ++i) {
            const QUrlQuery query(log.at(i).query);
            QCOMPARE(log.at(i).path, u"/v2/databases"_s);
            QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s);
            QCOMPARE(query.queryItemValue(u"starting_after"_s), expectedCursor);
            if (i + 1 < log.size())
                expectedCursor = listing.databases.at((i + 1) * 100 - 1).id;
        }
    }

    void aRepeatedCursorEndsTheLoop()
    {
        SimHarness sim(generated(250));
        QString error;
        // The second page answers the first again, forever: a pager without a guard spins.
        QVERIFY2(sim.simulator().setFaults(u"/v2/databases=ok,repeat*1000"_s, &error),
                 qPrintable(error));
        const Listing listing = list(sim);
        QCOMPARE(int(sim.simulator().requestLog().size()), 2);
        QCOMPARE(int(listing.databases.size()), 100); // what could be listed, without duplicates
    }

    void filtersGoOnTheWire()
    {
        SimHarness sim(generated(120));
        endpoints::DatabaseQuery query;
        query.provider = u"GCP"_s;
        query.include = u"all"_s;
        const Listing listing = list(sim, query);
        QVERIFY(!listing.error);
        int gcp = 0;
        for (const auto &db : sim.organization(0).databases)
            gcp += db.datacenters.first().provider.compare(u"GCP", Qt::CaseInsensitive) == 0;
        QCOMPARE(int(listing.databases.size()), gcp);
        const QUrlQuery wire(sim.simulator().requestLog().first().query);
        QCOMPARE(wire.queryItemValue(u"provider"_s), u"GCP"_s);
        QCOMPARE(wire.queryItemValue(u"include"_s), u"all"_s);
    }

    void aFailedPageFailsTheListing()
    {
        SimHarness sim(generated(250));
        QString error;
        QVERIFY(sim.simulator().setFaults(u"/v2/databases=ok,403"_s, &error));
        const Listing listing = list(sim);
        QVERIFY(listing.error);
        QCOMPARE(listing.error->kind, ApiError::Kind::Forbidden);
        QVERIFY(listing.databases.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
