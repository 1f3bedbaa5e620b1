// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcache.h"

#include "keyhistory.h"
#include "storagelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace astra {

namespace {

const QString formatName = QStringLiteral("astra-keys/snapshot");

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject keyJson(const CustomerKey &key)
{
    return {{QStringLiteral("organizationId"), key.organizationId},
            {QStringLiteral("type"), key.type == KeyType::Classic ? QStringLiteral("classic")
                                                                  : QStringLiteral("serverless")},
            {QStringLiteral("provider"), key.providerText},
            {QStringLiteral("keyId"), key.keyId},
            {QStringLiteral("region"), key.region}};
}

CustomerKey keyFrom(const QJsonObject &o)
{
    CustomerKey key;
    key.organizationId = o.value(u"organizationId").toString();
    key.type = o.value(u"type").toString() == u"classic" ? KeyType::Classic : KeyType::Serverless;
    key.providerText = o.value(u"provider").toString();
    key.provider = cloudProviderFromString(key.providerText);
    key.keyId = o.value(u"keyId").toString();
    key.region = o.value(u"region").toString();
    return key;
}

// Field by field on purpose: a Datacenter's wire format carries pre-signed URLs, and only what
// is named here can reach the disk.
QJsonObject datacenterJson(const Datacenter &dc)
{
    return {{QStringLiteral("id"), dc.id},
            {QStringLiteral("name"), dc.name},
            {QStringLiteral("tier"), dc.tier},
            {QStringLiteral("status"), dc.status},
            {QStringLiteral("provider"), dc.providerText},
            {QStringLiteral("region"), dc.region},
            {QStringLiteral("regionZone"), dc.regionZone},
            {QStringLiteral("capacityUnits"), dc.capacityUnits},
            {QStringLiteral("created"), timeText(dc.dateCreated)}};
}

Datacenter datacenterFrom(const QJsonObject &o)
{
    Datacenter dc;
    dc.id = o.value(u"id").toString();
    dc.name = o.value(u"name").toString();
    dc.tier = o.value(u"tier").toString();
    dc.status = o.value(u"status").toString();
    dc.providerText = o.value(u"provider").toString();
    dc.provider = cloudProviderFromString(dc.providerText);
    dc.region = o.value(u"region").toString();
    dc.regionZone = o.value(u"regionZone").toString();
    dc.capacityUnits = o.value(u"capacityUnits").toInt();
    dc.dateCreated = timeFrom(o.value(u"created"));
    return dc;
}

QJsonObject databaseJson(const Database &db)
{
    QJsonArray dcs;
    for (const Datacenter &dc : db.datacenters)
        dcs.append(datacenterJson(dc));
    return {{QStringLiteral("id"), db.id},
            {QStringLiteral("organizationId"), db.organizationId},
            {QStringLiteral("name"), db.name},
            {QStringLiteral("keyspace"), db.keyspace},
            {QStringLiteral("status"), db.status},
            {QStringLiteral("tier"), db.tier},
            {QStringLiteral("dbType"), db.dbType},
            {QStringLiteral("provider"), db.primaryProviderText},
            {QStringLiteral("region"), db.primaryRegion},
            {QStringLiteral("created"), timeText(db.creationTime)},
            {QStringLiteral("terminated"), timeText(db.terminationTime)},
            {QStringLiteral("datacenters"), dcs}};
}

Database databaseFrom(const QJsonObject &o)
{
    Database db;
    db.id = o.value(u"id").toString();
    db.organizationId = o.value(u"organizationId").toString();
    db.name = o.value(u"name").toString();
    db.keyspace = o.value(u"keyspace").toString();
    db.status = o.value(u"status").toString();
    db.tier = o.value(u"tier").toString();
    db.dbType = o.value(u"dbType").toString();
    db.primaryProviderText = o.value(u"provider").toString();
    db.primaryProvider = cloudProviderFromString(db.primaryProviderText);
    db.primaryRegion = o.value(u"region").toString();
    db.creationTime = timeFrom(o.value(u"created"));
    db.terminationTime = timeFrom(o.value(u"terminated"));
    const QJsonArray dcs = o.value(u"datacenters").toArray();
    db.datacenters.reserve(dcs.size());
    for (const QJsonValue &dc : dcs)
        db.datacenters.append(datacenterFrom(dc.toObject()));
    return db;
}

QJsonObject regionJson(const ServerlessRegion &r)
{
    return {{QStringLiteral("provider"), r.providerText},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("displayName"), r.displayName},
            {QStringLiteral("zone"), r.zone},
            {QStringLiteral("classification"), r.classification},
            {QStringLiteral("enabled"), r.enabled}};
}

ServerlessRegion regionFrom(const QJsonObject &o)
{
    ServerlessRegion r;
    r.providerText = o.value(u"provider").toString();
    r.provider = cloudProviderFromString(r.providerText);
    r.name = o.value(u"name").toString();
    r.displayName = o.value(u"displayName").toString();
    r.zone = o.value(u"zone").toString();
    r.classification = o.value(u"classification").toString();
    r.enabled = o.value(u"enabled").toBool(true);
    return r;
}

} // namespace

SnapshotCache::SnapshotCache(QString folder)
    : m_folder(std::move(folder))
{}

QString SnapshotCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/snapshots");
}

