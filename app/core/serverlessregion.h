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

// A region's code and the name people know it by: us-east-2 is "US East (Ohio)".
struct ServerlessRegion
{
    CloudProvider provider = CloudProvider::Unknown;
    QString providerText;
    QString name;
    QString displayName;
    QString zone;
    QString classification;
    bool enabled = true;

    // GET /v2/regions/serverless
    static std::optional<QList<ServerlessRegion>> listFromJson(const QByteArray &body,
                                                               DecodeError *error);
    friend bool operator==(const ServerlessRegion &, const ServerlessRegion &) = default;
};

} // namespace astra
