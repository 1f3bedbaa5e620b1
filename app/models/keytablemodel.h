// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/keyusage.h"
#include "inventory/organizationsnapshot.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace astra {

// The Key Encryption table: one row per customer key of the shown organization(s).
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        KeyIdColumn,
        ProviderColumn,
        RegionColumn,
        TypeColumn,
        DatabasesColumn,
        FirstSeenColumn, // when this computer first saw the key (local history)
        OrganizationColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values, so columns sort by meaning, not by text
        SearchTextRole,              // key id, region, provider and database names
        KeyIdRole,
        OrganizationIdRole,
        ProviderRole, // CloudProvider as int
        StatusRole,   // KeyStatus as int: the Portal's status
        TypeRole,     // KeyType as int
    };

    explicit KeyTableModel(QObject *parent = nullptr);

    // Replaces all rows with the keys of these organizations.
    // sightings: per organization id, the local history's bounds on registration times.
    void setSnapshots(const QList<OrganizationSnapshot> &snapshots,
                      const QHash<QString, QHash<QString, KeySighting>> &sightings = {});
    // The same, with derivation and row building on a worker thread: only swapping the rows in
    // runs on this thread, so the window stays responsive at the end of a refresh of 10,000
    // databases (docs/performance.md). snapshotsApplied() follows once the rows are in. A later
    // call, asynchronous or not, supersedes one still building, whose rows are then dropped.
    void
    setSnapshotsInBackground(const QList<OrganizationSnapshot> &snapshots,
                             const QHash<QString, QHash<QString, KeySighting>> &sightings = {});
    bool isBuilding() const { return m_building; }
    const KeyUsage &usageAt(int row) const { return m_rows.at(row).usage; }
    // SearchTextRole's text, case-folded once here so that filtering a keystroke compares
    // without folding 10,000 rows again (KeyFilterProxy).
    const QString &foldedSearchTextAt(int row) const { return m_rows.at(row).foldedSearchText; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void snapshotsApplied();

private:
    struct Row
    {
        KeyUsage usage;
        QString organizationId;
        QString organizationName;
        QString regionDisplayName;
        bool usageKnown = true;
        QString searchText;
        QString foldedSearchText;
    };
    static QList<Row> buildRows(const QList<OrganizationSnapshot> &snapshots,
                                const QHash<QString, QHash<QString, KeySighting>> &sightings);
    void applyRows(QList<Row> rows);
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString statusTooltip(const Row &row) const;

    QList<Row> m_rows;
    quint64 m_generation = 0; // of the latest setSnapshots*, so older builds are dropped
    bool m_building = false;
    QIcon m_inUseIcon;
    QIcon m_availableIcon;
    QIcon m_awsIcon;
    QIcon m_gcpIcon;
    QIcon m_azureIcon;
};

} // namespace astra
