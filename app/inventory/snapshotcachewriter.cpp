// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcachewriter.h"

namespace astra {

SnapshotCacheWriter::SnapshotCacheWriter(SnapshotCache cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
    m_pool.setMaxThreadCount(1);
    // Keep the thread between saves of one refresh, let it go when idle for long.
    m_pool.setExpiryTimeout(60000);
}

SnapshotCacheWriter::~SnapshotCacheWriter()
{
    // Before members go: a running save posts its outcome to this object.
    m_pool.waitForDone();
}

void SnapshotCacheWriter::save(const OrganizationSnapshot &snapshot)
{
    const SnapshotCache cache = m_cache;
    m_pool.start([this, cache, snapshot] {
        QString error;
        const bool ok = cache.save(snapshot, &error);
        const QString organizationId = snapshot.organization.id;
        // Queued to this object's thread; the destructor waits for this task, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, organizationId] {
                if (ok)
                    Q_EMIT saved(organizationId);
                else
                    Q_EMIT failed(error);
            },
            Qt::QueuedConnection);
    });
}

void SnapshotCacheWriter::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace astra
