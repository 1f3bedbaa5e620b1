// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace astra::bench {

struct ChildOutcome
{
    bool started = false;
    int exitCode = -1;     // -1 when it did not exit normally
    double wallMs = 0;     // from just before the spawn to the reaping
    qint64 peakRssKiB = 0; // the child's own VmHWM, sampled while it runs
    QByteArray errorTail;  // timeChildUntilLine: the end of what it wrote, for a failure message
};

// Runs a program to completion with posix_spawn + wait4, which (unlike QProcess) reports the
// child's own peak resident set size. Blocks: only for children that talk to another process.
ChildOutcome runChild(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs);

// Starts a program and times how long until a line containing marker appears on its standard
// error, then kills it (the application keeps running after its first content). wallMs is that
// time; exitCode stays -1. started is false, or wallMs 0, when it could not be timed.
ChildOutcome timeChildUntilLine(const QString &program, const QStringList &arguments,
                                const QProcessEnvironment &environment, const QByteArray &marker,
                                int timeoutMs);

// This process's peak resident set size (VmHWM in /proc/self/status), in KiB.
qint64 ownPeakRssKiB();

} // namespace astra::bench
