// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationsnapshot.h"

#include "api/apiconnection.h"
#include "api/apierror.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace astra {

class OrganizationLoader;
class SharedRegionList;
class TokenStore;

// Loads the organization the user chose, one at a time: reads its token from the TokenStore,
// runs an OrganizationLoader, and reports the snapshot. Choosing another organization cancels
// the previous load, and any late answer for it is dropped (each load carries a generation).
class InventoryService : public QObject
{
    Q_OBJECT
public:
    InventoryService(TokenStore *tokens, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~InventoryService() override;

    void load(const ConnectionProfile &profile);
    // Loads several organizations at once, at most maxConcurrent at a time; loaded() or failed()
    // follows for each, then allFinished(). The largest organization of the last load starts
    // first (its database listing is the longest path), and all share one region list per API
    // address.
    void loadAll(const QList<ConnectionProfile> &profiles, int maxConcurrent = 4);
    // A connection for one-off calls (details, look-up, registration): reads the profile's token
    // and calls done with the connection, or with nullopt and a translated reason.
    using ConnectionCallback =
        std::function<void(const std::optional<ApiConnection> &connection, const QString &error)>;
    void connectionFor(const ConnectionProfile &profile, QObject *context, ConnectionCallback done);
    void cancel();
    // The databases of an organization as last seen (the window passes its cached snapshot):
    // its next load lists them as more streams at once, and the largest organization starts
    // first. Each successful load replaces them.
    void setKnownDatabases(const QString &profileName, const QList<Database> &databases);
    bool isLoading() const;
    // Transfer timeout and retries for every call (tests shorten them).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void loadStarted(const astra::ConnectionProfile &profile);
    void progress(const QString &text);
    void loaded(const astra::ConnectionProfile &profile,
                const astra::OrganizationSnapshot &snapshot);
    void failed(const astra::ConnectionProfile &profile, const astra::ApiError &error);
    void allFinished();

private:
    void startNext(quint64 generation);
    void startOne(const ConnectionProfile &profile, quint64 generation);
    void startLoader(const ConnectionProfile &profile, const QString &token, quint64 generation);
    void oneFinished(quint64 generation);
    ApiConnection connectionWith(const ConnectionProfile &profile, const QString &token) const;

    TokenStore *m_tokens;
    QPointer<QNetworkAccessManager> m_network;
    QList<QPointer<OrganizationLoader>> m_loaders;
    QList<ConnectionProfile> m_queue;
    QPointer<SharedRegionList> m_regions;             // of the current generation
    QHash<QString, QList<Database>> m_knownDatabases; // by profile name, from earlier loads
    quint64 m_generation = 0;
    int m_running = 0; // token reads and loaders of the current generation
    int m_maxConcurrent = 1;
    int m_timeoutMs = 20000;
};

} // namespace astra
