// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soaktally.h"

#include "rss.h"
#include "soakoptions.h"

#include <QTextStream>

#include <algorithm>

namespace astra::soak {

namespace {

constexpr int ProblemsShown = 40;
const QList<Outcome> AllOutcomes{Outcome::Data, Outcome::DataIncomplete, Outcome::Partial,
                                 Outcome::Error};

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("?") : QString::number(double(kib) / 1024.0, 'f', 1);
}

QString outcomeCells(const QMap<Outcome, int> &outcomes)
{
    QStringList cells;
    for (const Outcome outcome : AllOutcomes)
        cells.append(QString::number(outcomes.value(outcome)));
    return cells.join(QStringLiteral(" | "));
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Data:
        return QStringLiteral("data");
    case Outcome::DataIncomplete:
        return QStringLiteral("data, incomplete");
    case Outcome::Partial:
        return QStringLiteral("partial");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

void SoakTally::addProblem(int iteration, const QString &what)
{
    problems.append(QStringLiteral("iteration %1: %2").arg(iteration).arg(what));
}

double SoakTally::rssGrowthMb() const
{
    if (rssWarmKib < 0 || rssEndKib < 0)
        return 0.0;
    return double(rssEndKib - rssWarmKib) / 1024.0;
}

bool SoakTally::rssGrowthOk(double limitMb) const
{
    return rssWarmKib >= 0 && rssEndKib >= 0 && rssGrowthMb() < limitMb;
}

bool SoakTally::passed(double rssLimitMb) const
{
    return hangs == 0 && lostData == 0 && wrongData == 0 && unclearErrors == 0 &&
           missingOutcomes == 0 && rssGrowthOk(rssLimitMb);
}

qint64 SoakTally::maxIterationMs() const
{
    return iterationMs.isEmpty() ? 0 : *std::max_element(iterationMs.cbegin(), iterationMs.cend());
}

qint64 SoakTally::percentileMs(double p) const
{
    if (iterationMs.isEmpty())
        return 0;
    QList<qint64> sorted = iterationMs;
    std::sort(sorted.begin(), sorted.end());
    const auto index = qsizetype(p * double(sorted.size() - 1) + 0.5);
    return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
}

void printSummary(const SoakTally &tally, const SoakOptions &options, QTextStream &out)
{
    out << "\n## Fault soak: seed " << options.seed << ", " << tally.iterations << " of "
        << options.iterations << " iterations\n\n";
    out << "| figure | value |\n|---|---|\n";
    out << "| iterations (refreshes + organization switches) | " << tally.iterations << " ("
        << tally.refreshes << " + " << tally.switches << ") |\n";
    out << "| requests answered, with a fault | " << tally.requests << ", " << tally.faultedRequests
        << " (p = " << options.faultProbability << " per request) |\n";
    for (const Outcome outcome : AllOutcomes)
        out << "| ended in " << outcomeName(outcome) << " | " << tally.outcomes.value(outcome)
            << " |\n";
    out << "| time per iteration: median, p95, max (deadline) | " << tally.percentileMs(0.5)
        << " ms, " << tally.percentileMs(0.95) << " ms, " << tally.maxIterationMs()
        << " ms at iteration " << tally.slowestIteration << " (" << tally.deadlineMs << " ms) |\n";
    const QString measure = QString::fromLatin1(residentMeasureName());
    out << "| " << measure << " after the first load, after " << tally.warmupIterations
        << " warm-up iterations, at the end, peak (MiB) | " << mib(tally.rssFirstLoadKib) << ", "
        << mib(tally.rssWarmKib) << ", " << mib(tally.rssEndKib) << ", " << mib(tally.rssMaxKib)
        << " |\n";
    out << "| " << measure << " growth after the warm-up (limit " << options.rssLimitMb
        << " MiB) | " << QString::number(tally.rssGrowthMb(), 'f', 2) << " MiB |\n";
    QStringList trace;
    for (const qint64 kib : tally.rssTraceKib)
        trace.append(mib(kib));
    out << "| " << measure << " every tenth of the run (MiB) | " << trace.join(QStringLiteral(", "))
        << " |\n";
    out << "| hangs, lost data, wrong data, unclear errors, missing outcomes | " << tally.hangs
        << ", " << tally.lostData << ", " << tally.wrongData << ", " << tally.unclearErrors << ", "
        << tally.missingOutcomes << " |\n";
    out << "| failed switch back: earlier data not shown (counted as lost data) | "
        << tally.droppedOnSwitch << " |\n";
    out << "| data without a banner but fewer databases (observation) | " << tally.databasesShort
        << " |\n";
    out << "| wall time | " << QString::number(double(tally.wallMs) / 1000.0, 'f', 1) << " s |\n";
    out << "| seed, timeout, organizations | " << options.seed << ", " << options.transferTimeoutMs
        << " ms, " << options.organizations << " |\n";

    out << "\n| fault | injected | iterations | data | data, incomplete | partial | error |\n";
    out << "|---|---|---|---|---|---|---|\n";
    for (auto it = tally.kinds.cbegin(); it != tally.kinds.cend(); ++it)
        out << "| `" << it.key() << "` | " << it->injected << " | " << it->iterations << " | "
            << outcomeCells(it->outcomes) << " |\n";

    if (!tally.warnings.isEmpty()) {
        out << "\nWarnings logged, per category:";
        for (auto it = tally.warnings.cbegin(); it != tally.warnings.cend(); ++it)
            out << " " << it.key() << " " << it.value() << ";";
        out << "\n";
    }
    if (!tally.problems.isEmpty()) {
        out << "\nProblems (seed " << options.seed << "):\n";
        for (qsizetype i = 0; i < tally.problems.size() && i < ProblemsShown; ++i)
            out << "- " << tally.problems.at(i) << "\n";
        if (tally.problems.size() > ProblemsShown)
            out << "- ... and " << (tally.problems.size() - ProblemsShown) << " more\n";
    }
    out << "\nResult: " << (tally.passed(options.rssLimitMb) ? "PASS" : "FAIL") << "\n";
    out.flush();
}

} // namespace astra::soak
