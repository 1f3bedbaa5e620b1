// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationsnapshot.h"

#include "api/apierror.h"
#include "profiles/connectionprofile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace astra {

class OrganizationLoader;
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
    void cancel();
    bool isLoading() const;
    // Transfer timeout and retries for every call (tests shorten them).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void loadStarted(const astra::ConnectionProfile &profile);
    void progress(const QString &text);
    void loaded(const astra::ConnectionProfile &profile,
                const astra::OrganizationSnapshot &snapshot);
    void failed(const astra::ConnectionProfile &profile, const astra::ApiError &error);

private:
    void startLoader(const ConnectionProfile &profile, const QString &token, quint64 generation);

    TokenStore *m_tokens;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<OrganizationLoader> m_loader;
    quint64 m_generation = 0;
    bool m_readingToken = false;
    int m_timeoutMs = 20000;
};

} // namespace astra
