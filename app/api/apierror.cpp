// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

namespace astra {

qint64 ApiError::serverErrorId() const
{
    for (const ServerMessage &m : serverMessages) {
        if (m.id != 0)
            return m.id;
    }
    return 0;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ApiError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ApiError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case ApiError::Kind::NotFound:
        return QStringLiteral("not-found");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case ApiError::Kind::Server:
        return QStringLiteral("server");
    case ApiError::Kind::Rejected:
        return QStringLiteral("rejected");
    case ApiError::Kind::BadResponse:
        return QStringLiteral("bad-response");
    case ApiError::Kind::InsecureTransport:
        return QStringLiteral("insecure-transport");
    }
    return QStringLiteral("unknown");
}

} // namespace astra
