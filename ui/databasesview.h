// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/organizationsnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace astra {

class DatabaseFilterProxy;
class DatabaseTableModel;

// The Databases page beside the keys: a search field, a coverage filter and the table of
// databases. Enter, a double-click or "Region Usage…" asks for one database's details.
class DatabasesView : public QWidget
{
    Q_OBJECT
public:
    explicit DatabasesView(QWidget *parent = nullptr);

    void setSnapshots(const QList<OrganizationSnapshot> &snapshots);

    DatabaseTableModel *model() const { return m_model; }
    DatabaseFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_searchField; }
    QTableView *table() const { return m_table; }

    // The snapshot holding this organization's databases, or nullptr.
    const OrganizationSnapshot *snapshotOf(const QString &organizationId) const;

public Q_SLOTS:
    // Focuses the search field (Ctrl+F).
    void focusSearch();
    // Asks for the Region Usage of the selected database, if any.
    void requestRegionUsage();

Q_SIGNALS:
    void regionUsageRequested(const QString &organizationId, const QString &databaseId);

private:
    void updateCount();
    void updateButtons();

    DatabaseTableModel *m_model;
    DatabaseFilterProxy *m_proxy;
    QList<OrganizationSnapshot> m_snapshots;
    QLineEdit *m_searchField = nullptr;
    QComboBox *m_coverageFilter = nullptr;
    QPushButton *m_regionUsageButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace astra
