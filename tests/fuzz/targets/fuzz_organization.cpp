// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/currentOrg and /v2/organizations/users: Organization::fromCurrentOrgJson, fromUsersJson.
#include "fuzzsupport.h"

#include "core/organization.h"

using namespace astra;

ASTRA_FUZZ_TARGET(organization)
{
    const QByteArray body = fuzz::toBytes(data, size);
    DecodeError currentError;
    const auto current = Organization::fromCurrentOrgJson(body, &currentError);
    ASTRA_FUZZ_CHECK(current.has_value() == currentError.isNull());
    DecodeError usersError;
    const auto users = Organization::fromUsersJson(body, &usersError);
    ASTRA_FUZZ_CHECK(users.has_value() == usersError.isNull());
    return 0;
}
