// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace astra::soak {

// Ends the process with exit code 3 when the main thread stops beating for longer than the limit:
// a hang that blocks the event loop, which no QSignalSpy::wait in that same thread could see.
class Watchdog
{
public:
    Watchdog(int limitMs, unsigned seed);
    ~Watchdog();

    void beat(int iteration);

private:
    void watch();

    const int m_limitMs;
    const unsigned m_seed;
    std::atomic<long long> m_lastBeatMs;
    std::atomic<int> m_iteration{0};
    std::mutex m_mutex;
    std::condition_variable m_stop;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace astra::soak
