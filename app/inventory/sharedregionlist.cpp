// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedregionlist.h"

#include "api/regionsrequest.h"

namespace astra {

SharedRegionList::SharedRegionList(QObject *parent)
    : QObject(parent)
{}

SharedRegionList::~SharedRegionList()
{
    for (const QPointer<QObject> &request : std::as_const(m_requests)) {
        if (auto *r = qobject_cast<ApiRequest *>(request.data())) {
            r->disconnect(this);
            r->abort();
        }
    }
}

void SharedRegionList::fetch(const ApiConnection &connection, QObject *context, Done done)
{
    const QString address = connection.baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
    Entry &entry = m_entries[address];
    if (entry.regions) {
        QMetaObject::invokeMethod(
            context, [done, regions = entry.regions] { done(regions); }, Qt::QueuedConnection);
        return;
    }
    entry.waiters.append({context, std::move(done)});
    if (entry.inFlight)
        return;
    entry.inFlight = true;
    auto *request = new RegionsRequest(connection, this);
    m_requests.append(request);
    connect(request, &RegionsRequest::received, this,
            [this, address](const QList<ServerlessRegion> &regions) {
                m_entries[address].regions = regions;
            });
    connect(request, &ApiRequest::finished, this, [this, address] {
        Entry &e = m_entries[address];
        e.inFlight = false;
        const QList<Waiter> waiters = std::exchange(e.waiters, {});
        const std::optional<QList<ServerlessRegion>> regions = e.regions;
        for (const Waiter &waiter : waiters) {
            if (waiter.context)
                waiter.done(regions);
        }
    });
    request->start();
}

} // namespace astra
