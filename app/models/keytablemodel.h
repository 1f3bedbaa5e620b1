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
    const KeyUsage &usageAt(int row) const { return m_rows.at(row).usage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        KeyUsage usage;
        QString organizationId;
        QString organizationName;
        QString regionDisplayName;
        bool usageKnown = true;
        QString searchText;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString statusTooltip(const Row &row) const;

    QList<Row> m_rows;
    QIcon m_inUseIcon;
    QIcon m_availableIcon;
    QIcon m_awsIcon;
    QIcon m_gcpIcon;
    QIcon m_azureIcon;
};

} // namespace astra
