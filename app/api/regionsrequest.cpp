// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionsrequest.h"

namespace astra {

RegionsRequest::RegionsRequest(const ApiConnection &connection, QObject *parent)
    : ApiRequest(connection, endpoints::serverlessRegions(), parent)
{}

std::optional<QString> RegionsRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto regions = ServerlessRegion::listFromJson(body, &error);
    if (!regions)
        return error.toString();
    Q_EMIT received(*regions);
    return std::nullopt;
}

} // namespace astra
