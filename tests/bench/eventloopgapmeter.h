// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace astra::bench {

// The longest time the event loop did not come round, measured as the largest interval between
// ticks of a 1 ms precise timer: a handler that runs for 80 ms shows as an 80 ms gap, which is
// what a user sees as a frozen window. (A 0 ms timer would measure the same but spin a core that
// the 2-core machine needs for the simulator.)
class EventLoopGapMeter : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopGapMeter(QObject *parent = nullptr);
    void start();
    void stop();
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    // When the longest gap ended, in milliseconds since start(): tells which phase caused it.
    double maxGapEndMs() const { return double(m_maxGapEndNs) / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapEndNs = 0;
};

} // namespace astra::bench
