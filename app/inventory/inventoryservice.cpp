// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryservice.h"

#include "organizationloader.h"
#include "sharedregionlist.h"

#include "secrets/tokenstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <algorithm>

namespace astra {

namespace {

ApiError missingTokenError(const ConnectionProfile &profile, const TokenResult &result)
{
    ApiError error;
    error.kind = ApiError::Kind::Unauthorized;
    error.message = result.status == TokenStoreStatus::NotFound
                        ? QCoreApplication::translate("InventoryService",
                                                      "No token is stored for %1. Sign in to "
                                                      "this organization.")
                              .arg(profile.displayName())
                        : result.message;
    return error;
}

} // namespace

InventoryService::InventoryService(TokenStore *tokens, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_network(network)
{}

InventoryService::~InventoryService()
{
    cancel();
}

bool InventoryService::isLoading() const
{
    return m_running > 0 || !m_queue.isEmpty();
}

void InventoryService::cancel()
{
    ++m_generation; // whatever is still on its way belongs to an older generation now
    m_queue.clear();
    m_running = 0;
    for (const auto &loader : std::as_const(m_loaders)) {
        if (loader)
            loader->abort();
    }
    m_loaders.clear();
}

void InventoryService::load(const ConnectionProfile &profile)
{
    loadAll({profile}, 1);
}

void InventoryService::setKnownDatabases(const QString &profileName,
                                         const QList<Database> &databases)
{
    m_knownDatabases.insert(profileName, databases);
}

void InventoryService::loadAll(const QList<ConnectionProfile> &profiles, int maxConcurrent)
{
    cancel();
    m_queue = profiles;
    // Largest first: with bounded concurrency, the longest listing must not wait for a slot.
    std::stable_sort(m_queue.begin(), m_queue.end(),
                     [this](const ConnectionProfile &a, const ConnectionProfile &b) {
                         return m_knownDatabases.value(a.name).size() >
                                m_knownDatabases.value(b.name).size();
                     });
    if (m_regions)
        m_regions->deleteLater();
    m_regions = new SharedRegionList(this);
    m_maxConcurrent = qMax(1, maxConcurrent);
    const quint64 generation = m_generation;
    for (const ConnectionProfile &profile : profiles)
        Q_EMIT loadStarted(profile);
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    Q_EMIT allFinished();
            },
            Qt::QueuedConnection);
        return;
    }
    startNext(generation);
}

void InventoryService::startNext(quint64 generation)
{
    while (generation == m_generation && m_running < m_maxConcurrent && !m_queue.isEmpty())
        startOne(m_queue.takeFirst(), generation);
}

void InventoryService::oneFinished(quint64 generation)
{
    if (generation != m_generation)
        return;
    --m_running;
    startNext(generation);
    if (m_running == 0 && m_queue.isEmpty())
        Q_EMIT allFinished();
}

void InventoryService::startOne(const ConnectionProfile &profile, quint64 generation)
{
    ++m_running;
    m_tokens->read(profile.tokenKey(), this,
                   [this, profile, generation](const TokenResult &result) {
                       if (generation != m_generation)
                           return; // the user moved on
                       if (!result.ok()) {
                           Q_EMIT failed(profile, missingTokenError(profile, result));
                           oneFinished(generation);
                           return;
                       }
                       startLoader(profile, result.token, generation);
                   });
}

ApiConnection InventoryService::connectionWith(const ConnectionProfile &profile,
                                               const QString &token) const
{
    ApiConnection connection;
    connection.baseUrl = profile.apiUrl;
    connection.token = token;
    connection.network = m_network;
    connection.transferTimeoutMs = m_timeoutMs;
    return connection;
}

void InventoryService::connectionFor(const ConnectionProfile &profile, QObject *context,
                                     ConnectionCallback done)
{
    m_tokens->read(profile.tokenKey(), context ? context : this,
                   [this, profile, done = std::move(done)](const TokenResult &result) {
                       if (!result.ok()) {
                           done(std::nullopt, missingTokenError(profile, result).message);
                           return;
                       }
                       done(connectionWith(profile, result.token), QString());
                   });
}

void InventoryService::startLoader(const ConnectionProfile &profile, const QString &token,
                                   quint64 generation)
{
    auto *loader = new OrganizationLoader(connectionWith(profile, token), this);
    loader->setSharedRegions(m_regions);
    loader->setKnownDatabases(m_knownDatabases.value(profile.name));
    m_loaders.append(loader);
    connect(loader, &OrganizationLoader::progress, this, [this, generation](const QString &text) {
        if (generation == m_generation)
            Q_EMIT progress(text);
    });
    connect(loader, &OrganizationLoader::retrying, this,
            [this, generation](int, int delayMs, const ApiError &reason) {
                if (generation != m_generation)
                    return;
                Q_EMIT progress(
                    QCoreApplication::translate("InventoryService", "%1 Retrying in %2 s…")
                        .arg(reason.message, QString::number((delayMs + 999) / 1000)));
            });
    connect(loader, &OrganizationLoader::loaded, this,
            [this, profile, generation](const OrganizationSnapshot &snapshot) {
                if (generation != m_generation)
                    return;
                if (snapshot.databasesLoaded)
                    m_knownDatabases.insert(profile.name, snapshot.databases);
                Q_EMIT loaded(profile, snapshot);
                oneFinished(generation);
            });
    connect(loader, &OrganizationLoader::failed, this,
            [this, profile, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                Q_EMIT failed(profile, error);
                oneFinished(generation);
            });
    loader->start();
}

} // namespace astra
