// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"
#include "endpoints.h"

#include "core/database.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace astra {

class DatabasePageRequest;

// Pages through GET /v2/databases: limit=100 and starting_after=<last id>, until a short page.
// The answer has no total and no cursor, so a page that brings back ids already seen (a server
// repeating the cursor) also ends the loop instead of spinning forever. Deletes itself after
// finished().
class DatabaseListJob : public QObject
{
    Q_OBJECT
public:
    DatabaseListJob(ApiConnection connection, endpoints::DatabaseQuery query = {},
                    QObject *parent = nullptr);
    ~DatabaseListJob() override;

    void start();
    void abort();
    int pages() const { return m_pages; }

    static constexpr int MaxPages = 100000; // a last-resort bound: ten million databases

Q_SIGNALS:
    void progress(int pages, int databases); // "Loading databases, page 3"
    void retrying(int nextAttempt, int delayMs, const astra::ApiError &reason);
    void received(const QList<astra::Database> &databases);
    void failed(const astra::ApiError &error);
    void finished();

private:
    void requestPage(const QString &startingAfter);
    void onPage(const QList<Database> &page);
    void finish();

    ApiConnection m_connection;
    endpoints::DatabaseQuery m_query;
    QPointer<DatabasePageRequest> m_request;
    QList<Database> m_databases;
    QSet<QString> m_seen;
    int m_pages = 0;
    bool m_finished = false;
};

} // namespace astra
