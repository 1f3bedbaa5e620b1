// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backoff, Retry-After parsing and the transport rule (HTTPS, or plain HTTP to loopback only).
#include "api/retrypolicy.h"
#include "api/transportpolicy.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestRetryAndTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exponentialBackoffWithJitter()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayMs(1, std::nullopt, 0.5), 1000);
        QCOMPARE(policy.delayMs(2, std::nullopt, 0.5), 2000);
        QCOMPARE(policy.delayMs(3, std::nullopt, 0.5), 4000);
        QCOMPARE(policy.delayMs(1, std::nullopt, 0.0), 800);    // -20 %
        QCOMPARE(policy.delayMs(1, std::nullopt, 1.0), 1200);   // +20 %
        QCOMPARE(policy.delayMs(10, std::nullopt, 0.5), 30000); // capped
    }

    void retryAfterWinsButIsCapped()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayMs(1, 4000, 0.9), 4000);
        QCOMPARE(policy.delayMs(3, 0, 0.9), 0);
        QCOMPARE(policy.delayMs(1, 3600 * 1000, 0.5), 30000);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("3") << 3000;
        QTest::newRow("spaces") << QByteArray(" 12 ") << 12000;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 10:00:04 GMT") << 4000;
        QTest::newRow("past date") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
        const auto parsed = parseRetryAfterMs(value, now);
        if (expected < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(-2), expected);
    }

    void transport_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.astra.datastax.com"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http loopback other") << u"http://127.8.9.10:1"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:1"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http remote") << u"http://api.astra.datastax.com"_s << false;
        QTest::newRow("http private range") << u"http://10.0.0.5"_s << false;
        QTest::newRow("http lookalike") << u"http://127.0.0.1.evil.example"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }

    void transport()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = transportProblem(QUrl(url));
        QCOMPARE(problem.isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestRetryAndTransport)
#include "tst_retryandtransport.moc"
