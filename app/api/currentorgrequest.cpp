// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentorgrequest.h"

namespace astra {

CurrentOrgRequest::CurrentOrgRequest(const ApiConnection &connection, QObject *parent)
    : ApiRequest(connection, endpoints::currentOrganization(), parent)
{}

std::optional<QString> CurrentOrgRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto org = Organization::fromCurrentOrgJson(body, &error);
    if (!org)
        return error.toString();
    Q_EMIT received(*org);
    return std::nullopt;
}

} // namespace astra
