// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/regionusage.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace astra {

// Region Usage details of one database: one row per region (datacenter) with the customer key
// there and its status.
class RegionUsageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RegionColumn,
        ProviderColumn,
        DatacenterStatusColumn,
        CapacityUnitsColumn,
        CreatedColumn,
        KeyColumn,
        KeyStatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values
        DatacenterIdRole,
        StateRole, // int(RegionKeyState)
        KeyIdRole, // empty when no key is registered there
    };

    explicit RegionUsageModel(QObject *parent = nullptr);

    // The database's own regions. sightings: KeyHistory::sightings().
    void setDatabase(const Database &database, const OrganizationSnapshot &snapshot,
                     const QHash<QString, KeySighting> &sightings = {});
    // Replaces the regions shown, e.g. with the answer of ?all=true (terminated ones included).
    void setDatacenters(const QList<Datacenter> &datacenters);

    const Database &database() const { return m_database; }
    const RegionUsage &usageAt(int row) const { return m_rows.at(row); }

    // The table as plain text with aligned columns and a header, for the clipboard.
    QString toPlainText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RegionUsage &row, int column) const;
    QVariant sortValue(const RegionUsage &row, int column) const;

    Database m_database;
    OrganizationSnapshot m_snapshot;
    QHash<QString, KeySighting> m_sightings;
    QList<RegionUsage> m_rows;
    QIcon m_inUseIcon;
    QIcon m_availableIcon;
};

} // namespace astra
