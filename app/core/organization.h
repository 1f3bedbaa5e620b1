// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodeerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace astra {

// The organization a token belongs to (a token belongs to exactly one).
struct Organization
{
    QString id;
    QString name; // the spec shows only id on /v2/currentOrg; real answers carry name

    // GET /v2/currentOrg: {"id", "name"}
    static std::optional<Organization> fromCurrentOrgJson(const QByteArray &body,
                                                          DecodeError *error);
    // GET /v2/organizations/users: {"orgID", "orgName", "users": [...]}
    static std::optional<Organization> fromUsersJson(const QByteArray &body, DecodeError *error);
    friend bool operator==(const Organization &, const Organization &) = default;
};

} // namespace astra
