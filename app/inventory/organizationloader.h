// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationsnapshot.h"

#include "api/apiconnection.h"
#include "api/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace astra {

// Loads one organization's key page: its identity, both kinds of keys, every database (paged)
// and the region names, all at once over one connection. Keys are the page: if they fail, the
// load fails. Databases and region names are enrichment: if they fail, the snapshot says so.
// abort() cancels everything in flight; nothing is emitted after it. Deletes itself when done.
class SharedRegionList;

class OrganizationLoader : public QObject
{
    Q_OBJECT
public:
    explicit OrganizationLoader(ApiConnection connection, QObject *parent = nullptr);
    ~OrganizationLoader() override;

    // Before start(): take the region names from a list shared by the organizations of one
    // refresh instead of asking for them again. If the shared request fails, this loader asks
    // with its own token, as without sharing.
    void setSharedRegions(SharedRegionList *shared);
    // Before start(): the databases of an earlier load of this organization, so the listing can
    // run as more streams at once (DatabaseListJob::setKnownDatabases).
    void setKnownDatabases(const QList<Database> &databases) { m_knownDatabases = databases; }

    void start();
    void abort();

Q_SIGNALS:
    // Translated, for the status bar: "Loading databases, page 3".
    void progress(const QString &text);
    void retrying(int nextAttempt, int delayMs, const astra::ApiError &reason);
    void loaded(const astra::OrganizationSnapshot &snapshot);
    void failed(const astra::ApiError &error);
    void finished();

private:
    void track(QObject *job);
    void requestRegions();
    void partDone();
    void failWith(const ApiError &error);
    void cancelAll();
    void finish();

    ApiConnection m_connection;
    OrganizationSnapshot m_snapshot;
    QList<QPointer<QObject>> m_jobs;
    QPointer<SharedRegionList> m_sharedRegions;
    QList<Database> m_knownDatabases;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace astra
