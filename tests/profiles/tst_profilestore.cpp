// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileStore over QSettings: add, find regardless of case, rename, update, remove, validation,
// session-only profiles, and what the settings file holds (never a token).
#include "profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {

ConnectionProfile makeProfile(const QString &name, const QString &enterprise = {})
{
    ConnectionProfile profile;
    profile.name = name;
    profile.organizationId = u"org-"_s + name.toLower();
    profile.organizationName = name + u" Inc."_s;
    profile.enterprise = enterprise;
    profile.apiUrl = QUrl(u"https://api.astra.datastax.com"_s);
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        // The default constructor must never touch the developer's own settings.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
        QFile::remove(m_file);
    }

    void startsEmpty()
    {
        ProfileStore store(m_file);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.find(u"anything"_s));
        QVERIFY(store.enterpriseLabels().isEmpty());
    }

    void addedProfilesSurviveAnotherStore()
    {
        {
            ProfileStore store(m_file);
            QSignalSpy changed(&store, &ProfileStore::changed);
            QString error;
            QVERIFY2(store.add(makeProfile(u"payments"_s, u"Northwind"_s),
                               ProfileStore::Persistence::Saved, &error),
                     qPrintable(error));
            QVERIFY(store.add(makeProfile(u"analytics"_s, u"Northwind"_s)));
            QVERIFY(store.add(makeProfile(u"clinic"_s, u"Contoso"_s)));
            QVERIFY(store.add(makeProfile(u"loose"_s)));
            QCOMPARE(changed.size(), 4);
        }
        ProfileStore again(m_file);
        const QList<ConnectionProfile> profiles = again.profiles();
        QCOMPARE(profiles.size(), 4);
        QCOMPARE(profiles.at(0), makeProfile(u"payments"_s, u"Northwind"_s));
        QCOMPARE(profiles.at(3), makeProfile(u"loose"_s));
        QCOMPARE(again.enterpriseLabels(), (QStringList{u"Northwind"_s, u"Contoso"_s}));
    }

    void findIgnoresCase()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"Payments"_s)));
        const auto found = store.find(u"pAYMENTS"_s);
        QVERIFY(found);
        QCOMPARE(found->name, u"Payments"_s);
        QVERIFY(store.contains(u"payments"_s));
    }

    void namesAreUniqueRegardlessOfCase()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"Payments"_s)));
        QString error;
        QVERIFY(!store.add(makeProfile(u"payments"_s), ProfileStore::Persistence::Saved, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        // Not as a session-only profile either: the keychain key would be shared.
        QVERIFY(!store.add(makeProfile(u"PAYMENTS"_s), ProfileStore::Persistence::Session));
        QCOMPARE(store.profiles().size(), 1);
    }

    void invalidProfilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::addColumn<QString>("expected");
        ConnectionProfile p = makeProfile(u"x"_s);
        p.name = QString();
        QTest::newRow("empty name") << p << u"Enter a name"_s;
        p.name = u"   "_s;
        QTest::newRow("blank name") << p << u"Enter a name"_s;
        p.name = u" padded"_s;
        QTest::newRow("padded name") << p << u"start or end with a space"_s;
        p.name = u"two\nlines"_s;
        QTest::newRow("line break") << p << u"control characters"_s;
        p.name = QString(101, u'n');
        QTest::newRow("too long") << p << u"at most 100"_s;
        p = makeProfile(u"x"_s);
        p.apiUrl = QUrl();
        QTest::newRow("no url") << p << u"API address"_s;
        p.apiUrl = QUrl(u"ftp://api.example.com"_s);
        QTest::newRow("ftp url") << p << u"API address"_s;
        p = makeProfile(u"x"_s, u" Acme"_s);
        QTest::newRow("padded label") << p << u"enterprise label"_s;
    }

    void invalidProfilesAreRefusedWithAReason()
    {
        QFETCH(ConnectionProfile, profile);
        QFETCH(QString, expected);
        ProfileStore store(m_file);
        QString error;
        QVERIFY(!store.add(profile, ProfileStore::Persistence::Saved, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(store.problem(profile), error);
        QVERIFY(store.profiles().isEmpty());
    }

    void renameKeepsTheRestAndItsPlace()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"a"_s)));
        QVERIFY(store.add(makeProfile(u"b"_s, u"Acme"_s)));
        QVERIFY(store.add(makeProfile(u"c"_s)));
        QString error;
        QVERIFY2(store.rename(u"B"_s, u"bravo"_s, &error), qPrintable(error));
        const QList<ConnectionProfile> profiles = ProfileStore(m_file).profiles();
        QCOMPARE(profiles.size(), 3);
        QCOMPARE(profiles.at(1).name, u"bravo"_s);
        QCOMPARE(profiles.at(1).enterprise, u"Acme"_s);
        QCOMPARE(profiles.at(1).organizationId, u"org-b"_s);
        QCOMPARE(profiles.at(1).tokenKey(), u"profile/bravo"_s);
        // A change of case only is a rename too, not a clash with itself.
        QVERIFY2(store.rename(u"bravo"_s, u"Bravo"_s, &error), qPrintable(error));
        QCOMPARE(store.profiles().at(1).name, u"Bravo"_s);
        // Onto another profile's name: refused.
        QVERIFY(!store.rename(u"Bravo"_s, u"A"_s, &error));
        QVERIFY(error.contains(u"already exists"_s));
        QVERIFY(!store.rename(u"nobody"_s, u"z"_s, &error));
        QVERIFY(error.contains(u"no profile named"_s));
    }

    void updateReplacesOrganizationAndUrl()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"a"_s)));
        ConnectionProfile changed = makeProfile(u"a"_s, u"Acme"_s);
        changed.organizationName = u"Renamed Org"_s;
        changed.apiUrl = QUrl(u"https://api.test.cloud.datastax.com"_s);
        QVERIFY(store.update(u"A"_s, changed));
        QCOMPARE(ProfileStore(m_file).profiles(), QList<ConnectionProfile>{changed});
    }

    void removeForgetsTheProfile()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"a"_s, u"Acme"_s)));
        QVERIFY(store.add(makeProfile(u"b"_s)));
        QSignalSpy changed(&store, &ProfileStore::changed);
        QVERIFY(store.remove(u"A"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ProfileStore(m_file).profiles(), QList<ConnectionProfile>{makeProfile(u"b"_s)});
        QVERIFY(store.enterpriseLabels().isEmpty());
        QString error;
        QVERIFY(!store.remove(u"a"_s, &error));
        QVERIFY(error.contains(u"no profile named"_s));
        QCOMPARE(changed.size(), 1);
    }

    void sessionProfilesNeverReachTheFile()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"saved"_s)));
        QVERIFY(
            store.add(makeProfile(u"passing"_s, u"Acme"_s), ProfileStore::Persistence::Session));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().at(1).name, u"passing"_s);
        QVERIFY(store.isSessionOnly(u"Passing"_s));
        QVERIFY(!store.isSessionOnly(u"saved"_s));
        QCOMPARE(store.enterpriseLabels(), QStringList{u"Acme"_s});
        QCOMPARE(ProfileStore(m_file).profiles().size(), 1);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("passing"));
        QVERIFY(store.rename(u"passing"_s, u"still-passing"_s));
        QVERIFY(store.isSessionOnly(u"still-passing"_s));
        QVERIFY(store.remove(u"still-passing"_s));
        QCOMPARE(store.profiles().size(), 1);
    }

    void theFileHoldsWhatWasSaidAndNoMore()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"a"_s, u"Acme"_s)));
        QSettings settings(m_file, QSettings::IniFormat);
        QStringList keys = settings.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"profiles/1/apiUrl"_s, u"profiles/1/enterprise"_s,
                                    u"profiles/1/name"_s, u"profiles/1/organizationId"_s,
                                    u"profiles/1/organizationName"_s, u"profiles/size"_s}));
    }

    void aProfileAddedElsewhereIsSeen()
    {
        // The command line adds while the window runs: the window's store sees it.
        ProfileStore window(m_file);
        QVERIFY(window.profiles().isEmpty());
        ProfileStore commandLine(m_file);
        QVERIFY(commandLine.add(makeProfile(u"late"_s)));
        QVERIFY(window.find(u"late"_s));
    }

    void defaultSettingsAreTheApplicationsOwn()
    {
        ProfileStore store;
        QVERIFY2(store.fileName().contains(u"AstraKeys"_s), qPrintable(store.fileName()));
        QVERIFY2(store.fileName().contains(u"astra-keys"_s), qPrintable(store.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
