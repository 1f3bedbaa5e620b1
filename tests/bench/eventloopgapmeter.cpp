// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopgapmeter.h"

#include <algorithm>

namespace astra::bench {

EventLoopGapMeter::EventLoopGapMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopGapMeter::tick);
}

void EventLoopGapMeter::start()
{
    m_maxGapNs = 0;
    m_maxGapEndNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void EventLoopGapMeter::stop()
{
    tick(); // the time since the last tick counts too
    m_timer.stop();
}

void EventLoopGapMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (now - m_lastNs > m_maxGapNs) {
        m_maxGapNs = now - m_lastNs;
        m_maxGapEndNs = now;
    }
    m_lastNs = now;
}

} // namespace astra::bench
