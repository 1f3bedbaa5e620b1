// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input from people, through the real executables: a malformed simulator data file and an
// absurd --api-url each end in one clear line on standard error and exit code 2, never a crash,
// a hang, or an attempt to connect.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra = {},
        int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"ASTRA_DB_APPLICATION_TOKEN"_s);
    // As a person runs it: without the suite's debug logging, so the message stands alone.
    env.remove(u"QT_LOGGING_RULES"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run r;
    r.finished = process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished();
    }
    r.status = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// A usage error: the process ended by itself, said so in one line, and printed nothing else.
void verifyUsageError(const Run &r, const QByteArray &prefix)
{
    QVERIFY2(r.finished, "still running (it should have refused the input at once)");
    QVERIFY2(r.status == QProcess::NormalExit, "crashed");
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.err.startsWith(prefix), r.err.constData());
    QVERIFY2(r.err.trimmed().count('\n') == 0, r.err.constData());
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void malformedDataFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("truncated") << R"({"organizations":[{"id":"o")"_ba << u"not valid JSON"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << u"not valid JSON"_s;
        QTest::newRow("array at the top") << "[]"_ba << u"must be a JSON object"_s;
        QTest::newRow("organizations not an array")
            << R"({"organizations":{}})"_ba << u"organizations: expected an array"_s;
        QTest::newRow("organization not an object")
            << R"({"organizations":[7]})"_ba << u"organizations[0]: expected an object"_s;
        QTest::newRow("missing id")
            << R"({"organizations":[{"name":"x"}]})"_ba << u"organizations[0].id: required"_s;
        QTest::newRow("provider of the wrong type")
            << R"({"organizations":[{"id":"o","keys":[{"provider":3,"region":"r","keyId":"k"}]}]})"_ba
            << u"organizations[0].keys[0].provider: expected a string"_s;
        QTest::newRow("unknown provider")
            << R"({"organizations":[{"id":"o","keys":[{"provider":"ibm","region":"r","keyId":"k"}]}]})"_ba
            << u"organizations[0].keys[0].provider: expected aws, gcp or azure"_s;
        QTest::newRow("bad time")
            << R"({"organizations":[{"id":"o","databases":[{"id":"d","creationTime":"yesterday"}]}]})"_ba
            << u"organizations[0].databases[0].creationTime: expected an RFC 3339 time"_s;
        QTest::newRow("absurd capacity")
            << R"({"organizations":[{"id":"o","databases":[{"id":"d","datacenters":[{"cloudProvider":"AWS","region":"r","capacityUnits":1e300}]}]}]})"_ba
            << u"organizations[0].databases[0].datacenters[0].capacityUnits: expected an integer"_s;
        QTest::newRow("accounts not an object")
            << R"({"accounts":["arn"]})"_ba << u"accounts: expected an object"_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"not valid JSON"_s;
    }

    void malformedDataFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Run r = run(QStringLiteral(ASTRA_SIM_BINARY), {u"--data"_s, path});
        verifyUsageError(r, "astra-devops-sim: --data: " + path.toLocal8Bit() + ": ");
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
    }

    void unreadableDataFile()
    {
        QTemporaryDir dir;
        const Run r = run(QStringLiteral(ASTRA_SIM_BINARY), {u"--data"_s, dir.path()});
        verifyUsageError(r, "astra-devops-sim: --data: ");
    }

    void absurdApiUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no host") << u"http://"_s;
        QTest::newRow("https, no host") << u"https://"_s;
        QTest::newRow("not a URL") << u"api.astra.datastax.com"_s;
        QTest::newRow("ftp") << u"ftp://x"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("spaces in the host") << u"https://api astra datastax com"_s;
        QTest::newRow("spaces after the scheme") << u"https:// api.astra.datastax.com"_s;
        QTest::newRow("newline") << u"https://api.astra.datastax.com\nX-Injected: 1"_s;
        QTest::newRow("10 KB host") << u"https://"_s + QString(10240, u'a') + u".example"_s;
        QTest::newRow("10 KB path") << u"https://api.astra.datastax.com/"_s + QString(10240, u'a');
        QTest::newRow("port out of range") << u"https://api.astra.datastax.com:99999"_s;
        QTest::newRow("empty") << QString();
    }

    // export: the token is set, so the only thing wrong is the address.
    void absurdApiUrl()
    {
        QFETCH(QString, url);
        QProcessEnvironment env;
        env.insert(u"ASTRA_DB_APPLICATION_TOKEN"_s,
                   u"AstraCS:TESTbadinput0000000000:"_s + QString(64, u'0'));
        const Run r =
            run(QStringLiteral(ASTRA_KEYS_BINARY), {u"export"_s, u"--api-url"_s, url}, env);
        verifyUsageError(r, "astra-keys: ");
        QVERIFY2(r.err.contains("--api-url"), r.err.constData());
        // Clear means short: a 10 KB address is not echoed back, nor the token ever.
        QVERIFY2(r.err.size() < 400, r.err.left(400).constData());
        QVERIFY(!r.err.contains("AstraCS:"));
    }

    // The window refuses the same addresses before it opens (offscreen: no display needed).
    void absurdApiUrlForTheWindow()
    {
        QTemporaryDir runtime; // mode 0700, so QStandardPaths does not warn about it
        QProcessEnvironment env;
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        for (const QString &url : {u"http://"_s, u"ftp://x"_s, u"https:// spaces here"_s}) {
            const Run r = run(QStringLiteral(ASTRA_KEYS_BINARY), {u"--api-url"_s, url}, env, 15000);
            verifyUsageError(r, "astra-keys: ");
            QVERIFY2(r.err.contains("--api-url"), r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
