// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasepagerequest.h"

namespace astra {

DatabasePageRequest::DatabasePageRequest(const ApiConnection &connection,
                                         const endpoints::DatabaseQuery &query,
                                         const QString &startingAfter, QObject *parent)
    : ApiRequest(connection, endpoints::listDatabases(query, startingAfter), parent)
{}

std::optional<QString> DatabasePageRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto page = Database::pageFromJson(body, &error);
    if (!page)
        return error.toString();
    Q_EMIT received(*page);
    return std::nullopt;
}

} // namespace astra
