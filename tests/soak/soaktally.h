// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QTextStream;

namespace astra::soak {

struct SoakOptions;

// How an iteration ended, as the window showed it.
enum class Outcome {
    Data,           // every selected organization loaded; no banner
    DataIncomplete, // loaded, with the "Key status may be incomplete" banner (databases failed)
    Partial,        // "All organizations": some loaded, some failed
    Error,          // every selected organization failed: the banner, the last good data kept
};

// Per fault kind (the simulator's fault name, e.g. "503", "truncate", "delay=300").
struct KindTally
{
    int injected = 0;   // requests answered with it
    int iterations = 0; // iterations in which it was injected at least once
    QMap<Outcome, int> outcomes;
};

// Everything a soak run counts; printed as the summary table.
struct SoakTally
{
    int iterations = 0;
    int refreshes = 0;
    int switches = 0;
    int requests = 0;
    int faultedRequests = 0;
    QMap<Outcome, int> outcomes;
    QMap<QString, KindTally> kinds;
    QList<qint64> iterationMs;
    qint64 deadlineMs = 0;
    int slowestIteration = -1;
    qint64 wallMs = 0;
    qint64 rssFirstLoadKib = -1; // after the good data was loaded once
    qint64 rssWarmKib = -1;      // after the warm-up: the base of the growth
    qint64 rssEndKib = -1;
    qint64 rssMaxKib = -1;
    QList<qint64> rssTraceKib; // every tenth of the run: a leak climbs, a warm heap levels off
    int warmupIterations = 0;

    // Failures: each fails the run.
    int hangs = 0;           // no end within the deadline
    int lostData = 0;        // a failed refresh took rows of the last good data away
    int wrongData = 0;       // rows that are not the simulator's data of the shown organizations
    int unclearErrors = 0;   // a failure not shown in the banner, or a token in it
    int missingOutcomes = 0; // a selected organization ended with neither data nor error
    // Observations: reported, not failures (docs/reliability.md says why).
    int droppedOnSwitch = 0;     // a failed switch back to an organization shows none of its
                                 // earlier data (the window clears its snapshots on a switch)
    int databasesShort = 0;      // data without a banner, fewer databases than the simulator has
    QStringList problems;        // one line each, with the iteration: the first ones are printed
    QMap<QString, int> warnings; // qWarning and worse, per logging category

    void addProblem(int iteration, const QString &what);
    bool rssGrowthOk(double limitMb) const;
    double rssGrowthMb() const;
    bool passed(double rssLimitMb) const;
    qint64 maxIterationMs() const;
    qint64 percentileMs(double p) const;
};

QString outcomeName(Outcome outcome);
void printSummary(const SoakTally &tally, const SoakOptions &options, QTextStream &out);

} // namespace astra::soak
