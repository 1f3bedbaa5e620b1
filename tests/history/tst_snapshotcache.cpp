// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot cache: a round trip of a real snapshot, damaged files, speed at 10,000 databases,
// a second start before the network answers, and no secret in any file written.
#include "demosnapshots.h"
#include "scenario.h"

#include "inventory/keyhistory.h"
#include "inventory/snapshotcache.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Every file under folder, with its content.
QList<std::pair<QString, QByteArray>> filesUnder(const QString &folder)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

} // namespace

class TestSnapshotCache : public QObject
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

    void aRealSnapshotSurvivesTheRoundTrip()
    {
        SimHarness sim;
        const OrganizationSnapshot snapshot = loadSnapshot(sim, 1);
        QVERIFY(snapshot.databasesLoaded);
        QVERIFY(!snapshot.databases.isEmpty());
        QVERIFY(!snapshot.regions.isEmpty());

        SnapshotCache cache(m_dir->path());
        QString error;
        QVERIFY2(cache.save(snapshot, &error), qPrintable(error));

        // A second start: another instance over the same folder.
        const auto loaded = SnapshotCache(m_dir->path()).load(snapshot.organization.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->organization, snapshot.organization);
        QCOMPARE(loaded->fetchedAt, snapshot.fetchedAt.toUTC());
        QCOMPARE(loaded->keys, snapshot.keys);
        QCOMPARE(loaded->regions, snapshot.regions);
        QCOMPARE(loaded->databasesLoaded, snapshot.databasesLoaded);
        QCOMPARE(loaded->databases.size(), snapshot.databases.size());
        for (qsizetype i = 0; i < snapshot.databases.size(); ++i) {
            Database expected = snapshot.databases.at(i);
            // Times come back in UTC, which compares equal to the same instant.
            QCOMPARE(loaded->databases.at(i).id, expected.id);
            QCOMPARE(loaded->databases.at(i).creationTime, expected.creationTime);
            QCOMPARE(loaded->databases.at(i), expected);
        }
        QVERIFY(!SnapshotCache(m_dir->path()).load(u"another-organization"_s));
    }

    void noTokenAndNoPresignedUrlIsEverWritten()
    {
        // Every organization of the demo, as loaded from the simulator, into the cache and the
        // history; then every byte written is searched.
        SimHarness sim;
        const auto snapshots = loadAllSnapshots(sim);
        // The simulator does serve what must not leak, so the scan below can fail.
        bool servedPresigned = false;
        {
            QNetworkAccessManager network;
            const auto &org = sim.organization(1);
            QNetworkRequest request(sim.simulator().baseUrl().resolved(
                QUrl(u"/v2/databases/"_s + org.databases.first().id + u"/datacenters"_s)));
            request.setRawHeader("Authorization", "Bearer " + org.tokens.first().token.toUtf8());
            QNetworkReply *reply = network.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            const QByteArray body = reply->readAll();
            servedPresigned = body.contains("X-Amz-Signature") && body.contains("secureBundleUrl");
            reply->deleteLater();
        }
        QVERIFY(servedPresigned);

        const QString cacheFolder = m_dir->filePath(u"cache"_s);
        const QString historyFolder = m_dir->filePath(u"history"_s);
        SnapshotCache cache(cacheFolder);
        for (const OrganizationSnapshot &s : snapshots) {
            QVERIFY(cache.save(s));
            KeyHistory history(s.organization.id, historyFolder);
            history.load();
            history.record(s, QDateTime::currentDateTimeUtc());
            QVERIFY(history.save());
        }
        QStringList tokens;
        for (const auto &org : sim.simulator().data().organizations) {
            for (const auto &token : org.tokens)
                tokens.append(token.token);
        }
        QVERIFY(!tokens.isEmpty());
        const auto files = filesUnder(m_dir->path());
        QCOMPARE(files.size(), 2 * snapshots.size());
        for (const auto &[path, content] : files) {
            QVERIFY2(!content.contains("AstraCS:"), qPrintable(path));
            QVERIFY2(!content.contains("X-Amz-Signature"), qPrintable(path));
            QVERIFY2(!content.toLower().contains("securebundle"), qPrintable(path));
            QVERIFY2(!content.contains("Bearer"), qPrintable(path));
            for (const QString &token : tokens) {
                // The secret part of a token, too, in case the prefix were ever stripped.
                QVERIFY2(!content.contains(token.section(u':', -1).toUtf8()), qPrintable(path));
            }
        }
    }

    void aDamagedOrOldFileIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("{\"format\": \"astra-keys/snap");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("another format") << QByteArray(R"({"format": "x", "version": 1})");
        QTest::newRow("an old version")
            << QByteArray(R"({"format": "astra-keys/snapshot", "version": 0,
                              "organization": {"id": "org-1"}, "fetchedAt": "2025-01-01T00:00:00Z"})");
        QTest::newRow("no age") << QByteArray(R"({"format": "astra-keys/snapshot", "version": 1,
                              "organization": {"id": "org-1"}})");
        QTest::newRow("another organization")
            << QByteArray(R"({"format": "astra-keys/snapshot", "version": 1,
                              "organization": {"id": "org-2"}, "fetchedAt": "2025-01-01T00:00:00Z"})");
    }

    void aDamagedOrOldFileIsIgnored()
    {
        QFETCH(QByteArray, content);
        SnapshotCache cache(m_dir->path());
        writeAll(cache.filePath(u"org-1"_s), content);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"snapshot cache .* ignored"_s));
        QVERIFY(!cache.load(u"org-1"_s));
        // The next save replaces it.
        QVERIFY(cache.save(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {}, day(2025, 1, 1))));
        QVERIFY(cache.load(u"org-1"_s));
    }

    void tenThousandDatabasesLoadQuickly()
    {
        QList<Database> databases;
        databases.reserve(10000);
        for (int i = 0; i < 10000; ++i) {
            databases.append(makeDatabase(u"db-%1"_s.arg(i, 5, 10, QChar(u'0')), u"aws"_s,
                                          {{u"us-east-1"_s, day(2024, 1, 1).addSecs(i)},
                                           {u"eu-west-1"_s, day(2024, 2, 1).addSecs(i)}}));
        }
        const auto snapshot =
            makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, databases, day(2025, 1, 1));
        SnapshotCache cache(m_dir->path());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cache.save(snapshot));
        const qint64 saveMs = timer.restart();
        const auto loaded = cache.load(u"org-1"_s);
        const qint64 loadMs = timer.elapsed();
        QVERIFY(loaded);
        QCOMPARE(loaded->databases.size(), 10000);
        QCOMPARE(loaded->databases.last(), snapshot.databases.last());
        qInfo("10,000 databases: saved in %lld ms, loaded in %lld ms (%lld KiB)", saveMs, loadMs,
              QFileInfo(cache.filePath(u"org-1"_s)).size() / 1024);
    }

    void aSecondStartShowsTheCacheBeforeTheNetworkAnswers()
    {
        SimHarness sim;
        const OrganizationSnapshot first = loadSnapshot(sim, 0);
        QVERIFY(SnapshotCache(m_dir->path()).save(first));

        // Second start: the network is slow to answer; the cache is there at once.
        QString error;
        QVERIFY(sim.simulator().setFaults(u"/v2/kms=stall"_s, &error));
        sim.simulator().clearRequestLog();
        auto *loader = new OrganizationLoader(sim.connection(0));
        QSignalSpy loaded(loader, &OrganizationLoader::loaded);
        loader->start();
        const auto cached = SnapshotCache(m_dir->path()).load(first.organization.id);
        QVERIFY(cached);
        QVERIFY(loaded.isEmpty());
        QCOMPARE(cached->keys, first.keys);
        QCOMPARE(cached->databases.size(), first.databases.size());
        QCOMPARE(cached->fetchedAt, first.fetchedAt.toUTC());
        QVERIFY(!snapshotAgeText(cached->fetchedAt, cached->fetchedAt.addSecs(7200)).isEmpty());
        QCOMPARE(snapshotAgeText(cached->fetchedAt, cached->fetchedAt.addSecs(7200)),
                 u"Cached data from 2 hour(s) ago"_s);
        loader->abort();
    }

    void theDefaultFolderIsTheCacheFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(SnapshotCache::defaultFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/snapshots"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"
