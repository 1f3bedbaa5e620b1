// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

namespace astra::bench {

ChildOutcome runChild(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs)
{
    ChildOutcome outcome;
    std::vector<QByteArray> argStorage;
    argStorage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        argStorage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString &e : environment.toStringList())
        envStorage.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), envp.data()) != 0)
        return outcome;
    outcome.started = true;

    // A blocking wait4 costs the measured child no CPU; a watchdog thread enforces the timeout.
    std::mutex mutex;
    std::condition_variable reaped;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!reaped.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return done; }))
            kill(pid, SIGKILL);
    });
    int status = 0;
    rusage usage{};
    pid_t result = 0;
    do {
        result = wait4(pid, &status, 0, &usage);
    } while (result < 0 && errno == EINTR);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    reaped.notify_one();
    watchdog.join();
    if (result != pid)
        return outcome;
    outcome.wallMs = double(clock.nsecsElapsed()) / 1e6;
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    outcome.peakRssKiB = usage.ru_maxrss; // Linux reports KiB
    return outcome;
}

qint64 ownPeakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace astra::bench
