// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryservice.h"

#include "organizationloader.h"

#include "secrets/tokenstore.h"

#include <QNetworkAccessManager>

#include <QCoreApplication>

namespace astra {

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
    return m_readingToken || m_loader;
}

void InventoryService::cancel()
{
    ++m_generation; // whatever is still on its way belongs to an older generation now
    m_readingToken = false;
    if (m_loader)
        m_loader->abort();
    m_loader = nullptr;
}

void InventoryService::load(const ConnectionProfile &profile)
{
    cancel();
    const quint64 generation = m_generation;
    m_readingToken = true;
    Q_EMIT loadStarted(profile);
    m_tokens->read(
        profile.tokenKey(), this, [this, profile, generation](const TokenResult &result) {
            if (generation != m_generation)
                return; // the user moved on
            m_readingToken = false;
            if (!result.ok()) {
                ApiError error;
                error.kind = ApiError::Kind::Unauthorized;
                error.message = result.status == TokenStoreStatus::NotFound
                                    ? QCoreApplication::translate(
                                          "InventoryService", "No token is stored for %1. Sign in "
                                                              "to this organization.")
                                          .arg(profile.displayName())
                                    : result.message;
                Q_EMIT failed(profile, error);
                return;
            }
            startLoader(profile, result.token, generation);
        });
}

void InventoryService::startLoader(const ConnectionProfile &profile, const QString &token,
                                   quint64 generation)
{
    ApiConnection connection;
    connection.baseUrl = profile.apiUrl;
    connection.token = token;
    connection.network = m_network;
    connection.transferTimeoutMs = m_timeoutMs;
    auto *loader = new OrganizationLoader(connection, this);
    m_loader = loader;
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
                m_loader = nullptr;
                Q_EMIT loaded(profile, snapshot);
            });
    connect(loader, &OrganizationLoader::failed, this,
            [this, profile, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                m_loader = nullptr;
                Q_EMIT failed(profile, error);
            });
    loader->start();
}

} // namespace astra
