// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// astra-bench: measures the real client and models against the simulator, and the peers an
// administrator would otherwise use, in one run (docs/performance.md). `.ci/bench` runs it.
#include "benchoptions.h"
#include "childprocess.h"
#include "clientbench.h"
#include "peers.h"
#include "samples.h"
#include "simprocess.h"
#include "syntheticinventory.h"

#include "inventory/keyusage.h"
#include "inventory/snapshotcache.h"
#include "models/databasefilterproxy.h"
#include "models/databasetablemodel.h"
#include "models/keyfilterproxy.h"
#include "models/keytablemodel.h"
#include "profiles/profilestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace astra;
using namespace astra::bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    // Progress goes to standard error, so that standard output is the table alone.
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

// One line of the figures table.
struct Row
{
    QString figure;
    QString value; // median (min–max)
    QString target;
    QString verdict; // "meets", "misses", or empty when there is no target
};

class Report
{
public:
    void add(const QString &figure, const QString &value, const QString &target = {},
             std::optional<bool> met = std::nullopt)
    {
        m_rows.append(
            {figure, value, target,
             met ? (*met ? QStringLiteral("meets") : QStringLiteral("**misses**")) : QString()});
        say(QStringLiteral("  %1: %2").arg(figure, value));
    }
    QString markdown() const
    {
        QString text =
            QStringLiteral("| Figure | Median (min–max) | Target | |\n|---|---|---|---|\n");
        for (const Row &row : m_rows)
            text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                        .arg(row.figure, row.value, row.target, row.verdict);
        return text;
    }

private:
    QList<Row> m_rows;
};

struct ClientSamples
{
    Samples ms;
    Samples requests;
    Samples gapMs;
    void add(const ClientRun &run)
    {
        ms.add(run.ms);
        requests.add(run.requests);
        gapMs.add(run.maxGapMs);
    }
};

struct PeerSamples
{
    Samples ms;
    Samples requests;
    Samples connections;
    QString error;
    void add(const PeerRun &run)
    {
        if (!run.ok) {
            error = run.error;
            return;
        }
        ms.add(run.ms);
        requests.add(run.requests);
        connections.add(run.connections);
    }
};

QString ratio(const Samples &ours, const Samples &theirs)
{
    if (ours.isEmpty() || theirs.isEmpty() || theirs.median() <= 0)
        return QStringLiteral("—");
    return QString::number(ours.median() / theirs.median(), 'f', 2);
}

