// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselistjob.h"

#include "databasepagerequest.h"
#include "errormapping.h"
#include "logging.h"

#include "core/backgroundrelease.h"

#include <algorithm>
#include <utility>

namespace astra {

namespace {

// The values of the API's provider filter, besides ALL.
const QString &providerFilter(int index)
{
    static const QString values[] = {QStringLiteral("AWS"), QStringLiteral("GCP"),
                                     QStringLiteral("AZURE")};
    return values[index];
}
int providerFilterIndex(const QString &upperCaseProvider)
{
    for (int i = 0; i < DatabaseListJob::ProviderFilterCount; ++i) {
        if (upperCaseProvider == providerFilter(i))
            return i;
    }
    return -1;
}

} // namespace

DatabaseListJob::DatabaseListJob(ApiConnection connection, endpoints::DatabaseQuery query,
                                 QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_query(std::move(query))
{
    m_query.limit = qBound(1, m_query.limit, endpoints::MaxDatabasePageSize);
}

DatabaseListJob::~DatabaseListJob()
{
    abortRequests();
}

void DatabaseListJob::start()
{
    if (!m_streams.isEmpty() || m_finished)
        return;
    Stream first;
    first.query = m_query;
    m_streams.append(first);
    requestPage(0, QString());
}

void DatabaseListJob::abort()
{
    if (m_finished)
        return;
    abortRequests();
    Q_EMIT failed(cancelledError());
    finish();
}

void DatabaseListJob::abortRequests()
{
    for (int i = 0; i < m_streams.size(); ++i)
        stopStream(i);
}

void DatabaseListJob::stopStream(int stream)
{
    // Detach first: aborting emits failed(), which must not reach this job.
    const QMap<int, QPointer<DatabasePageRequest>> requests =
        std::exchange(m_streams[stream].requests, {});
    for (const QPointer<DatabasePageRequest> &request : requests) {
        if (!request)
            continue;
        request->disconnect(this);
        request->abort();
    }
    m_streams[stream].arrived.clear();
}

void DatabaseListJob::fail(const ApiError &error)
{
    if (m_finished)
        return;
    abortRequests(); // the other streams' pages are of no use now
    Q_EMIT failed(error);
    finish();
}

void DatabaseListJob::requestPage(int stream, const QString &startingAfter)
{
    Stream &s = m_streams[stream];
    const int sequence = s.nextSequence++;
    ++m_requested;
    s.lastCursor = startingAfter;
    if (!startingAfter.isEmpty() && !s.sample)
        m_cursors.insert(startingAfter);
    s.cursors.insert(sequence, startingAfter);
    auto *request = new DatabasePageRequest(m_connection, s.query, startingAfter, this);
    s.requests.insert(sequence, request);
    connect(request, &DatabasePageRequest::cursorKnown, this,
            [this, stream, sequence](int count, const QString &lastId) {
                onCursorKnown(stream, sequence, count, lastId);
            });
    connect(request, &DatabasePageRequest::received, this,
            [this, stream, sequence](const QList<Database> &page) {
                onOutcome(stream, sequence, Outcome{page, std::nullopt});
            });
    connect(request, &ApiRequest::retrying, this, &DatabaseListJob::retrying);
    connect(request, &ApiRequest::failed, this, [this, stream, sequence](const ApiError &error) {
        onOutcome(stream, sequence, Outcome{{}, error});
    });
    request->start();
}

void DatabaseListJob::onCursorKnown(int stream, int sequence, int count, const QString &lastId)
{
    if (!wantsNextPageEarly(stream, sequence, count, lastId))
        return;
    m_streams[stream].requestedAfter = sequence;
    requestPage(stream, lastId);
}

bool DatabaseListJob::wantsNextPageEarly(int stream, int sequence, int count,
                                         const QString &lastId) const
{
    // Ask for the next page now, while this one's databases are decoded on a worker thread, but
    // only when processing the page will surely ask for it too: a full page ending on an id never
    // seen (so it is not a repeat) and not the first page that may split the listing. Processing
    // checks again, in order, and drops the early request if it was not needed after all.
    const Stream &s = m_streams.at(stream);
    if (m_finished || s.done || count < m_query.limit || lastId.isEmpty() ||
        sequence != s.nextSequence - 1 || m_requested >= MaxPages)
        return false;
    if (s.sample)
        return sequence + 1 < MaxSamplePages && !m_sampled.contains(lastId);
    const bool mayStillSplit = m_parallelProviders && stream == 0 && sequence == 0 &&
                               m_query.provider.compare(u"ALL", Qt::CaseInsensitive) == 0;
    return !mayStillSplit && !m_seen.contains(lastId) && !m_cursors.contains(lastId);
}

void DatabaseListJob::onOutcome(int stream, int sequence, Outcome outcome)
{
    if (m_finished)
        return;
    Stream &s = m_streams[stream];
    s.requests.remove(sequence); // it deletes itself
    if (s.done)
        return; // an early request that processing has dropped
    s.arrived.insert(sequence, std::move(outcome));
    const quint64 generation = m_generation;
    while (!m_finished && generation == m_generation && !m_streams.at(stream).done &&
           m_streams.at(stream).arrived.contains(m_streams.at(stream).nextToProcess)) {
        Stream &current = m_streams[stream];
        const int next = current.nextToProcess++;
        const Outcome ready = current.arrived.take(next);
        const QString cursor = current.cursors.take(next);
        if (ready.error && current.sample) {
            // Split points are an optimisation: without them the provider's stream runs alone.
            qCInfo(lcApi) << "database paging: sampling terminated databases failed; no split";
            sampleDone(stream);
            return;
        }
        if (current.sample) {
            processSamplePage(stream, next, cursor, ready.databases);
            continue;
        }
        if (ready.error) {
            if (current.guessedStart && next == 0 &&
                ready.error->kind == ApiError::Kind::Rejected) {
                takeOver(stream);
                return;
            }
            fail(*ready.error);
            return;
        }
        processPage(stream, next, cursor, ready.databases);
    }
}

void DatabaseListJob::processPage(int stream, int sequence, const QString &cursor,
                                  const QList<Database> &page)
{
    const bool ordered = m_parallelProviders && inIdOrder(page, cursor);
    if (m_parallelProviders && !ordered) {
        // Streams that start and end at ids rely on the id order; the provider split does not.
        if (m_orderedSplit) {
            restartSequentially();
            return;
        }
        m_idOrder = false;
    }
    ++m_pages;
    int fresh = 0;
    for (const Database &db : page) {
        if (m_seen.contains(db.id))
            continue; // listed by the stream before, on the page where it reached its end
        m_seen.insert(db.id);
        m_databases.append(db);
        ++fresh;
    }
    Q_EMIT progress(m_pages, int(m_databases.size()));
    if (m_finished)
        return; // aborted from a progress handler

    Stream &current = m_streams[stream];
    if (!page.isEmpty())
        current.lastListed = page.last().id;
    // A stream that starts at an id ends on the page that passes the next stream's start id,
    // whether or not that database still exists (ids come in order).
    const bool reachedEnd =
        !current.stopAt.isEmpty() && !page.isEmpty() && page.last().id >= current.stopAt;
    const bool shortPage = page.size() < m_query.limit;
    // A page of ids after its cursor always moves on, even when the stream before listed all of
    // it: the next stream's first page can be the page on which the stream before ended. Only a
    // page out of order can repeat itself forever.
    const bool repeated = !ordered && !page.isEmpty() && fresh == 0;
    if (repeated && !shortPage) // a short one may end inside the page of the stream before
        qCWarning(lcApi) << "database paging: page" << m_pages
                         << "repeated ids already seen; stopping";
    if (m_pages >= MaxPages) {
        for (int i = 0; i < m_streams.size(); ++i)
            streamDone(i);
        return;
    }
    if (shortPage || repeated || reachedEnd) {
        current.endedBeforeTheEnd = !shortPage;
        streamDone(stream);
        return;
    }
    if (stream == 0 && m_pages == 1 && splitByProvider(page))
        return;
    if (m_streams.at(stream).requestedAfter >= sequence)
        return; // already on its way, with the same cursor: this page's last id
    // At once, not through a queued call: with several streams, another stream's reply would
    // otherwise be handled first and this stream's round trip would start that much later.
    // Replies always arrive through the event loop, so this cannot recurse.
    requestPage(stream, page.last().id);
}

bool DatabaseListJob::inIdOrder(const QList<Database> &page, const QString &cursor)
{
    QString previous = cursor;
    for (const Database &db : page) {
        if (!previous.isEmpty() && !(db.id > previous))
            return false;
        previous = db.id;
    }
    return true;
}

void DatabaseListJob::takeOver(int refused)
{
    // Its start id is gone: the stream before it covers its part too, by running on to its end,
    // or, when it already stopped at this stream's start, by a new stream after its last page.
    qCInfo(lcApi) << "database paging: a known id is gone; the stream before covers its part";
    const int before = m_streams.at(refused).previous;
    const QString end = m_streams.at(refused).stopAt;
    int taker = before;
    if (before >= 0 && !m_streams.at(before).done) {
        m_streams[before].stopAt = end;
    } else if (before >= 0 && m_streams.at(before).endedBeforeTheEnd) {
        Stream next;
        next.query = m_streams.at(before).query;
        next.provider = m_streams.at(before).provider;
        next.previous = before;
        next.stopAt = end;
        m_streams.append(next);
        taker = int(m_streams.size() - 1);
        requestPage(taker, m_streams.at(before).lastListed);
    }
    for (Stream &s : m_streams) {
        if (s.previous == refused)
            s.previous = taker;
    }
    streamDone(refused);
}

void DatabaseListJob::restartSequentially()
{
    qCWarning(lcApi) << "database paging: the server does not page in id order; listing again"
                        " in one stream";
    abortRequests();
    ++m_generation;
    m_streams.clear();
    m_databases.clear();
    m_seen.clear();
    m_cursors.clear();
    m_pages = 0;
    m_parallelProviders = false;
    m_split = false;
    m_orderedSplit = false;
    Stream first;
    first.query = m_query;
    m_streams.append(first);
    requestPage(0, QString());
}

bool DatabaseListJob::splitByProvider(const QList<Database> &firstPage)
{
    if (!m_parallelProviders || m_query.provider.compare(u"ALL", Qt::CaseInsensitive) != 0)
        return false;
    // Each provider's stream resumes after that provider's last database of the first page: the
    // filtered list is the full list's subsequence, so nothing before that cursor is missed.
    QString cursors[ProviderFilterCount];
    for (const Database &db : firstPage) {
        const int index = providerFilterIndex(db.primaryProviderText);
        const bool consistent =
            db.datacenters.isEmpty() || db.datacenters.constFirst().providerText.compare(
                                            db.primaryProviderText, Qt::CaseInsensitive) == 0;
        if (index < 0 || !consistent) {
            qCInfo(lcApi) << "database paging: a database outside AWS, GCP and Azure;"
                             " listing sequentially";
            return false;
        }
        cursors[index] = db.id;
        ++m_firstPageShare[index];
    }
    m_idOrder = m_idOrder && inIdOrder(firstPage, QString());
    m_split = true;
    stopStream(0);
    m_streams[0].done = true;
    // With known databases, about as many per stream everywhere, MaxStreams streams in all.
    const QString &firstPageEnd = firstPage.last().id;
    qsizetype knownAfter = 0;
    for (const Database &db : std::as_const(m_known))
        knownAfter += db.id > firstPageEnd;
    const int chunk =
        int(std::max<qsizetype>(2 * m_query.limit, (knownAfter + MaxStreams - 1) / MaxStreams));
    QList<QPair<int, QString>> starts; // stream, starting_after
    for (int i = 0; i < ProviderFilterCount; ++i) {
        const QStringList splits =
            m_idOrder ? knownSplitIds(providerFilter(i), firstPageEnd, chunk) : QStringList();
        m_orderedSplit = m_orderedSplit || !splits.isEmpty();
        for (qsizetype part = 0; part <= splits.size(); ++part) {
            Stream stream;
            stream.query = m_query;
            stream.query.provider = providerFilter(i);
            stream.guessedStart = part > 0;
            stream.stopAt = splits.value(part);
            stream.provider = i;
            stream.previous = part > 0 ? int(m_streams.size() - 1) : -1;
            m_streams.append(stream);
            if (part == 0)
                m_providerStream[i] = int(m_streams.size() - 1);
            starts.append(
                {int(m_streams.size() - 1), part == 0 ? cursors[i] : splits.at(part - 1)});
        }
    }
    if (starts.size() > ProviderFilterCount)
        qCDebug(lcApi) << "database paging:" << starts.size() << "streams from known ids";
    for (const auto &[stream, after] : std::as_const(starts)) {
        if (m_finished)
            break;
        requestPage(stream, after);
    }
    // Nothing known to split at: find split points (only for the default include value, whose
    // complement is the terminated databases).
    if (starts.size() == ProviderFilterCount && !m_finished && m_idOrder &&
        m_query.include.compare(u"nonterminated", Qt::CaseInsensitive) == 0)
        startSamples();
    return true;
}

int DatabaseListJob::streamsForProvider(int provider) const
{
    // The provider's share of the first page (100 databases) earns it a share of MaxStreams.
    const int firstPage = m_firstPageShare[0] + m_firstPageShare[1] + m_firstPageShare[2];
    if (firstPage == 0)
        return 1;
    return std::max(1, qRound(double(MaxStreams) * m_firstPageShare[provider] / firstPage));
}

void DatabaseListJob::startSamples()
{
    for (int i = 0; i < ProviderFilterCount; ++i) {
        if (streamsForProvider(i) < 2)
            continue; // it would stay one stream anyway
        Stream sample;
        sample.query = m_query;
        sample.query.include = QStringLiteral("terminated");
        sample.query.provider = providerFilter(i);
        sample.sample = true;
        sample.provider = i;
        m_streams.append(sample);
        requestPage(int(m_streams.size() - 1), QString());
        if (m_finished)
            return;
    }
}

void DatabaseListJob::processSamplePage(int stream, int sequence, const QString &cursor,
                                        const QList<Database> &page)
{
    const int provider = m_streams.at(stream).provider;
    if (!inIdOrder(page, cursor)) {
        m_idOrder = false; // split points between ids mean nothing then
        sampleDone(stream);
        return;
    }
    int fresh = 0;
    for (const Database &db : page) {
        if (m_sampled.contains(db.id))
            continue;
        m_sampled.insert(db.id);
        m_sampleIds[provider].append(db.id);
        ++fresh;
    }
    // A short page is the end; a repeat or the page budget ends the sample too.
    if (page.size() < m_query.limit || fresh == 0 || sequence + 1 >= MaxSamplePages ||
        m_requested >= MaxPages) {
        sampleDone(stream);
        return;
    }
    if (m_streams.at(stream).requestedAfter >= sequence)
        return; // already on its way
    requestPage(stream, page.last().id);
}

void DatabaseListJob::sampleDone(int stream)
{
    if (m_finished || m_streams.at(stream).done)
        return;
    stopStream(stream);
    m_streams[stream].done = true;
    splitAtSamples(m_streams.at(stream).provider);
}

void DatabaseListJob::splitAtSamples(int provider)
{
    // The provider's stream goes on up to the first split point; a new stream starts after each
    // split point and ends on the page that passes the next split point (processPage). A server
    // that refuses a sampled id as a cursor costs that stream: the one before covers its part.
    const int main = m_providerStream[provider];
    if (m_finished || !m_idOrder || main < 0 || m_streams.at(main).done ||
        !m_streams.at(main).stopAt.isEmpty())
        return;
    const int streams = streamsForProvider(provider);
    const QString after = m_streams.at(main).lastCursor;
    QStringList ids;
    for (const QString &id : std::as_const(m_sampleIds[provider])) {
        if (id > after)
            ids.append(id);
    }
    if (streams < 2 || ids.size() < 2 * streams)
        return; // too few to spread the streams over the provider's remaining ids
    std::sort(ids.begin(), ids.end());
    const qsizetype chunk = (ids.size() + streams - 1) / streams;
    QStringList splits;
    for (qsizetype i = chunk - 1; i + chunk / 2 < ids.size() && splits.size() < streams - 1;
         i += chunk)
        splits.append(ids.at(i));
    if (splits.isEmpty())
        return;
    m_streams[main].stopAt = splits.constFirst();
    m_orderedSplit = true;
    QList<QPair<int, QString>> starts;
    for (qsizetype part = 0; part < splits.size(); ++part) {
        Stream stream;
        stream.query = m_streams.at(main).query;
        stream.provider = provider;
        stream.guessedStart = true;
        stream.stopAt = splits.value(part + 1);
        stream.previous = part == 0 ? main : int(m_streams.size() - 1);
        m_streams.append(stream);
        starts.append({int(m_streams.size() - 1), splits.at(part)});
    }
    qCDebug(lcApi) << "database paging:" << splits.size() << "more" << providerFilter(provider)
                   << "streams at sampled ids";
    for (const auto &[stream, startAfter] : std::as_const(starts)) {
        if (m_finished)
            break;
        requestPage(stream, startAfter);
    }
}

QStringList DatabaseListJob::knownSplitIds(const QString &provider, const QString &after,
                                           int chunk) const
{
    // Every chunk-th known id of this provider after the first page, leaving the last stream
    // at least two pages: a stream begins after each of them.
    QStringList ids;
    for (const Database &db : std::as_const(m_known)) {
        if (db.id > after && db.primaryProviderText.compare(provider, Qt::CaseInsensitive) == 0)
            ids.append(db.id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList splits;
    for (qsizetype i = chunk - 1; i + 2 * m_query.limit < ids.size(); i += chunk)
        splits.append(ids.at(i));
    return splits;
}

void DatabaseListJob::streamDone(int stream)
{
    if (m_finished)
        return;
    stopStream(stream); // drops an early request for a page that is not needed after all
    m_streams[stream].done = true;
    for (const Stream &s : std::as_const(m_streams)) {
        if (!s.done && !s.sample)
            return;
    }
    for (int i = 0; i < m_streams.size(); ++i) {
        if (m_streams.at(i).sample && !m_streams.at(i).done) {
            stopStream(i); // the listing is complete without its split points
            m_streams[i].done = true;
        }
    }
    if (m_split) {
        // One order whatever the streams' timing: the order starting_after pages in.
        std::sort(m_databases.begin(), m_databases.end(),
                  [](const Database &a, const Database &b) { return a.id < b.id; });
    }
    Q_EMIT received(m_databases);
    finish();
}

void DatabaseListJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    // Ids of 10,000 databases and the listing's copies: freed off the GUI thread, as the window
    // frees the data a refresh replaces.
    releaseInBackground(std::exchange(m_seen, {}));
    releaseInBackground(std::exchange(m_databases, {}));
    releaseInBackground(std::exchange(m_known, {}));
    deleteLater();
}

} // namespace astra
