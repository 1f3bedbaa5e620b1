// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchdog.h"

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace astra::soak {

namespace {

long long nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

Watchdog::Watchdog(int limitMs, unsigned seed)
    : m_limitMs(limitMs)
    , m_seed(seed)
    , m_lastBeatMs(nowMs())
    , m_thread([this] { watch(); })
{}

Watchdog::~Watchdog()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_stop.notify_all();
    m_thread.join();
}

void Watchdog::beat(int iteration)
{
    m_iteration = iteration;
    m_lastBeatMs = nowMs();
}

void Watchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_stopping; })) {
        const long long silentMs = nowMs() - m_lastBeatMs;
        if (silentMs <= m_limitMs)
            continue;
        // Async-signal-safe enough for a process that is about to end: no Qt, no allocation.
        std::fprintf(stderr,
                     "astra-soak: HANG: the event loop did not come back for %lld ms at iteration "
                     "%d (seed %u)\n",
                     silentMs, m_iteration.load(), m_seed);
        std::fflush(stderr);
        _exit(3);
    }
}

} // namespace astra::soak
