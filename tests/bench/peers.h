// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace astra::bench {

// One timed listing of the large organization's databases by a peer.
struct PeerRun
{
    bool ok = false;
    double ms = 0;
    int requests = 0;
    int databases = 0;
    int connections = 0; // TCP connections opened, where the peer can say
    QString error;
};

// The floor for any sequential pager: one curl process fetches every page over one keep-alive
// connection, given the cursors in advance (a real pager learns each cursor from the page before,
// so it can only be slower). The time is the sum of curl's own per-transfer times, which leaves
// out curl's start-up: the strictest floor we can draw. The token travels in curl's config on
// standard input, never on its command line.
PeerRun curlFloor(const QUrl &baseUrl, const QString &token, const QStringList &cursors);

// What an administrator would script: a bash loop that runs curl once per page and jq to find
// the next cursor (tests/bench/curl-loop.sh). A new process and connection per page.
PeerRun curlLoop(const QUrl &baseUrl, const QString &token, const QString &scriptsDir);

// @datastax/astra-db-ts's AstraAdmin.listDatabases({limit: 100, startingAfter}) in a loop
// (tests/bench/astra-db-ts-pager.cjs), timed inside node so node's start-up is left out.
PeerRun astraDbTs(const QUrl &baseUrl, const QString &token, const QString &nodeDir,
                  const QString &scriptsDir);

} // namespace astra::bench
