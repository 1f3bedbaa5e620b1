// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacentersrequest.h"

namespace astra {

DatacentersRequest::DatacentersRequest(const ApiConnection &connection, const QString &databaseId,
                                       bool includeTerminated, QObject *parent)
    : ApiRequest(connection, endpoints::datacenters(databaseId, includeTerminated), parent)
{}

std::optional<QString> DatacentersRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto datacenters = Database::datacentersFromJson(body, &error);
    if (!datacenters)
        return error.toString();
    Q_EMIT received(*datacenters);
    return std::nullopt;
}

} // namespace astra
