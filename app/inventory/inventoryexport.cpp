// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryexport.h"

#include "coverage.h"
#include "keyusage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace astra {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString statusCode(KeyStatus status)
{
    return status == KeyStatus::InUse ? QStringLiteral("in-use") : QStringLiteral("available");
}

QString typeCode(KeyType type)
{
    return type == KeyType::Classic ? QStringLiteral("classic") : QStringLiteral("serverless");
}

struct Tables
{
    QStringList header;
    QList<QStringList> rows;
    QJsonArray json;
};

Tables keyTables(const QList<OrganizationSnapshot> &snapshots,
                 const QHash<QString, QHash<QString, KeySighting>> &sightings)
{
    Tables t;
    t.header = {QStringLiteral("organization_id"),
                QStringLiteral("organization_name"),
                QStringLiteral("type"),
                QStringLiteral("provider"),
                QStringLiteral("region"),
                QStringLiteral("region_name"),
                QStringLiteral("key_id"),
                QStringLiteral("status"),
                QStringLiteral("derived_status"),
                QStringLiteral("usage_tracking"),
                QStringLiteral("database_count"),
                QStringLiteral("databases")};
    for (const OrganizationSnapshot &s : snapshots) {
        for (const KeyUsage &u :
             deriveKeyUsage(s.keys, s.databases, sightings.value(s.organization.id))) {
            QStringList names;
            QJsonArray uses;
            for (const KeyUse &use : u.uses) {
                names.append(use.databaseName);
                uses.append(
                    QJsonObject{{QStringLiteral("databaseId"), use.databaseId},
                                {QStringLiteral("databaseName"), use.databaseName},
                                {QStringLiteral("datacenterId"), use.datacenterId},
                                {QStringLiteral("certainty"), use.certainty == UseCertainty::Certain
                                                                  ? QStringLiteral("certain")
                                                                  : QStringLiteral("likely")}});
            }
            const QString tracking = !s.databasesLoaded           ? QStringLiteral("unknown")
                                     : u.usageTrackingUnavailable ? QStringLiteral("derived-only")
                                                                  : QStringLiteral("derived");
            t.rows.append({s.organization.id, s.organization.name, typeCode(u.key.type),
                           u.key.providerText, u.key.region,
                           s.regionDisplayName(u.key.providerText, u.key.region), u.key.keyId,
                           statusCode(u.portalStatus), statusCode(u.derivedStatus), tracking,
                           QString::number(u.databaseCount()), names.join(u';')});
            t.json.append(
                QJsonObject{{QStringLiteral("organizationId"), s.organization.id},
                            {QStringLiteral("organizationName"), s.organization.name},
                            {QStringLiteral("type"), typeCode(u.key.type)},
                            {QStringLiteral("provider"), u.key.providerText},
                            {QStringLiteral("region"), u.key.region},
                            {QStringLiteral("regionName"),
                             s.regionDisplayName(u.key.providerText, u.key.region)},
                            {QStringLiteral("keyId"), u.key.keyId},
                            {QStringLiteral("status"), statusCode(u.portalStatus)},
                            {QStringLiteral("derivedStatus"), statusCode(u.derivedStatus)},
                            {QStringLiteral("usageTracking"), tracking},
                            {QStringLiteral("databases"), uses}});
        }
    }
    return t;
}

