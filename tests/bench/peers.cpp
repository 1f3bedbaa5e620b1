// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "peers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>

namespace astra::bench {

namespace {

constexpr int kPeerTimeoutMs = 300000;

QUrl pageUrl(const QUrl &baseUrl, const QString &startingAfter)
{
    // The same query as the client sends, so every pager asks the server for the same work.
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/v2/databases"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("nonterminated"));
    query.addQueryItem(QStringLiteral("provider"), QStringLiteral("ALL"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!startingAfter.isEmpty())
        query.addQueryItem(QStringLiteral("starting_after"), startingAfter);
    url.setQuery(query);
    return url;
}

QProcessEnvironment peerEnvironment(const QUrl &baseUrl, const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASTRA_DB_APPLICATION_TOKEN"), token);
    env.insert(QStringLiteral("ASTRA_BENCH_API_URL"), baseUrl.toString());
    return env;
}

bool runToEnd(QProcess &process, PeerRun *run)
{
    if (!process.waitForStarted(10000)) {
        run->error = process.errorString();
        return false;
    }
    if (!process.waitForFinished(kPeerTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        run->error = QStringLiteral("%1 failed: %2")
                         .arg(process.program(),
                              QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return true;
}

} // namespace

PeerRun curlFloor(const QUrl &baseUrl, const QString &token, const QStringList &cursors)
{
    PeerRun run;
    QByteArray config;
    config += "header = \"Authorization: Bearer " + token.toUtf8() + "\"\n";
    config += "header = \"Accept: application/json\"\n";
    config += "write-out = \"%{time_total} %{num_connects} %{http_code}\\n\"\n";
    for (const QString &cursor : cursors) {
        config += "url = \"" + pageUrl(baseUrl, cursor).toEncoded() + "\"\n";
        config += "output = \"/dev/null\"\n";
    }
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--silent"), QStringLiteral("--show-error"),
                                        QStringLiteral("--config"), QStringLiteral("-")});
    curl.write(config);
    curl.closeWriteChannel();
    if (!runToEnd(curl, &run))
        return run;
    double seconds = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() != 3)
            continue;
        if (fields.at(2) != "200") {
            run.error = QStringLiteral("curl: HTTP %1").arg(QString::fromLatin1(fields.at(2)));
            return run;
        }
        seconds += fields.at(0).toDouble();
        run.connections += fields.at(1).toInt();
        ++run.requests;
    }
    run.ms = seconds * 1000;
    run.ok = run.requests == cursors.size();
    if (!run.ok)
        run.error =
            QStringLiteral("curl made %1 of %2 requests").arg(run.requests).arg(cursors.size());
    return run;
}

PeerRun curlLoop(const QUrl &baseUrl, const QString &token, const QString &scriptsDir)
{
    PeerRun run;
    QProcess bash;
    bash.setProcessEnvironment(peerEnvironment(baseUrl, token));
    bash.start(QStringLiteral("bash"), {scriptsDir + QStringLiteral("/curl-loop.sh")});
    if (!runToEnd(bash, &run))
        return run;
    // "<ms> <pages> <databases>"
    const QList<QByteArray> fields = bash.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3) {
        run.error = QStringLiteral("curl-loop.sh: unexpected output");
        return run;
    }
    run.ms = fields.at(0).toDouble();
    run.requests = fields.at(1).toInt();
    run.databases = fields.at(2).toInt();
    run.connections = run.requests;
    run.ok = true;
    return run;
}

PeerRun astraDbTs(const QUrl &baseUrl, const QString &token, const QString &nodeDir,
                  const QString &scriptsDir)
{
    PeerRun run;
    QProcess node;
    QProcessEnvironment env = peerEnvironment(baseUrl, token);
    env.insert(QStringLiteral("ASTRA_BENCH_NODE_DIR"), nodeDir);
    node.setProcessEnvironment(env);
    node.start(QStringLiteral("node"), {scriptsDir + QStringLiteral("/astra-db-ts-pager.cjs")});
    if (!runToEnd(node, &run))
        return run;
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    run.ms = result.value(u"ms").toDouble();
    run.requests = result.value(u"pages").toInt();
    run.databases = result.value(u"databases").toInt();
    run.ok = run.requests > 0;
    if (!run.ok)
        run.error = QStringLiteral("astra-db-ts-pager.cjs: unexpected output");
    return run;
}

} // namespace astra::bench
