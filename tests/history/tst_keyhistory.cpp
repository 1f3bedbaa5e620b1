// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The local key history: what it records, across restarts, and how it survives damaged files.
#include "scenario.h"

#include "inventory/keyhistory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

const QString usEast = u"serverless/aws/us-east-1"_s;
const QString euWest = u"serverless/aws/eu-west-1"_s;
const QString classic = u"classic/gcp/us-east1"_s;

} // namespace

class TestKeyHistory : public QObject
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

    void theFirstLoadSeesEveryKeyNow()
    {
        KeyHistory history(u"org-1"_s, m_dir->path());
        QCOMPARE(history.load(), KeyHistory::LoadResult::NoFile);
        QVERIFY(history.isEmpty());
        const auto t1 = day(2025, 1, 10);
        QVERIFY(history.record(
            makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s), makeKey(u"aws"_s, u"eu-west-1"_s)},
                         {}),
            t1));
        const auto sightings = history.sightings();
        QCOMPARE(sightings.size(), 2);
        QCOMPARE(sightings.value(usEast).firstSeen, t1);
        QVERIFY(!sightings.value(usEast).lastSeenAbsent.isValid());
        const auto events = history.events(usEast);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, KeyHistoryEvent::Kind::FirstSeen);
        QCOMPARE(events.first().at, t1);
        QCOMPARE(events.first().keyId, u"key-aws-us-east-1"_s);
        QCOMPARE(history.lastRecorded(), t1);
    }

    void addedChangedAndRemovedAcrossRestarts()
    {
        const auto t1 = day(2025, 1, 10), t2 = day(2025, 2, 10), t3 = day(2025, 3, 10),
                   t4 = day(2025, 4, 10);
        {
            KeyHistory first(u"org-1"_s, m_dir->path());
            QCOMPARE(first.load(), KeyHistory::LoadResult::NoFile);
            first.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s),
                                       makeKey(u"gcp"_s, u"us-east1"_s, KeyType::Classic)},
                                      {}),
                         t1);
            QString error;
            QVERIFY2(first.save(&error), qPrintable(error));
        }
        {
            // A second start: another instance over the same folder.
            KeyHistory second(u"org-1"_s, m_dir->path());
            QCOMPARE(second.load(), KeyHistory::LoadResult::Loaded);
            QCOMPARE(second.lastRecorded(), t1);
            QCOMPARE(second.sighting(usEast).firstSeen, t1);
            QCOMPARE(second.sighting(classic).firstSeen, t1);
            // us-east-1 now holds another key; eu-west-1 is new; the classic key is gone.
            QVERIFY(second.record(
                makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s, KeyType::Serverless, u"arn:new"_s),
                              makeKey(u"aws"_s, u"eu-west-1"_s)},
                             {}),
                t2));
            QVERIFY(second.save());
        }
        KeyHistory third(u"org-1"_s, m_dir->path());
        QCOMPARE(third.load(), KeyHistory::LoadResult::Loaded);

        // Changed: the new key is first seen now; until the last load the slot held the old one.
        const auto changed = third.events(usEast);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).kind, KeyHistoryEvent::Kind::Changed);
        QCOMPARE(changed.at(1).keyId, u"arn:new"_s);
        QCOMPARE(changed.at(1).previousKeyId, u"key-aws-us-east-1"_s);
        QCOMPARE(third.sighting(usEast).firstSeen, t2);
        QCOMPARE(third.sighting(usEast).lastSeenAbsent, t1);

        // Added: absent at the previous load, which listed every key.
        QCOMPARE(third.events(euWest).size(), 1);
        QCOMPARE(third.events(euWest).first().kind, KeyHistoryEvent::Kind::Added);
        QCOMPARE(third.sighting(euWest).firstSeen, t2);
        QCOMPARE(third.sighting(euWest).lastSeenAbsent, t1);

        // Removed: an event, and the slot seen absent now.
        const auto removed = third.events(classic);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(1).kind, KeyHistoryEvent::Kind::Removed);
        QCOMPARE(removed.at(1).previousKeyId, u"key-gcp-us-east1"_s);
        QVERIFY(!third.sighting(classic).firstSeen.isValid());
        QCOMPARE(third.sighting(classic).lastSeenAbsent, t2);

        // Still absent later: the absence moves forward; back again: added, absent until t3.
        third.record(
            makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s, KeyType::Serverless, u"arn:new"_s),
                          makeKey(u"aws"_s, u"eu-west-1"_s)},
                         {}),
            t3);
        QCOMPARE(third.sighting(classic).lastSeenAbsent, t3);
        third.record(
            makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s, KeyType::Serverless, u"arn:new"_s),
                          makeKey(u"aws"_s, u"eu-west-1"_s),
                          makeKey(u"gcp"_s, u"us-east1"_s, KeyType::Classic)},
                         {}),
            t4);
        QCOMPARE(third.events(classic).last().kind, KeyHistoryEvent::Kind::Added);
        QCOMPARE(third.sighting(classic).firstSeen, t4);
        QCOMPARE(third.sighting(classic).lastSeenAbsent, t3);
        // Nothing changed for the others.
        QCOMPARE(third.events(usEast).size(), 2);
        QCOMPARE(third.sighting(usEast).firstSeen, t2);

        const auto all = third.allEvents();
        QCOMPARE(all.size(), 6);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).at <= all.at(i).at);
    }

    void aDifferenceInCaseIsNotAChange()
    {
        KeyHistory history(u"org-1"_s, m_dir->path());
        history.record(makeSnapshot({makeKey(u"gcp"_s, u"us-east1"_s, KeyType::Serverless,
                                             u"projects/p/locations/us-east1/keyRings/r"_s)},
                                    {}),
                       day(2025, 1, 1));
        history.record(makeSnapshot({makeKey(u"gcp"_s, u"us-east1"_s, KeyType::Serverless,
                                             u"PROJECTS/P/LOCATIONS/US-EAST1/KEYRINGS/R"_s)},
                                    {}),
                       day(2025, 1, 2));
        QCOMPARE(history.events(u"serverless/gcp/us-east1"_s).size(), 1);
        QCOMPARE(history.sighting(u"serverless/gcp/us-east1"_s).firstSeen, day(2025, 1, 1));
    }

    void otherOrganizationsAndOlderTimesAreIgnored()
    {
        KeyHistory history(u"org-1"_s, m_dir->path());
        QVERIFY(
            history.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {}), day(2025, 5, 1)));
        auto other = makeSnapshot({}, {});
        other.organization.id = u"org-2"_s;
        QVERIFY(!history.record(other, day(2025, 6, 1)));
        QVERIFY(!history.record(makeSnapshot({}, {}), day(2025, 4, 1)));
        QCOMPARE(history.events(usEast).size(), 1);
        QCOMPARE(history.lastRecorded(), day(2025, 5, 1));
    }

    void eventsAreCappedPerSlot()
    {
        KeyHistory history(u"org-1"_s, m_dir->path());
        QDateTime t = day(2024, 1, 1);
        for (int i = 0; i < 3 * KeyHistory::MaxEventsPerSlot; ++i) {
            history.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s, KeyType::Serverless,
                                                 u"arn:%1"_s.arg(i))},
                                        {}),
                           t);
            t = t.addSecs(3600);
        }
        QCOMPARE(history.events(usEast).size(), KeyHistory::MaxEventsPerSlot);
        // The newest are kept.
        QCOMPARE(history.events(usEast).last().keyId,
                 u"arn:%1"_s.arg(3 * KeyHistory::MaxEventsPerSlot - 1));
        QVERIFY(history.save());
        KeyHistory again(u"org-1"_s, m_dir->path());
        QCOMPARE(again.load(), KeyHistory::LoadResult::Loaded);
        QCOMPARE(again.events(usEast).size(), KeyHistory::MaxEventsPerSlot);
        QVERIFY(QFileInfo(history.filePath()).size() < 64 * 1024);
    }

    void aDamagedFileIsSetAsideAndTheNewDataKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("{\"format\": \"astra-keys/key-hist");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
        QTest::newRow("an array") << QByteArray("[1, 2, 3]");
        QTest::newRow("another format")
            << QByteArray(R"({"format": "something-else", "version": 1})");
        QTest::newRow("a newer version")
            << QByteArray(R"({"format": "astra-keys/key-history", "version": 99,
                              "organizationId": "org-1", "slots": []})");
        QTest::newRow("another organization")
            << QByteArray(R"({"format": "astra-keys/key-history", "version": 1,
                              "organizationId": "org-2", "slots": []})");
    }

    void aDamagedFileIsSetAsideAndTheNewDataKept()
    {
        QFETCH(QByteArray, content);
        KeyHistory history(u"org-1"_s, m_dir->path());
        writeAll(history.filePath(), content);
        QString error;
        QCOMPARE(history.load(&error), KeyHistory::LoadResult::SetAside);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"new history"), qPrintable(error));
        QVERIFY(!QFile::exists(history.filePath()));
        QVERIFY(!history.setAsidePath().isEmpty());
        QCOMPARE(readAll(history.setAsidePath()), content); // kept for whoever wants to look
        QVERIFY(history.isEmpty());

        // The new observations are recorded and saved as a fresh, readable history.
        history.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {}), day(2025, 1, 1));
        QVERIFY(history.save(&error));
        KeyHistory again(u"org-1"_s, m_dir->path());
        QCOMPARE(again.load(), KeyHistory::LoadResult::Loaded);
        QCOMPARE(again.sighting(usEast).firstSeen, day(2025, 1, 1));
    }

    void unreadableEntriesAreSkippedNotFatal()
    {
        KeyHistory history(u"org-1"_s, m_dir->path());
        writeAll(history.filePath(), R"({"format": "astra-keys/key-history", "version": 1,
            "organizationId": "org-1", "lastRecorded": "2025-01-01T12:00:00.000Z",
            "slots": [
              {"slot": "serverless/aws/us-east-1", "keyId": "k", "present": true,
               "firstSeen": "2025-01-01T12:00:00.000Z",
               "events": [{"kind": "first-seen", "at": "2025-01-01T12:00:00.000Z", "keyId": "k"},
                          {"kind": "exploded", "at": "2025-01-01T12:00:00.000Z"},
                          {"kind": "removed", "at": 42}]},
              {"keyId": "no slot name"},
              17
            ]})");
        QCOMPARE(history.load(), KeyHistory::LoadResult::Loaded);
        QCOMPARE(history.events(usEast).size(), 1);
        QCOMPARE(history.sighting(usEast).firstSeen, day(2025, 1, 1));
        QCOMPARE(history.sightings().size(), 1);
    }

    void aFailedSaveKeepsWhatIsInMemory()
    {
        // The folder cannot be created: a file stands where it should be.
        const QString blocked = m_dir->filePath(u"blocked"_s);
        writeAll(blocked, "x");
        KeyHistory history(u"org-1"_s, blocked + u"/history"_s);
        history.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {}), day(2025, 1, 1));
        QString error;
        QVERIFY(!history.save(&error));
        QVERIFY(error.contains(u"could not be saved"));
        QCOMPARE(history.sighting(usEast).firstSeen, day(2025, 1, 1));
    }

    void theFileNameCannotLeaveTheFolder()
    {
        KeyHistory history(u"../../etc/passwd"_s, m_dir->path());
        QCOMPARE(QFileInfo(history.filePath()).absolutePath(), QDir(m_dir->path()).absolutePath());
        QVERIFY(history.filePath().endsWith(u".json"));
        KeyHistory uuid(u"99b8bc02-f01d-5f86-8786-58bf2d14b11d"_s, m_dir->path());
        QCOMPARE(QFileInfo(uuid.filePath()).fileName(),
                 u"99b8bc02-f01d-5f86-8786-58bf2d14b11d.json"_s);
    }

    void theDefaultFolderIsTheUsersDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(KeyHistory::defaultFolder(), data + u"/history"_s);
        KeyHistory history(u"org-test-mode"_s);
        QVERIFY(history.filePath().startsWith(data));
        history.record(makeSnapshot({}, {}), day(2025, 1, 1)); // another organization: ignored
        auto snapshot = makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {});
        snapshot.organization.id = u"org-test-mode"_s;
        QVERIFY(history.record(snapshot, day(2025, 1, 1)));
        QVERIFY(history.save());
        KeyHistory again(u"org-test-mode"_s);
        QCOMPARE(again.load(), KeyHistory::LoadResult::Loaded);
        QCOMPARE(again.sighting(usEast).firstSeen, day(2025, 1, 1));
        QVERIFY(QFile::remove(history.filePath()));
    }

    void theFileIsReadableJsonWithItsFormat()
    {
        KeyHistory history(u"org-1"_s, m_dir->path());
        history.record(makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {}), day(2025, 1, 1));
        QVERIFY(history.save());
        const auto doc = QJsonDocument::fromJson(readAll(history.filePath()));
        QCOMPARE(doc.object().value(u"format").toString(), u"astra-keys/key-history"_s);
        QCOMPARE(doc.object().value(u"version").toInt(), KeyHistory::FormatVersion);
        QCOMPARE(doc.object().value(u"organizationId").toString(), u"org-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyHistory)
#include "tst_keyhistory.moc"
