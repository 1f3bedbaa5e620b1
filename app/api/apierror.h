// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/servermessage.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace astra {

// Every way a call to the DevOps API can end badly, as the window needs to tell them apart.
struct ApiError
{
    enum class Kind {
        None,
        Network,           // no connection, connection dropped, DNS
        Timeout,           // no progress within the transfer timeout
        Cancelled,         // the user no longer wants it (switched organization, closed)
        Unauthorized,      // 401, or error 340018: the token is invalid or revoked
        Forbidden,         // 403: the token's role lacks a permission
        NotFound,          // 404
        RateLimited,       // 429, after retries ran out
        Server,            // 5xx
        Rejected,          // other 4xx: the server refused the request (400, 409, 422)
        BadResponse,       // malformed JSON, wrong types, a body too large
        InsecureTransport, // refused to send the token over plain HTTP, or TLS failed
    };

    Kind kind = Kind::None;
    int httpStatus = 0;                  // 0 when no HTTP answer arrived
    QList<ServerMessage> serverMessages; // what the server said, if anything
    QString detail;                      // technical detail for logs (never a token or URL query)
    QString message;                     // translated sentence with the next step, for people

    bool isError() const { return kind != Kind::None; }
    // The API's error id (first one), 0 when none.
    qint64 serverErrorId() const;
    // Whether signing in again is the way out.
    bool needsSignIn() const { return kind == Kind::Unauthorized; }
};

QString apiErrorKindName(ApiError::Kind kind); // stable, untranslated: "forbidden"

} // namespace astra

Q_DECLARE_METATYPE(astra::ApiError)
