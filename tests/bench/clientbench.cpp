// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientbench.h"

#include "eventloopgapmeter.h"

#include "api/databaselistjob.h"
#include "inventory/organizationloader.h"
#include "inventory/sharedregionlist.h"
#include "models/keytablemodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace astra::bench {

namespace {

constexpr int kRunTimeoutMs = 300000;

ApiConnection connectionFor(const Credentials &credentials, QNetworkAccessManager *network)
{
    ApiConnection c;
    c.baseUrl = credentials.baseUrl;
    c.token = credentials.token;
    c.network = network;
    return c;
}

// Runs the event loop until done() is called or the run times out.
class RunLoop
{
public:
    explicit RunLoop(QNetworkAccessManager *network)
    {
        QObject::connect(network, &QNetworkAccessManager::finished, &m_loop,
                         [this](QNetworkReply *) { ++requests; });
    }
    bool run()
    {
        QTimer::singleShot(kRunTimeoutMs, &m_loop, [this] { m_loop.exit(1); });
        m_clock.start();
        m_meter.start();
        const bool ok = m_done || m_loop.exec() == 0;
        return ok;
    }
    void done()
    {
        m_meter.stop();
        m_ms = double(m_clock.nsecsElapsed()) / 1e6;
        m_done = true;
        m_loop.exit(0);
    }
    double ms() const { return m_ms; }
    double maxGapMs() const { return m_meter.maxGapMs(); }
    double maxGapEndMs() const { return m_meter.maxGapEndMs(); }
    int requests = 0;

private:
    QEventLoop m_loop;
    QElapsedTimer m_clock;
    EventLoopGapMeter m_meter;
    double m_ms = 0;
    bool m_done = false;
};

void fill(ClientRun *run, const RunLoop &loop, bool finished)
{
    run->ms = loop.ms();
    run->requests = loop.requests;
    run->maxGapMs = loop.maxGapMs();
    run->maxGapEndMs = loop.maxGapEndMs();
    if (!finished && run->error.isEmpty())
        run->error = QStringLiteral("timed out");
    run->ok = finished && run->error.isEmpty();
}

} // namespace

ClientRun listDatabases(const Credentials &credentials, bool parallelProviders,
                        QList<Database> *databases, const QList<Database> &known)
{
    ClientRun run;
    QNetworkAccessManager network;
    RunLoop loop(&network);
    auto *job = new DatabaseListJob(connectionFor(credentials, &network));
    job->setParallelProviders(parallelProviders);
    job->setKnownDatabases(known);
    QObject::connect(job, &DatabaseListJob::received, job, [&](const QList<Database> &dbs) {
        run.databases = int(dbs.size());
        if (databases)
            *databases = dbs;
    });
    QObject::connect(job, &DatabaseListJob::failed, job,
                     [&](const ApiError &error) { run.error = error.message; });
    QObject::connect(job, &DatabaseListJob::finished, job, [&] { loop.done(); });
    job->start();
    const bool finished = loop.run();
    fill(&run, loop, finished);
    if (!finished)
        job->abort();
    return run;
}

ClientRun refreshOrganization(const Credentials &credentials, KeyTableModel *model,
                              OrganizationSnapshot *snapshot, const QList<Database> &known)
{
    ClientRun run;
    QNetworkAccessManager network;
    RunLoop loop(&network);
    auto *loader = new OrganizationLoader(connectionFor(credentials, &network));
    loader->setKnownDatabases(known);
    // The previous run's snapshot is freed here, not by the assignment below inside the timed
    // run (the window frees replaced data off the GUI thread).
    if (snapshot)
        *snapshot = {};
    QElapsedTimer sinceProgress;
    QElapsedTimer modelClock;
    QObject::connect(loader, &OrganizationLoader::progress, loader,
                     [&](const QString &) { sinceProgress.start(); });
    QObject::connect(loader, &OrganizationLoader::loaded, loader,
                     [&](const OrganizationSnapshot &s) {
                         run.lastPageToLoadedMs = double(sinceProgress.nsecsElapsed()) / 1e6;
                         modelClock.start();
                         // As the window does: rows are built off the GUI thread.
                         model->setSnapshotsInBackground({s});
                         run.databases = int(s.databases.size());
                         if (!s.databasesLoaded)
                             run.error = s.databasesError;
                         if (snapshot)
                             *snapshot = s;
                     });
    QObject::connect(loader, &OrganizationLoader::failed, loader,
                     [&](const ApiError &error) { run.error = error.message; });
    // The run ends when the loader is done and the model shows the rows (or the load failed).
    bool loaderDone = false;
    QObject::connect(loader, &OrganizationLoader::finished, loader, [&] {
        loaderDone = true;
        if (!model->isBuilding())
            loop.done();
    });
    const QMetaObject::Connection applied =
        QObject::connect(model, &KeyTableModel::snapshotsApplied, model, [&] {
            run.modelMs = double(modelClock.nsecsElapsed()) / 1e6;
            if (loaderDone)
                loop.done();
        });
    loader->start();
    const bool finished = loop.run();
    QObject::disconnect(applied);
    fill(&run, loop, finished);
    if (!finished)
        loader->abort();
    return run;
}

ClientRun refreshAll(const QList<Credentials> &organizations, int concurrency, KeyTableModel *model)
{
    ClientRun run;
    QNetworkAccessManager network;
    RunLoop loop(&network);
    QList<OrganizationSnapshot> snapshots;
    int next = 0;
    int running = 0;
    int failures = 0;
    QList<OrganizationLoader *> loaders;
    SharedRegionList regions;
    std::function<void()> startNext = [&] {
        while (running < concurrency && next < organizations.size()) {
            auto *loader =
                new OrganizationLoader(connectionFor(organizations.at(next++), &network));
            loader->setSharedRegions(&regions); // as InventoryService::loadAll does
            ++running;
            QObject::connect(loader, &OrganizationLoader::loaded, loader,
                             [&](const OrganizationSnapshot &s) {
                                 snapshots.append(s);
                                 run.databases += int(s.databases.size());
                             });
            QObject::connect(loader, &OrganizationLoader::failed, loader,
                             [&](const ApiError &) { ++failures; });
            QObject::connect(loader, &OrganizationLoader::finished, loader, [&, loader] {
                loaders.removeOne(loader);
                --running;
                if (next < organizations.size()) {
                    startNext();
                } else if (running == 0) {
                    model->setSnapshotsInBackground(snapshots);
                }
            });
            loaders.append(loader);
            loader->start();
        }
    };
    const QMetaObject::Connection applied =
        QObject::connect(model, &KeyTableModel::snapshotsApplied, model, [&] { loop.done(); });
    startNext();
    const bool finished = loop.run();
    QObject::disconnect(applied);
    if (failures)
        run.error = QStringLiteral("%1 organizations failed to load").arg(failures);
    fill(&run, loop, finished);
    for (OrganizationLoader *loader : std::as_const(loaders))
        loader->abort();
    return run;
}

QByteArray fetchFirstPage(const Credentials &credentials)
{
    QNetworkAccessManager network;
    QUrl url = credentials.baseUrl;
    url.setPath(QStringLiteral("/v2/databases"));
    url.setQuery(QStringLiteral("include=nonterminated&provider=ALL&limit=100"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + credentials.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

} // namespace astra::bench
