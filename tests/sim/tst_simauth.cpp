// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens and permissions: 401, 403, the silent database filter, key registration.
#include "simclient.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace astra::sim;

namespace {

QString token(const char *middle, const char *suffix)
{
    return QStringLiteral("AstraCS:%1:%2")
        .arg(QLatin1String(middle), QString(60, u'a') + QLatin1String(suffix));
}

const QString kFull = token("TESTalphaFULL00000000001", "0001");
const QString kNoCmk = token("TESTalphaNOCMK0000000002", "0002");    // org-read, org-db-view
const QString kReadKeys = token("TESTalphaREADKEYS0000003", "0003"); // org-cmk-read
const QString kNothing = token("TESTalphaNOTHING00000004", "0004");
const QString kBeta =
    QStringLiteral("AstraCS:TESTbetaFULL000000000001:"
                   "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb0001");

QJsonObject firstError(const SimReply &r)
{
    return r.json.object().value(QStringLiteral("errors")).toArray().at(0).toObject();
}

} // namespace

class TestSimAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimClient> m_client;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_sim = startSimulatorOn(QStringLiteral("small-dataset.json"), &error);
        QVERIFY2(m_sim, qPrintable(error));
        m_client = std::make_unique<SimClient>(m_sim->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void invalidTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("unknown") << QByteArray("Bearer AstraCS:unknown:00");
        QTest::newRow("basic") << ("Basic " + kFull.toLatin1());
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
    }

    void invalidTokens()
    {
        QFETCH(QByteArray, authorization);
        for (const QString &path :
             {QStringLiteral("/v2/currentOrg"), QStringLiteral("/v2/kms"),
              QStringLiteral("/v2/databases"), QStringLiteral("/v2/regions/serverless")}) {
            QNetworkRequest request = m_client->request(path, QString());
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            const SimReply r = SimClient::wait(m_client->manager().get(request));
            QCOMPARE(r.status, 401);
            QCOMPARE(firstError(r).value(QStringLiteral("ID")).toInt(), 340018);
            QCOMPARE(firstError(r).value(QStringLiteral("message")).toString(),
                     QStringLiteral("invalid token"));
        }
        QVERIFY(m_sim->requestLog().last().organizationId.isEmpty());
    }

    void tokenSelectsItsOrganization()
    {
        QCOMPARE(m_client->get(QStringLiteral("/v2/currentOrg"), kBeta)
                     .json.object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Test Org Beta"));
        QCOMPARE(m_client->get(QStringLiteral("/v2/kms"), kBeta).json.array().size(), 1);
        QCOMPARE(m_client->get(QStringLiteral("/v2/databases"), kBeta).json.array().size(), 0);
        // Another organization's database is not found, not forbidden.
        QCOMPARE(
            m_client
                ->get(QStringLiteral("/v2/databases/d0000000-0000-4000-8000-000000000001"), kBeta)
                .status,
            404);
    }

    void keyReadNeedsCmkRead()
    {
        for (const QString &path :
             {QStringLiteral("/v2/kms"), QStringLiteral("/v2/kms/classic"),
              QStringLiteral("/v2/kms/serverless"),
              QStringLiteral("/v2/kms/provider/aws/region/us-east-1"),
              QStringLiteral("/v2/kms/classic/provider/azure/region/westeurope"),
              QStringLiteral("/v2/kms/provider/aws/region/us-east-1/accounts")}) {
            const SimReply denied = m_client->get(path, kNoCmk);
            QCOMPARE(denied.status, 403);
            QVERIFY(firstError(denied).value(QStringLiteral("ID")).isDouble());
            QVERIFY2(firstError(denied)
                         .value(QStringLiteral("message"))
                         .toString()
                         .contains(QStringLiteral("org-cmk-read")),
                     qPrintable(path));
            QCOMPARE(m_client->get(path, kReadKeys).status, 200);
        }
    }

    void otherPermissions()
    {
        QCOMPARE(m_client->get(QStringLiteral("/v2/organizations/users"), kReadKeys).status, 403);
        QVERIFY(firstError(m_client->get(QStringLiteral("/v2/organizations/users"), kNothing))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("org-read")));
        QCOMPARE(m_client->get(QStringLiteral("/v2/organizations/users"), kNoCmk).status, 200);
        // Any valid token: current organization and regions.
        QCOMPARE(m_client->get(QStringLiteral("/v2/currentOrg"), kNothing).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/v2/regions/serverless"), kNothing).status, 200);
        // Without org-db-view the list is silently empty, and single databases are not found.
        const SimReply list = m_client->get(QStringLiteral("/v2/databases?include=all"), kReadKeys);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.body, QByteArray("[]"));
        QCOMPARE(m_client
                     ->get(QStringLiteral("/v2/databases/d0000000-0000-4000-8000-000000000001"),
                           kReadKeys)
                     .status,
                 404);
        QCOMPARE(m_client
                     ->get(QStringLiteral(
                               "/v2/databases/d0000000-0000-4000-8000-000000000001/datacenters"),
                           kReadKeys)
                     .status,
                 404);
        QCOMPARE(
            m_client->get(QStringLiteral("/v2/databases?include=all"), kNoCmk).json.array().size(),
            4);
    }

    void registerNeedsCmkWrite()
    {
        const QByteArray body = R"({"orgId": "00000000-0000-4000-8000-0000000000a1",
                                    "aws": {"keyID": "arn:aws:kms:eu-west-1:1:key/new", "region": "eu-west-1"}})";
        const SimReply denied = m_client->post(QStringLiteral("/v2/kms"), kReadKeys, body);
        QCOMPARE(denied.status, 403);
        QVERIFY(firstError(denied)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("org-cmk-write")));
        QCOMPARE(m_client->get(QStringLiteral("/v2/kms"), kFull).json.array().size(), 2);
        QCOMPARE(m_client->post(QStringLiteral("/v2/kms"), QString(), body).status, 401);
    }

    void registerThenList()
    {
        const QByteArray body = R"({"orgId": "00000000-0000-4000-8000-0000000000a1",
                                    "aws": {"keyID": "arn:aws:kms:eu-west-1:1:key/new", "region": "eu-west-1"}})";
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const SimReply created = m_client->post(QStringLiteral("/v2/kms"), kFull, body);
        QCOMPARE(created.status, 201);
        QVERIFY(created.body.isEmpty());

        const QJsonArray keys = m_client->get(QStringLiteral("/v2/kms"), kFull).json.array();
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys.last().toObject().value(QStringLiteral("KeyID")).toString(),
                 QStringLiteral("arn:aws:kms:eu-west-1:1:key/new"));
        QCOMPARE(keys.last().toObject().value(QStringLiteral("CloudProvider")).toString(),
                 QStringLiteral("aws"));
        const SimReply lookup =
            m_client->get(QStringLiteral("/v2/kms/provider/aws/region/eu-west-1"), kFull);
        QCOMPARE(lookup.status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/v2/kms/classic"), kFull).json.array().size(), 1);
        const SimKey &stored = m_sim->data().organizations.first().keys.last();
        QVERIFY(stored.registered >= before);
        QCOMPARE(stored.type, QStringLiteral("serverless"));

        // The same type, provider and region again: 409.
        const SimReply again = m_client->post(QStringLiteral("/v2/kms"), kFull, body);
        QCOMPARE(again.status, 409);
        QVERIFY(firstError(again).contains(QStringLiteral("ID")));
        // The same place as a classic key is a different registration.
        QCOMPARE(m_client->post(QStringLiteral("/v2/kms/classic"), kFull, body).status, 201);
        QCOMPARE(m_client->get(QStringLiteral("/v2/kms/classic"), kFull).json.array().size(), 2);
        QCOMPARE(m_client->get(QStringLiteral("/v2/kms"), kFull).json.array().size(), 3);
    }

    void registerRejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("aws please");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no provider")
            << QByteArray(R"({"orgId": "00000000-0000-4000-8000-0000000000a1"})");
        QTest::newRow("two providers") << QByteArray(
            R"({"aws": {"keyID": "a", "region": "r"}, "gcp": {"keyID": "b", "region": "r"}})");
        QTest::newRow("no keyID") << QByteArray(R"({"aws": {"region": "r"}})");
        QTest::newRow("no region") << QByteArray(R"({"gcp": {"keyID": "k"}})");
        QTest::newRow("keyID type") << QByteArray(R"({"azure": {"keyID": 5, "region": "r"}})");
        QTest::newRow("provider type") << QByteArray(R"({"aws": "arn"})");
        QTest::newRow("other org")
            << QByteArray(R"({"orgId": "someone-else", "aws": {"keyID": "a", "region": "r"}})");
    }

    void registerRejectsBadBodies()
    {
        QFETCH(QByteArray, body);
        const SimReply r = m_client->post(QStringLiteral("/v2/kms"), kFull, body);
        QCOMPARE(r.status, 400);
        QVERIFY(!firstError(r).value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_sim->data().organizations.first().keys.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
