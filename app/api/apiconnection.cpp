// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiconnection.h"

namespace astra {

QUrl productionApiUrl()
{
    return QUrl(QStringLiteral("https://api.astra.datastax.com"));
}

} // namespace astra
