// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keytablemodel.h"

#include "core/backgroundrelease.h"

#include <QFuture>
#include <QLocale>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace astra {

KeyTableModel::KeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    // Loaded once: data() runs for every visible cell on every repaint.
    , m_inUseIcon(QStringLiteral(":/astra/icons/status-in-use.svg"))
    , m_availableIcon(QStringLiteral(":/astra/icons/status-available.svg"))
    , m_awsIcon(QStringLiteral(":/astra/icons/provider-aws.svg"))
    , m_gcpIcon(QStringLiteral(":/astra/icons/provider-gcp.svg"))
    , m_azureIcon(QStringLiteral(":/astra/icons/provider-azure.svg"))
{}

QList<KeyTableModel::Row>
KeyTableModel::buildRows(const QList<OrganizationSnapshot> &snapshots,
                         const QHash<QString, QHash<QString, KeySighting>> &sightings)
{
    QList<Row> rows;
    for (const OrganizationSnapshot &snapshot : snapshots) {
        const QList<KeyUsage> usages = deriveKeyUsage(snapshot.keys, snapshot.databases,
                                                      sightings.value(snapshot.organization.id));
        for (const KeyUsage &usage : usages) {
            Row row;
            row.usage = usage;
            row.organizationId = snapshot.organization.id;
            row.organizationName = snapshot.organization.name;
            row.regionDisplayName =
                snapshot.regionDisplayName(usage.key.providerText, usage.key.region);
            row.usageKnown = snapshot.databasesLoaded;
            QStringList words{usage.key.keyId, usage.key.region, row.regionDisplayName,
                              usage.key.providerText, cloudProviderDisplayName(usage.key.provider)};
            for (const KeyUse &use : usage.uses)
                words.append(use.databaseName);
            row.searchText = words.join(u'\n');
            row.foldedSearchText = row.searchText.toCaseFolded();
            rows.append(row);
        }
    }
    return rows;
}

void KeyTableModel::applyRows(QList<Row> rows)
{
    beginResetModel();
    QList<Row> replaced = std::exchange(m_rows, std::move(rows));
    endResetModel();
    releaseInBackground(std::move(replaced)); // every database's uses: ~18,000 for 10,000
}

void KeyTableModel::setSnapshots(const QList<OrganizationSnapshot> &snapshots,
                                 const QHash<QString, QHash<QString, KeySighting>> &sightings)
{
    ++m_generation;
    m_building = false;
    applyRows(buildRows(snapshots, sightings));
}

void KeyTableModel::setSnapshotsInBackground(
    const QList<OrganizationSnapshot> &snapshots,
    const QHash<QString, QHash<QString, KeySighting>> &sightings)
{
    const quint64 generation = ++m_generation;
    m_building = true;
    auto promise = std::make_shared<QPromise<QList<Row>>>();
    promise->future().then(this, [this, generation](const QList<Row> &rows) {
        if (generation != m_generation)
            return; // superseded while it was building
        m_building = false;
        applyRows(rows);
        Q_EMIT snapshotsApplied();
    });
    // Snapshots are implicitly shared and never changed in place: the worker reads copies.
    QThreadPool::globalInstance()->start([promise, snapshots, sightings] {
        promise->start();
        promise->addResult(buildRows(snapshots, sightings));
        promise->finish();
    });
}

int KeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyTableModel::statusTooltip(const Row &row) const
{
    if (row.usage.usageTrackingUnavailable) {
        return azureUsageTrackingTooltip() + u'\n' +
               tr("Derived by Astra Keys: databases using it: %1.")
                   .arg(QLocale().toString(row.usage.databaseCount()));
    }
    if (!row.usageKnown)
        return tr("The databases could not be loaded, so the status may be out of date.");
    if (row.usage.derivedStatus == KeyStatus::InUse)
        return tr("Databases encrypted with it in this region: %1.")
            .arg(QLocale().toString(row.usage.databaseCount()));
    return tr("Registered, but no database in this region uses it.");
}

QVariant KeyTableModel::display(const Row &row, int column) const
{
    const CustomerKey &key = row.usage.key;
    switch (column) {
    case StatusColumn:
        return keyStatusText(row.usage.portalStatus);
    case KeyIdColumn:
        return key.keyId;
    case ProviderColumn:
        return key.provider == CloudProvider::Unknown ? key.providerText
                                                      : cloudProviderDisplayName(key.provider);
    case RegionColumn:
        return row.regionDisplayName == key.region
                   ? key.region
                   : QStringLiteral("%1 (%2)").arg(row.regionDisplayName, key.region);
    case TypeColumn:
        return keyTypeDisplayName(key.type);
    case DatabasesColumn:
        return row.usageKnown ? QLocale().toString(row.usage.databaseCount()) : QStringLiteral("?");
    case FirstSeenColumn:
        // When this computer first saw the key: the API has no registration time.
        return row.usage.sighting.firstSeen.isValid()
                   ? QLocale().toString(row.usage.sighting.firstSeen.toLocalTime(),
                                        QLocale::ShortFormat)
                   : QString();
    case OrganizationColumn:
        return row.organizationName;
    default:
        return {};
    }
}

QVariant KeyTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(row.usage.portalStatus);
    case RegionColumn:
        return row.usage.key.region;
    case DatabasesColumn:
        return row.usage.databaseCount();
    case FirstSeenColumn:
        return row.usage.sighting.firstSeen;
    default:
        return display(row, column);
    }
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusTooltip(row);
        if (index.column() == KeyIdColumn)
            return row.usage.key.keyId;
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return row.usage.portalStatus == KeyStatus::InUse ? m_inUseIcon : m_availableIcon;
        if (index.column() == ProviderColumn) {
            switch (row.usage.key.provider) {
            case CloudProvider::Aws:
                return m_awsIcon;
            case CloudProvider::Gcp:
                return m_gcpIcon;
            case CloudProvider::Azure:
                return m_azureIcon;
            case CloudProvider::Unknown:
                break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DatabasesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case SearchTextRole:
        return row.searchText;
    case KeyIdRole:
        return row.usage.key.keyId;
    case OrganizationIdRole:
        return row.organizationId;
    case ProviderRole:
        return int(row.usage.key.provider);
    case StatusRole:
        return int(row.usage.portalStatus);
    case TypeRole:
        return int(row.usage.key.type);
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status", "column");
    case KeyIdColumn:
        return tr("Key ID", "column");
    case ProviderColumn:
        return tr("Provider", "column");
    case RegionColumn:
        return tr("Region", "column");
    case TypeColumn:
        return tr("Type", "column");
    case DatabasesColumn:
        return tr("Databases", "column");
    case FirstSeenColumn:
        return tr("First seen", "column");
    case OrganizationColumn:
        return tr("Organization", "column");
    default:
        return {};
    }
}

} // namespace astra
