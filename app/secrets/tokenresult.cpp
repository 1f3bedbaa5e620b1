// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenresult.h"

namespace astra {

QString tokenStoreStatusName(TokenStoreStatus status)
{
    switch (status) {
    case TokenStoreStatus::Ok:
        return QStringLiteral("Ok");
    case TokenStoreStatus::NotFound:
        return QStringLiteral("NotFound");
    case TokenStoreStatus::Unavailable:
        return QStringLiteral("Unavailable");
    case TokenStoreStatus::AccessDenied:
        return QStringLiteral("AccessDenied");
    case TokenStoreStatus::TimedOut:
        return QStringLiteral("TimedOut");
    case TokenStoreStatus::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("Unknown");
}

} // namespace astra
