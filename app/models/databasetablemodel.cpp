// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasetablemodel.h"

#include "core/backgroundrelease.h"
#include "inventory/regionusage.h"

#include <QLocale>

#include <utility>

namespace astra {

namespace {

QString regionText(const QString &displayName, const QString &code)
{
    return displayName == code ? code : QStringLiteral("%1 (%2)").arg(displayName, code);
}

QString statusText(const QString &status)
{
    // The open set of the API: known values translated, anything else shown as served.
    if (status.compare(u"ACTIVE", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Active", "database status");
    if (status.compare(u"PENDING", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Pending", "database status");
    if (status.compare(u"HIBERNATED", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Hibernated", "database status");
    if (status.compare(u"HIBERNATING", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Hibernating", "database status");
    if (status.compare(u"RESUMING", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Resuming", "database status");
    if (status.compare(u"MAINTENANCE", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Maintenance", "database status");
    if (status.compare(u"TERMINATING", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Terminating", "database status");
    if (status.compare(u"TERMINATED", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Terminated", "database status");
    if (status.compare(u"ERROR", Qt::CaseInsensitive) == 0)
        return DatabaseTableModel::tr("Error", "database status");
    return status;
}

QString providerText(CloudProvider provider, const QString &text)
{
    return provider == CloudProvider::Unknown ? text : cloudProviderDisplayName(provider);
}

} // namespace

DatabaseTableModel::DatabaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DatabaseTableModel::setSnapshots(const QList<OrganizationSnapshot> &snapshots)
{
    beginResetModel();
    // The replaced rows and snapshots (10,000 databases' strings) are freed off the GUI thread.
    releaseInBackground(std::exchange(m_rows, {}));
    releaseInBackground(std::exchange(m_snapshots, snapshots));
    for (qsizetype s = 0; s < m_snapshots.size(); ++s) {
        const OrganizationSnapshot &snapshot = m_snapshots.at(s);
        const QSet<QString> slots = keySlots(snapshot.keys);
        for (qsizetype d = 0; d < snapshot.databases.size(); ++d) {
            const Database &db = snapshot.databases.at(d);
            Row row;
            row.snapshot = s;
            row.database = d;
            row.coverage = databaseCoverage(db, slots);
            row.primaryRegionText =
                regionText(snapshot.regionDisplayName(db.primaryProviderText, db.primaryRegion),
                           db.primaryRegion);
            QStringList codes;
            QStringList words{db.name, db.id, db.primaryProviderText,
                              cloudProviderDisplayName(db.primaryProvider), row.primaryRegionText};
            for (const Datacenter &dc : db.datacenters) {
                codes.append(dc.region);
                words.append(dc.region);
                words.append(snapshot.regionDisplayName(dc.providerText, dc.region));
            }
            row.regionsText = codes.join(QStringLiteral(", "));
            row.searchText = words.join(u'\n');
            row.foldedSearchText = row.searchText.toCaseFolded();
            m_rows.append(row);
        }
    }
    endResetModel();
}

const Database &DatabaseTableModel::databaseAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_snapshots.at(r.snapshot).databases.at(r.database);
}

const OrganizationSnapshot &DatabaseTableModel::snapshotAt(int row) const
{
    return m_snapshots.at(m_rows.at(row).snapshot);
}

int DatabaseTableModel::rowOf(const QString &organizationId, const QString &databaseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (databaseAt(i).id == databaseId && snapshotAt(i).organization.id == organizationId)
            return i;
    }
    return -1;
}

int DatabaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatabaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DatabaseTableModel::coverageTooltip(const Row &row) const
{
    const Database &db = m_snapshots.at(row.snapshot).databases.at(row.database);
    switch (row.coverage) {
    case EncryptionCoverage::CustomerKey:
        return tr("Every region of this database has a %1 key registered.")
            .arg(keyTypeDisplayName(db.keyType()).toLower());
    case EncryptionCoverage::Partial:
        return tr("Some regions of this database have no %1 key registered and use default "
                  "encryption. Open Region Usage for the details.")
            .arg(keyTypeDisplayName(db.keyType()).toLower());
    case EncryptionCoverage::DefaultOnly:
        break;
    }
    return tr("No region of this database has a %1 key registered: it uses default encryption.")
        .arg(keyTypeDisplayName(db.keyType()).toLower());
}

QVariant DatabaseTableModel::display(const Row &row, int column) const
{
    const OrganizationSnapshot &snapshot = m_snapshots.at(row.snapshot);
    const Database &db = snapshot.databases.at(row.database);
    switch (column) {
    case NameColumn:
        return db.name;
    case IdColumn:
        return db.id;
    case StatusColumn:
        return statusText(db.status);
    case TypeColumn:
        return databaseKindText(db);
    case ProviderColumn:
        return providerText(db.primaryProvider, db.primaryProviderText);
    case PrimaryRegionColumn:
        return row.primaryRegionText;
    case RegionsColumn:
        return row.regionsText;
    case EncryptionColumn:
        return encryptionCoverageText(row.coverage);
    case CreatedColumn:
        return db.creationTime.isValid()
                   ? QLocale().toString(db.creationTime.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case OrganizationColumn:
        return snapshot.organization.name.isEmpty() ? snapshot.organization.id
                                                    : snapshot.organization.name;
    default:
        return {};
    }
}

QVariant DatabaseTableModel::sortValue(const Row &row, int column) const
{
    const Database &db = m_snapshots.at(row.snapshot).databases.at(row.database);
    switch (column) {
    case StatusColumn:
        return db.status.toUpper();
    case TypeColumn:
        // Serverless before classic, then vector, then the tier.
        return QStringLiteral("%1/%2/%3")
            .arg(int(db.keyType()))
            .arg(db.dbType.isEmpty() ? 0 : 1)
            .arg(db.tier.toUpper());
    case PrimaryRegionColumn:
        return db.primaryRegion;
    case RegionsColumn:
        // By how many regions first: the multi-region databases together.
        return QStringLiteral("%1/%2")
            .arg(qlonglong(db.datacenters.size()), 4, 10, QChar(u'0'))
            .arg(row.regionsText);
    case EncryptionColumn:
        return int(row.coverage);
    case CreatedColumn:
        return db.creationTime;
    default:
        return display(row, column);
    }
}

QVariant DatabaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const OrganizationSnapshot &snapshot = m_snapshots.at(row.snapshot);
    const Database &db = snapshot.databases.at(row.database);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EncryptionColumn:
            return coverageTooltip(row);
        case CreatedColumn:
            return QLocale().toString(db.creationTime.toLocalTime(), QLocale::LongFormat);
        case StatusColumn:
            return db.status;
        case RegionsColumn: {
            QStringList lines;
            for (const Datacenter &dc : db.datacenters)
                lines.append(
                    regionText(snapshot.regionDisplayName(dc.providerText, dc.region), dc.region));
            return lines.join(u'\n');
        }
        default:
            return {};
        }
    case SortRole:
        return sortValue(row, index.column());
    case SearchTextRole:
        return row.searchText;
    case DatabaseIdRole:
        return db.id;
    case OrganizationIdRole:
        return snapshot.organization.id;
    case CoverageRole:
        return int(row.coverage);
    default:
        return {};
    }
}

QVariant DatabaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name", "column");
    case IdColumn:
        return tr("ID", "column");
    case StatusColumn:
        return tr("Status", "column");
    case TypeColumn:
        return tr("Type", "column");
    case ProviderColumn:
        return tr("Provider", "column");
    case PrimaryRegionColumn:
        return tr("Primary region", "column");
    case RegionsColumn:
        return tr("Regions", "column");
    case EncryptionColumn:
        return tr("Encryption", "column");
    case CreatedColumn:
        return tr("Created", "column");
    case OrganizationColumn:
        return tr("Organization", "column");
    default:
        return {};
    }
}

} // namespace astra
