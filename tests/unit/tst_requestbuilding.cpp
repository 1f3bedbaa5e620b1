// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint's request, built by pure functions: paths, queries, bodies and headers.
#include "api/apirequest.h"
#include "api/endpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestRequestBuilding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<RequestSpec>("spec");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("permission");
        QTest::newRow("currentOrg")
            << endpoints::currentOrganization() << u"/v2/currentOrg"_s << QString();
        QTest::newRow("users") << endpoints::organizationUsers() << u"/v2/organizations/users"_s
                               << u"org-read"_s;
        QTest::newRow("kms") << endpoints::listKeys(KeyType::Serverless) << u"/v2/kms"_s
                             << u"org-cmk-read"_s;
        QTest::newRow("kms classic")
            << endpoints::listKeys(KeyType::Classic) << u"/v2/kms/classic"_s << u"org-cmk-read"_s;
        QTest::newRow("lookup") << endpoints::keyForRegion(KeyType::Serverless, u"AWS"_s,
                                                           u"us-east-1"_s)
                                << u"/v2/kms/provider/aws/region/us-east-1"_s << u"org-cmk-read"_s;
        QTest::newRow("lookup classic")
            << endpoints::keyForRegion(KeyType::Classic, u"gcp"_s, u"us-east1"_s)
            << u"/v2/kms/classic/provider/gcp/region/us-east1"_s << u"org-cmk-read"_s;
        QTest::newRow("accounts") << endpoints::cloudAccounts(KeyType::Serverless, u"azure"_s,
                                                              u"eastus"_s)
                                  << u"/v2/kms/provider/azure/region/eastus/accounts"_s
                                  << u"org-cmk-read"_s;
        QTest::newRow("segment encoded")
            << endpoints::keyForRegion(KeyType::Serverless, u"aws"_s, u"../x y"_s)
            << u"/v2/kms/provider/aws/region/..%2Fx%20y"_s << u"org-cmk-read"_s;
        QTest::newRow("database") << endpoints::database(u"abc"_s) << u"/v2/databases/abc"_s
                                  << QString();
        QTest::newRow("regions") << endpoints::serverlessRegions() << u"/v2/regions/serverless"_s
                                 << QString();
    }

    void paths()
    {
        QFETCH(RequestSpec, spec);
        QFETCH(QString, path);
        QFETCH(QString, permission);
        QCOMPARE(spec.path, path);
        QCOMPARE(spec.permission, permission);
        QCOMPARE(spec.method, QByteArray("GET"));
        QVERIFY(spec.isIdempotent());
        QVERIFY(!spec.what.isEmpty());
    }

    void databasePaging()
    {
        endpoints::DatabaseQuery query;
        RequestSpec first = endpoints::listDatabases(query, QString());
        QCOMPARE(first.path, u"/v2/databases"_s);
        const QList<QPair<QString, QString>> expected{
            {u"include"_s, u"nonterminated"_s}, {u"provider"_s, u"ALL"_s}, {u"limit"_s, u"100"_s}};
        QCOMPARE(first.query, expected);
        RequestSpec next = endpoints::listDatabases(query, u"db-9"_s);
        QCOMPARE(next.query.last(), qMakePair(u"starting_after"_s, u"db-9"_s));
        query.limit = 1000; // the API caps silently; we never ask for more than it gives
        QCOMPARE(endpoints::listDatabases(query, {}).query.at(2).second, u"100"_s);
        QCOMPARE(endpoints::datacenters(u"d"_s, true).query,
                 (QList<QPair<QString, QString>>{{u"all"_s, u"true"_s}}));
        QVERIFY(endpoints::datacenters(u"d"_s, false).query.isEmpty());
    }

    void registerKeyBody()
    {
        const RequestSpec spec =
            endpoints::registerKey(KeyType::Classic, u"org-1"_s, u"AWS"_s, u"us-east-1"_s,
                                   u"arn:aws:kms:us-east-1:000000000001:key/k"_s);
        QCOMPARE(spec.method, QByteArray("POST"));
        QCOMPARE(spec.path, u"/v2/kms/classic"_s);
        QVERIFY(!spec.isIdempotent());
        QCOMPARE(spec.permission, u"org-cmk-write"_s);
        const QJsonObject body = QJsonDocument::fromJson(spec.body).object();
        QCOMPARE(body.value(u"orgId").toString(), u"org-1"_s);
        QCOMPARE(body.value(u"aws").toObject().value(u"keyID").toString(),
                 u"arn:aws:kms:us-east-1:000000000001:key/k"_s);
        QCOMPARE(body.value(u"aws").toObject().value(u"region").toString(), u"us-east-1"_s);
    }

    void networkRequest()
    {
        ApiConnection connection;
        connection.baseUrl = QUrl(u"https://api.example.invalid/"_s);
        connection.token = u"AstraCS:TESTxxxxxxxxxxxxxxxxxxxx:0000"_s;
        connection.transferTimeoutMs = 1234;
        const QNetworkRequest request =
            ApiRequest::buildNetworkRequest(connection, endpoints::listDatabases({}, u"a b"_s));
        QCOMPARE(
            request.url().toString(QUrl::FullyEncoded),
            u"https://api.example.invalid/v2/databases?include=nonterminated&provider=ALL&limit=100&starting_after=a%20b"_s);
        QCOMPARE(request.rawHeader("Authorization"),
                 QByteArray("Bearer AstraCS:TESTxxxxxxxxxxxxxxxxxxxx:0000"));
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        const QByteArray agent = request.header(QNetworkRequest::UserAgentHeader).toByteArray();
        QVERIFY2(agent.startsWith("AstraKeys/" ASTRA_VERSION " Qt/"), agent.constData());
        QCOMPARE(request.transferTimeout(), 1234);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QVERIFY(!request.header(QNetworkRequest::ContentTypeHeader).isValid());

        connection.baseUrl = QUrl(u"http://127.0.0.1:8080/base"_s);
        const QNetworkRequest post = ApiRequest::buildNetworkRequest(
            connection,
            endpoints::registerKey(KeyType::Serverless, u"o"_s, u"gcp"_s, u"r"_s, u"k"_s));
        QCOMPARE(post.url().toString(), u"http://127.0.0.1:8080/base/v2/kms"_s);
        QCOMPARE(post.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilding)
#include "tst_requestbuilding.moc"
