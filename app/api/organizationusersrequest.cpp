// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationusersrequest.h"

namespace astra {

OrganizationUsersRequest::OrganizationUsersRequest(const ApiConnection &connection, QObject *parent)
    : ApiRequest(connection, endpoints::organizationUsers(), parent)
{}

std::optional<QString> OrganizationUsersRequest::handleSuccess(const QByteArray &body,
                                                               int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto org = Organization::fromUsersJson(body, &error);
    if (!org)
        return error.toString();
    Q_EMIT received(*org);
    return std::nullopt;
}

} // namespace astra
