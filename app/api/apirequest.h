// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"
#include "requestspec.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace astra {

// One call to the DevOps API, from the first try to the last: transport policy, headers,
// transfer timeout, a cap on the answer's size, retries of idempotent reads with backoff and
// Retry-After, and error mapping. Subclasses (one per endpoint) decode the body and emit a typed
// signal. The object deletes itself after finished(); hold it in a QPointer.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ApiRequest(ApiConnection connection, RequestSpec spec, QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    // Cancels: the reply is aborted, a pending retry dropped, failed(Cancelled) and finished()
    // follow. Safe to call at any time, also after finishing.
    void abort();

    const RequestSpec &spec() const { return m_spec; }
    int attempts() const { return m_attempt; }
    bool isFinished() const { return m_finished; }

    // The wire request for spec at connection: URL with query, headers, timeout. Pure.
    static QNetworkRequest buildNetworkRequest(const ApiConnection &connection,
                                               const RequestSpec &spec);
    static QByteArray userAgent();

Q_SIGNALS:
    // A try failed and another follows in delayMs ("rate limited, retrying in 4 s").
    void retrying(int nextAttempt, int delayMs, const astra::ApiError &reason);
    void failed(const astra::ApiError &error);
    void finished();

protected:
    // Decodes a 2xx body and emits the subclass's signal. Returns the decoding problem, if any,
    // which then fails the request as a bad response (not retried: the same body would come).
    virtual std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) = 0;
    // Whether a 404 is an answer ("nothing there") rather than an error; it then reaches
    // handleSuccess with an empty body.
    virtual bool notFoundIsAnAnswer() const { return false; }

private:
    void sendAttempt();
    void onReplyFinished();
    void fail(const ApiError &error);
    void finish();

    ApiConnection m_connection;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    bool m_cancelled = false;
    bool m_bodyTooLarge = false;
    bool m_finished = false;
};

} // namespace astra
