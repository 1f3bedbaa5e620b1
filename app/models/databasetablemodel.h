// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/coverage.h"
#include "inventory/organizationsnapshot.h"

#include <QAbstractTableModel>

namespace astra {

// The Databases table: one row per database of the shown organization(s), with how much of it
// customer keys protect.
class DatabaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdColumn,
        StatusColumn,
        TypeColumn,
        ProviderColumn,
        PrimaryRegionColumn,
        RegionsColumn,
        EncryptionColumn,
        CreatedColumn,
        OrganizationColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values, so columns sort by meaning, not by text
        SearchTextRole,              // name, id, regions (codes and names), provider
        DatabaseIdRole,
        OrganizationIdRole,
        CoverageRole, // int(EncryptionCoverage)
    };

    explicit DatabaseTableModel(QObject *parent = nullptr);

    // Replaces all rows with the databases of these organizations.
    void setSnapshots(const QList<OrganizationSnapshot> &snapshots);
    const Database &databaseAt(int row) const;
    // The snapshot the database of this row came from (for the Region Usage dialog).
    const OrganizationSnapshot &snapshotAt(int row) const;
    EncryptionCoverage coverageAt(int row) const { return m_rows.at(row).coverage; }
    // SearchTextRole's text, case-folded once here so that filtering a keystroke compares
    // case-sensitively (DatabaseFilterProxy).
    const QString &foldedSearchTextAt(int row) const { return m_rows.at(row).foldedSearchText; }
    // The row of a database, or -1.
    int rowOf(const QString &organizationId, const QString &databaseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qsizetype snapshot = 0;
        qsizetype database = 0;
        EncryptionCoverage coverage = EncryptionCoverage::DefaultOnly;
        QString primaryRegionText;
        QString regionsText;
        QString searchText;
        QString foldedSearchText;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString coverageTooltip(const Row &row) const;

    QList<OrganizationSnapshot> m_snapshots;
    QList<Row> m_rows;
};

} // namespace astra
