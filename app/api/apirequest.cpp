// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include "errormapping.h"
#include "logging.h"
#include "transportpolicy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QtGlobal>

#include <algorithm>

namespace astra {

ApiRequest::ApiRequest(ApiConnection connection, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_spec(std::move(spec))
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early, which would come back before Retry-After allows.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiRequest::userAgent()
{
    return QByteArrayLiteral("AstraKeys/" ASTRA_VERSION " Qt/") + QByteArray(qVersion());
}

QNetworkRequest ApiRequest::buildNetworkRequest(const ApiConnection &connection,
                                                const RequestSpec &spec)
{
    QUrl url = connection.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + spec.path, QUrl::TolerantMode);
    if (!spec.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &[name, value] : spec.query)
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + connection.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!spec.body.isEmpty() || !spec.isIdempotent())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(connection.transferTimeoutMs);
    request.setPriority(spec.priority);
    // The API never redirects; following one could carry the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void ApiRequest::start()
{
    if (m_attempt != 0 || m_finished)
        return;
    QString problem = transportProblem(m_connection.baseUrl);
    // A token with a space, line break or control character inside would go into a header as
    // is (a line break even ends the header): refuse it with its own sentence.
    const bool malformedToken =
        std::any_of(m_connection.token.cbegin(), m_connection.token.cend(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
    if (problem.isEmpty() && malformedToken)
        problem = tr("The token contains spaces, line breaks or control characters. Paste it "
                     "again as one line (AstraCS:...), then retry.");
    if (!problem.isEmpty()) {
        // Deliver asynchronously, as every other outcome, so callers connect before it fires.
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(insecureTransportError(problem)); }, Qt::QueuedConnection);
        return;
    }
    m_elapsed.start();
    sendAttempt();
}

void ApiRequest::abort()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finishes the reply; onReplyFinished maps it to Cancelled
    } else {
        QMetaObject::invokeMethod(
            this, [this] { fail(cancelledError()); }, Qt::QueuedConnection);
    }
}

void ApiRequest::sendAttempt()
{
    if (m_cancelled || m_finished)
        return;
    if (!m_connection.network) {
        fail(cancelledError());
        return;
    }
    ++m_attempt;
    m_bodyTooLarge = false;
    const QNetworkRequest request = buildNetworkRequest(m_connection, m_spec);
    qCDebug(lcApi).noquote() << m_spec.method << m_spec.path << "attempt" << m_attempt;
    QNetworkAccessManager *network = m_connection.network;
    m_reply = m_spec.isIdempotent()
                  ? network->sendCustomRequest(request, m_spec.method)
                  : network->sendCustomRequest(request, m_spec.method, m_spec.body);
    QNetworkReply *reply = m_reply;
    // Refuse oversized answers as they arrive instead of buffering 50 MB first.
    const qint64 limit = m_spec.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, limit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            m_bodyTooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, limit](qint64 received) {
        if (received > limit && !m_bodyTooLarge) {
            m_bodyTooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    ReplyFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    facts.cancelledByUs = m_cancelled;
    facts.bodyTooLarge = m_bodyTooLarge;
    // A transfer timeout aborts the reply as a cancellation that nobody here asked for.
    facts.timedOut = facts.networkError == QNetworkReply::OperationCanceledError && !m_cancelled &&
                     !m_bodyTooLarge;
    // Only what arrived, at most one byte past the cap (which then fails the request): read() with
    // the cap alone would allocate the whole cap (16 MiB) for every answer.
    if (!m_bodyTooLarge && reply->isOpen())
        facts.body = reply->read(std::min(reply->bytesAvailable(), m_spec.maxBodyBytes + 1));

    const bool notFoundAnswer = facts.httpStatus == 404 && notFoundIsAnAnswer() && !m_cancelled;
    if (notFoundAnswer)
        facts.body.clear();
    const bool success = notFoundAnswer || (facts.networkError == QNetworkReply::NoError &&
                                            facts.httpStatus >= 200 && facts.httpStatus < 300);
    qCDebug(lcApi).noquote() << m_spec.method << m_spec.path << "->" << facts.httpStatus
                             << facts.networkError << "after" << m_elapsed.elapsed() << "ms";
    if (success && decodesAsynchronously()) {
        startDecoding(facts.body, facts.httpStatus);
        return;
    }
    if (success) {
        const auto problem = handleSuccess(facts.body, facts.httpStatus);
        if (problem)
            fail(badResponseError(m_spec, *problem));
        else
            finish();
        return;
    }

    const ApiError error = mapReply(m_spec, facts);
    if (m_spec.isIdempotent() && isRetryable(error) && m_attempt < m_connection.retry.maxAttempts) {
        const auto retryAfter =
            parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const int delay = m_connection.retry.delayMs(m_attempt, retryAfter,
                                                     QRandomGenerator::global()->generateDouble());
        qCInfo(lcApi).noquote() << m_spec.path << apiErrorKindName(error.kind) << "- retrying in"
                                << delay << "ms";
        Q_EMIT retrying(m_attempt + 1, delay, error);
        m_retryTimer.start(delay);
        return;
    }
    fail(error);
}

void ApiRequest::decodingDone(const std::optional<QString> &problem)
{
    if (m_finished)
        return;
    if (problem)
        fail(badResponseError(m_spec, *problem));
    else
        finish();
}

void ApiRequest::fail(const ApiError &error)
{
    if (m_finished)
        return;
    if (error.kind != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << m_spec.method << m_spec.path
                                << "failed:" << apiErrorKindName(error.kind) << error.httpStatus
                                << error.detail;
    Q_EMIT failed(error);
    finish();
}

void ApiRequest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace astra
