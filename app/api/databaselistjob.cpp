// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselistjob.h"

#include "databasepagerequest.h"
#include "errormapping.h"
#include "logging.h"

#include <algorithm>

namespace astra {

namespace {

// The values of the API's provider filter, besides ALL.
const QString &providerFilter(int index)
{
    static const QString values[] = {QStringLiteral("AWS"), QStringLiteral("GCP"),
                                     QStringLiteral("AZURE")};
    return values[index];
}
constexpr int ProviderFilterCount = 3;

int providerFilterIndex(const QString &upperCaseProvider)
{
    for (int i = 0; i < ProviderFilterCount; ++i) {
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
    m_streams.append(Stream{m_query, {}, false});
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
    for (Stream &stream : m_streams) {
        if (!stream.request)
            continue;
        stream.request->disconnect(this);
        stream.request->abort();
        stream.request = nullptr;
    }
}

void DatabaseListJob::requestPage(int stream, const QString &startingAfter)
{
    auto *request =
        new DatabasePageRequest(m_connection, m_streams.at(stream).query, startingAfter, this);
    m_streams[stream].request = request;
    connect(request, &DatabasePageRequest::received, this,
            [this, stream](const QList<Database> &page) { onPage(stream, page); });
    connect(request, &ApiRequest::retrying, this, &DatabaseListJob::retrying);
    connect(request, &ApiRequest::failed, this, [this, stream](const ApiError &error) {
        m_streams[stream].request = nullptr; // it deletes itself
        abortRequests();                     // the other streams' pages are of no use now
        Q_EMIT failed(error);
        finish();
    });
    request->start();
}

void DatabaseListJob::onPage(int stream, const QList<Database> &page)
{
    m_streams[stream].request = nullptr; // it deletes itself
    ++m_pages;
    int fresh = 0;
    for (const Database &db : page) {
        if (m_seen.contains(db.id))
            continue;
        m_seen.insert(db.id);
        m_databases.append(db);
        ++fresh;
    }
    Q_EMIT progress(m_pages, int(m_databases.size()));
    if (m_finished)
        return; // aborted from a progress handler

    const bool shortPage = page.size() < m_query.limit;
    const bool repeated = !page.isEmpty() && fresh == 0;
    if (repeated)
        qCWarning(lcApi) << "database paging: page" << m_pages
                         << "repeated ids already seen; stopping";
    if (m_pages >= MaxPages) {
        for (int i = 0; i < m_streams.size(); ++i)
            streamDone(i);
        return;
    }
    if (shortPage || repeated) {
        streamDone(stream);
        return;
    }
    if (stream == 0 && m_pages == 1 && splitByProvider(page))
        return;
    // At once, not through a queued call: with several streams, another stream's reply would
    // otherwise be decoded first and this stream's round trip would start that much later.
    // Replies always arrive through the event loop, so this cannot recurse.
    requestPage(stream, page.last().id);
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
    }
    m_split = true;
    m_streams[0].done = true;
    for (int i = 0; i < ProviderFilterCount; ++i) {
        Stream stream;
        stream.query = m_query;
        stream.query.provider = providerFilter(i);
        m_streams.append(stream);
    }
    for (int i = 0; i < ProviderFilterCount && !m_finished; ++i)
        requestPage(1 + i, cursors[i]);
    return true;
}

void DatabaseListJob::streamDone(int stream)
{
    if (m_finished)
        return;
    m_streams[stream].done = true;
    for (const Stream &s : std::as_const(m_streams)) {
        if (!s.done)
            return;
    }
    abortRequests(); // only after MaxPages: a stream may still have a page in flight
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
    deleteLater();
}

} // namespace astra