bool sameIds(QList<Database> a, QList<Database> b)
{
    if (a.size() != b.size())
        return false;
    auto byId = [](const Database &x, const Database &y) { return x.id < y.id; };
    std::sort(a.begin(), a.end(), byId);
    std::sort(b.begin(), b.end(), byId);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

// Process start to first content from a warm cache: astra-keys with a saved profile (as
// `astra-keys profile add` writes it) in a throw-away HOME whose snapshot cache holds the large
// organization as the client just loaded it. The profile has no token, so the background
// refresh asks for a sign-in; what is timed is the cached inventory reaching the table, which
// MainWindow logs ("first content shown") once the rows are in: from the cache that is in its
// constructor, just before the window is first shown and painted with them.
Samples warmStarts(const BenchOptions &options, const QUrl &baseUrl,
                   const OrganizationSnapshot &snapshot,
                   const std::function<void(const QString &)> &fail)
{
    Samples warm;
    if (snapshot.organization.id.isEmpty()) {
        fail(QStringLiteral("warm start: no snapshot to cache"));
        return warm;
    }
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("config"));
    const QString cache = home.filePath(QStringLiteral("cache"));
    ProfileStore profiles(config + QStringLiteral("/AstraKeys/astra-keys.conf"));
    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.apiUrl = baseUrl;
    profile.organizationId = snapshot.organization.id;
    QString error;
    if (!profiles.add(profile, ProfileStore::Persistence::Saved, &error)) {
        fail(QStringLiteral("warm start: ") + error);
        return warm;
    }
    if (!SnapshotCache(cache + QStringLiteral("/AstraKeys/astra-keys/snapshots"))
             .save(snapshot, &error)) {
        fail(QStringLiteral("warm start: ") + error);
        return warm;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ASTRA_DB_APPLICATION_TOKEN"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("astra.storage.debug=true"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (int r = 0; r < options.runs; ++r) {
        const ChildOutcome child =
            timeChildUntilLine(options.appProgram, {}, env, "first content shown", 60000);
        if (!child.started || child.wallMs <= 0) {
            fail(QStringLiteral("astra-keys did not show its cached inventory: ") +
                 QString::fromLocal8Bit(child.errorTail));
            continue;
        }
        warm.add(child.wallMs);
    }
    return warm;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // icons need a QGuiApplication, not a display
    QGuiApplication app(argc, argv);
    BenchOptions options;
    QString error;
    if (!parseBenchOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        return 2;
    }
    bool healthy = true;
    auto fail = [&healthy](const QString &what) {
        say(QStringLiteral("FAILED: ") + what);
        healthy = false;
    };

    Report report;
    const QString dbs = QLocale::c().toString(options.databases);
    OrganizationSnapshot bigSnapshot;
    QList<Database> bigDatabases;
    QMap<int, ClientSamples> refreshByLatency;
    QByteArray firstPage;

    for (const int latency : std::as_const(options.latenciesMs)) {
        say(QStringLiteral("Simulator: %1, latency %2 ms")
                .arg(options.generateSpec())
                .arg(latency));
        SimProcess sim;
        if (!sim.start(options.simProgram, options.generateSpec(), latency, options.organizations,
                       &error)) {
            fail(error);
            break;
        }
        const Credentials big{sim.baseUrl(), sim.organizations().constFirst().token};
        QList<Credentials> all;
        for (const SimOrganizationInfo &org : sim.organizations())
            all.append({sim.baseUrl(), org.token});

        // Correctness first: the per-provider streams must list exactly what one stream lists.
        QList<Database> sequential, parallel;
        const ClientRun seqCheck = listDatabases(big, false, &sequential);
        const ClientRun parCheck = listDatabases(big, true, &parallel);
        if (!seqCheck.ok || !parCheck.ok)
            fail(QStringLiteral("listing: %1").arg(seqCheck.error + parCheck.error));
        else if (!sameIds(sequential, parallel))
            fail(QStringLiteral("per-provider streams listed %1 databases, one stream %2")
                     .arg(parallel.size())
                     .arg(sequential.size()));
        // And streams split at known ids: with the exact earlier listing, and with a stale one
        // (a tenth of the ids gone, ids the server never had in their place).
        QList<Database> stale = sequential;
        for (qsizetype i = 0; i < stale.size(); i += 10)
            stale[i].id = stale.at(i).id + QStringLiteral("-gone");
        for (const QList<Database> *known : {&sequential, &stale}) {
            QList<Database> split;
            const ClientRun check = listDatabases(big, true, &split, *known);
            if (!check.ok)
                fail(QStringLiteral("listing at known ids: %1").arg(check.error));
            else if (!sameIds(sequential, split))
                fail(QStringLiteral("streams at known ids (%1) listed %2 databases, one stream %3")
                         .arg(known == &stale ? QStringLiteral("stale") : QStringLiteral("exact"))
                         .arg(split.size())
                         .arg(sequential.size()));
        }
        if (bigDatabases.isEmpty()) {
            bigDatabases = sequential;
            firstPage = fetchFirstPage(big);
        }
        QStringList cursors{QString()};
        for (qsizetype i = 99; i < sequential.size(); i += 100)
            cursors.append(sequential.at(i).id);

        ClientSamples seqList, parList, refresh, warmRefresh, multi;
        PeerSamples floor, loop, ts;
        const bool withTs =
            options.peers && !options.nodeDir.isEmpty() &&
            QFile::exists(options.nodeDir + QStringLiteral("/node_modules/@datastax/astra-db-ts"));
        // Interleaved, so that a neighbour's compile job slows every contender alike.
        for (int r = 0; r < options.runs; ++r) {
            say(QStringLiteral(" run %1/%2").arg(r + 1).arg(options.runs));
            KeyTableModel model;
            const ClientRun s = listDatabases(big, false);
            const ClientRun p = listDatabases(big, true);
            const ClientRun f = refreshOrganization(big, &model, &bigSnapshot);
            // The refresh the window runs when it knows the organization: at start from the
            // cache, or the next refresh after a first one.
            KeyTableModel warmModel;
            const ClientRun w =
                refreshOrganization(big, &warmModel, nullptr, bigSnapshot.databases);
            for (const ClientRun *run : {&s, &p, &f, &w}) {
                if (!run->ok)
                    fail(run->error);
            }
            say(QStringLiteral("  refresh %1 ms, longest event-loop gap %2 ms ending at %3 ms; "
                               "last page to snapshot %4 ms, model %5 ms")
                    .arg(f.ms, 0, 'f', 1)
                    .arg(f.maxGapMs, 0, 'f', 1)
                    .arg(f.maxGapEndMs, 0, 'f', 1)
                    .arg(f.lastPageToLoadedMs, 0, 'f', 1)
                    .arg(f.modelMs, 0, 'f', 1));
            seqList.add(s);
            parList.add(p);
            refresh.add(f);
            warmRefresh.add(w);
            if (options.peers) {
                floor.add(curlFloor(big.baseUrl, big.token, cursors));
                loop.add(curlLoop(big.baseUrl, big.token, options.scriptsDir));
                if (withTs)
                    ts.add(astraDbTs(big.baseUrl, big.token, options.nodeDir, options.scriptsDir));
            }
            KeyTableModel allModel;
            const ClientRun m = refreshAll(all, options.concurrency, &allModel);
            if (!m.ok)
                fail(m.error);
            multi.add(m);
        }
        refreshByLatency.insert(latency, refresh);

        const bool at25 = latency == 25;
        const QString at = QStringLiteral(" @ %1 ms").arg(latency);
        report.add(
            QStringLiteral("Full refresh, %1-db org (keys, databases, regions, model)").arg(dbs) +
                at,
            refresh.ms.format() + QStringLiteral(" ms"));
        report.add(QStringLiteral("  requests"), refresh.requests.format(0));
        report.add(QStringLiteral("Full refresh, organization known (cache or earlier refresh)") +
                       at,
                   warmRefresh.ms.format() + QStringLiteral(" ms, ") +
                       warmRefresh.requests.format(0) + QStringLiteral(" requests"));
        report.add(QStringLiteral("  databases listing, one stream") + at,
                   seqList.ms.format() + QStringLiteral(" ms, ") + seqList.requests.format(0) +
                       QStringLiteral(" requests"));
        report.add(QStringLiteral("  databases listing, a stream per provider") + at,
                   parList.ms.format() + QStringLiteral(" ms, ") + parList.requests.format(0) +
                       QStringLiteral(" requests"));
        if (options.peers) {
            if (!floor.error.isEmpty())
                fail(QStringLiteral("curl floor: ") + floor.error);
            if (!loop.error.isEmpty())
                fail(QStringLiteral("curl loop: ") + loop.error);
            if (!ts.error.isEmpty())
                fail(QStringLiteral("astra-db-ts: ") + ts.error);
            report.add(QStringLiteral("Peer: sequential curl floor (one keep-alive connection)") +
                           at,
                       floor.ms.format() + QStringLiteral(" ms, ") + floor.requests.format(0) +
                           QStringLiteral(" requests, ") + floor.connections.format(0) +
                           QStringLiteral(" connection(s)"));
            const double toFloor = floor.ms.isEmpty() ? 0 : refresh.ms.median() / floor.ms.median();
            report.add(
                QStringLiteral("  ratio ours (organization known) / curl floor") + at,
                ratio(warmRefresh.ms, floor.ms), at25 ? QStringLiteral("≤ 0.65") : QString(),
                at25 && !floor.ms.isEmpty()
                    ? std::optional<bool>(warmRefresh.ms.median() / floor.ms.median() <= 0.65)
                    : std::nullopt);
            report.add(QStringLiteral("  ratio ours / curl floor") + at,
                       ratio(refresh.ms, floor.ms), at25 ? QStringLiteral("≤ 0.65") : QString(),
                       at25 && !floor.ms.isEmpty() ? std::optional<bool>(toFloor <= 0.65)
                                                   : std::nullopt);
            report.add(QStringLiteral("Peer: curl + jq loop (a process per page)") + at,
                       loop.ms.format() + QStringLiteral(" ms; ours / it: ") +
                           ratio(refresh.ms, loop.ms));
            if (withTs) {
                const double toTs = ts.ms.isEmpty() ? 0 : refresh.ms.median() / ts.ms.median();
                report.add(QStringLiteral("Peer: @datastax/astra-db-ts listDatabases") + at,
                           ts.ms.format() + QStringLiteral(" ms, ") + ts.requests.format(0) +
                               QStringLiteral(" requests"));
                report.add(
                    QStringLiteral("  ratio ours (organization known) / astra-db-ts") + at,
                    ratio(warmRefresh.ms, ts.ms), at25 ? QStringLiteral("≤ 0.5") : QString(),
                    at25 && !ts.ms.isEmpty()
                        ? std::optional<bool>(warmRefresh.ms.median() / ts.ms.median() <= 0.5)
                        : std::nullopt);
                report.add(QStringLiteral("  ratio ours / astra-db-ts") + at,
                           ratio(refresh.ms, ts.ms), at25 ? QStringLiteral("≤ 0.5") : QString(),
                           at25 && !ts.ms.isEmpty() ? std::optional<bool>(toTs <= 0.5)
                                                    : std::nullopt);
            } else {
                report.add(QStringLiteral("Peer: @datastax/astra-db-ts") + at,
                           QStringLiteral("not run (no --node-dir with it installed)"));
            }
        }
        report.add(QStringLiteral("Event-loop gap, longest, during a full refresh") + at,
                   refresh.gapMs.format() + QStringLiteral(" ms"), QStringLiteral("< 50 ms"),
                   refresh.gapMs.max() < 50);
        report.add(QStringLiteral("  the same, organization known") + at,
                   warmRefresh.gapMs.format() + QStringLiteral(" ms"), QStringLiteral("< 50 ms"),
                   warmRefresh.gapMs.max() < 50);
        report.add(QStringLiteral("All %1 organizations, %2 at a time, then the merged model")
                           .arg(options.organizations)
                           .arg(options.concurrency) +
                       at,
                   multi.ms.format() + QStringLiteral(" ms, ") + multi.requests.format(0) +
                       QStringLiteral(" requests"),
                   at25 ? QStringLiteral("≤ 2000 ms") : QString(),
                   at25 ? std::optional<bool>(multi.ms.median() <= 2000) : std::nullopt);
        report.add(QStringLiteral("  event-loop gap, longest") + at,
                   multi.gapMs.format() + QStringLiteral(" ms"), QStringLiteral("< 50 ms"),
                   multi.gapMs.max() < 50);

        // Process start to first content: the window with its first load, saved as a picture.
        if (options.appStart && !sim.organizations().isEmpty()) {
            Samples cold, rss;
            for (int r = 0; r < options.runs; ++r) {
                QTemporaryDir home;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("ASTRA_DB_APPLICATION_TOKEN"), big.token);
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                // A fresh configuration and cache folder: nothing from an earlier run helps.
                for (const char *var :
                     {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
                    env.insert(QString::fromLatin1(var), home.path());
                const ChildOutcome child = runChild(
                    options.appProgram,
                    {QStringLiteral("--api-url"), big.baseUrl.toString(),
                     QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png"))},
                    env, 120000);
                if (!child.started || child.exitCode != 0 ||
                    !QFile::exists(home.filePath(QStringLiteral("shot.png")))) {
                    fail(QStringLiteral("astra-keys --screenshot did not finish (exit %1)")
                             .arg(child.exitCode));
                    continue;
                }
                cold.add(child.wallMs);
                rss.add(double(child.peakRssKiB) / 1024.0);
            }
            report.add(QStringLiteral("First content, cold (process start → first load shown and "
                                      "saved), %1-db org")
                               .arg(dbs) +
                           at,
                       cold.format() + QStringLiteral(" ms"));
            report.add(QStringLiteral("Peak RSS of astra-keys, %1-db org").arg(dbs) + at,
                       rss.format() + QStringLiteral(" MiB"), QStringLiteral("≤ 150 MiB"),
                       rss.isEmpty() ? std::nullopt : std::optional<bool>(rss.max() <= 150));

            const Samples warm = warmStarts(options, sim.baseUrl(), bigSnapshot, fail);
            report.add(QStringLiteral("First content, warm cache (process start → cached rows "
                                      "in the table), %1-db org")
                               .arg(dbs) +
                           at,
                       warm.format() + QStringLiteral(" ms"), QStringLiteral("≤ 400 ms"),
                       warm.isEmpty() ? std::nullopt : std::optional<bool>(warm.median() <= 400));
        }
    }

    // In memory: derivation, model population, filtering.
    if (!bigDatabases.isEmpty()) {
        const int reps = std::max(options.runs, 5) * 2 + 1;
        auto timeDerivation = [&](const QList<Database> &databases) {
            Samples s;
            for (int r = 0; r < reps; ++r) {
                QElapsedTimer clock;
                clock.start();
                const QList<KeyUsage> usages = deriveKeyUsage(bigSnapshot.keys, databases);
                s.add(elapsedMs(clock));
                if (usages.size() != bigSnapshot.keys.size())
                    fail(QStringLiteral("derivation lost keys"));
            }
            return s;
        };
        const Samples derivation = timeDerivation(bigDatabases);
        report.add(QStringLiteral("Derivation (deriveKeyUsage), %1 keys × %2 databases")
                       .arg(bigSnapshot.keys.size())
                       .arg(bigDatabases.size()),
                   derivation.format(2) + QStringLiteral(" ms"), QStringLiteral("≤ 20 ms"),
                   derivation.median() <= 20);
        QStringList linear;
        for (const int factor : {1, 2, 4, 8}) {
            const int n = int(bigDatabases.size()) * factor / 2;
            const Samples s = timeDerivation(scaledDatabases(bigDatabases, n));
            linear.append(QStringLiteral("%1 dbs: %2 ms (%3 µs/db)")
                              .arg(n)
                              .arg(s.median(), 0, 'f', 2)
                              .arg(n ? s.median() * 1000 / n : 0, 0, 'f', 2));
        }
        report.add(QStringLiteral("  linearity"), linear.join(QStringLiteral("; ")),
                   QStringLiteral("linear"));

        Samples population;
        for (int r = 0; r < reps; ++r) {
            KeyTableModel model;
            QElapsedTimer clock;
            clock.start();
            model.setSnapshots({bigSnapshot});
            population.add(elapsedMs(clock));
        }
        report.add(QStringLiteral("Model population (setSnapshots, derivation included), %1-db org")
                       .arg(dbs),
                   population.format(2) + QStringLiteral(" ms"));

        const int rows = 10000;
        const QList<OrganizationSnapshot> synthetic = syntheticOrganizations(bigDatabases, rows);
        Samples bigPopulation, keystroke, clearing;
        // What a person types: a database name, then a region, one character at a time.
        const QStringList typed{QStringLiteral("gen-db-0042"), QStringLiteral("eu-west-1 aws")};
        for (int r = 0; r < options.runs; ++r) {
            KeyTableModel model;
            QElapsedTimer clock;
            clock.start();
            model.setSnapshots(synthetic);
            bigPopulation.add(elapsedMs(clock));
            if (model.rowCount() != rows)
                fail(QStringLiteral("synthetic model has %1 rows").arg(model.rowCount()));
            KeyFilterProxy proxy;
            proxy.setSourceModel(&model);
            proxy.sort(KeyTableModel::StatusColumn); // as the window sorts it
            for (const QString &text : typed) {
                for (qsizetype i = 1; i <= text.size(); ++i) {
                    clock.restart();
                    proxy.setSearchText(text.left(i));
                    (void)proxy.rowCount();
                    keystroke.add(elapsedMs(clock));
                }
                clock.restart();
                proxy.setSearchText(QString());
                (void)proxy.rowCount();
                clearing.add(elapsedMs(clock));
            }
        }
        report.add(QStringLiteral("Model population, %1 key rows (%2 organizations)")
                       .arg(rows)
                       .arg(synthetic.size()),
                   bigPopulation.format(1) + QStringLiteral(" ms"));
        report.add(QStringLiteral("Filter per keystroke, %1 rows (sorted proxy)").arg(rows),
                   keystroke.format(2) + QStringLiteral(" ms"), QStringLiteral("≤ 16 ms"),
                   keystroke.max() <= 16);
        report.add(QStringLiteral("  clearing the filter, %1 rows").arg(rows),
                   clearing.format(2) + QStringLiteral(" ms"), QStringLiteral("≤ 16 ms"),
                   clearing.max() <= 16);
    }
    if (!firstPage.isEmpty()) {
        Samples decode;
        for (int r = 0; r < 21; ++r) {
            QElapsedTimer clock;
            clock.start();
            DecodeError decodeError;
            const auto page = Database::pageFromJson(firstPage, &decodeError);
            decode.add(elapsedMs(clock));
            if (!page)
                fail(QStringLiteral("the first page does not decode"));
        }
        report.add(QStringLiteral("Decoding one page of 100 databases (%1 KiB), main thread")
                       .arg(firstPage.size() / 1024),
                   decode.format(2) + QStringLiteral(" ms"));
    }
    if (!bigDatabases.isEmpty()) {
        // The part of a warm start that the cache decides: reading the last snapshot back.
        QTemporaryDir folder;
        SnapshotCache cache(folder.path());
        OrganizationSnapshot cached = bigSnapshot;
        cached.organization.id = QStringLiteral("bench-organization");
        Samples save, load;
        qint64 bytes = 0;
        for (int r = 0; r < options.runs; ++r) {
            QElapsedTimer clock;
            clock.start();
            if (!cache.save(cached))
                fail(QStringLiteral("the snapshot cache did not save"));
            save.add(elapsedMs(clock));
            clock.restart();
            const std::optional<OrganizationSnapshot> back = cache.load(cached.organization.id);
            load.add(elapsedMs(clock));
            if (!back || back->databases.size() != cached.databases.size())
                fail(QStringLiteral("the snapshot cache did not load what it saved"));
            bytes = QFileInfo(cache.filePath(cached.organization.id)).size();
        }
        report.add(QStringLiteral("Snapshot cache, %1-db org (%2 MiB): save")
                       .arg(dbs)
                       .arg(double(bytes) / 1048576.0, 0, 'f', 1),
                   save.format() + QStringLiteral(" ms"));
        report.add(QStringLiteral("  load (the cache's part of a warm start)"),
                   load.format() + QStringLiteral(" ms"));

        // The databases table: 10,000 rows of the large organization.
        OrganizationSnapshot tenThousand = bigSnapshot;
        tenThousand.databases = scaledDatabases(bigDatabases, 10000);
        Samples population, keystroke;
        for (int r = 0; r < options.runs; ++r) {
            DatabaseTableModel model;
            QElapsedTimer clock;
            clock.start();
            model.setSnapshots({tenThousand});
            population.add(elapsedMs(clock));
            DatabaseFilterProxy proxy;
            proxy.setSourceModel(&model);
            proxy.sort(0);
            const QString typed = QStringLiteral("gen-db-0042");
            for (qsizetype i = 1; i <= typed.size(); ++i) {
                clock.restart();
                proxy.setSearchText(typed.left(i));
                (void)proxy.rowCount();
                keystroke.add(elapsedMs(clock));
            }
        }
        report.add(QStringLiteral("Database model population, 10000 rows"),
                   population.format() + QStringLiteral(" ms"));
        report.add(QStringLiteral("Database filter per keystroke, 10000 rows (sorted proxy)"),
                   keystroke.format(2) + QStringLiteral(" ms"), QStringLiteral("≤ 16 ms"),
                   keystroke.max() <= 16);
    }
    report.add(QStringLiteral("Peak RSS of this benchmark process (everything above)"),
               QString::number(double(ownPeakRssKiB()) / 1024.0, 'f', 1) + QStringLiteral(" MiB"));

    const QString machine =
        QStringLiteral("%1 × %2, %3, Qt %4")
            .arg(QThread::idealThreadCount())
            .arg(cpuModel(), QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
    const QString text = QStringLiteral("Machine: %1; %2 runs per figure; data set %3.\n\n")
                             .arg(machine)
                             .arg(options.runs)
                             .arg(options.generateSpec()) +
                         report.markdown();
    out() << text;
    out().flush();
    if (!options.markdownPath.isEmpty()) {
        QFile file(options.markdownPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(text.toUtf8());
    }
    return healthy ? 0 : 1;
}
