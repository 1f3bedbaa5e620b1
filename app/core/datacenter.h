// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudprovider.h"
#include "decodeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace astra {

// One region a database is deployed in. The secureBundle*Url fields of the wire format are
// pre-signed URLs valid for minutes: they are deliberately not decoded, so they can never be
// logged, cached or shown.
struct Datacenter
{
    QString id;   // "<dbId>-<n>"
    QString name; // "dc-<n>"
    QString tier;
    QString status; // often "" on serverless
    CloudProvider provider = CloudProvider::Unknown;
    QString providerText; // as served, upper-cased: "AWS"
    QString region;
    QString regionZone;
    int capacityUnits = 0;
    QDateTime dateCreated; // invalid when the server did not say

    static std::optional<Datacenter> fromJson(const QJsonObject &object, const QString &path,
                                              DecodeError *error);
    friend bool operator==(const Datacenter &, const Datacenter &) = default;
};

} // namespace astra
