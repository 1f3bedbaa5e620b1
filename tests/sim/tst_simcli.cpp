// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The astra-devops-sim executable, run as a separate process.
#include "simclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinary = QStringLiteral(ASTRA_SIM_BINARY);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// For invocations that end by themselves.
Run runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(kBinary, arguments);
    Run run;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

class TestSimCli : public QObject
{
    Q_OBJECT

private:
    // Starts a server process and waits until it printed its URL and `orgs` organization lines.
    bool startServer(QProcess &process, const QStringList &arguments, int orgs, QStringList *lines)
    {
        process.start(kBinary, arguments);
        QByteArray out;
        const bool ready = QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.count('\n') >= 1 + orgs || process.state() == QProcess::NotRunning;
            },
            15000);
        *lines = QString::fromLocal8Bit(out).split(u'\n', Qt::SkipEmptyParts);
        return ready && process.state() == QProcess::Running;
    }

    static void stop(QProcess &process)
    {
        process.kill();
        process.waitForFinished(5000);
    }

private Q_SLOTS:
    void servesGeneratedData()
    {
        QProcess process;
        QStringList lines;
        QVERIFY(startServer(process,
                            {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--generate"),
                             QStringLiteral("keys=6,databases=30,orgs=3,seed=5")},
                            3, &lines));
        const QRegularExpression urlLine(QStringLiteral(
            "^Astra DevOps API simulator listening on (http://127\\.0\\.0\\.1:(\\d+))$"));
        const QRegularExpressionMatch match = urlLine.match(lines.value(0));
        QVERIFY2(match.hasMatch(), qPrintable(lines.value(0)));
        QVERIFY(match.captured(2).toInt() > 0);
        QCOMPARE(lines.size(), 4);
        const QStringList first = lines.at(1).split(u'\t');
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.at(0), QStringLiteral("Generated Enterprise 1"));
        QCOMPARE(first.at(1), QStringLiteral("Generated Org 001"));
        QVERIFY(first.at(3).startsWith(QStringLiteral("AstraCS:GEN")));

        SimClient client(QUrl(match.captured(1)));
        const SimReply org = client.get(QStringLiteral("/v2/currentOrg"), first.at(3));
        QCOMPARE(org.status, 200);
        QCOMPARE(org.json.object().value(QStringLiteral("id")).toString(), first.at(2));
        const SimReply dbs =
            client.get(QStringLiteral("/v2/databases?include=all&limit=100"), first.at(3));
        QCOMPARE(dbs.json.array().size(), 30);
        stop(process);
    }

    void servesDataFileWithFaultsAndLatency()
    {
        QProcess process;
        QStringList lines;
        QVERIFY(startServer(process,
                            {QStringLiteral("--data"),
                             QStringLiteral(ASTRA_SIM_TEST_DATA "/small-dataset.json"),
                             QStringLiteral("--faults"), QStringLiteral("/v2/kms=503"),
                             QStringLiteral("--latency"), QStringLiteral("10")},
                            2, &lines));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Test Enterprise\tTest Org Alpha\t")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("-\tTest Org Beta\t"))); // no enterprise
        const QString url = lines.at(0).section(u' ', -1);
        SimClient client{QUrl(url)};
        const QString token = lines.at(1).section(u'\t', 3);
        QCOMPARE(client.get(QStringLiteral("/v2/kms"), token).status, 503);
        QCOMPARE(client.get(QStringLiteral("/v2/kms"), token).status, 200);
        stop(process);
    }

    void servesTheDemoByDefault()
    {
        QProcess process;
        QStringList lines;
        QVERIFY(startServer(process, {}, 1, &lines));
        QVERIFY(lines.value(0).startsWith(
            QStringLiteral("Astra DevOps API simulator listening on http://127.0.0.1:")));
        QVERIFY(lines.value(1).section(u'\t', 3).startsWith(QStringLiteral("AstraCS:")));
        stop(process);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"),
                                               QStringLiteral("/v2/kms=bogus")}
                                << QStringLiteral("--faults: fault step 'bogus'");
        QTest::newRow("generate") << QStringList{QStringLiteral("--generate"),
                                                 QStringLiteral("keys=lots")}
                                  << QStringLiteral("--generate: 'keys=lots'");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("99999")}
                              << QStringLiteral("--port");
        QTest::newRow("latency") << QStringList{QStringLiteral("--latency"), QStringLiteral("-1")}
                                 << QStringLiteral("--latency");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("positional")
            << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/data.json")}
            << QStringLiteral("cannot read");
        QTest::newRow("both sources")
            << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                           QStringLiteral("--generate"), QStringLiteral("keys=1")}
            << QStringLiteral("exclude each other");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runToEnd(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void badDataFileNamesTheField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"organizations": [{"id": "a", "keys": [{"provider": 7, "region": "r", "keyId": "k"}]}]})");
        file.close();
        const Run run = runToEnd({QStringLiteral("--data"), file.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(
                     QStringLiteral("organizations[0].keys[0].provider: expected a string")),
                 qPrintable(run.err));
    }

    void helpAndVersion()
    {
        const Run version = runToEnd({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(ASTRA_VERSION)));
        const Run help = runToEnd({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--port", "--data", "--generate", "--faults", "--latency"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
