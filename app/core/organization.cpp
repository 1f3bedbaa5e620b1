// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organization.h"

#include "jsondocument.h"
#include "jsonreader.h"

namespace astra {

std::optional<Organization> Organization::fromCurrentOrgJson(const QByteArray &body,
                                                             DecodeError *error)
{
    const auto object = parseJsonObjectBody(body, error);
    if (!object)
        return std::nullopt;
    JsonReader reader(*object, QString(), error);
    Organization org{reader.string(u"id", true), reader.string(u"name")};
    if (!reader.ok())
        return std::nullopt;
    return org;
}

std::optional<Organization> Organization::fromUsersJson(const QByteArray &body, DecodeError *error)
{
    const auto object = parseJsonObjectBody(body, error);
    if (!object)
        return std::nullopt;
    JsonReader reader(*object, QString(), error);
    Organization org{reader.string(u"orgID", true), reader.string(u"orgName")};
    reader.array(u"users"); // checked for type only: members are not this product's business
    if (!reader.ok())
        return std::nullopt;
    return org;
}

} // namespace astra
