// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakrun.h"

#include "rss.h"
#include "soakenvironment.h"
#include "watchdog.h"

#include "api/retrypolicy.h"
#include "inventory/inventoryservice.h"
#include "models/keytablemodel.h"
#include "sim/simulator.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace astra::soak {

namespace {

// How long the table may take to show the rows after the load ended (see run()).
constexpr int SettleMs = 5000;

// A token in what the window shows would be a leak (docs/architecture.md, "Secrets").
bool mentionsToken(const QString &text)
{
    return text.contains(QLatin1String("AstraCS:"));
}

QString describeDifference(const QSet<QString> &shown, const QSet<QString> &expected)
{
    const QSet<QString> missing = expected - shown;
    const QSet<QString> extra = shown - expected;
    return QStringLiteral("%1 rows shown, %2 expected, %3 missing, %4 not the organization's")
        .arg(shown.size())
        .arg(expected.size())
        .arg(missing.size())
        .arg(extra.size());
}

} // namespace

template <typename T> T *SoakRun::child(const char *name) const
{
    T *widget = m_window.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("astra-soak: the window has no %s", name);
    return widget;
}

SoakRun::SoakRun(const SoakOptions &options, SoakEnvironment &environment,
                 InventoryService &inventory, MainWindow &window)
    : m_options(options)
    , m_environment(environment)
    , m_inventory(inventory)
    , m_window(window)
    , m_random(options.seed)
{
    m_tally.deadlineMs = deadlineMs();
    m_tally.warmupIterations = m_options.warmup();
    m_inventory.setTransferTimeoutMs(m_options.transferTimeoutMs);
    // Connected after the window's own connections, so these run after the window has updated.
    connect(&m_inventory, &InventoryService::loaded, this,
            [this](const ConnectionProfile &profile) { m_loadedNow.insert(profile.name); });
    connect(&m_inventory, &InventoryService::failed, this,
            [this](const ConnectionProfile &profile, const ApiError &error) {
                if (error.kind != ApiError::Kind::Cancelled)
                    m_failedNow.insert(profile.name, error);
            });
    connect(&m_inventory, &InventoryService::allFinished, this, [this] { ++m_finished; });
    connect(m_environment.simulator(), &sim::Simulator::requestServed, this,
            &SoakRun::onRequestServed);
}

SoakRun::~SoakRun() = default;

qint64 SoakRun::deadlineMs() const
{
    // One request, retried to the end: every attempt may run into the transfer timeout (a stall,
    // or a delay on top of it), and the back-off between attempts is at most 1, 2, 4 s + 20 %.
    // The soak cannot shorten the back-off (InventoryService does not expose its RetryPolicy).
    const RetryPolicy policy;
    qint64 backoffMs = 0;
    for (int attempt = 1; attempt < policy.maxAttempts; ++attempt)
        backoffMs += qMin<qint64>(policy.maxDelayMs, qint64(policy.baseDelayMs) << (attempt - 1));
    backoffMs = qint64(double(backoffMs) * (1.0 + policy.jitter));
    const qint64 requestMs =
        policy.maxAttempts * qint64(m_options.transferTimeoutMs + 300 + m_options.latencyMs) +
        backoffMs;
    // The longest chain is the database list: one page after another (25 per page).
    const int pages = qMax(1, (m_options.databases + 24) / 25);
    return pages * requestMs + 5000;
}

void SoakRun::onRequestServed(const sim::RequestLogEntry &entry)
{
    ++m_tally.requests;
    if (entry.fault.isEmpty())
        return;
    ++m_tally.faultedRequests;
    ++m_faultsNow[entry.fault];
}

