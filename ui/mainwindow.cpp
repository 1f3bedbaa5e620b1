// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "databasesview.h"
#include "keydetailsdialog.h"
#include "keylookupdialog.h"
#include "regionusagedialog.h"
#include "registerkeydialog.h"
#include "signindialog.h"

#include "core/backgroundrelease.h"
#include "inventory/inventoryexport.h"
#include "inventory/inventoryservice.h"
#include "inventory/snapshotcache.h"
#include "inventory/snapshotcachewriter.h"
#include "inventory/storagelogging.h"
#include "models/keyfilterproxy.h"
#include "models/keytablemodel.h"
#include "profiles/profilestore.h"
#include "secrets/tokenstore.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace astra {

namespace {

// Entries of the enterprise combo that are not enterprise labels.
const QString AllEnterprises = QStringLiteral("\x01"
                                              "all");
const QString NoEnterprise = QStringLiteral("\x01"
                                            "none");
constexpr int AllOrganizations = -1;

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

MainWindow::MainWindow(QList<ConnectionProfile> profiles, InventoryService *inventory,
                       bool tokensPersistent, QWidget *parent, bool localStorage)
    : QMainWindow(parent)
    , m_profiles(std::move(profiles))
    , m_inventory(inventory)
    , m_tokensPersistent(tokensPersistent)
    , m_localStorage(localStorage)
    , m_model(new KeyTableModel(this))
    , m_proxy(new KeyFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Astra Keys"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    buildActions();

    connect(m_inventory, &InventoryService::progress, m_statusLabel, &QLabel::setText);
    connect(m_inventory, &InventoryService::loaded, this, &MainWindow::onLoaded);
    connect(m_inventory, &InventoryService::failed, this, &MainWindow::onFailed);
    connect(m_inventory, &InventoryService::allFinished, this, &MainWindow::onAllFinished);
    connect(&m_autoRefreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_model, &KeyTableModel::snapshotsApplied, this, &MainWindow::onKeyRowsApplied);
    if (m_localStorage) {
        m_cacheWriter = new SnapshotCacheWriter(SnapshotCache(), this);
        connect(m_cacheWriter, &SnapshotCacheWriter::failed, this,
                [this](const QString &error) { statusBar()->showMessage(error, 8000); });
    }

    // Read before the first refresh starts (it uses the cached ids), shown after: choosing the
    // organization clears what is shown.
    const QHash<QString, OrganizationSnapshot> cached = readCachedSnapshots();
    fillEnterprises(); // selects the organization(s) and starts their refresh
    showCachedSnapshots(cached);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildFilterRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *enterpriseLabel = new QLabel(tr("&Enterprise:"), row);
    m_enterpriseCombo = filterCombo(QStringLiteral("enterpriseCombo"), tr("Enterprise"), row);
    enterpriseLabel->setBuddy(m_enterpriseCombo);
    auto *organizationLabel = new QLabel(tr("&Organization:"), row);
    m_organizationCombo = filterCombo(QStringLiteral("organizationCombo"), tr("Organization"), row);
    organizationLabel->setBuddy(m_organizationCombo);
    m_searchField = new QLineEdit(row);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search keys, regions, databases (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search keys"));
    m_searchField->setClearButtonEnabled(true);
    layout->addWidget(enterpriseLabel);
    layout->addWidget(m_enterpriseCombo);
    layout->addSpacing(8);
    layout->addWidget(organizationLabel);
    layout->addWidget(m_organizationCombo);
    layout->addSpacing(8);
    layout->addWidget(m_searchField, 1);

    m_providerFilter = filterCombo(QStringLiteral("providerFilter"), tr("Filter by provider"), row);
    m_providerFilter->addItem(tr("All providers"), -1);
    for (const CloudProvider p : {CloudProvider::Aws, CloudProvider::Gcp, CloudProvider::Azure})
        m_providerFilter->addItem(cloudProviderDisplayName(p), int(p));
    m_statusFilter = filterCombo(QStringLiteral("statusFilter"), tr("Filter by status"), row);
    m_statusFilter->addItem(tr("All statuses"), -1);
    m_statusFilter->addItem(keyStatusText(KeyStatus::InUse), int(KeyStatus::InUse));
    m_statusFilter->addItem(keyStatusText(KeyStatus::Available), int(KeyStatus::Available));
    m_typeFilter = filterCombo(QStringLiteral("typeFilter"), tr("Filter by key type"), row);
    m_typeFilter->addItem(tr("All types"), -1);
    m_typeFilter->addItem(keyTypeDisplayName(KeyType::Serverless), int(KeyType::Serverless));
    m_typeFilter->addItem(keyTypeDisplayName(KeyType::Classic), int(KeyType::Classic));
    layout->addWidget(m_providerFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_typeFilter);

    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &KeyFilterProxy::setSearchText);
    connect(m_providerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProviderFilter(m_providerFilter->currentData().toInt()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTypeFilter(m_typeFilter->currentData().toInt()); });
    connect(m_enterpriseCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::fillOrganizations);
    connect(m_organizationCombo, &QComboBox::currentIndexChanged, this, [this] {
        // showSnapshots() shows only the chosen organizations' data: what was loaded for them
        // earlier stays on screen (the last good data) until the refresh replaces it.
        showSnapshots();
        refresh();
    });
    return row;
}

QWidget *MainWindow::buildBanner(QWidget *parent)
{
    m_banner = new QWidget(parent);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x12, 0x0b));
    m_banner->setPalette(bannerPalette);
    auto *layout = new QHBoxLayout(m_banner);
    auto *icon = new QLabel(QStringLiteral("⚠"), m_banner);
    icon->setAccessibleName(tr("Error"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("errorText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Retry"), m_banner);
    retry->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(icon);
    m_signInAgain = new QPushButton(tr("Sign in again…"), m_banner);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->hide();
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_signInAgain);
    layout->addWidget(retry);
    connect(retry, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_signInAgain, &QPushButton::clicked, this,
            [this] { addOrganization(&m_needsSignIn); });
    m_banner->hide();
    return m_banner;
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *title = new QLabel(tr("Key Encryption"), central);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Customer-managed keys registered for the organization. A key is "
                                "In-Use when databases in its provider and region are encrypted "
                                "with it. Press Enter on a key for its details."),
                             central);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildFilterRow(central));
    layout->addWidget(buildBanner(central));

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setAccessibleName(tr("Customer keys"));
    m_table->setAccessibleDescription(tr("Each row is a registered customer key with its status; "
                                         "Enter opens its details."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeyTableModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The key id takes the room there is and elides in the middle; the tooltip has it whole.
    m_table->horizontalHeader()->setSectionResizeMode(KeyTableModel::KeyIdColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(KeyTableModel::OrganizationColumn, true);
    connect(m_table, &QTableView::activated, this, &MainWindow::openDetailsOfCurrentKey);

    auto *tabs = new QTabWidget(central);
    tabs->setObjectName(QStringLiteral("viewTabs"));
    auto *keysPage = new QWidget(tabs);
    auto *keysLayout = new QVBoxLayout(keysPage);
    keysLayout->setContentsMargins(0, 0, 0, 0);
    keysLayout->addWidget(m_table, 1);
    m_emptyLabel = new QLabel(keysPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    keysLayout->addWidget(m_emptyLabel);
    tabs->addTab(keysPage, tr("&Keys"));
    m_databasesView = new DatabasesView(tabs);
    tabs->addTab(m_databasesView, tr("&Databases"));
    connect(m_databasesView, &DatabasesView::regionUsageRequested, this,
            &MainWindow::openRegionUsage);
    layout->addWidget(tabs, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_autoRefresh =
        filterCombo(QStringLiteral("autoRefreshCombo"), tr("Refresh automatically"), this);
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    for (const int minutes : {5, 15, 60})
        m_autoRefresh->addItem(tr("Refresh every %1 min").arg(minutes), minutes);
    statusBar()->addPermanentWidget(m_autoRefresh);
    if (!m_tokensPersistent) {
        auto *notice = new QLabel(tr("Tokens are held in memory for this session only."), this);
        notice->setObjectName(QStringLiteral("sessionTokensNotice"));
        statusBar()->addPermanentWidget(notice);
    }
    const int minutes = QSettings().value(QStringLiteral("autoRefreshMinutes"), 0).toInt();
    m_autoRefresh->setCurrentIndex(qMax(0, m_autoRefresh->findData(minutes)));
    setAutoRefreshMinutes(m_autoRefresh->currentData().toInt());
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this, [this] {
        const int chosen = m_autoRefresh->currentData().toInt();
        QSettings().setValue(QStringLiteral("autoRefreshMinutes"), chosen);
        setAutoRefreshMinutes(chosen);
    });
    resize(1200, 720);
}

void MainWindow::buildActions()
{
    auto *toolbar = addToolBar(tr("Keys"));
    toolbar->setObjectName(QStringLiteral("keysToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, toolbar](const char *name, const QString &text, const QKeySequence &shortcut,
                               auto slot, bool onToolbar = true) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        }
        connect(action, &QAction::triggered, this, slot);
        if (onToolbar)
            toolbar->addAction(action);
        addAction(action); // shortcuts work wherever the focus is in the window
        return action;
    };
    add("refreshAction", tr("Refresh"), QKeySequence::Refresh, &MainWindow::refresh);
    add("detailsAction", tr("Details…"), {}, &MainWindow::openDetailsOfCurrentKey);
    m_lookupAction = add("lookupAction", tr("Look up key…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                         &MainWindow::openLookup);
    m_registerAction =
        add("registerAction", tr("Register key…"), {}, &MainWindow::openRegistration);
    add("exportAction", tr("Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &MainWindow::startExport);
    // Shown once setSignInSupport() hands over the saved profiles and the keychain (not in
    // --demo or with an environment token, where there is nothing to add to or sign out of).
    toolbar->addSeparator();
    m_addOrganizationAction =
        add("addOrganizationAction", tr("Add organization…"), {}, [this] { addOrganization(); });
    m_signOutAction = add("signOutAction", tr("Sign out"), {}, &MainWindow::signOut);
    m_addOrganizationAction->setVisible(false);
    m_signOutAction->setVisible(false);
    add(
        "findAction", tr("Find"), QKeySequence::Find,
        [this] {
            m_searchField->setFocus(Qt::ShortcutFocusReason);
            m_searchField->selectAll();
        },
        false);
    // Ctrl+C copies the key id when the table has the focus (elsewhere, the usual copy).
    auto *copy = new QAction(tr("Copy key ID"), m_table);
    copy->setObjectName(QStringLiteral("copyKeyIdAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MainWindow::copyCurrentKeyId);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    if (minutes <= 0) {
        m_autoRefreshTimer.stop();
        return;
    }
    m_autoRefreshTimer.start(minutes * 60 * 1000);
}

void MainWindow::fillEnterprises()
{
    const QSignalBlocker blocker(m_enterpriseCombo);
    m_enterpriseCombo->clear();
    const QStringList labels = enterpriseLabels(m_profiles);
    const bool hasLoose =
        std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                    [](const ConnectionProfile &p) { return p.enterprise.isEmpty(); });
    if (labels.size() + (hasLoose ? 1 : 0) > 1)
        m_enterpriseCombo->addItem(tr("All enterprises"), AllEnterprises);
    for (const QString &label : labels)
        m_enterpriseCombo->addItem(label, label);
    if (hasLoose)
        m_enterpriseCombo->addItem(tr("No enterprise"), NoEnterprise);
    // Start on the first real enterprise, as the Portal does.
    m_enterpriseCombo->setCurrentIndex(
        m_enterpriseCombo->count() > 1 && m_enterpriseCombo->itemData(0) == AllEnterprises ? 1 : 0);
    fillOrganizations();
}

void MainWindow::fillOrganizations()
{
    const QString enterprise = m_enterpriseCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_organizationCombo);
        m_organizationCombo->clear();
        QList<int> members;
        for (qsizetype i = 0; i < m_profiles.size(); ++i) {
            const ConnectionProfile &profile = m_profiles.at(i);
            const bool belongs = enterprise == AllEnterprises ? true
                                 : enterprise == NoEnterprise ? profile.enterprise.isEmpty()
                                                              : profile.enterprise == enterprise;
            if (belongs)
                members.append(int(i));
        }
        if (members.size() > 1)
            m_organizationCombo->addItem(tr("All organizations"), AllOrganizations);
        for (const int i : members)
            m_organizationCombo->addItem(m_profiles.at(i).displayName(), i);
        // One organization at a time by default; "All organizations" is a choice.
        m_organizationCombo->setCurrentIndex(members.size() > 1 ? 1 : 0);
    }
    showSnapshots();
    refresh();
}

QList<ConnectionProfile> MainWindow::selectedProfiles() const
{
    QList<ConnectionProfile> selected;
    const QVariant choice = m_organizationCombo->currentData();
    if (!choice.isValid())
        return selected;
    if (choice.toInt() != AllOrganizations) {
        selected.append(m_profiles.at(choice.toInt()));
        return selected;
    }
    for (int i = 0; i < m_organizationCombo->count(); ++i) {
        const int index = m_organizationCombo->itemData(i).toInt();
        if (index != AllOrganizations)
            selected.append(m_profiles.at(index));
    }
    return selected;
}

const ConnectionProfile *MainWindow::singleSelectedProfile() const
{
    const QVariant choice = m_organizationCombo->currentData();
    if (!choice.isValid() || choice.toInt() == AllOrganizations)
        return nullptr;
    return &m_profiles.at(choice.toInt());
}

const OrganizationSnapshot *MainWindow::snapshotOf(const QString &organizationId) const
{
    for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
        if (it->organization.id == organizationId)
            return &it.value();
    }
    return nullptr;
}

const ConnectionProfile *MainWindow::profileOf(const QString &organizationId) const
{
    for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it) {
        if (it->organization.id != organizationId)
            continue;
        for (const ConnectionProfile &profile : m_profiles) {
            if (profile.name == it.key())
                return &profile;
        }
    }
    return nullptr;
}

void MainWindow::refresh()
{
    const QList<ConnectionProfile> profiles = selectedProfiles();
    if (profiles.isEmpty()) {
        m_statusLabel->setText(tr("No organization yet. Add one with: astra-keys profile add"));
        noteFirstLoad();
        return;
    }
    m_failures.clear();
    m_statusLabel->setText(profiles.size() == 1
                               ? tr("Loading %1…").arg(profiles.first().displayName())
                               : tr("Loading %1 organizations…").arg(profiles.size()));
    m_inventory->loadAll(profiles);
}

void MainWindow::showSnapshots(HandOver handOver)
{
    QList<OrganizationSnapshot> shown;
    const QList<ConnectionProfile> profiles = selectedProfiles();
    for (const ConnectionProfile &profile : profiles) {
        const auto it = m_snapshots.constFind(profile.name);
        if (it != m_snapshots.constEnd())
            shown.append(*it);
    }
    // The key the person is on, from before a hand-over still under way replaced the rows.
    if (!m_model->isBuilding())
        m_keyToKeepCurrent = m_table->currentIndex().data(KeyTableModel::KeyIdRole).toString();
    releaseInBackground(std::exchange(m_shown, shown));
    // The databases table in an event-loop turn of its own, so the two never add up.
    const quint64 turn = ++m_handOver;
    QMetaObject::invokeMethod(
        this,
        [this, turn] {
            if (turn == m_handOver)
                m_databasesView->setSnapshots(m_shown);
        },
        Qt::QueuedConnection);
    if (handOver == HandOver::InBackground) {
        // Deriving key usage and building rows for 10,000 databases would hold the window for
        // tens of milliseconds: it runs off the GUI thread, onKeyRowsApplied() finishes the job.
        m_model->setSnapshotsInBackground(shown, sightings());
    } else {
        m_model->setSnapshots(shown, sightings());
    }
    m_table->setColumnHidden(KeyTableModel::OrganizationColumn, profiles.size() < 2);
    if (handOver == HandOver::Now)
        onKeyRowsApplied();
    int keys = 0;
    for (const OrganizationSnapshot &s : shown)
        keys += int(s.keys.size());
    const bool empty = !shown.isEmpty() && keys == 0;
    m_emptyLabel->setVisible(empty);
    if (empty)
        m_emptyLabel->setText(tr("No customer keys are registered yet. A customer-managed key "
                                 "encrypts the databases of one cloud provider and region with a "
                                 "key you control in your cloud's key management service. "
                                 "Register one with Register key…, or in the Astra Portal under "
                                 "Settings > Security."));
}

void MainWindow::onKeyRowsApplied()
{
    m_table->resizeColumnsToContents();
    // Keep the person's place across refreshes.
    const QString current = m_keyToKeepCurrent;
    for (int row = 0; row < m_proxy->rowCount() && !current.isEmpty(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(KeyTableModel::KeyIdRole).toString() == current) {
            m_table->setCurrentIndex(index);
            break;
        }
    }
    if (!m_firstContentShown && m_model->rowCount() > 0) {
        m_firstContentShown = true;
        qCDebug(lcStorage).noquote() << "first content shown:" << m_model->rowCount() << "keys";
        // Queued: from the cache this runs inside the constructor, before anyone connected.
        QMetaObject::invokeMethod(this, &MainWindow::firstContentShown, Qt::QueuedConnection);
    }
    if (m_firstLoadPending) {
        m_firstLoadPending = false;
        noteFirstLoad();
    }
}

void MainWindow::onLoaded(const ConnectionProfile &profile, const OrganizationSnapshot &snapshot)
{
    recordHistory(snapshot);
    // The replaced snapshot's databases are freed off the GUI thread (see releaseInBackground).
    releaseInBackground(m_snapshots.take(profile.name));
    m_snapshots.insert(profile.name, snapshot);
    showSnapshots();
}

void MainWindow::onFailed(const ConnectionProfile &profile, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    if (error.needsSignIn() && m_profileStore) {
        // Only this organization needs a new token; the others keep working.
        m_needsSignIn = profile;
        m_signInAgain->setText(tr("Sign in to %1 again…").arg(profile.displayName()));
        m_signInAgain->show();
    }
    const bool several = selectedProfiles().size() > 1;
    m_failures.append(several ? QStringLiteral("%1: %2").arg(profile.displayName(), error.message)
                              : error.message);
}

void MainWindow::onAllFinished()
{
    int keys = 0;
    int databases = 0;
    QDateTime newest;
    // Over what is on screen: other organizations' data is kept for a switch back, not shown.
    for (const OrganizationSnapshot &s : std::as_const(m_shown)) {
        keys += int(s.keys.size());
        databases += int(s.databases.size());
        if (!newest.isValid() || s.fetchedAt > newest)
            newest = s.fetchedAt;
    }
    QStringList incomplete;
    for (const OrganizationSnapshot &s : std::as_const(m_shown)) {
        if (!s.databasesLoaded && !s.databasesError.isEmpty())
            incomplete.append(s.databasesError);
    }
    if (!m_failures.isEmpty()) {
        showBanner(
            m_shown.isEmpty()
                ? m_failures.join(u'\n')
                : tr("%1\nThe table shows the last loaded data.").arg(m_failures.join(u'\n')));
        m_statusLabel->setText(m_shown.isEmpty() ? QString()
                                                 : tr("Stale: the last refresh failed."));
    } else {
        if (incomplete.isEmpty())
            m_banner->hide();
        else
            showBanner(tr("Key status may be incomplete: %1").arg(incomplete.join(u' ')));
        m_statusLabel->setText(
            tr("Keys: %1 · Databases: %2 · Refreshed at %3")
                .arg(QLocale().toString(keys), QLocale().toString(databases),
                     QLocale().toString(newest.toLocalTime().time(), QLocale::ShortFormat)));
    }
    noteFirstLoad();
}

void MainWindow::showBanner(const QString &text)
{
    if (m_failures.isEmpty())
        m_signInAgain->hide();
    m_bannerText->setText(text);
    m_banner->show();
}

void MainWindow::noteFirstLoad()
{
    if (m_firstLoadDone)
        return;
    if (m_model->isBuilding()) {
        m_firstLoadPending = true; // "first load shown": once its rows are in the table
        return;
    }
    m_firstLoadDone = true;
    // Queued: with no organization this runs inside the constructor, before anyone connected.
    QMetaObject::invokeMethod(this, &MainWindow::firstLoadFinished, Qt::QueuedConnection);
}

void MainWindow::copyCurrentKeyId()
{
    const QString keyId = m_table->currentIndex().data(KeyTableModel::KeyIdRole).toString();
    if (!keyId.isEmpty()) {
        QGuiApplication::clipboard()->setText(keyId);
        statusBar()->showMessage(tr("Key ID copied."), 3000);
    }
}

void MainWindow::openDetailsOfCurrentKey()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    const KeyUsage &usage = m_model->usageAt(index.row());
    const QString organizationId = index.data(KeyTableModel::OrganizationIdRole).toString();
    const OrganizationSnapshot *snapshot = snapshotOf(organizationId);
    const ConnectionProfile *profile = profileOf(organizationId);
    if (!snapshot || !profile)
        return;
    auto *dialog = new KeyDetailsDialog(usage, *snapshot, this);
    connect(dialog, &KeyDetailsDialog::databaseActivated, this,
            [this, organizationId](const QString &databaseId) {
                openRegionUsage(organizationId, databaseId);
            });
    m_inventory->connectionFor(
        *profile, dialog,
        [dialog](const std::optional<ApiConnection> &connection, const QString &error) {
            dialog->setConnection(connection, error);
        });
    dialog->open();
}

void MainWindow::openLookup()
{
    const ConnectionProfile *profile = singleSelectedProfile();
    if (!profile) {
        statusBar()->showMessage(tr("Choose one organization to look up its keys."), 5000);
        return;
    }
    const auto it = m_snapshots.constFind(profile->name);
    const QList<ServerlessRegion> regions =
        it != m_snapshots.constEnd() ? it->regions : QList<ServerlessRegion>();
    m_inventory->connectionFor(
        *profile, this,
        [this, regions](const std::optional<ApiConnection> &connection, const QString &error) {
            if (!connection) {
                showBanner(error);
                return;
            }
            (new KeyLookupDialog(*connection, regions, this))->open();
        });
}

void MainWindow::openRegistration()
{
    const ConnectionProfile *profile = singleSelectedProfile();
    const auto it = profile ? m_snapshots.constFind(profile->name) : m_snapshots.constEnd();
    if (!profile || it == m_snapshots.constEnd()) {
        statusBar()->showMessage(tr("Choose one loaded organization to register a key for."), 5000);
        return;
    }
    const OrganizationSnapshot snapshot = *it;
    m_inventory->connectionFor(
        *profile, this,
        [this, snapshot](const std::optional<ApiConnection> &connection, const QString &error) {
            if (!connection) {
                showBanner(error);
                return;
            }
            auto *dialog =
                new RegisterKeyDialog(*connection, snapshot.organization, snapshot.regions, this);
            connect(dialog, &RegisterKeyDialog::registered, this, &MainWindow::refresh);
            dialog->open();
        });
}

void MainWindow::startExport()
{
    auto *dialog = new QFileDialog(this, tr("Export keys"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog everywhere, testable
    dialog->setNameFilters({tr("CSV (*.csv)"), tr("JSON (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("astra-keys.csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    dialog->open();
}

bool MainWindow::exportTo(const QString &path)
{
    const ExportFormat format =
        path.endsWith(u".json", Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
    QList<OrganizationSnapshot> shown;
    for (const ConnectionProfile &profile : selectedProfiles()) {
        const auto it = m_snapshots.constFind(profile.name);
        if (it != m_snapshots.constEnd())
            shown.append(*it);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(exportInventory(shown, format, ExportContent::Keys)) < 0 || !file.commit()) {
        showBanner(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path), 5000);
    return true;
}

void MainWindow::openRegionUsage(const QString &organizationId, const QString &databaseId)
{
    const OrganizationSnapshot *snapshot = snapshotOf(organizationId);
    if (!snapshot)
        return;
    auto *dialog = new RegionUsageDialog(*snapshot, databaseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSightings(sightings().value(organizationId));
    if (const ConnectionProfile *profile = profileOf(organizationId))
        m_inventory->connectionFor(
            *profile, dialog,
            [dialog](const std::optional<ApiConnection> &connection, const QString &error) {
                dialog->setConnection(connection, error);
            });
    dialog->show(); // non-modal: several databases can be compared side by side
}

QHash<QString, OrganizationSnapshot> MainWindow::readCachedSnapshots()
{
    QHash<QString, OrganizationSnapshot> cached;
    if (!m_localStorage)
        return cached;
    const SnapshotCache cache;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.organizationId.isEmpty())
            continue;
        if (auto snapshot = cache.load(profile.organizationId)) {
            // Its ids let the first refresh list the databases as more streams at once.
            if (snapshot->databasesLoaded)
                m_inventory->setKnownDatabases(profile.name, snapshot->databases);
            cached.insert(profile.name, std::move(*snapshot));
        }
    }
    return cached;
}

void MainWindow::showCachedSnapshots(const QHash<QString, OrganizationSnapshot> &cached)
{
    // Instant start: the last inventory of each organization, until the refresh replaces it.
    QDateTime oldest;
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        // A refresh that already answered (it cannot have, yet: replies need the event loop)
        // would be newer than the cache.
        if (m_snapshots.contains(it.key()))
            continue;
        m_snapshots.insert(it.key(), it.value());
        if (!oldest.isValid() || it->fetchedAt < oldest)
            oldest = it->fetchedAt;
    }
    if (!oldest.isValid())
        return;
    // At once, before the window is first painted: its first paint then shows the rows.
    showSnapshots(HandOver::Now);
    m_statusLabel->setText(snapshotAgeText(oldest, QDateTime::currentDateTimeUtc()));
}

void MainWindow::recordHistory(const OrganizationSnapshot &snapshot)
{
    if (!m_localStorage || snapshot.organization.id.isEmpty())
        return;
    auto [it, inserted] =
        m_histories.try_emplace(snapshot.organization.id, snapshot.organization.id);
    QString error;
    if (inserted && it->second.load(&error) == KeyHistory::LoadResult::SetAside)
        statusBar()->showMessage(error, 8000);
    it->second.record(snapshot, QDateTime::currentDateTimeUtc());
    if (!it->second.save(&error))
        statusBar()->showMessage(error, 8000);
    if (m_cacheWriter)
        m_cacheWriter->save(snapshot); // off the GUI thread: ~300 ms for 10,000 databases
}

QHash<QString, QHash<QString, KeySighting>> MainWindow::sightings() const
{
    QHash<QString, QHash<QString, KeySighting>> all;
    for (const auto &[organizationId, history] : m_histories)
        all.insert(organizationId, history.sightings());
    return all;
}

void MainWindow::setSignInSupport(ProfileStore *profiles, TokenStore *keychain, TokenStore *session,
                                  QNetworkAccessManager *network)
{
    m_profileStore = profiles;
    m_keychain = keychain;
    m_sessionTokens = session;
    m_network = network;
    m_addOrganizationAction->setVisible(profiles != nullptr);
    m_signOutAction->setVisible(profiles != nullptr);
}

void MainWindow::setProfiles(QList<ConnectionProfile> profiles)
{
    m_profiles = std::move(profiles);
    // Keep the data of organizations still listed; drop what belongs to a removed profile.
    m_snapshots.removeIf([this](const auto &entry) {
        return std::none_of(m_profiles.cbegin(), m_profiles.cend(),
                            [&entry](const ConnectionProfile &p) { return p.name == entry.key(); });
    });
    fillEnterprises();
}

void MainWindow::addOrganization(const ConnectionProfile *renew)
{
    if (!m_profileStore)
        return;
    auto *dialog = new SignInDialog(m_profileStore, m_keychain, m_sessionTokens, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (renew && !renew->name.isEmpty())
        dialog->setProfileToRenew(*renew);
    connect(
        dialog, &SignInDialog::profileSaved, this,
        [this](const ConnectionProfile &profile, bool persistent) {
            m_signInAgain->hide();
            setProfiles(m_profileStore->profiles());
            if (!persistent)
                statusBar()->showMessage(
                    tr("%1: the token is kept for this session only.").arg(profile.displayName()),
                    8000);
        });
    dialog->open();
}

void MainWindow::signOut()
{
    const ConnectionProfile *profile = singleSelectedProfile();
    if (!m_profileStore || !profile) {
        statusBar()->showMessage(tr("Choose one organization to sign out of."), 5000);
        return;
    }
    const QString name = profile->name;
    // The token goes first: a profile whose token could not be removed stays listed.
    auto removeFrom = [this, name](TokenStore *store, auto next) {
        if (!store) {
            next();
            return;
        }
        store->remove(ConnectionProfile{name, {}, {}, {}, {}}.tokenKey(), this,
                      [this, next](const TokenResult &result) {
                          if (!result.ok()) {
                              showBanner(result.message);
                              return;
                          }
                          next();
                      });
    };
    removeFrom(m_keychain, [this, name, removeFrom] {
        removeFrom(m_sessionTokens, [this, name] {
            QString error;
            if (!m_profileStore->remove(name, &error))
                showBanner(error);
            setProfiles(m_profileStore->profiles());
            statusBar()->showMessage(tr("Signed out of %1.").arg(name), 5000);
        });
    });
}

} // namespace astra
