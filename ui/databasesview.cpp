// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesview.h"

#include "models/databasefilterproxy.h"
#include "models/databasetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astra {

DatabasesView::DatabasesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DatabaseTableModel(this))
    , m_proxy(new DatabaseFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("databaseSearchField"));
    m_searchField->setAccessibleName(tr("Search databases"));
    m_searchField->setPlaceholderText(tr("Search by name, ID or region"));
    m_searchField->setClearButtonEnabled(true);

    m_coverageFilter = new QComboBox(this);
    m_coverageFilter->setObjectName(QStringLiteral("databaseCoverageFilter"));
    m_coverageFilter->setAccessibleName(tr("Encryption coverage filter"));
    m_coverageFilter->addItem(tr("All databases"), -1);
    m_coverageFilter->addItem(encryptionCoverageText(EncryptionCoverage::CustomerKey),
                              int(EncryptionCoverage::CustomerKey));
    m_coverageFilter->addItem(encryptionCoverageText(EncryptionCoverage::Partial),
                              int(EncryptionCoverage::Partial));
    m_coverageFilter->addItem(encryptionCoverageText(EncryptionCoverage::DefaultOnly),
                              int(EncryptionCoverage::DefaultOnly));

    m_regionUsageButton = new QPushButton(tr("Region Usage…"), this);
    m_regionUsageButton->setObjectName(QStringLiteral("regionUsageButton"));
    m_regionUsageButton->setAccessibleName(tr("Show the region usage of the selected database"));
    m_regionUsageButton->setEnabled(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("databaseTable"));
    m_table->setAccessibleName(tr("Databases"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DatabaseTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("databaseCountLabel"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_searchField, 1);
    bar->addWidget(m_coverageFilter);
    bar->addWidget(m_regionUsageButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &DatabaseFilterProxy::setSearchText);
    connect(m_coverageFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_coverageFilter->currentData().toInt();
        m_proxy->setCoverageFilter(value < 0 ? std::nullopt
                                             : std::optional(EncryptionCoverage(value)));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DatabasesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DatabasesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DatabasesView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DatabasesView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatabasesView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DatabasesView::updateButtons);
    connect(m_table, &QTableView::activated, this, &DatabasesView::requestRegionUsage);
    connect(m_regionUsageButton, &QPushButton::clicked, this, &DatabasesView::requestRegionUsage);
    updateCount();
}

void DatabasesView::setSnapshots(const QList<OrganizationSnapshot> &snapshots)
{
    m_snapshots = snapshots;
    m_model->setSnapshots(snapshots);
    m_table->resizeColumnsToContents();
}

const OrganizationSnapshot *DatabasesView::snapshotOf(const QString &organizationId) const
{
    for (const OrganizationSnapshot &snapshot : m_snapshots) {
        if (snapshot.organization.id == organizationId)
            return &snapshot;
    }
    return nullptr;
}

void DatabasesView::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void DatabasesView::requestRegionUsage()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT regionUsageRequested(current.data(DatabaseTableModel::OrganizationIdRole).toString(),
                                current.data(DatabaseTableModel::DatabaseIdRole).toString());
}

void DatabasesView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_countLabel->setText(
        shown == all ? tr("%n database(s)", nullptr, all)
                     : tr("%1 of %n database(s)", nullptr, all).arg(QLocale().toString(shown)));
}

void DatabasesView::updateButtons()
{
    m_regionUsageButton->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace astra
