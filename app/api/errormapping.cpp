// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errormapping.h"

#include <QCoreApplication>

namespace astra {

namespace {

constexpr qint64 InvalidTokenErrorId = 340018;

// lupdate takes the context from this class; the strings live in free functions.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

// The Portal's names for the permissions, so the sentence matches what an administrator sees
// when editing a role.
QString permissionDisplayName(const QString &permission)
{
    if (permission == u"org-cmk-read")
        return ApiErrorText::tr("Read CMK Key", "permission");
    if (permission == u"org-cmk-write")
        return ApiErrorText::tr("Write CMK Key", "permission");
    if (permission == u"org-read")
        return ApiErrorText::tr("Read Organization", "permission");
    if (permission == u"org-db-view")
        return ApiErrorText::tr("View DB", "permission");
    if (permission == u"org-db-create")
        return ApiErrorText::tr("Create DB", "permission");
    return permission;
}

QString serverSaid(const ApiError &error)
{
    for (const ServerMessage &m : error.serverMessages) {
        if (!m.message.isEmpty())
            return m.message;
    }
    return QString();
}

QString withServerText(QString sentence, const ApiError &error)
{
    const QString said = serverSaid(error);
    if (!said.isEmpty())
        sentence += u' ' + ApiErrorText::tr("The server said: \"%1\".").arg(said);
    return sentence;
}

} // namespace

ApiError cancelledError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = ApiErrorText::tr("The request was cancelled.");
    return error;
}

ApiError insecureTransportError(const QString &reason)
{
    ApiError error;
    error.kind = ApiError::Kind::InsecureTransport;
    error.message = reason;
    error.detail = QStringLiteral("refused by the transport policy");
    return error;
}

ApiError badResponseError(const RequestSpec &spec, const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.httpStatus = 200;
    error.detail = detail;
    error.message =
        ApiErrorText::tr("The Astra DevOps API sent an answer about %1 that Astra Keys cannot read "
                         "(%2). Retry; if it keeps happening, report it.")
            .arg(spec.what, detail);
    return error;
}

ApiError mapReply(const RequestSpec &spec, const ReplyFacts &facts)
{
    if (facts.cancelledByUs)
        return cancelledError();

    ApiError error;
    error.httpStatus = facts.httpStatus;
    error.serverMessages = parseServerMessages(facts.body);
    error.detail = facts.networkErrorText;

    if (facts.timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.message =
            ApiErrorText::tr("The Astra DevOps API did not answer about %1 in time. Check your "
                             "connection and retry.")
                .arg(spec.what);
        return error;
    }
    if (facts.bodyTooLarge) {
        error.kind = ApiError::Kind::BadResponse;
        error.detail = QStringLiteral("answer larger than %1 bytes").arg(spec.maxBodyBytes);
        error.message =
            ApiErrorText::tr("The Astra DevOps API sent an answer about %1 that is far larger than "
                             "expected; it was not read. Retry; if it keeps happening, report it.")
                .arg(spec.what);
        return error;
    }

    const int status = facts.httpStatus;
    if (status == 401 || error.serverErrorId() == InvalidTokenErrorId) {
        error.kind = ApiError::Kind::Unauthorized;
        error.message =
            ApiErrorText::tr("The token is invalid or was revoked. Sign in again with a new "
                             "application token.");
        return error;
    }
    if (status == 403) {
        error.kind = ApiError::Kind::Forbidden;
        error.message =
            spec.permission.isEmpty()
                ? withServerText(
                      ApiErrorText::tr("This token's role is not allowed to read %1. Ask "
                                       "an organization administrator for access.")
                          .arg(spec.what),
                      error)
                : ApiErrorText::tr("This token's role lacks %1 (%2). Ask an organization "
                                   "administrator to grant it, or sign in with another token.")
                      .arg(permissionDisplayName(spec.permission), spec.permission);
        return error;
    }
    if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
        error.message = withServerText(ApiErrorText::tr("Not found: %1.").arg(spec.what), error);
        return error;
    }
    if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.message =
            ApiErrorText::tr("The Astra DevOps API is limiting how often it answers. Wait a "
                             "minute, then retry.");
        return error;
    }
    if (status >= 500) {
        error.kind = ApiError::Kind::Server;
        error.message =
            withServerText(ApiErrorText::tr("The Astra DevOps API failed while fetching %1 (HTTP "
                                            "%2). Retry in a moment.")
                               .arg(spec.what)
                               .arg(status),
                           error);
        return error;
    }
    if (status >= 400) {
        error.kind = ApiError::Kind::Rejected;
        error.message = withServerText(
            ApiErrorText::tr("The Astra DevOps API refused the request for %1 (HTTP %2).")
                .arg(spec.what)
                .arg(status),
            error);
        return error;
    }

    // No usable HTTP answer: the network failed us, before or during the answer.
    switch (facts.networkError) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = ApiError::Kind::InsecureTransport;
        error.message =
            ApiErrorText::tr("The secure connection to the Astra DevOps API failed, so nothing "
                             "was sent. Check the API address and the system's certificates.");
        return error;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message =
            ApiErrorText::tr("The Astra DevOps API did not answer about %1 in time. Check your "
                             "connection and retry.")
                .arg(spec.what);
        return error;
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        error.kind = ApiError::Kind::BadResponse;
        error.message =
            ApiErrorText::tr("The Astra DevOps API answered with a redirect (HTTP %1), which Astra "
                             "Keys does not follow with a token. Check the API address.")
                .arg(status);
        return error;
    }
    error.kind = ApiError::Kind::Network;
    error.message =
        status != 0
            ? ApiErrorText::tr("The connection broke while receiving %1. Retry.").arg(spec.what)
            : ApiErrorText::tr("Could not reach the Astra DevOps API. Check your network "
                               "connection and the API address, then retry.");
    return error;
}

bool isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
        return true;
    case ApiError::Kind::Server:
        // 501 Not Implemented will not get better by asking again; 500 is not declared transient.
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace astra
