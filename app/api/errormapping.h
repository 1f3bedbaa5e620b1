// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "requestspec.h"

#include <QByteArray>
#include <QNetworkReply>

namespace astra {

// The one place that turns any finished call into an ApiError with a translated sentence that
// says what happened and what to do next. Pure: tested without a network.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // Qt's description, for the detail only
    int httpStatus = 0;
    QByteArray reasonPhrase;
    QByteArray body;
    bool cancelledByUs = false;
    bool timedOut = false;
    bool bodyTooLarge = false;
};

ApiError mapReply(const RequestSpec &spec, const ReplyFacts &facts);
// A 2xx answer whose body did not decode.
ApiError badResponseError(const RequestSpec &spec, const QString &detail);
ApiError insecureTransportError(const QString &reason);
ApiError cancelledError();
// Whether this outcome of an idempotent read is worth another try.
bool isRetryable(const ApiError &error);

} // namespace astra
