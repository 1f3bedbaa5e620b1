// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace astra::bench {

struct BenchOptions
{
    int organizations = 50;
    int keys = 1000;
    int databases = 10000; // in the first organization
    int runs = 5;
    QList<int> latenciesMs{0, 25};
    // Organizations refreshed at once in "all organizations". 2 measured best at 25 ms: more
    // loaders queue their requests ahead of the large organization's page streams on the
    // network manager's 6 connections per host, and that organization is the critical path.
    int concurrency = 2;
    bool peers = true;
    bool appStart = true;
    QString simProgram;
    QString appProgram;
    QString scriptsDir;
    QString nodeDir; // a folder whose node_modules holds @datastax/astra-db-ts
    QString markdownPath;

    QString generateSpec() const;
};

// --quick (200 databases, 1 run, no peers, 0 ms), --runs N, --databases N, --latency 0,25,
// --concurrency N, --no-peers, --no-app-start, --node-dir DIR, --markdown FILE, --sim, --app.
// Returns false with *error on a usage error.
bool parseBenchOptions(const QStringList &arguments, BenchOptions *options, QString *error);

} // namespace astra::bench
