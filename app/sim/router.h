// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QHash>

namespace astra::sim {

// Turns one request into one answer: routing, authentication, permissions and the API's JSON
// shapes. No I/O and no timing: faults and latency belong to the Simulator.
class Router
{
public:
    struct Options
    {
        bool ignoreStartingAfter = false; // the "repeat" fault
    };

    // The order GET /v2/databases pages in. The API's cursor is a database id, and the simulator
    // pages in id order; CreationTime lets tests check a client that must not rely on it.
    enum class DatabaseOrder { Id, CreationTime };

    explicit Router(DataSet *data);
    void setDatabaseOrder(DatabaseOrder order)
    {
        m_order = order;
        m_dirty = true;
    }
    // The API documents starting_after as a database id and does not say whether a terminated
    // database's id counts; the simulator accepts it unless told to refuse it (400), so that tests
    // can check a client that uses such ids as cursors against both answers.
    void setRefuseTerminatedCursors(bool refuse) { m_refuseTerminatedCursors = refuse; }

    HttpResponse handle(const HttpRequest &request, const Options &options);
    HttpResponse handle(const HttpRequest &request) { return handle(request, Options{}); }

    // The data set may have changed behind our back (Simulator::data()): re-sort databases
    // (by id, or see DatabaseOrder) and forget the cached JSON before the next request.
    void invalidate() { m_dirty = true; }

    // "Authorization: Bearer <token>", or empty.
    static QString bearerToken(const HttpRequest &request);

private:
    enum class Route {
        None,
        CurrentOrg,
        Users,
        KeyList,
        KeyLookup,
        Accounts,
        Databases,
        Database,
        Datacenters,
        Regions,
    };
    struct Match
    {
        Route route = Route::None;
        QByteArrayList methods;
        bool classic = false;
        QString provider;
        QString region;
        QString databaseId;
    };
    static Match match(const QString &path);

    HttpResponse keyList(const SimOrganization &org, bool classic) const;
    HttpResponse keyLookup(const SimOrganization &org, const Match &m) const;
    HttpResponse accounts(const SimOrganization &org, const Match &m) const;
    HttpResponse registerKey(SimOrganization &org, const Match &m, const QByteArray &body);
    HttpResponse databases(const SimOrganization &org, const QString &query, const Options &options,
                           bool canView);
    HttpResponse datacenters(const SimOrganization &org, const SimDatabase &db,
                             const QString &query) const;
    HttpResponse users(const SimOrganization &org) const;
    HttpResponse regions() const;
    const QByteArray &databaseJson(const SimOrganization &org, const SimDatabase &db);
    const SimDatabase *findDatabase(const SimOrganization &org, const QString &id) const;
    void refresh();

    DataSet *m_data;
    QHash<QString, QByteArray> m_databaseJson; // "<orgId>/<dbId>" -> compact Database JSON
    bool m_dirty = true;
    DatabaseOrder m_order = DatabaseOrder::Id;
    bool m_refuseTerminatedCursors = false;
};

} // namespace astra::sim
