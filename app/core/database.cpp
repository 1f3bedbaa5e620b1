// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "jsondocument.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace astra {

bool Database::isTerminated() const
{
    return status.compare(u"TERMINATED", Qt::CaseInsensitive) == 0 ||
           status.compare(u"TERMINATING", Qt::CaseInsensitive) == 0;
}

KeyType Database::keyType() const
{
    return tier.compare(u"serverless", Qt::CaseInsensitive) == 0 || tier.isEmpty()
               ? KeyType::Serverless
               : KeyType::Classic;
}

std::optional<Database> Database::fromJson(const QJsonObject &object, const QString &path,
                                           DecodeError *error)
{
    JsonReader reader(object, path, error);
    Database db;
    db.id = reader.string(u"id", true);
    db.organizationId = reader.string(u"orgId");
    db.status = reader.string(u"status");
    db.creationTime = reader.dateTime(u"creationTime");
    db.terminationTime = reader.dateTime(u"terminationTime");
    db.dbType = reader.string(u"dbType");
    const QJsonObject infoObject = reader.object(u"info");
    if (!reader.ok())
        return std::nullopt;

    JsonReader info(infoObject, reader.pathOf(u"info"), error);
    db.name = info.string(u"name");
    db.keyspace = info.string(u"keyspace");
    db.tier = info.string(u"tier");
    db.primaryProviderText = info.string(u"cloudProvider").toUpper();
    db.primaryProvider = cloudProviderFromString(db.primaryProviderText);
    db.primaryRegion = info.string(u"region");
    if (db.dbType.isEmpty())
        db.dbType = info.string(u"dbType");
    const QJsonArray dcs = info.array(u"datacenters");
    if (!info.ok())
        return std::nullopt;
    auto datacenters = decodeObjectArray<Datacenter>(dcs, info.pathOf(u"datacenters"), error,
                                                     &Datacenter::fromJson);
    if (!datacenters)
        return std::nullopt;
    db.datacenters = std::move(*datacenters);
    return db;
}

std::optional<QList<Database>> Database::pageFromJson(const QByteArray &body, DecodeError *error)
{
    const auto array = parseJsonArrayBody(body, error);
    if (!array)
        return std::nullopt;
    return decodeObjectArray<Database>(*array, QString(), error, &Database::fromJson);
}

std::optional<Database> Database::singleFromJson(const QByteArray &body, DecodeError *error)
{
    const auto object = parseJsonObjectBody(body, error);
    if (!object)
        return std::nullopt;
    return fromJson(*object, QString(), error);
}

std::optional<QList<Datacenter>> Database::datacentersFromJson(const QByteArray &body,
                                                               DecodeError *error)
{
    const auto array = parseJsonArrayBody(body, error);
    if (!array)
        return std::nullopt;
    return decodeObjectArray<Datacenter>(*array, QString(), error, &Datacenter::fromJson);
}

} // namespace astra
