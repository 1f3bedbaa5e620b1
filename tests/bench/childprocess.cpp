// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace astra::bench {

namespace {

// The null-terminated char * array posix_spawn takes, owning the strings it points to.
class CStringArray
{
public:
    explicit CStringArray(const QStringList &items)
    {
        m_strings.reserve(size_t(items.size()));
        for (const QString &item : items)
            m_strings.push_back(item.toLocal8Bit());
        for (QByteArray &string : m_strings)
            m_pointers.push_back(string.data());
        m_pointers.push_back(nullptr);
    }
    char *front() const { return m_pointers.front(); }
    char *const *data() const { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_strings;
    std::vector<char *> m_pointers;
};

// VmHWM of a running process, in KiB; 0 once it has exited.
qint64 peakRssKiBOf(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

ChildOutcome runChild(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs)
{
    ChildOutcome outcome;
    CStringArray argv(QStringList{program} + arguments);
    CStringArray envp(environment.toStringList());

    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), envp.data()) != 0)
        return outcome;
    outcome.started = true;

    // A blocking wait4 costs the measured child no CPU; a watchdog thread enforces the timeout
    // and samples the child's own peak RSS. wait4's ru_maxrss cannot be used: posix_spawn
    // shares this process's memory until the exec, and Linux carries that memory's high-water
    // mark into the child's ru_maxrss, so it reported this benchmark's size, not the child's.
    std::mutex mutex;
    std::condition_variable reaped;
    bool done = false;
    qint64 sampledPeakKiB = 0;
    std::thread watchdog([&] {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        std::unique_lock lock(mutex);
        while (!done) {
            sampledPeakKiB = std::max(sampledPeakKiB, peakRssKiBOf(pid));
            if (std::chrono::steady_clock::now() >= deadline) {
                kill(pid, SIGKILL);
                break;
            }
            reaped.wait_for(lock, std::chrono::milliseconds(5), [&] { return done; });
        }
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
    // VmHWM is the high-water mark of the child's own memory since its exec: sampled every
    // 5 ms, it misses at most a peak in the last milliseconds before exit.
    outcome.peakRssKiB = sampledPeakKiB;
    return outcome;
}

ChildOutcome timeChildUntilLine(const QString &program, const QStringList &arguments,
                                const QProcessEnvironment &environment, const QByteArray &marker,
                                int timeoutMs)
{
    ChildOutcome outcome;
    CStringArray argv(QStringList{program} + arguments);
    CStringArray envp(environment.toStringList());

    int fds[2];
    if (pipe(fds) != 0)
        return outcome;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        return outcome;
    }
    outcome.started = true;

    // A watchdog ends a child that never writes the line; reading then sees end of file.
    std::mutex mutex;
    std::condition_variable stop;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!stop.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return done; }))
            kill(pid, SIGKILL);
    });
    QByteArray seen;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        seen.append(buffer, n);
        if (seen.contains(marker)) {
            outcome.wallMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    outcome.errorTail = seen.right(2000);
    kill(pid, SIGKILL);
    close(fds[0]);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    stop.notify_one();
    watchdog.join();
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
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
