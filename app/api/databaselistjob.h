// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"
#include "endpoints.h"

#include "core/database.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace astra {

class DatabasePageRequest;

// Pages through GET /v2/databases: limit=100 and starting_after=<last id>, until a short page.
// The answer has no total and no cursor, so a page out of id order that brings back ids already
// seen (a server repeating the cursor) also ends the loop instead of spinning forever. Deletes
// itself after finished().
//
// With setParallelProviders(true) and provider ALL, a listing longer than one page continues as
// three independent streams (provider=AWS, GCP and AZURE) after the first page: the API's only
// cursor is starting_after, so one stream can never go faster than one round trip per page, and
// the largest provider's share of the pages bounds the wall time instead of the total
// (docs/performance.md). The first page seeds each stream with its provider's last id in it, so
// the split costs no extra round trip and small organizations still take exactly one request.
// If any database of the first page names a provider outside AWS, GCP and AZURE, the listing
// stays one sequential stream, so nothing a provider filter would miss is lost.
//
// With nothing known about the organization (no earlier listing), each provider's stream is
// split further at sampled ids: the terminated databases (include=terminated, a few pages per
// provider at most) are ids spread over the whole id range, so they are split points just like
// known ids, found in a few round trips instead of a full listing (docs/performance.md).
//
// Each page is decoded off the GUI thread (DatabasePageRequest); its stream's next page is asked
// for as soon as the page's last id is known, before its databases are decoded. Pages are still
// processed in each stream's order, so the result, the repeat guard and the failures are those of
// a pager that waits for every page.
class DatabaseListJob : public QObject
{
    Q_OBJECT
public:
    DatabaseListJob(ApiConnection connection, endpoints::DatabaseQuery query = {},
                    QObject *parent = nullptr);
    ~DatabaseListJob() override;

    // Before start(). Ignored unless the query's provider is ALL.
    void setParallelProviders(bool on) { m_parallelProviders = on; }
    // Before start(), with parallel providers: the databases of an earlier listing of the same
    // organization (the cache, or the last refresh). Each provider's stream is then split further
    // at some of their ids, into at most MaxStreams streams in all, each ending where the next
    // begins: with one round trip per page and stream, the wall time falls with the number of
    // streams (docs/performance.md). Ids are only hints: the pages come in id order, so a stream
    // ends on the page that passes its end id whether or not that database still exists, and a
    // stream whose start id the server refuses is dropped, the one before it covering its part.
    // A server found not to page in id order gets the listing again as one stream. The result
    // is the same set of databases as one stream's, ordered by id.
    void setKnownDatabases(const QList<Database> &databases) { m_known = databases; }
    void start();
    void abort();
    int pages() const { return m_pages; }

    static constexpr int MaxPages = 100000; // a last-resort bound: ten million databases
    // Streams at once with known databases: QNetworkAccessManager's connections per host.
    static constexpr int MaxStreams = 6;
    // Pages of terminated databases asked for per provider to find split points: a sample is
    // worth taking only while it is much shorter than the listing it splits.
    static constexpr int MaxSamplePages = 8;
    static constexpr int ProviderFilterCount = 3; // AWS, GCP, AZURE

Q_SIGNALS:
    void progress(int pages, int databases); // "Loading databases, page 3"
    void retrying(int nextAttempt, int delayMs, const astra::ApiError &reason);
    // Every database once, ordered by id (the order starting_after pages in).
    void received(const QList<astra::Database> &databases);
    void failed(const astra::ApiError &error);
    void finished();

private:
    // What came back for one page of a stream: its databases, or the error that failed it.
    struct Outcome
    {
        QList<Database> databases;
        std::optional<ApiError> error;
    };
    struct Stream
    {
        endpoints::DatabaseQuery query;
        // Pages in flight by sequence number. The next page is requested as soon as a page's
        // cursor is known (before its databases are decoded), so two may be in flight.
        QMap<int, QPointer<DatabasePageRequest>> requests;
        // Outcomes that arrived before an earlier page's: pages are processed in order, so
        // the result and the stop decisions are exactly those of a strictly sequential pager.
        QMap<int, Outcome> arrived;
        int nextSequence = 0;    // of the next request
        int nextToProcess = 0;   // sequence of the next outcome to process
        int requestedAfter = -1; // the highest sequence whose successor is requested
        bool done = false;
        QString stopAt; // where the next stream begins: this one ends on the page that passes it
        bool guessedStart = false;  // started at a known id, which the server may no longer have
        QString lastCursor;         // the starting_after of its latest request
        QMap<int, QString> cursors; // the starting_after of each page in flight, by sequence
        QString lastListed;         // the last id of its latest processed page
        // Set when it stopped at its end id or on a repeat rather than at the end of the list.
        bool endedBeforeTheEnd = false;
        int previous = -1; // the stream whose part comes just before (that ends at our start)
        // A sample: lists the provider's terminated databases only for their ids, split points
        // for that provider's stream (providerStream). Its failure never fails the listing.
        bool sample = false;
        int provider = -1; // index of the provider filter, for provider and sample streams
    };

    void requestPage(int stream, const QString &startingAfter);
    void onCursorKnown(int stream, int sequence, int count, const QString &lastId);
    void onOutcome(int stream, int sequence, Outcome outcome);
    void processPage(int stream, int sequence, const QString &cursor, const QList<Database> &page);
    static bool inIdOrder(const QList<Database> &page, const QString &cursor);
    void takeOver(int refused);
    void restartSequentially();
    bool splitByProvider(const QList<Database> &firstPage);
    int streamsForProvider(int provider) const;
    void startSamples();
    void processSamplePage(int stream, int sequence, const QString &cursor,
                           const QList<Database> &page);
    void sampleDone(int stream);
    void splitAtSamples(int provider);
    bool wantsNextPageEarly(int stream, int sequence, int count, const QString &lastId) const;
    QStringList knownSplitIds(const QString &provider, const QString &after, int chunk) const;
    void stopStream(int stream);
    void streamDone(int stream);
    void abortRequests();
    void fail(const ApiError &error);
    void finish();

    ApiConnection m_connection;
    endpoints::DatabaseQuery m_query;
    QList<Stream> m_streams;
    QList<Database> m_databases;
    QSet<QString> m_seen;
    QSet<QString> m_cursors; // every starting_after sent: a page ending on one repeats
    QList<Database> m_known;
    // Per provider filter (AWS, GCP, AZURE): its stream, its share of the first page, its
    // sampled ids.
    int m_providerStream[ProviderFilterCount] = {-1, -1, -1};
    int m_firstPageShare[ProviderFilterCount] = {0, 0, 0};
    QStringList m_sampleIds[ProviderFilterCount];
    QSet<QString> m_sampled;
    int m_pages = 0;
    int m_requested = 0;
    bool m_parallelProviders = false;
    bool m_split = false;
    // Streams that start or end at ids (known or sampled) rely on the server paging in id order:
    // checked on every page; if it does not, the listing starts again as one stream.
    bool m_idOrder = true;
    bool m_orderedSplit = false;
    quint64 m_generation = 0; // of the streams, bumped by a restart
    bool m_finished = false;
};

} // namespace astra
