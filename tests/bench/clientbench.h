// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/organizationsnapshot.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace astra {
class KeyTableModel;
}

namespace astra::bench {

struct Credentials
{
    QUrl baseUrl;
    QString token;
};

// One timed run of the real client. Each run has its own QNetworkAccessManager, so no run
// inherits another's open connections (the peers start cold too).
struct ClientRun
{
    bool ok = false;
    double ms = 0;
    int requests = 0;              // replies the network manager finished, retries included
    double maxGapMs = 0;           // the longest event-loop gap during the run
    double maxGapEndMs = 0;        // when it ended, since the run started
    double lastPageToLoadedMs = 0; // from the last page's arrival to the loaded snapshot
    double modelMs = 0;            // the window's part: setSnapshots
    int databases = 0;
    QString error;
};

// DatabaseListJob alone, one stream or one per provider after the first page.
// known: an earlier listing, to split the streams further at its ids (setKnownDatabases).
ClientRun listDatabases(const Credentials &credentials, bool parallelProviders,
                        QList<Database> *databases = nullptr, const QList<Database> &known = {});

// OrganizationLoader as the window runs it, then what the window does with the snapshot: the
// model's setSnapshots (which derives key usage). The gap meter runs throughout.
// known: the databases of the previous refresh or the cache, as the window passes them.
ClientRun refreshOrganization(const Credentials &credentials, KeyTableModel *model,
                              OrganizationSnapshot *snapshot = nullptr,
                              const QList<Database> &known = {});

// Every organization, at most `concurrency` loaders at once over one network manager (as the
// application shares one), then one setSnapshots with all of them: the "all organizations" view.
ClientRun refreshAll(const QList<Credentials> &organizations, int concurrency,
                     KeyTableModel *model);

// The raw body of the first page of databases (limit 100), to time decoding apart from the network.
QByteArray fetchFirstPage(const Credentials &credentials);

} // namespace astra::bench
