// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retrypolicy.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace astra {

// Where and as whom to call the API: one organization's base URL and token. The token lives only
// in memory here; it goes into the Authorization header and nowhere else.
struct ApiConnection
{
    QUrl baseUrl; // e.g. https://api.astra.datastax.com (paths add /v2/...)
    QString token;
    QPointer<QNetworkAccessManager> network;
    int transferTimeoutMs = 20000; // as the Java SDK: 20 s without progress
    RetryPolicy retry;
};

// The production base URL and the other public environments.
QUrl productionApiUrl();

} // namespace astra
