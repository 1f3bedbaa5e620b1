// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationsnapshot.h"
#include "snapshotcache.h"

#include <QObject>
#include <QThreadPool>

namespace astra {

// Saves snapshots to a SnapshotCache on a worker thread: writing 10,000 databases takes about
// 300 ms, which on the GUI thread would freeze the window at the end of every refresh
// (docs/performance.md). One thread, so saves land in the order they were asked for and the
// newest snapshot of an organization is the one left on disk. The destructor waits for the saves
// under way, so quitting right after a refresh still leaves it cached.
class SnapshotCacheWriter : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotCacheWriter(SnapshotCache cache = SnapshotCache(), QObject *parent = nullptr);
    ~SnapshotCacheWriter() override;

    // Copies the snapshot (implicitly shared: cheap) and returns at once.
    void save(const OrganizationSnapshot &snapshot);
    // Blocks until every save asked for so far is on disk (tests, shutdown).
    void waitForDone();

Q_SIGNALS:
    // A save failed; error is SnapshotCache::save's translated sentence. On this object's thread.
    void failed(const QString &error);
    void saved(const QString &organizationId);

private:
    SnapshotCache m_cache;
    QThreadPool m_pool;
};

} // namespace astra