bool SoakRun::loadGoodDataOnce(QString *error)
{
    QSignalSpy firstLoad(&m_window, &MainWindow::firstLoadFinished);
    beginIteration();
    m_window.show();
    if (!QTest::qWaitForWindowExposed(&m_window, 10000)) {
        *error = QStringLiteral("the window was not exposed within 10 s");
        return false;
    }
    if (firstLoad.isEmpty() && !firstLoad.wait(int(deadlineMs()))) {
        *error = QStringLiteral("the first load did not end within %1 ms").arg(deadlineMs());
        return false;
    }
    if (!m_failedNow.isEmpty()) {
        *error = QStringLiteral("the first load, without faults, failed: %1")
                     .arg(m_failedNow.cbegin()->message);
        return false;
    }
    if (!QTest::qWaitFor([this] { return tableSettled(); }, SettleMs))
        m_tally.addProblem(0,
                           QStringLiteral("the table did not settle within %1 ms").arg(SettleMs));
    check(0, Action::Switch);
    if (!m_tally.problems.isEmpty()) {
        *error = m_tally.problems.first();
        return false;
    }
    sampleRss(&m_tally.rssFirstLoadKib);
    return true;
}

bool SoakRun::run()
{
    QString error;
    if (!m_environment.simulator()->setFaults(m_options.faultSpec(), &error)) {
        m_tally.addProblem(0, QStringLiteral("bad fault spec: %1").arg(error));
        ++m_tally.wrongData;
        return false;
    }
    m_watchdog = std::make_unique<Watchdog>(int(deadlineMs()) + 30000, m_options.seed);
    QElapsedTimer wall;
    wall.start();
    for (int i = 1; i <= m_options.iterations; ++i) {
        m_watchdog->beat(i);
        const Action action = i % 2 == 1 ? Action::Refresh : Action::Switch;
        beginIteration();
        if (action == Action::Refresh) {
            refresh();
            ++m_tally.refreshes;
        } else {
            switchOrganization();
            ++m_tally.switches;
        }
        qint64 elapsedMs = 0;
        const bool ended = waitForEnd(&elapsedMs);
        ++m_tally.iterations;
        m_tally.iterationMs.append(elapsedMs);
        if (!ended) {
            ++m_tally.hangs;
            m_tally.addProblem(i, QStringLiteral("HANG: the %1 did not end within %2 ms")
                                      .arg(action == Action::Refresh ? u"refresh" : u"switch")
                                      .arg(deadlineMs()));
            break;
        }
        // The window may hand the rows to the table after the load ended (built off the GUI
        // thread): what counts is what the table shows once it has them.
        QElapsedTimer settle;
        settle.start();
        if (!QTest::qWaitFor([this] { return tableSettled(); }, SettleMs))
            m_tally.addProblem(
                i, QStringLiteral("the table did not settle within %1 ms").arg(SettleMs));
        m_tally.iterationMs.last() += settle.elapsed();
        if (m_tally.iterationMs.last() >= m_tally.maxIterationMs())
            m_tally.slowestIteration = i;
        check(i, action);
        if (i == m_options.warmup())
            sampleRss(&m_tally.rssWarmKib);
        sampleRss(nullptr);
        if (i % qMax(1, m_options.iterations / 10) == 0)
            m_tally.rssTraceKib.append(residentKib());
    }
    m_environment.simulator()->clearFaults();
    sampleRss(&m_tally.rssEndKib);
    m_tally.wallMs = wall.elapsed();
    m_watchdog.reset();
    return m_tally.hangs == 0;
}

void SoakRun::beginIteration()
{
    // The simulator keeps its last 100 000 requests: in this process, that would be about
    // 1 MiB per 2 000 requests of growth that is the harness's, not the window's.
    m_environment.simulator()->clearRequestLog();
    m_finished = 0;
    m_loadedNow.clear();
    m_failedNow.clear();
    m_faultsNow.clear();
}

void SoakRun::refresh()
{
    // As a person would: Retry on the banner when there is one, else the Refresh action (F5).
    auto *retry = child<QPushButton>("retryButton");
    if (retry->isVisible())
        QTest::mouseClick(retry, Qt::LeftButton);
    else
        child<QAction>("refreshAction")->trigger();
}

void SoakRun::switchOrganization()
{
    auto *enterprises = child<QComboBox>("enterpriseCombo");
    auto *organizations = child<QComboBox>("organizationCombo");
    const int enterprise = int(m_random.bounded(enterprises->count()));
    const bool enterpriseChanged = enterprise != enterprises->currentIndex();
    if (enterpriseChanged)
        enterprises->setCurrentIndex(enterprise); // refills the organizations and loads
    // Right away, as a quick person would: the load the enterprise started is cancelled.
    int organization = int(m_random.bounded(organizations->count()));
    if (!enterpriseChanged && organization == organizations->currentIndex()) {
        if (organizations->count() > 1)
            organization = (organization + 1) % organizations->count();
        else
            enterprises->setCurrentIndex((enterprise + 1) % enterprises->count());
    }
    if (organization != organizations->currentIndex())
        organizations->setCurrentIndex(organization);
    // The window shows none of the previous choice's rows after a switch.
    m_expected.clear();
}

