// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault the simulator can inject ends in the expected error or a successful retry; timing
// is read from the simulator's request log, never by sleeping. No log line carries the token.
#include "simharness.h"

#include "api/currentorgrequest.h"
#include "api/keylistrequest.h"

#include <QLoggingCategory>
#include <QPointer>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

QStringList g_messages; // every log line of the whole run

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromUtf8(context.category ? context.category : "") + u": "_s +
                      message);
}

} // namespace

class TestResilience : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;

    void fault(const QString &spec)
    {
        QString error;
        QVERIFY2(m_sim->simulator().setFaults(spec, &error), qPrintable(error));
        m_sim->simulator().clearRequestLog();
    }

    Outcome<KeyListRequest> listKeys(ApiConnection connection)
    {
        return runRequest(new KeyListRequest(connection, KeyType::Serverless));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"astra.*.debug=true"_s);
        qInstallMessageHandler(captureMessages);
    }

    void init() { m_sim = std::make_unique<SimHarness>(); }
    void cleanup() { m_sim.reset(); }

    void faultsEndInTheExpectedOutcome_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<ApiError::Kind>("kind"); // None: the retry succeeded
        QTest::addColumn<int>("requests");
        QTest::newRow("503 twice, then ok") << u"/v2/kms=503,503"_s << ApiError::Kind::None << 3;
        QTest::newRow("502 and 504, then ok")
            << u"/v2/kms=502:text,504:null"_s << ApiError::Kind::None << 3;
        QTest::newRow("503 until retries run out")
            << u"/v2/kms=503*10"_s << ApiError::Kind::Server << 4;
        QTest::newRow("500 is not retried") << u"/v2/kms=500"_s << ApiError::Kind::Server << 1;
        QTest::newRow("501 is not retried") << u"/v2/kms=501"_s << ApiError::Kind::Server << 1;
        QTest::newRow("401 null body")
            << u"/v2/kms=401:null"_s << ApiError::Kind::Unauthorized << 1;
        QTest::newRow("403 JSON string")
            << u"/v2/kms=403:string"_s << ApiError::Kind::Forbidden << 1;
        QTest::newRow("404 empty") << u"/v2/kms=404:empty"_s << ApiError::Kind::NotFound << 1;
        QTest::newRow("400 text") << u"/v2/kms=400:text"_s << ApiError::Kind::Rejected << 1;
        QTest::newRow("429, then ok") << u"/v2/kms=429"_s << ApiError::Kind::None << 2;
        QTest::newRow("truncated body, then ok")
            << u"/v2/kms=truncate"_s << ApiError::Kind::None << 2;
        QTest::newRow("dropped connection, then ok")
            << u"/v2/kms=drop"_s << ApiError::Kind::None << 2;
        QTest::newRow("always dropped") << u"/v2/kms=drop*10"_s << ApiError::Kind::Network << 4;
        QTest::newRow("malformed JSON")
            << u"/v2/kms=malformed"_s << ApiError::Kind::BadResponse << 1;
        QTest::newRow("wrong types") << u"/v2/kms=wrongtype"_s << ApiError::Kind::BadResponse << 1;
        QTest::newRow("50 MB body") << u"/v2/kms=huge"_s << ApiError::Kind::BadResponse << 1;
    }

    void faultsEndInTheExpectedOutcome()
    {
        QFETCH(QString, spec);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, requests);
        fault(spec);
        auto *request = new KeyListRequest(m_sim->connection(0), KeyType::Serverless);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        const auto outcome = runRequest(request);
        if (kind == ApiError::Kind::None) {
            QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
            QCOMPARE(outcome.received->size(), 1);
        } else {
            QVERIFY(outcome.error);
            QCOMPARE(outcome.error->kind, kind);
            QVERIFY(!outcome.error->message.isEmpty());
            QVERIFY(outcome.received->isEmpty());
        }
        QCOMPARE(outcome.attempts, requests);
        QCOMPARE(int(retrying.size()), requests - 1);
        QCOMPARE(int(m_sim->simulator().requestLog().size()), requests);
    }

    void wrongTypesNameTheField()
    {
        fault(u"/v2/kms=wrongtype"_s);
        const auto outcome = listKeys(m_sim->connection(0));
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->detail.contains(u"expected"), qPrintable(outcome.error->detail));
    }

    void retryAfterSecondsIsHonoured()
    {
        fault(u"/v2/kms=429:retry-after=1"_s);
        auto *request = new KeyListRequest(m_sim->connection(0), KeyType::Serverless);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        const auto outcome = runRequest(request);
        QVERIFY(!outcome.error);
        QCOMPARE(retrying.first().at(1).toInt(), 1000); // "rate limited, retrying in 1 s"
        QCOMPARE(retrying.first().at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
        const auto log = m_sim->simulator().requestLog();
        QCOMPARE(log.size(), 2);
        // The harness's own backoff is 20 ms: only the server's Retry-After explains a second.
        QVERIFY2(log.at(1).receivedMs - log.at(0).receivedMs >= 990,
                 qPrintable(QString::number(log.at(1).receivedMs - log.at(0).receivedMs)));
    }

    void retryAfterAsHttpDateIsHonoured()
    {
        fault(u"/v2/kms=429:retry-after-date=2"_s);
        const auto outcome = listKeys(m_sim->connection(0));
        QVERIFY(!outcome.error);
        const auto log = m_sim->simulator().requestLog();
        QCOMPARE(log.size(), 2);
        // An HTTP date has whole seconds: two seconds ahead is more than one from now.
        QVERIFY2(log.at(1).receivedMs - log.at(0).receivedMs >= 900,
                 qPrintable(QString::number(log.at(1).receivedMs - log.at(0).receivedMs)));
    }

    void retryAfterIsCapped()
    {
        fault(u"/v2/kms=429:retry-after=86400"_s);
        ApiConnection c = m_sim->connection(0);
        c.retry.maxDelayMs = 300;
        auto *request = new KeyListRequest(c, KeyType::Serverless);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        QVERIFY(!runRequest(request).error);
        QCOMPARE(retrying.first().at(1).toInt(), 300);
    }

    void aStalledAnswerTimesOut()
    {
        fault(u"/v2/kms=stall*10"_s);
        ApiConnection c = m_sim->connection(0);
        c.transferTimeoutMs = 300;
        c.retry.maxAttempts = 2;
        const auto outcome = listKeys(c);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.attempts, 2);
    }

    void aSlowAnswerWithinTheTimeoutSucceeds()
    {
        fault(u"/v2/kms=delay=200"_s);
        ApiConnection c = m_sim->connection(0);
        c.transferTimeoutMs = 2000;
        QVERIFY(!listKeys(c).error);
    }

    void abortCancelsAtOnceAndFreesTheRequest()
    {
        fault(u"/v2/kms=stall"_s);
        QPointer<KeyListRequest> request =
            new KeyListRequest(m_sim->connection(0), KeyType::Serverless);
        QSignalSpy failed(request.data(), &ApiRequest::failed);
        QSignalSpy received(request.data(), &KeyListRequest::received);
        request->start();
        QTRY_COMPARE(m_sim->simulator().requestLog().size(), 1); // it is on the wire, stalled
        request->abort();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(received.isEmpty());
        QTRY_VERIFY(request.isNull()); // deleted itself: no leak
    }

    void abortDuringBackoffSendsNothingMore()
    {
        fault(u"/v2/kms=503"_s);
        ApiConnection c = m_sim->connection(0);
        c.retry.baseDelayMs = 5000; // the retry would come much later than the test looks
        c.retry.maxDelayMs = 5000;
        QPointer<KeyListRequest> request = new KeyListRequest(c, KeyType::Serverless);
        QSignalSpy retrying(request.data(), &ApiRequest::retrying);
        QSignalSpy failed(request.data(), &ApiRequest::failed);
        request->start();
        QVERIFY(retrying.wait(5000));
        request->abort();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(request.isNull());
        QCOMPARE(m_sim->simulator().requestLog().size(), 1);
    }

    void aDeadServerIsANetworkError()
    {
        ApiConnection c = m_sim->connection(0);
        const QUrl url = m_sim->simulator().baseUrl();
        m_sim.reset(); // nothing listens there any more
        m_sim = std::make_unique<SimHarness>();
        c.network = m_sim->network();
        c.baseUrl = url;
        c.retry.maxAttempts = 2;
        const auto outcome = listKeys(c);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Network);
        QCOMPARE(outcome.attempts, 2);
    }

    void randomFaultsAlwaysEndCleanly()
    {
        // Seeded: the same sequence on every run. Every request ends, in data or a clear error.
        fault(
            u"*=random(seed=42,p=0.5,kinds=503|429|truncate|malformed|drop|wrongtype|403:string)"_s);
        int ok = 0, failed = 0;
        for (int i = 0; i < 30; ++i) {
            const auto outcome = runRequest(new CurrentOrgRequest(m_sim->connection(0)));
            if (outcome.error) {
                ++failed;
                QVERIFY(!outcome.error->message.isEmpty());
            } else {
                ++ok;
            }
        }
        QCOMPARE(ok + failed, 30);
        QVERIFY(ok > 0);
        QVERIFY(failed > 0);
    }

    void noLogLineCarriesTheToken()
    {
        QVERIFY(!g_messages.isEmpty()); // debug logging was on: the check means something
        const QString token = m_sim->connection(0).token;
        const QString secretPart = token.section(u':', 2);
        for (const QString &line : std::as_const(g_messages)) {
            QVERIFY2(!line.contains(token) && !line.contains(secretPart),
                     qPrintable(line.left(200)));
            QVERIFY2(!line.contains(u"Authorization", Qt::CaseInsensitive),
                     qPrintable(line.left(200)));
            QVERIFY2(!line.contains(u"Bearer"), qPrintable(line.left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
