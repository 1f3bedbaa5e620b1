// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationloader.h"

#include "api/currentorgrequest.h"
#include "api/databaselistjob.h"
#include "api/keylistrequest.h"
#include "api/regionsrequest.h"
#include "core/backgroundrelease.h"
#include "sharedregionlist.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace astra {

OrganizationLoader::OrganizationLoader(ApiConnection connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{}

OrganizationLoader::~OrganizationLoader()
{
    cancelAll();
}

void OrganizationLoader::setSharedRegions(SharedRegionList *shared)
{
    m_sharedRegions = shared;
}

void OrganizationLoader::track(QObject *job)
{
    m_jobs.append(job);
    ++m_pending;
}

void OrganizationLoader::start()
{
    auto *org = new CurrentOrgRequest(m_connection, this);
    track(org);
    connect(org, &CurrentOrgRequest::received, this,
            [this](const Organization &o) { m_snapshot.organization = o; });
    connect(org, &ApiRequest::failed, this, &OrganizationLoader::failWith);
    connect(org, &ApiRequest::finished, this, &OrganizationLoader::partDone);

    for (const KeyType type : {KeyType::Serverless, KeyType::Classic}) {
        auto *keys = new KeyListRequest(m_connection, type, this);
        track(keys);
        connect(keys, &KeyListRequest::received, this,
                [this](const QList<CustomerKey> &k) { m_snapshot.keys.append(k); });
        connect(keys, &ApiRequest::failed, this, &OrganizationLoader::failWith);
        connect(keys, &ApiRequest::retrying, this, &OrganizationLoader::retrying);
        connect(keys, &ApiRequest::finished, this, &OrganizationLoader::partDone);
    }

    auto *databases = new DatabaseListJob(m_connection, {}, this);
    // One stream per provider beyond the first page: measured about 0.6 of the sequential time
    // for 10,000 databases at 25 ms per request (docs/performance.md).
    databases->setParallelProviders(true);
    databases->setKnownDatabases(m_knownDatabases);
    track(databases);
    connect(databases, &DatabaseListJob::progress, this, [this](int page, int count) {
        Q_EMIT progress(QCoreApplication::translate("OrganizationLoader",
                                                    "Loading databases, page %1 (%2 so far)…")
                            .arg(QLocale().toString(page), QLocale().toString(count)));
    });
    connect(databases, &DatabaseListJob::received, this, [this](const QList<Database> &dbs) {
        m_snapshot.databases = dbs;
        m_snapshot.databasesLoaded = true;
    });
    connect(databases, &DatabaseListJob::failed, this,
            [this](const ApiError &error) { m_snapshot.databasesError = error.message; });
    connect(databases, &DatabaseListJob::retrying, this, &OrganizationLoader::retrying);
    connect(databases, &DatabaseListJob::finished, this, &OrganizationLoader::partDone);

    Q_EMIT progress(QCoreApplication::translate("OrganizationLoader", "Loading customer keys…"));
    org->start();
    for (const auto &job : std::as_const(m_jobs)) {
        if (auto *request = qobject_cast<ApiRequest *>(job.data()); request && request != org)
            request->start();
    }
    databases->start();

    if (m_sharedRegions) {
        ++m_pending; // the shared list's answer is one part, as a request of its own would be
        m_sharedRegions->fetch(m_connection, this,
                               [this](const std::optional<QList<ServerlessRegion>> &regions) {
                                   if (m_done)
                                       return;
                                   if (!regions) {
                                       --m_pending; // replaced by a request with this token
                                       requestRegions();
                                       return;
                                   }
                                   m_snapshot.regions = *regions;
                                   partDone();
                               });
    } else {
        requestRegions();
    }
}

void OrganizationLoader::requestRegions()
{
    // Region display names are a nicety: a token without access still shows region codes.
    auto *regions = new RegionsRequest(m_connection, this);
    track(regions);
    connect(regions, &RegionsRequest::received, this,
            [this](const QList<ServerlessRegion> &r) { m_snapshot.regions = r; });
    connect(regions, &ApiRequest::finished, this, &OrganizationLoader::partDone);
    regions->start();
}

void OrganizationLoader::abort()
{
    if (m_done)
        return;
    cancelAll();
    deleteLater();
}

void OrganizationLoader::cancelAll()
{
    m_done = true;
    for (const auto &job : std::as_const(m_jobs)) {
        if (!job)
            continue;
        job->disconnect(this);
        if (auto *request = qobject_cast<ApiRequest *>(job.data()))
            request->abort();
        else if (auto *list = qobject_cast<DatabaseListJob *>(job.data()))
            list->abort();
    }
    m_jobs.clear();
}

void OrganizationLoader::failWith(const ApiError &error)
{
    if (m_done)
        return;
    // The first failure of an essential part ends the load; the rest is cancelled quietly.
    Q_EMIT failed(error);
    cancelAll();
    finish();
}

void OrganizationLoader::partDone()
{
    if (m_done)
        return;
    if (--m_pending > 0)
        return;
    m_snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    m_done = true;
    Q_EMIT loaded(m_snapshot);
    finish();
}

void OrganizationLoader::finish()
{
    Q_EMIT finished();
    // Receivers hold their own copies: ours are freed off the GUI thread (10,000 databases).
    releaseInBackground(std::exchange(m_snapshot, {}));
    releaseInBackground(std::exchange(m_knownDatabases, {}));
    deleteLater();
}

} // namespace astra