bool SoakRun::waitForEnd(qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy finished(&m_inventory, &InventoryService::allFinished);
    while (m_finished == 0 && timer.elapsed() < deadlineMs())
        finished.wait(int(qMax<qint64>(1, deadlineMs() - timer.elapsed())));
    *elapsedMs = timer.elapsed();
    return m_finished > 0;
}

QList<ConnectionProfile> SoakRun::selectedProfiles() const
{
    // The organization combo's data is an index into the profiles, or -1 for all of them.
    auto *organizations = child<QComboBox>("organizationCombo");
    const QList<ConnectionProfile> &all = m_environment.profiles();
    QList<ConnectionProfile> selected;
    const int choice = organizations->currentData().toInt();
    for (int i = 0; i < organizations->count(); ++i) {
        const int index = organizations->itemData(i).toInt();
        if (index >= 0 && (choice < 0 || choice == index))
            selected.append(all.at(index));
    }
    return selected;
}

bool SoakRun::tableSettled() const
{
    const QList<ConnectionProfile> selected = selectedProfiles();
    QHash<QString, QSet<QString>> shown = shownKeys();
    for (const ConnectionProfile &profile : selected) {
        const QSet<QString> rows = shown.take(profile.organizationId);
        if (m_loadedNow.contains(profile.name)) {
            if (rows != m_environment.keysOf(profile.organizationId))
                return false;
        } else if (m_expected.contains(profile.name)) {
            if (rows != m_expected.value(profile.name))
                return false;
        } else if (!rows.isEmpty() && rows != m_lastGood.value(profile.name)) {
            return false; // after a switch: nothing, or the organization's earlier data
        }
    }
    return shown.isEmpty(); // no rows of an organization that is not selected
}

QHash<QString, QSet<QString>> SoakRun::shownKeys() const
{
    QHash<QString, QSet<QString>> shown;
    const QAbstractItemModel *model = child<QTableView>("keyTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        const QString organizationId = first.data(KeyTableModel::OrganizationIdRole).toString();
        const QString keyId = first.data(KeyTableModel::KeyIdRole).toString();
        const QString region =
            model->index(row, KeyTableModel::RegionColumn).data(KeyTableModel::SortRole).toString();
        shown[organizationId].insert(keySignature(keyId, region));
    }
    return shown;
}

