// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "astra-keys profile ..." and "export --profile" as scripts run them: the real binary, in the
// private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring.sh), against
// the simulator in this process over loopback. secret-tool witnesses the keyring.
#include "keyringsearch.h"
#include "simharness.h"

#include "../keychain/testtokens.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT
private:
    QString m_token;
    std::unique_ptr<SimHarness> m_sim;
    const QString m_service = QStringLiteral(ASTRA_APP_ID);

    // Runs astra-keys with input on its standard input, keeping this event loop (and so the
    // simulator) running meanwhile.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"ASTRA_DB_APPLICATION_TOKEN"_s);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ASTRA_KEYS_BINARY), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run r{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
              process.readAllStandardOutput(), process.readAllStandardError()};
        // Whatever happened, a token never reaches the output.
        if (r.out.contains("AstraCS:") || r.err.contains("AstraCS:"))
            qFatal("a token was printed");
        return r;
    }

    QString url() const { return m_sim->simulator().baseUrl().toString(); }

    // Whether any file under the throw-away HOME holds token (the wrapper scans again at the end).
    static QString fileHolding(const QString &token)
    {
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(token.toUtf8()))
                return file.fileName();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ASTRA_PRIVATE_KEYRING"))
            QFAIL("run through tests/support/with-keyring.sh (ctest does), not directly");
        m_token = fakeToken();
        sim::DataSet data = sim::DataSet::demo();
        QVERIFY(!data.organizations.isEmpty());
        data.organizations[0].tokens.append(
            {m_token, {u"org-cmk-read"_s, u"org-db-view"_s, u"org-read"_s}});
        m_sim = std::make_unique<SimHarness>(std::move(data));
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void listStartsEmpty()
    {
        const Run r = run({u"profile"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split('\n').size(), 1); // the header alone
        QVERIFY(r.out.startsWith("name\torganization_name\torganization_id\tenterprise\tapi_url"));
    }

    void usageErrorsExitTwoAndStoreNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no subcommand") << QStringList{u"profile"_s} << false << u"subcommand"_s;
        QTest::newRow("unknown subcommand")
            << QStringList{u"profile"_s, u"show"_s} << false << u"show"_s;
        QTest::newRow("add without name")
            << QStringList{u"profile"_s, u"add"_s} << true << u"--name"_s;
        // The token is read from standard input only: as an argument it is refused.
        QTest::newRow("token as argument")
            << QStringList{u"profile"_s, u"add"_s, u"--name"_s, u"x"_s, u"AstraCS:TEST"_s} << true
            << u"--name"_s;
        QTest::newRow("no token on stdin")
            << QStringList{u"profile"_s, u"add"_s, u"--name"_s, u"x"_s} << false << u"No token"_s;
        QTest::newRow("plain http to a remote host")
            << QStringList{u"profile"_s, u"add"_s,       u"--name"_s,
                           u"x"_s,       u"--api-url"_s, u"http://api.example.com"_s}
            << true << u"plain HTTP"_s;
        QTest::newRow("remove without name")
            << QStringList{u"profile"_s, u"remove"_s} << false << u"profile remove"_s;
        QTest::newRow("remove unknown")
            << QStringList{u"profile"_s, u"remove"_s, u"nobody"_s} << false << u"nobody"_s;
        QTest::newRow("export unknown profile")
            << QStringList{u"export"_s, u"--profile"_s, u"nobody"_s} << false << u"nobody"_s;
    }

    void usageErrorsExitTwoAndStoreNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withToken);
        QFETCH(QString, expected);
        const Run r = run(arguments, withToken ? m_token.toUtf8() : QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("astra-keys: "), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void aMalformedTokenExitsTwo()
    {
        const Run r = run({u"profile"_s, u"add"_s, u"--name"_s, u"x"_s, u"--api-url"_s, url()},
                          m_token.left(60).toUtf8());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("60 characters"), r.err.constData());
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void aTokenTheApiRefusesExitsOneAndStoresNothing()
    {
        const Run r = run({u"profile"_s, u"add"_s, u"--name"_s, u"x"_s, u"--api-url"_s, url()},
                          fakeToken().toUtf8());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing was stored"), r.err.constData());
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
        const Run list = run({u"profile"_s, u"list"_s});
        QCOMPARE(list.out.trimmed().split('\n').size(), 1);
    }

    void noKeychainExitsOneAndStoresNothing()
    {
        QProcessEnvironment noBus;
        noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/astra-keys/bus"_s);
        const Run r = run({u"profile"_s, u"add"_s, u"--name"_s, u"x"_s, u"--api-url"_s, url()},
                          m_token.toUtf8(), noBus);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QVERIFY2(r.err.contains("Nothing was stored"), r.err.constData());
        const Run list = run({u"profile"_s, u"list"_s});
        QCOMPARE(list.out.trimmed().split('\n').size(), 1);
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void addListExportRemove()
    {
        const sim::SimOrganization &org = m_sim->organization(0);
        // Pasted with a line break in the middle and whitespace around, as from an e-mail.
        const QByteArray pasted =
            "  " + m_token.left(50).toUtf8() + "\n" + m_token.mid(50).toUtf8() + " \n\n";
        const Run added = run({u"profile"_s, u"add"_s, u"--name"_s, u"Payments"_s,
                               u"--enterprise"_s, u"Northwind"_s, u"--api-url"_s, url()},
                              pasted);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(added.out.contains(org.name.toUtf8()), added.out.constData());

        // In the keyring under our service, with the profile's key.
        const KeyringSearch found = KeyringSearch::service(m_service);
        QCOMPARE(found.count, 1);
        QCOMPARE(found.secret, m_token);
        QCOMPARE(found.attributes.value(u"user"_s), u"profile/Payments"_s);
        // And nowhere on disk: the settings hold the profile only.
        QCOMPARE(fileHolding(m_token), QString());

        // The same name in other case is taken.
        const Run again =
            run({u"profile"_s, u"add"_s, u"--name"_s, u"payments"_s, u"--api-url"_s, url()},
                m_token.toUtf8());
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());

        const Run list = run({u"profile"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1), "Payments\t" + org.name.toUtf8() + "\t" + org.id.toUtf8() +
                                  "\tNorthwind\t" + url().toUtf8());

        // export --profile reads the token from the keychain; the name matches in any case.
        const Run exported =
            run({u"export"_s, u"--profile"_s, u"payments"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QList<QByteArray> rows = exported.out.trimmed().split('\n');
        QVERIFY(rows.first().startsWith("organization_id,organization_name,"));
        QCOMPARE(rows.size() - 1, org.keys.size());
        for (const QByteArray &row : rows.mid(1))
            QVERIFY(row.startsWith(org.id.toUtf8()));

        const Run removed = run({u"profile"_s, u"remove"_s, u"PAYMENTS"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
        const Run after = run({u"profile"_s, u"list"_s});
        QCOMPARE(after.out.trimmed().split('\n').size(), 1);

        // Exporting a removed profile is a usage error, not a crash.
        const Run gone = run({u"export"_s, u"--profile"_s, u"Payments"_s});
        QCOMPARE(gone.exitCode, 2);
    }

    void aProfileWhoseTokenIsGoneFailsToExport()
    {
        // Added, then its keychain entry removed behind its back (another tool, another user).
        const Run added =
            run({u"profile"_s, u"add"_s, u"--name"_s, u"orphan"_s, u"--api-url"_s, url()},
                m_token.toUtf8());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QProcess clear;
        clear.start(QStandardPaths::findExecutable(u"secret-tool"_s),
                    {u"clear"_s, u"server"_s, m_service});
        QVERIFY(clear.waitForFinished(10000));
        const Run exported = run({u"export"_s, u"--profile"_s, u"orphan"_s});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains("Sign in"), exported.err.constData());
        const Run removed = run({u"profile"_s, u"remove"_s, u"orphan"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