Tables databaseTables(const QList<OrganizationSnapshot> &snapshots)
{
    Tables t;
    t.header = {QStringLiteral("organization_id"), QStringLiteral("organization_name"),
                QStringLiteral("database_id"),     QStringLiteral("name"),
                QStringLiteral("status"),          QStringLiteral("tier"),
                QStringLiteral("db_type"),         QStringLiteral("provider"),
                QStringLiteral("primary_region"),  QStringLiteral("regions"),
                QStringLiteral("encryption"),      QStringLiteral("created")};
    for (const OrganizationSnapshot &s : snapshots) {
        const QSet<QString> slots = keySlots(s.keys);
        for (const Database &db : s.databases) {
            QStringList regions;
            for (const Datacenter &dc : db.datacenters)
                regions.append(dc.region);
            const QString encryption = encryptionCoverageCode(databaseCoverage(db, slots));
            t.rows.append({s.organization.id, s.organization.name, db.id, db.name, db.status,
                           db.tier, db.dbType, db.primaryProviderText, db.primaryRegion,
                           regions.join(u';'), encryption, isoTime(db.creationTime)});
            t.json.append(
                QJsonObject{{QStringLiteral("organizationId"), s.organization.id},
                            {QStringLiteral("organizationName"), s.organization.name},
                            {QStringLiteral("id"), db.id},
                            {QStringLiteral("name"), db.name},
                            {QStringLiteral("status"), db.status},
                            {QStringLiteral("tier"), db.tier},
                            {QStringLiteral("dbType"), db.dbType},
                            {QStringLiteral("provider"), db.primaryProviderText},
                            {QStringLiteral("primaryRegion"), db.primaryRegion},
                            {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
                            {QStringLiteral("encryption"), encryption},
                            {QStringLiteral("created"), isoTime(db.creationTime)}});
        }
    }
    return t;
}

Tables regionTables(const QList<OrganizationSnapshot> &snapshots)
{
    Tables t;
    t.header = {QStringLiteral("organization_id"),
                QStringLiteral("organization_name"),
                QStringLiteral("gap"),
                QStringLiteral("type"),
                QStringLiteral("provider"),
                QStringLiteral("region"),
                QStringLiteral("region_name"),
                QStringLiteral("key_id"),
                QStringLiteral("database_ids"),
                QStringLiteral("databases"),
                QStringLiteral("covered_regions")};
    for (const OrganizationSnapshot &s : snapshots) {
        if (!s.databasesLoaded) {
            // No gap can be told from missing data: say so rather than report a clean bill.
            t.rows.append({s.organization.id, s.organization.name, QStringLiteral("unknown"),
                           QString(), QString(), QString(), QString(), QString(), QString(),
                           QString(), QString()});
            t.json.append(QJsonObject{{QStringLiteral("organizationId"), s.organization.id},
                                      {QStringLiteral("organizationName"), s.organization.name},
                                      {QStringLiteral("gap"), QStringLiteral("unknown")}});
            continue;
        }
        for (const CoverageGap &gap : findCoverageGaps(s)) {
            const QString kind = coverageGapKindCode(gap.kind);
            t.rows.append({gap.organizationId, gap.organizationName, kind, typeCode(gap.type),
                           gap.providerText, gap.region, gap.regionDisplayName, gap.keyId,
                           gap.databaseIds.join(u';'), gap.databaseNames.join(u';'),
                           gap.coveredRegions.join(u';')});
            t.json.append(QJsonObject{
                {QStringLiteral("organizationId"), gap.organizationId},
                {QStringLiteral("organizationName"), gap.organizationName},
                {QStringLiteral("gap"), kind},
                {QStringLiteral("type"), typeCode(gap.type)},
                {QStringLiteral("provider"), gap.providerText},
                {QStringLiteral("region"), gap.region},
                {QStringLiteral("regionName"), gap.regionDisplayName},
                {QStringLiteral("keyId"), gap.keyId},
                {QStringLiteral("databaseIds"), QJsonArray::fromStringList(gap.databaseIds)},
                {QStringLiteral("databases"), QJsonArray::fromStringList(gap.databaseNames)},
                {QStringLiteral("coveredRegions"),
                 QJsonArray::fromStringList(gap.coveredRegions)}});
        }
    }
    return t;
}

} // namespace

std::optional<ExportFormat> exportFormatFromString(const QString &text)
{
    if (text.compare(u"csv", Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (text.compare(u"json", Qt::CaseInsensitive) == 0)
        return ExportFormat::Json;
    return std::nullopt;
}

std::optional<ExportContent> exportContentFromString(const QString &text)
{
    if (text.compare(u"keys", Qt::CaseInsensitive) == 0)
        return ExportContent::Keys;
    if (text.compare(u"databases", Qt::CaseInsensitive) == 0)
        return ExportContent::Databases;
    if (text.compare(u"regions", Qt::CaseInsensitive) == 0)
        return ExportContent::Regions;
    return std::nullopt;
}

QString csvField(const QString &value)
{
    QString field = value;
    if (!field.isEmpty() && QStringView(u"=+-@\t\r").contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r')) {
        field.replace(u'"', QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

QByteArray exportInventory(const QList<OrganizationSnapshot> &snapshots, ExportFormat format,
                           ExportContent content,
                           const QHash<QString, QHash<QString, KeySighting>> &sightings)
{
    Tables t;
    QString name;
    switch (content) {
    case ExportContent::Keys:
        t = keyTables(snapshots, sightings);
        name = QStringLiteral("keys");
        break;
    case ExportContent::Databases:
        t = databaseTables(snapshots);
        name = QStringLiteral("databases");
        break;
    case ExportContent::Regions:
        t = regionTables(snapshots);
        name = QStringLiteral("coverageGaps");
        break;
    }
    if (format == ExportFormat::Json) {
        QJsonObject root{{name, t.json}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    QString out;
    auto line = [&out](const QStringList &fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(csvField(f));
        out += escaped.join(u',') + QStringLiteral("\r\n");
    };
    line(t.header);
    for (const QStringList &row : t.rows)
        line(row);
    return out.toUtf8();
}

} // namespace astra
