// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"
#include "requestspec.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>
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
    // Big bodies (a page of 100 databases is ~450 KiB) are decoded on a worker thread so that
    // the window stays responsive and other replies are not held up. A subclass that returns
    // true here starts its own off-thread work (see decodeOffThread) and later calls
    // decodingDone() on this object's thread instead of returning from handleSuccess.
    virtual bool decodesAsynchronously() const { return false; }
    virtual void startDecoding(const QByteArray &body, int httpStatus)
    {
        Q_UNUSED(body)
        Q_UNUSED(httpStatus)
    }
    // Ends an asynchronous decode: fails the request as a bad response when problem is set.
    // Ignored when the request finished meanwhile (aborted).
    void decodingDone(const std::optional<QString> &problem);

    // Runs work() on the global thread pool, then done(result) on this object's thread, unless
    // this object is gone or the request has finished by then. work must not touch this object.
    template <typename Result, typename Work, typename Done>
    void decodeOffThread(Work work, Done done)
    {
        auto promise = std::make_shared<QPromise<Result>>();
        promise->future().then(this, [this, done](const Result &result) {
            if (!m_finished && !m_cancelled)
                done(result);
        });
        QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
            promise->start();
            promise->addResult(work());
            promise->finish();
        });
    }

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