QString SnapshotCache::filePath(const QString &organizationId) const
{
    return m_folder + u'/' + organizationFileStem(organizationId) + QStringLiteral(".json");
}

QByteArray SnapshotCache::toJson(const OrganizationSnapshot &s)
{
    QJsonArray keys;
    for (const CustomerKey &key : s.keys)
        keys.append(keyJson(key));
    QJsonArray databases;
    for (const Database &db : s.databases)
        databases.append(databaseJson(db));
    QJsonArray regions;
    for (const ServerlessRegion &r : s.regions)
        regions.append(regionJson(r));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("fetchedAt"), timeText(s.fetchedAt)},
                           {QStringLiteral("organization"),
                            QJsonObject{{QStringLiteral("id"), s.organization.id},
                                        {QStringLiteral("name"), s.organization.name}}},
                           {QStringLiteral("databasesLoaded"), s.databasesLoaded},
                           {QStringLiteral("databasesError"), s.databasesError},
                           {QStringLiteral("keys"), keys},
                           {QStringLiteral("databases"), databases},
                           {QStringLiteral("regions"), regions}};
    // Compact: a cache of 10,000 databases is read on every start.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<OrganizationSnapshot> SnapshotCache::fromJson(const QByteArray &json, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason = QStringLiteral("not a JSON object (%1 at offset %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != formatName) {
        *reason = QStringLiteral("not a snapshot cache file");
        return std::nullopt;
    }
    if (root.value(u"version").toInt(-1) != FormatVersion) {
        *reason = QStringLiteral("format version %1, expected %2")
                      .arg(root.value(u"version").toInt(-1))
                      .arg(FormatVersion);
        return std::nullopt;
    }
    OrganizationSnapshot s;
    const QJsonObject org = root.value(u"organization").toObject();
    s.organization.id = org.value(u"id").toString();
    s.organization.name = org.value(u"name").toString();
    if (s.organization.id.isEmpty()) {
        *reason = QStringLiteral("no organization id");
        return std::nullopt;
    }
    s.fetchedAt = timeFrom(root.value(u"fetchedAt"));
    if (!s.fetchedAt.isValid()) {
        // Without its age, cached data would pass for fresh.
        *reason = QStringLiteral("no fetchedAt time");
        return std::nullopt;
    }
    s.databasesLoaded = root.value(u"databasesLoaded").toBool();
    s.databasesError = root.value(u"databasesError").toString();
    const QJsonArray keys = root.value(u"keys").toArray();
    s.keys.reserve(keys.size());
    for (const QJsonValue &v : keys)
        s.keys.append(keyFrom(v.toObject()));
    const QJsonArray databases = root.value(u"databases").toArray();
    s.databases.reserve(databases.size());
    for (const QJsonValue &v : databases)
        s.databases.append(databaseFrom(v.toObject()));
    const QJsonArray regions = root.value(u"regions").toArray();
    s.regions.reserve(regions.size());
    for (const QJsonValue &v : regions)
        s.regions.append(regionFrom(v.toObject()));
    return s;
}

bool SnapshotCache::save(const OrganizationSnapshot &snapshot, QString *error) const
{
    const QString path = filePath(snapshot.organization.id);
    auto fail = [&](const QString &why) {
        qCWarning(lcStorage) << "snapshot cache" << path << "not saved:" << why;
        if (error)
            *error = QCoreApplication::translate(
                         "SnapshotCache",
                         "The inventory could not be cached in %1 (%2); the next start will wait "
                         "for the network. Check that the folder is writable and the disk is not "
                         "full.")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (snapshot.organization.id.isEmpty())
        return fail(QCoreApplication::translate("SnapshotCache", "no organization id"));
    if (!QDir().mkpath(m_folder))
        return fail(QCoreApplication::translate("SnapshotCache", "the folder cannot be created"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray json = toJson(snapshot);
    if (file.write(json) != json.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::optional<OrganizationSnapshot> SnapshotCache::load(const QString &organizationId) const
{
    const QString path = filePath(organizationId);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStorage) << "snapshot cache" << path << "ignored:" << file.errorString();
        return std::nullopt;
    }
    QString reason;
    auto snapshot = fromJson(file.readAll(), &reason);
    if (snapshot && snapshot->organization.id != organizationId) {
        reason = QStringLiteral("it belongs to another organization");
        snapshot.reset();
    }
    if (!snapshot)
        qCWarning(lcStorage) << "snapshot cache" << path << "ignored:" << reason;
    return snapshot;
}

bool SnapshotCache::remove(const QString &organizationId) const
{
    return QFile::remove(filePath(organizationId));
}

QString snapshotAgeText(const QDateTime &fetchedAt, const QDateTime &now)
{
    // The counts are computed first: lupdate (Qt 6.4) loops forever on a '/' inside the
    // arguments of a translate() call.
    const qint64 seconds = qMax<qint64>(0, fetchedAt.secsTo(now));
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 60)
        return QCoreApplication::translate("SnapshotCache",
                                           "Cached data from less than a minute ago");
    if (seconds < 3600)
        return QCoreApplication::translate("SnapshotCache", "Cached data from %n minute(s) ago",
                                           nullptr, minutes);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("SnapshotCache", "Cached data from %n hour(s) ago",
                                           nullptr, hours);
    return QCoreApplication::translate("SnapshotCache", "Cached data from %n day(s) ago", nullptr,
                                       days);
}

} // namespace astra