void SoakRun::check(int iteration, Action action)
{
    const QList<ConnectionProfile> selected = selectedProfiles();
    const QHash<QString, QSet<QString>> shown = shownKeys();
    int loaded = 0;
    int failed = 0;
    for (const ConnectionProfile &profile : selected) {
        const QSet<QString> rows = shown.value(profile.organizationId);
        if (m_loadedNow.contains(profile.name)) {
            ++loaded;
            m_expected.insert(profile.name, m_environment.keysOf(profile.organizationId));
            m_lastGood.insert(profile.name, m_environment.keysOf(profile.organizationId));
        } else if (m_failedNow.contains(profile.name)) {
            ++failed;
            checkFailedSwitch(iteration, action, profile, rows);
        } else {
            ++m_tally.missingOutcomes;
            m_tally.addProblem(
                iteration,
                QStringLiteral("%1 ended with neither data nor error").arg(profile.name));
        }
        // The table: exactly the last good data of each shown organization, nothing else.
        const QSet<QString> expected = m_expected.value(profile.name);
        if (rows == expected)
            continue;
        const bool lost = !(expected - rows).isEmpty() && m_failedNow.contains(profile.name);
        ++(lost ? m_tally.lostData : m_tally.wrongData);
        m_tally.addProblem(iteration, QStringLiteral("%1 %2: %3")
                                          .arg(lost ? u"LOST last good data of" : u"WRONG data for",
                                               profile.name, describeDifference(rows, expected)));
    }
    QSet<QString> selectedIds;
    for (const ConnectionProfile &profile : selected)
        selectedIds.insert(profile.organizationId);
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (!selectedIds.contains(it.key())) {
            ++m_tally.wrongData;
            m_tally.addProblem(iteration,
                               QStringLiteral("WRONG data: %1 rows of organization %2, which "
                                              "is not selected")
                                   .arg(it->size())
                                   .arg(it.key()));
        }
    }

    // An error is clear: every failure's sentence is in the banner, and no token is.
    const auto *banner = child<QWidget>("errorBanner");
    const QString bannerText = child<QLabel>("errorText")->text();
    const bool bannerShown = !banner->isHidden();
    for (auto it = m_failedNow.cbegin(); it != m_failedNow.cend(); ++it) {
        if (it->message.trimmed().isEmpty() || !bannerShown || !bannerText.contains(it->message)) {
            ++m_tally.unclearErrors;
            m_tally.addProblem(iteration,
                               QStringLiteral("UNCLEAR error for %1: '%2', banner %3")
                                   .arg(it.key(), it->message, bannerShown ? u"shown" : u"hidden"));
        }
    }
    if (bannerShown && mentionsToken(bannerText)) {
        ++m_tally.unclearErrors;
        m_tally.addProblem(iteration, QStringLiteral("a token in the banner"));
    }

    Outcome outcome = Outcome::Data;
    if (failed > 0)
        outcome = loaded > 0 ? Outcome::Partial : Outcome::Error;
    else if (bannerShown)
        outcome = Outcome::DataIncomplete;
    if (outcome == Outcome::Data) {
        // The status bar counts databases of the shown organizations; a silent shortfall is
        // what the `repeat` fault can cause (paging stops, the databases read so far are kept).
        int databases = 0;
        for (const ConnectionProfile &profile : selected)
            databases += m_environment.databasesOf(profile.organizationId);
        const QString status = child<QLabel>("statusLabel")->text();
        const QRegularExpression count(QStringLiteral("(\\d[\\d,. \\x{202f}\\x{a0}]*)\\D+"
                                                      "(\\d[\\d,. \\x{202f}\\x{a0}]*)"));
        const QRegularExpressionMatch match = count.match(status);
        if (match.hasMatch()) {
            QString digits = match.captured(2);
            digits.remove(QRegularExpression(QStringLiteral("\\D")));
            if (digits.toInt() < databases)
                ++m_tally.databasesShort;
        }
    }
    if (iteration == 0)
        return; // the first load is not an iteration of the soak
    ++m_tally.outcomes[outcome];
    for (auto it = m_faultsNow.cbegin(); it != m_faultsNow.cend(); ++it) {
        KindTally &kind = m_tally.kinds[it.key()];
        kind.injected += it.value();
        ++kind.iterations;
        ++kind.outcomes[outcome];
    }
}

void SoakRun::checkFailedSwitch(int iteration, Action action, const ConnectionProfile &profile,
                                const QSet<QString> &rows)
{
    if (action != Action::Switch || m_expected.contains(profile.name))
        return;
    const auto earlier = m_lastGood.constFind(profile.name);
    if (earlier == m_lastGood.constEnd() || earlier->isEmpty())
        return; // nothing good was ever shown for it: an empty table is all there is
    if (rows == *earlier) {
        // The window kept this organization's earlier data across the switch: from now on it
        // is the last good data that a failed refresh must keep.
        m_expected.insert(profile.name, *earlier);
        return;
    }
    // The window dropped the organization's earlier data: the last good data was lost.
    ++m_tally.droppedOnSwitch;
    ++m_tally.lostData;
    m_tally.addProblem(iteration,
                       QStringLiteral("LOST earlier data of %1 after a failed switch to it: %2")
                           .arg(profile.name, describeDifference(rows, *earlier)));
}

void SoakRun::sampleRss(qint64 *into)
{
    const qint64 kib = residentKib();
    if (into)
        *into = kib;
    m_tally.rssMaxKib = qMax(m_tally.rssMaxKib, kib);
}

} // namespace astra::soak
