// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerkey.h"
#include "datacenter.h"
#include "decodeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace astra {

struct Database
{
    QString id;
    QString organizationId;
    QString name;
    QString keyspace;
    QString status; // an open set: ACTIVE, PENDING, HIBERNATED, TERMINATED, ... unknown kept
    QString tier;   // "serverless", or a classic tier such as C10, D10
    QString dbType; // "vector" or empty
    CloudProvider primaryProvider = CloudProvider::Unknown;
    QString primaryProviderText;
    QString primaryRegion;
    QDateTime creationTime;
    QDateTime terminationTime; // invalid while the database lives
    QList<Datacenter> datacenters;

    bool isTerminated() const;
    // Serverless databases use serverless keys; every other tier uses classic keys.
    KeyType keyType() const;

    static std::optional<Database> fromJson(const QJsonObject &object, const QString &path,
                                            DecodeError *error);
    // GET /v2/databases: a bare array (one page).
    static std::optional<QList<Database>> pageFromJson(const QByteArray &body, DecodeError *error);
    // GET /v2/databases/{id}
    static std::optional<Database> singleFromJson(const QByteArray &body, DecodeError *error);
    // GET /v2/databases/{id}/datacenters
    static std::optional<QList<Datacenter>> datacentersFromJson(const QByteArray &body,
                                                                DecodeError *error);
    friend bool operator==(const Database &, const Database &) = default;
};

} // namespace astra

Q_DECLARE_METATYPE(astra::Database)
