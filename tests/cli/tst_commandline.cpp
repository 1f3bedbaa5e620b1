// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The astra-keys executable as scripts use it: --version and --help without a display, export,
// usage errors, and --demo --screenshot producing a PNG of the real window.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs astra-keys with no display at all unless the platform is given.
Run run(const QStringList &arguments, const QString &platform = QString(),
        const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"ASTRA_DB_APPLICATION_TOKEN"_s);
    if (!platform.isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ASTRA_KEYS_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionWithoutDisplay()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("astra-keys " ASTRA_VERSION), r.out.constData());
    }

    void helpWithoutDisplay()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--demo", "--api-url", "--profile", "--lang", "--screenshot", "export"})
            QVERIFY2(r.out.contains(option), option);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{u"export"_s, u"--bogus"_s};
        QTest::newRow("bad format")
            << QStringList{u"export"_s, u"--demo"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("bad what") << QStringList{u"export"_s, u"--demo"_s, u"--what"_s, u"cats"_s};
        QTest::newRow("no source") << QStringList{u"export"_s};
        QTest::newRow("api url without token")
            << QStringList{u"export"_s, u"--api-url"_s, u"https://api.example.invalid"_s};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("astra-keys: "), r.err.constData());
    }

    void exportKeysCsvFromTheDemo()
    {
        const Run r = run({u"export"_s, u"--demo"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() > 20);
        QVERIFY(lines.first().startsWith("organization_id,organization_name,type,provider,region"));
        QVERIFY(r.out.contains(",in-use,"));
        QVERIFY(r.out.contains(",available,"));
        QVERIFY(!r.out.contains("AstraCS:"));
        QVERIFY(!r.err.contains("AstraCS:"));
    }

    void exportDatabasesJsonFromTheDemo()
    {
        const Run r =
            run({u"export"_s, u"--demo"_s, u"--format"_s, u"json"_s, u"--what"_s, u"databases"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray dbs =
            QJsonDocument::fromJson(r.out).object().value(u"databases").toArray();
        QVERIFY(dbs.size() >= 40);
        QVERIFY(!r.out.contains("X-Amz-Signature")); // pre-signed URLs never leave the client
    }

    void exportRefusesPlainHttpToARemoteHost()
    {
        QProcessEnvironment env;
        env.insert(u"ASTRA_DB_APPLICATION_TOKEN"_s,
                   u"AstraCS:TESTxxxxxxxxxxxxxxxxxxxx:"_s + QString(64, u'a'));
        const Run r = run({u"export"_s, u"--api-url"_s, u"http://api.example.invalid"_s}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("plain HTTP"), r.err.constData());
        QVERIFY(!r.err.contains("AstraCS:"));
    }

    void demoScreenshotShowsTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shot.png"_s);
        const Run r = run({u"--demo"_s, u"--screenshot"_s, path}, u"offscreen"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
