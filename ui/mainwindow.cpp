// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "inventory/inventoryservice.h"
#include "models/keyfilterproxy.h"
#include "models/keytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace astra {

namespace {

// The enterprise combo's entry for organizations outside any enterprise.
const QString NoEnterprise = QStringLiteral("\x01none");

} // namespace

MainWindow::MainWindow(QList<ConnectionProfile> profiles, InventoryService *inventory,
                       bool tokensPersistent, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::move(profiles))
    , m_inventory(inventory)
    , m_tokensPersistent(tokensPersistent)
    , m_model(new KeyTableModel(this))
    , m_proxy(new KeyFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Astra Keys"));
    m_proxy->setSourceModel(m_model);
    buildUi();

    connect(m_inventory, &InventoryService::progress, m_statusLabel, &QLabel::setText);
    connect(m_inventory, &InventoryService::loaded, this, &MainWindow::onLoaded);
    connect(m_inventory, &InventoryService::failed, this, &MainWindow::onFailed);

    fillEnterprises();
}

MainWindow::~MainWindow() = default;

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
                                "with it."),
                             central);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filterRow = new QHBoxLayout;
    auto *enterpriseLabel = new QLabel(tr("&Enterprise:"), central);
    m_enterpriseCombo = new QComboBox(central);
    m_enterpriseCombo->setObjectName(QStringLiteral("enterpriseCombo"));
    m_enterpriseCombo->setAccessibleName(tr("Enterprise"));
    m_enterpriseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    enterpriseLabel->setBuddy(m_enterpriseCombo);
    auto *organizationLabel = new QLabel(tr("&Organization:"), central);
    m_organizationCombo = new QComboBox(central);
    m_organizationCombo->setObjectName(QStringLiteral("organizationCombo"));
    m_organizationCombo->setAccessibleName(tr("Organization"));
    m_organizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    organizationLabel->setBuddy(m_organizationCombo);
    m_searchField = new QLineEdit(central);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search keys, regions, databases (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search keys"));
    m_searchField->setClearButtonEnabled(true);
    m_refreshButton = new QToolButton(central);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Load the keys again (F5)"));
    filterRow->addWidget(enterpriseLabel);
    filterRow->addWidget(m_enterpriseCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(organizationLabel);
    filterRow->addWidget(m_organizationCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_searchField, 1);
    filterRow->addWidget(m_refreshButton);
    layout->addLayout(filterRow);

    m_banner = new QWidget(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x12, 0x0b));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("errorText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Retry"), m_banner);
    retry->setObjectName(QStringLiteral("retryButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setAccessibleName(tr("Customer keys"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KeyTableModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The key id takes the room there is and elides in the middle; the tooltip has it whole.
    m_table->horizontalHeader()->setSectionResizeMode(KeyTableModel::KeyIdColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(KeyTableModel::OrganizationColumn, true);
    layout->addWidget(m_table, 1);

    m_emptyLabel = new QLabel(central);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();
    layout->addWidget(m_emptyLabel);

    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    if (!m_tokensPersistent) {
        auto *notice = new QLabel(tr("Tokens are held in memory for this session only."), this);
        notice->setObjectName(QStringLiteral("sessionTokensNotice"));
        statusBar()->addPermanentWidget(notice);
    }

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    addAction(find);
    auto *reload = new QAction(this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::refresh);
    addAction(reload);

    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &KeyFilterProxy::setSearchText);
    connect(m_refreshButton, &QToolButton::clicked, this, &MainWindow::refresh);
    connect(retry, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_enterpriseCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::fillOrganizations);
    connect(m_organizationCombo, &QComboBox::currentIndexChanged, this, &MainWindow::refresh);

    resize(1180, 720);
}

void MainWindow::fillEnterprises()
{
    const QSignalBlocker blocker(m_enterpriseCombo);
    m_enterpriseCombo->clear();
    for (const QString &label : enterpriseLabels(m_profiles))
        m_enterpriseCombo->addItem(label, label);
    const bool hasLoose =
        std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                    [](const ConnectionProfile &p) { return p.enterprise.isEmpty(); });
    if (hasLoose)
        m_enterpriseCombo->addItem(tr("No enterprise"), NoEnterprise);
    fillOrganizations();
}

void MainWindow::fillOrganizations()
{
    const QString enterprise = m_enterpriseCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_organizationCombo);
        m_organizationCombo->clear();
        for (qsizetype i = 0; i < m_profiles.size(); ++i) {
            const ConnectionProfile &profile = m_profiles.at(i);
            const bool belongs = enterprise == NoEnterprise ? profile.enterprise.isEmpty()
                                                            : profile.enterprise == enterprise;
            if (belongs)
                m_organizationCombo->addItem(profile.displayName(), int(i));
        }
    }
    refresh();
}

const ConnectionProfile *MainWindow::currentProfile() const
{
    const QVariant index = m_organizationCombo->currentData();
    if (!index.isValid())
        return nullptr;
    return &m_profiles.at(index.toInt());
}

void MainWindow::refresh()
{
    const ConnectionProfile *profile = currentProfile();
    if (!profile) {
        m_statusLabel->setText(tr("No organization yet. Add one with: astra-keys profile add"));
        noteFirstLoad();
        return;
    }
    m_statusLabel->setText(tr("Loading %1…").arg(profile->displayName()));
    m_inventory->load(*profile);
}

void MainWindow::onLoaded(const ConnectionProfile &profile, const OrganizationSnapshot &snapshot)
{
    m_banner->hide();
    m_model->setSnapshots({snapshot});
    m_table->resizeColumnsToContents();
    m_hasData = true;
    const int keys = int(snapshot.keys.size());
    m_emptyLabel->setVisible(keys == 0);
    if (keys == 0)
        m_emptyLabel->setText(tr("%1 has no customer keys yet. A customer-managed key encrypts "
                                 "the databases of one cloud provider and region with a key you "
                                 "control in your cloud's key management service; register one "
                                 "in the Astra Portal under Settings > Security.")
                                  .arg(profile.displayName()));
    QString status =
        tr("Keys: %1 · Databases: %2 · Refreshed at %3")
            .arg(QLocale().toString(keys), QLocale().toString(snapshot.databases.size()),
                 QLocale().toString(snapshot.fetchedAt.toLocalTime().time(), QLocale::ShortFormat));
    if (!snapshot.databasesLoaded && !snapshot.databasesError.isEmpty())
        showBanner(tr("Key status may be incomplete: %1").arg(snapshot.databasesError));
    m_statusLabel->setText(status);
    noteFirstLoad();
}

void MainWindow::onFailed(const ConnectionProfile &profile, const ApiError &error)
{
    Q_UNUSED(profile)
    showBanner(m_hasData ? tr("%1 The table shows the last loaded data.").arg(error.message)
                         : error.message);
    m_statusLabel->setText(m_hasData ? tr("Stale: the last refresh failed.") : QString());
    noteFirstLoad();
}

void MainWindow::showBanner(const QString &text)
{
    m_bannerText->setText(text);
    m_banner->show();
}

void MainWindow::noteFirstLoad()
{
    if (m_firstLoadDone)
        return;
    m_firstLoadDone = true;
    Q_EMIT firstLoadFinished();
}

} // namespace astra
