// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudprovider.h"
#include "decodeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace astra {

// A DataStax cloud principal ("Cloud Provider ID") that a key policy must grant access to.
struct CloudAccount
{
    QString organizationId;
    QString providerId; // an IAM principal, a service account e-mail, or an Azure app id
    CloudProvider provider = CloudProvider::Unknown;
    QString providerText;

    // GET /v2/kms/provider/P/region/R/accounts: [{"organization_id","provider_id","provider"}]
    static std::optional<QList<CloudAccount>> listFromJson(const QByteArray &body,
                                                           DecodeError *error);
    friend bool operator==(const CloudAccount &, const CloudAccount &) = default;
};

} // namespace astra
