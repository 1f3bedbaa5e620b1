// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaserequest.h"

namespace astra {

DatabaseRequest::DatabaseRequest(const ApiConnection &connection, const QString &databaseId,
                                 QObject *parent)
    : ApiRequest(connection, endpoints::database(databaseId), parent)
{}

std::optional<QString> DatabaseRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto database = Database::singleFromJson(body, &error);
    if (!database)
        return error.toString();
    Q_EMIT received(*database);
    return std::nullopt;
}

} // namespace astra
