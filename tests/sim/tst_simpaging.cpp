// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/databases paging: limit, starting_after, include and provider, over many sizes.
#include "simclient.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace astra::sim;

namespace {

struct Walk
{
    QStringList ids;
    QList<int> pageSizes;
    bool ok = true;
};

} // namespace

class TestSimPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimClient> m_client;
    QString m_token;

    void start(int databases)
    {
        GenerateSpec spec;
        spec.organizations = 2;
        spec.keys = 4;
        spec.databases = databases;
        spec.seed = 11;
        m_client.reset();
        m_sim = std::make_unique<Simulator>(DataSet::generate(spec));
        QVERIFY(m_sim->listen());
        m_client = std::make_unique<SimClient>(m_sim->baseUrl());
        m_token = m_sim->data().organizations.first().tokens.first().token;
    }

    // Follows starting_after until a short page, as a correct client does.
    Walk walk(const QString &filter, int limit)
    {
        Walk w;
        QString after;
        for (int guard = 0; guard < 1000; ++guard) {
            QString path = QStringLiteral("/v2/databases?") + filter;
            if (limit > 0)
                path += QStringLiteral("&limit=%1").arg(limit);
            if (!after.isEmpty())
                path += QStringLiteral("&starting_after=") + after;
            const SimReply r = m_client->get(path, m_token);
            if (r.status != 200 || !r.json.isArray()) {
                w.ok = false;
                return w;
            }
            const QJsonArray page = r.json.array();
            w.pageSizes.append(int(page.size()));
            for (const QJsonValue &v : page)
                w.ids.append(v.toObject().value(QStringLiteral("id")).toString());
            if (page.size() < (limit > 0 ? std::min(limit, 100) : 25))
                return w;
            after = w.ids.last();
        }
        w.ok = false;
        return w;
    }

    QStringList expected(const std::function<bool(const SimDatabase &)> &keep) const
    {
        QStringList ids;
        for (const SimDatabase &db : m_sim->data().organizations.first().databases) {
            if (keep(db))
                ids.append(db.id);
        }
        return ids;
    }

    static bool nonTerminated(const SimDatabase &db) { return db.status != u"TERMINATED"; }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void sizes_data()
    {
        QTest::addColumn<int>("databases");
        for (int n : {0, 1, 25, 99, 100, 101, 250})
            QTest::addRow("%d", n) << n;
    }

    void sizes()
    {
        QFETCH(int, databases);
        start(databases);
        const QStringList live = expected(nonTerminated);
        QStringList all = expected([](const SimDatabase &) { return true; });
        QCOMPARE(all.size(), databases);

        // Default limit 25.
        const Walk byDefault = walk(QString(), 0);
        QVERIFY(byDefault.ok);
        QCOMPARE(byDefault.ids, live);
        for (qsizetype i = 0; i + 1 < byDefault.pageSizes.size(); ++i)
            QCOMPARE(byDefault.pageSizes.at(i), 25);

        // Limit 100, with everything included.
        const Walk hundred = walk(QStringLiteral("include=all"), 100);
        QVERIFY(hundred.ok);
        QCOMPARE(hundred.ids, all);
        QCOMPARE(hundred.pageSizes.size(), databases / 100 + 1);

        // Above 100 is capped silently.
        const SimReply capped =
            m_client->get(QStringLiteral("/v2/databases?include=all&limit=1000"), m_token);
        QCOMPARE(capped.status, 200);
        QCOMPARE(capped.json.array().size(), std::min(databases, 100));
    }

    void filters()
    {
        start(250);
        const Walk terminated = walk(QStringLiteral("include=terminated"), 50);
        QCOMPARE(terminated.ids,
                 expected([](const SimDatabase &db) { return db.status == u"TERMINATED"; }));
        QVERIFY(!terminated.ids.isEmpty());
        const Walk active = walk(QStringLiteral("include=ACTIVE"), 50);
        QCOMPARE(active.ids,
                 expected([](const SimDatabase &db) { return db.status == u"ACTIVE"; }));
        const Walk hibernated = walk(QStringLiteral("include=hibernated"), 50);
        QCOMPARE(hibernated.ids,
                 expected([](const SimDatabase &db) { return db.status == u"HIBERNATED"; }));
        QVERIFY(!hibernated.ids.isEmpty());
        const Walk nonterminated = walk(QStringLiteral("include=nonterminated"), 50);
        QCOMPARE(nonterminated.ids, expected(nonTerminated));

        for (const QString &provider :
             {QStringLiteral("aws"), QStringLiteral("GCP"), QStringLiteral("Azure")}) {
            const Walk w = walk(QStringLiteral("provider=") + provider, 30);
            QVERIFY(w.ok);
            const QStringList want = expected([&](const SimDatabase &db) {
                return nonTerminated(db) && db.datacenters.first().provider == provider.toUpper();
            });
            QVERIFY(!want.isEmpty());
            QCOMPARE(w.ids, want);
        }
        QCOMPARE(walk(QStringLiteral("provider=ALL"), 100).ids, expected(nonTerminated));
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << QStringLiteral("limit=0");
        QTest::newRow("limit negative") << QStringLiteral("limit=-5");
        QTest::newRow("limit text") << QStringLiteral("limit=ten");
        QTest::newRow("limit empty") << QStringLiteral("limit=");
        QTest::newRow("provider") << QStringLiteral("provider=IBM");
        QTest::newRow("unknown cursor") << QStringLiteral("starting_after=not-a-database");
    }

    void badParameters()
    {
        QFETCH(QString, query);
        start(30);
        const SimReply r = m_client->get(QStringLiteral("/v2/databases?") + query, m_token);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.object()
                    .value(QStringLiteral("errors"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(QStringLiteral("ID")));
    }

    void cursorOnFilteredOutDatabase()
    {
        // starting_after may name a database the filter leaves out: paging continues after it.
        start(60);
        const QList<SimDatabase> &dbs = m_sim->data().organizations.first().databases;
        const auto terminated = std::find_if(dbs.begin(), dbs.end(), [](const SimDatabase &db) {
            return db.status == u"TERMINATED";
        });
        QVERIFY(terminated != dbs.end());
        const SimReply r = m_client->get(
            QStringLiteral("/v2/databases?limit=100&starting_after=") + terminated->id, m_token);
        QCOMPARE(r.status, 200);
        const QStringList want = expected(
            [&](const SimDatabase &db) { return nonTerminated(db) && db.id > terminated->id; });
        QCOMPARE(r.json.array().size(), want.size());
        if (!want.isEmpty())
            QCOMPARE(r.json.array().first().toObject().value(QStringLiteral("id")).toString(),
                     want.first());

        // Told to refuse a terminated database's id as a cursor (for clients that must cope
        // with either answer): 400, and a live database's id still pages on.
        m_sim->setRefuseTerminatedCursors(true);
        const SimReply refused = m_client->get(
            QStringLiteral("/v2/databases?limit=100&starting_after=") + terminated->id, m_token);
        QCOMPARE(refused.status, 400);
        const auto live = std::find_if(dbs.begin(), dbs.end(), nonTerminated);
        QVERIFY(live != dbs.end());
        const SimReply accepted = m_client->get(
            QStringLiteral("/v2/databases?limit=100&starting_after=") + live->id, m_token);
        QCOMPARE(accepted.status, 200);
        m_sim->setRefuseTerminatedCursors(false);
    }

    void tenThousand()
    {
        QElapsedTimer timer;
        timer.start();
        start(10000);
        const qint64 generated = timer.restart();
        const Walk w = walk(QStringLiteral("include=all"), 100);
        const qint64 firstWalk = timer.restart();
        QVERIFY(w.ok);
        QCOMPARE(w.ids.size(), 10000);
        QCOMPARE(w.pageSizes.size(), 101); // 100 full pages and the empty one that ends the list
        QCOMPARE(w.ids, expected([](const SimDatabase &) { return true; }));
        const Walk again = walk(QStringLiteral("include=all"), 100); // from the JSON cache
        const qint64 secondWalk = timer.elapsed();
        QCOMPARE(again.ids, w.ids);
        qInfo() << "10000 databases: generated in" << generated << "ms, paged at 100 in"
                << firstWalk << "ms, again (cached) in" << secondWalk << "ms";
        QVERIFY2(firstWalk < 20000, qPrintable(QString::number(firstWalk)));
    }
};

QTEST_GUILESS_MAIN(TestSimPaging)
#include "tst_simpaging.moc"
