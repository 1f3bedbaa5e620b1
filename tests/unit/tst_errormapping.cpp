// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One function turns every outcome into a kind and a sentence with the next step.
#include "api/endpoints.h"
#include "api/errormapping.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestErrorMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("401") << 401 << QByteArray("null") << ApiError::Kind::Unauthorized << false;
        QTest::newRow("400 with 340018")
            << 400 << QByteArray(R"({"errors":[{"ID":340018,"message":"x"}]})")
            << ApiError::Kind::Unauthorized << false;
        QTest::newRow("403") << 403 << QByteArray() << ApiError::Kind::Forbidden << false;
        QTest::newRow("404") << 404 << QByteArray() << ApiError::Kind::NotFound << false;
        QTest::newRow("409") << 409 << QByteArray(R"("exists")") << ApiError::Kind::Rejected
                             << false;
        QTest::newRow("429") << 429 << QByteArray() << ApiError::Kind::RateLimited << true;
        QTest::newRow("500") << 500 << QByteArray("boom") << ApiError::Kind::Server << false;
        QTest::newRow("501") << 501 << QByteArray() << ApiError::Kind::Server << false;
        QTest::newRow("502") << 502 << QByteArray() << ApiError::Kind::Server << true;
        QTest::newRow("503") << 503 << QByteArray() << ApiError::Kind::Server << true;
        QTest::newRow("504") << 504 << QByteArray() << ApiError::Kind::Server << true;
    }

    void statuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, retryable);
        ReplyFacts facts;
        facts.httpStatus = status;
        facts.body = body;
        facts.networkError = QNetworkReply::ContentAccessDenied;
        const ApiError error = mapReply(endpoints::listKeys(KeyType::Serverless), facts);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(isRetryable(error), retryable);
        QVERIFY(!error.message.isEmpty());
    }

    void forbiddenNamesThePermission()
    {
        ReplyFacts facts;
        facts.httpStatus = 403;
        const ApiError error = mapReply(endpoints::listKeys(KeyType::Serverless), facts);
        QCOMPARE(error.message,
                 u"This token's role lacks Read CMK Key (org-cmk-read). Ask an "
                 "organization administrator to grant it, or sign in with another token."_s);
    }

    void invalidTokenSentence()
    {
        ReplyFacts facts;
        facts.httpStatus = 401;
        facts.body = R"({"errors":[{"ID":340018,"message":"invalid token"}]})";
        const ApiError error = mapReply(endpoints::currentOrganization(), facts);
        QVERIFY(error.message.startsWith(u"The token is invalid or was revoked"));
        QCOMPARE(error.serverErrorId(), 340018);
        QVERIFY(error.needsSignIn());
    }

    void serverTextIsQuoted()
    {
        ReplyFacts facts;
        facts.httpStatus = 500;
        facts.body = R"({"errors":[{"ID":1,"message":"database is on fire"}]})";
        const ApiError error = mapReply(endpoints::listKeys(KeyType::Classic), facts);
        QVERIFY2(error.message.contains(u"database is on fire"), qPrintable(error.message));
        QVERIFY(error.message.contains(u"500"));
    }

    void transportOutcomes()
    {
        const RequestSpec spec = endpoints::listKeys(KeyType::Serverless);
        ReplyFacts facts;
        facts.networkError = QNetworkReply::ConnectionRefusedError;
        QCOMPARE(mapReply(spec, facts).kind, ApiError::Kind::Network);
        QVERIFY(isRetryable(mapReply(spec, facts)));
        facts.networkError = QNetworkReply::RemoteHostClosedError;
        facts.httpStatus = 200; // the answer began, then the connection dropped
        QCOMPARE(mapReply(spec, facts).kind, ApiError::Kind::Network);
        facts.httpStatus = 0;
        facts.networkError = QNetworkReply::SslHandshakeFailedError;
        QCOMPARE(mapReply(spec, facts).kind, ApiError::Kind::InsecureTransport);
        QVERIFY(!isRetryable(mapReply(spec, facts)));
        facts.networkError = QNetworkReply::OperationCanceledError;
        facts.timedOut = true;
        QCOMPARE(mapReply(spec, facts).kind, ApiError::Kind::Timeout);
        QVERIFY(isRetryable(mapReply(spec, facts)));
        facts.timedOut = false;
        facts.cancelledByUs = true;
        QCOMPARE(mapReply(spec, facts).kind, ApiError::Kind::Cancelled);
        QVERIFY(!isRetryable(mapReply(spec, facts)));
        facts.cancelledByUs = false;
        facts.bodyTooLarge = true;
        QCOMPARE(mapReply(spec, facts).kind, ApiError::Kind::BadResponse);
        QVERIFY(!isRetryable(mapReply(spec, facts)));
    }

    void redirectIsNotFollowed()
    {
        ReplyFacts facts;
        facts.httpStatus = 302;
        const ApiError error = mapReply(endpoints::listKeys(KeyType::Serverless), facts);
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY(error.message.contains(u"redirect"));
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
