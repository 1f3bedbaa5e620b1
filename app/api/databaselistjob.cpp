// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselistjob.h"

#include "databasepagerequest.h"
#include "errormapping.h"
#include "logging.h"

namespace astra {

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
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
}

void DatabaseListJob::start()
{
    if (m_pages == 0 && !m_request && !m_finished)
        requestPage(QString());
}

void DatabaseListJob::abort()
{
    if (m_finished)
        return;
    if (m_request) {
        m_request->abort(); // its failed(Cancelled) ends this job
        return;
    }
    Q_EMIT failed(cancelledError());
    finish();
}

void DatabaseListJob::requestPage(const QString &startingAfter)
{
    auto *request = new DatabasePageRequest(m_connection, m_query, startingAfter, this);
    m_request = request;
    connect(request, &DatabasePageRequest::received, this, &DatabaseListJob::onPage);
    connect(request, &ApiRequest::retrying, this, &DatabaseListJob::retrying);
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        Q_EMIT failed(error);
        finish();
    });
    request->start();
}

void DatabaseListJob::onPage(const QList<Database> &page)
{
    m_request = nullptr; // it deletes itself
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

    const bool shortPage = page.size() < m_query.limit;
    const bool repeated = !page.isEmpty() && fresh == 0;
    if (repeated)
        qCWarning(lcApi) << "database paging: page" << m_pages
                         << "repeated ids already seen; stopping";
    if (shortPage || repeated || m_pages >= MaxPages) {
        Q_EMIT received(m_databases);
        finish();
        return;
    }
    // Defer to the event loop so a long listing never recurses through signal handlers.
    const QString cursor = page.last().id;
    QMetaObject::invokeMethod(
        this,
        [this, cursor] {
            if (!m_finished)
                requestPage(cursor);
        },
        Qt::QueuedConnection);
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
