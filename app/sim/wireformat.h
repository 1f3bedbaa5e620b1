// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "httpresponse.h"

#include <QJsonObject>

namespace astra::sim {

// The DevOps API's JSON shapes, built from the simulator's model. Each shape is spelled the way
// the real API spells it: PascalCase key lists, camelCase single keys, snake_case accounts.
class WireFormat
{
public:
    // Error IDs. 340018 is the real API's "invalid token"; the others are the simulator's own.
    static constexpr int kInvalidTokenId = 340018;
    static constexpr int kBadRequestId = 340009;
    static constexpr int kForbiddenId = 340017;
    static constexpr int kNotFoundId = 340011;
    static constexpr int kMethodNotAllowedId = 340005;
    static constexpr int kConflictId = 340023;

    static QString time(const QDateTime &t);
    static QByteArray errorsBody(int id, const QString &message);
    static HttpResponse errorResponse(int status, int id, const QString &message);
    static HttpResponse jsonResponse(int status, const QJsonValue &value);

    static QJsonObject database(const DataSet &data, const SimOrganization &org,
                                const SimDatabase &db);
    // `number` is 1-based: the datacenter's id is "<dbId>-<number>".
    static QJsonObject datacenter(const DataSet &data, const SimDatabase &db, int number);

    // The same JSON with every leaf of the wrong type (strings become numbers, numbers and
    // booleans become strings, nested objects become arrays); top-level shape kept, so a
    // client reaches its field decoders. Bodies that are not JSON give {"id": 42}.
    static QByteArray wrongTypes(const QByteArray &json);
};

} // namespace astra::sim
