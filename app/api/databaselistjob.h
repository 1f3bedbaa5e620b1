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
//
// With setParallelProviders(true) and provider ALL, a listing longer than one page continues as
// three independent streams (provider=AWS, GCP and AZURE) after the first page: the API's only
// cursor is starting_after, so one stream can never go faster than one round trip per page, and
// the largest provider's share of the pages bounds the wall time instead of the total
// (docs/performance.md). The first page seeds each stream with its provider's last id in it, so
// the split costs no extra round trip and small organizations still take exactly one request.
// If any database of the first page names a provider outside AWS, GCP and AZURE, the listing
// stays one sequential stream, so nothing a provider filter would miss is lost.
class DatabaseListJob : public QObject
{
    Q_OBJECT
public:
    DatabaseListJob(ApiConnection connection, endpoints::DatabaseQuery query = {},
                    QObject *parent = nullptr);
    ~DatabaseListJob() override;

    // Before start(). Ignored unless the query's provider is ALL.
    void setParallelProviders(bool on) { m_parallelProviders = on; }
    void start();
    void abort();
    int pages() const { return m_pages; }

    static constexpr int MaxPages = 100000; // a last-resort bound: ten million databases

Q_SIGNALS:
    void progress(int pages, int databases); // "Loading databases, page 3"
    void retrying(int nextAttempt, int delayMs, const astra::ApiError &reason);
    // Every database once, ordered by id (the order starting_after pages in).
    void received(const QList<astra::Database> &databases);
    void failed(const astra::ApiError &error);
    void finished();

private:
    struct Stream
    {
        endpoints::DatabaseQuery query;
        QPointer<DatabasePageRequest> request;
        bool done = false;
    };

    void requestPage(int stream, const QString &startingAfter);
    void onPage(int stream, const QList<Database> &page);
    bool splitByProvider(const QList<Database> &firstPage);
    void streamDone(int stream);
    void abortRequests();
    void finish();

    ApiConnection m_connection;
    endpoints::DatabaseQuery m_query;
    QList<Stream> m_streams;
    QList<Database> m_databases;
    QSet<QString> m_seen;
    int m_pages = 0;
    bool m_parallelProviders = false;
    bool m_split = false;
    bool m_finished = false;
};

} // namespace astra
