// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace astra::soak {

// What one soak run does (docs/reliability.md, "Fault soak").
struct SoakOptions
{
    int iterations = 500;           // refreshes and organization switches, alternately
    quint32 seed = 1;               // faults and switch targets; the same seed gives the same run
    double faultProbability = 0.15; // per request
    int transferTimeoutMs = 2000;   // the client's timeout without progress (stall)
    int latencyMs = 2;
    int organizations = 8;    // generated: three of four in an enterprise
    int keys = 40;            // in all, over the organizations
    int databases = 60;       // in the first organization: three pages of 25
    int warmupIterations = 0; // 0: a tenth of the run, at least 5
    double rssLimitMb = 10.0; // growth from the end of the warm-up to the end, MiB
    QStringList faultKinds;   // every kind the simulator offers, by default

    int warmup() const;
    QString faultSpec() const; // for Simulator::setFaults
    static QStringList allFaultKinds();
};

// --iterations N, --seed S, --probability P, --timeout MS, --latency MS, --organizations N,
// --warmup N, --rss-limit MB, --kinds a|b|c. Qt's own options (--platform
// offscreen) are left to QApplication. Returns false with *error on a usage error.
bool parseSoakOptions(const QStringList &arguments, SoakOptions *options, QString *error);

} // namespace astra::soak
