// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiconnection.h"
#include "core/serverlessregion.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace astra {

// The serverless region list (codes and display names) is the same for every organization of one
// API address, so a refresh of many organizations asks for it once per address instead of once
// per organization (49 requests fewer for 50 organizations; docs/performance.md). Lives as long
// as one batch of loads: a later batch gets a new one, so the list is never older than that.
class SharedRegionList : public QObject
{
    Q_OBJECT
public:
    explicit SharedRegionList(QObject *parent = nullptr);
    ~SharedRegionList() override;

    using Done = std::function<void(const std::optional<QList<ServerlessRegion>> &regions)>;
    // Calls done on context's thread once the list for connection's address is known, asking
    // for it with this connection when nobody has yet. nullopt when that request failed (the
    // caller may then ask with its own token). Never calls done once context is gone; never
    // synchronously, so a caller can count on its own state being set up first.
    void fetch(const ApiConnection &connection, QObject *context, Done done);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    struct Entry
    {
        std::optional<QList<ServerlessRegion>> regions;
        bool inFlight = false;
        QList<Waiter> waiters;
    };
    QHash<QString, Entry> m_entries; // by API address
    QList<QPointer<QObject>> m_requests;
};

} // namespace astra
