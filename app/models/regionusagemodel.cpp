// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionusagemodel.h"

#include <QLocale>

namespace astra {

RegionUsageModel::RegionUsageModel(QObject *parent)
    : QAbstractTableModel(parent)
    // Loaded once: data() runs for every visible cell on every repaint.
    , m_inUseIcon(QStringLiteral(":/astra/icons/status-in-use.svg"))
    , m_availableIcon(QStringLiteral(":/astra/icons/status-available.svg"))
{}

void RegionUsageModel::setDatabase(const Database &database, const OrganizationSnapshot &snapshot,
                                   const QHash<QString, KeySighting> &sightings)
{
    beginResetModel();
    m_database = database;
    m_snapshot = snapshot;
    // The dialog needs the keys and the region names only; the other databases can go.
    m_snapshot.databases.clear();
    m_sightings = sightings;
    m_rows = deriveRegionUsage(m_database, m_snapshot, m_sightings);
    endResetModel();
}

void RegionUsageModel::setDatacenters(const QList<Datacenter> &datacenters)
{
    beginResetModel();
    m_rows = deriveRegionUsage(m_database, datacenters, m_snapshot, m_sightings);
    endResetModel();
}

int RegionUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegionUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionUsageModel::display(const RegionUsage &row, int column) const
{
    const Datacenter &dc = row.datacenter;
    switch (column) {
    case RegionColumn:
        return row.regionDisplayName == dc.region
                   ? dc.region
                   : QStringLiteral("%1 (%2)").arg(row.regionDisplayName, dc.region);
    case ProviderColumn:
        return dc.provider == CloudProvider::Unknown ? dc.providerText
                                                     : cloudProviderDisplayName(dc.provider);
    case DatacenterStatusColumn:
        if (row.terminated)
            return tr("Terminated", "datacenter status");
        // Serverless datacenters often say nothing: their database's status applies.
        return dc.status.isEmpty() ? m_database.status : dc.status;
    case CapacityUnitsColumn:
        return QLocale().toString(dc.capacityUnits);
    case CreatedColumn:
        return dc.dateCreated.isValid()
                   ? QLocale().toString(dc.dateCreated.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case KeyColumn:
        return row.keyText();
    case KeyStatusColumn:
        return row.stateText();
    default:
        return {};
    }
}

QVariant RegionUsageModel::sortValue(const RegionUsage &row, int column) const
{
    switch (column) {
    case RegionColumn:
        return row.datacenter.region;
    case CapacityUnitsColumn:
        return row.datacenter.capacityUnits;
    case CreatedColumn:
        return row.datacenter.dateCreated;
    case KeyStatusColumn:
        return int(row.state);
    default:
        return display(row, column);
    }
}

QVariant RegionUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegionUsage &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == KeyStatusColumn)
            return row.explanation();
        if (index.column() == KeyColumn && row.hasKey)
            return row.key.keyId;
        if (index.column() == CreatedColumn && row.datacenter.dateCreated.isValid())
            return QLocale().toString(row.datacenter.dateCreated.toLocalTime(),
                                      QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        // Beside the text, never instead of it.
        if (index.column() == KeyStatusColumn && row.state != RegionKeyState::Terminated)
            return row.state == RegionKeyState::InUse ? m_inUseIcon : m_availableIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CapacityUnitsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case DatacenterIdRole:
        return row.datacenter.id;
    case StateRole:
        return int(row.state);
    case KeyIdRole:
        return row.hasKey ? row.key.keyId : QString();
    default:
        return {};
    }
}

QVariant RegionUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegionColumn:
        return tr("Region", "column");
    case ProviderColumn:
        return tr("Provider", "column");
    case DatacenterStatusColumn:
        return tr("Status", "datacenter status column");
    case CapacityUnitsColumn:
        return tr("Capacity units", "column");
    case CreatedColumn:
        return tr("Created", "column");
    case KeyColumn:
        return tr("Customer key", "column");
    case KeyStatusColumn:
        return tr("Key status", "column");
    default:
        return {};
    }
}

QString RegionUsageModel::toPlainText() const
{
    QList<QStringList> lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    lines.append(header);
    for (const RegionUsage &row : m_rows) {
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields.append(display(row, c).toString());
        lines.append(fields);
    }
    QList<qsizetype> widths(ColumnCount, 0);
    for (const QStringList &fields : lines) {
        for (int c = 0; c < ColumnCount; ++c)
            widths[c] = qMax(widths[c], fields.at(c).size());
    }
    QString out;
    for (const QStringList &fields : lines) {
        QString line;
        for (int c = 0; c < ColumnCount; ++c) {
            // The last column is not padded: no trailing blanks in a pasted ticket.
            line += c + 1 < ColumnCount ? fields.at(c).leftJustified(widths[c] + 2) : fields.at(c);
        }
        out += line + u'\n';
    }
    return out;
}

} // namespace astra
