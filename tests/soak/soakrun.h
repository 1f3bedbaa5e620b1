// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soakoptions.h"
#include "soaktally.h"

#include "api/apierror.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace astra {
class InventoryService;
class MainWindow;
namespace sim {
struct RequestLogEntry;
}
} // namespace astra

namespace astra::soak {

class SoakEnvironment;
class Watchdog;

// Drives the real window: the good data once, then faults on, then refreshes and organization
// switches in turn. After each, waits for the load to end and checks what the window shows
// against what it must show (docs/reliability.md, "Fault soak").
class SoakRun : public QObject
{
    Q_OBJECT
public:
    SoakRun(const SoakOptions &options, SoakEnvironment &environment, InventoryService &inventory,
            MainWindow &window);
    ~SoakRun() override;

    // Shows the window and waits for its first load, without faults: it must show the data.
    bool loadGoodDataOnce(QString *error);
    // The iterations; false if the run had to stop (a hang). The tally has the figures.
    bool run();
    SoakTally &tally() { return m_tally; }
    // Time one iteration may take: every request of the longest chain, retried to the end.
    qint64 deadlineMs() const;

private:
    enum class Action { Refresh, Switch };

    void beginIteration();
    void refresh();
    void switchOrganization();
    bool waitForEnd(qint64 *elapsedMs);
    void check(int iteration, Action action);
    // A failed switch to an organization shown earlier in the run: its earlier data is either
    // shown (then kept from now on) or counted as lost.
    void checkFailedSwitch(int iteration, Action action, const ConnectionProfile &profile,
                           const QSet<QString> &rows);
    QList<ConnectionProfile> selectedProfiles() const;
    // True when the table shows what it must after this iteration's outcomes.
    bool tableSettled() const;
    QHash<QString, QSet<QString>> shownKeys() const; // organization id -> key signatures
    void sampleRss(qint64 *into);
    void onRequestServed(const sim::RequestLogEntry &entry);

    template <typename T> T *child(const char *name) const;

    SoakOptions m_options;
    SoakEnvironment &m_environment;
    InventoryService &m_inventory;
    MainWindow &m_window;
    QRandomGenerator m_random;
    SoakTally m_tally;
    std::unique_ptr<Watchdog> m_watchdog;

    // Per profile name: the key signatures the table must show for it. A refresh that fails
    // keeps them; a switch clears them, as the window clears its snapshots on a switch.
    QHash<QString, QSet<QString>> m_expected;
    // Per profile name: its last good data in the whole run, across switches.
    QHash<QString, QSet<QString>> m_lastGood;
    // This iteration so far.
    int m_finished = 0;
    QSet<QString> m_loadedNow;
    QHash<QString, ApiError> m_failedNow;
    QMap<QString, int> m_faultsNow;
};

} // namespace astra::soak
