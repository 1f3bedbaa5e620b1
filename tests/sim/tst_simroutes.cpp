// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every route's JSON shape, over real HTTP, checked key by key against the real API's spelling.
#include "simclient.h"
#include "simulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace astra::sim;

namespace {

const QString kToken =
    QStringLiteral("AstraCS:TESTalphaFULL00000000001:"
                   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0001");
const QString kOrgId = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString kZeta = QStringLiteral("d0000000-0000-4000-8000-000000000003");

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSimRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimClient> m_client;

    SimReply get(const QString &path) { return m_client->get(path, kToken); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_sim = startSimulatorOn(QStringLiteral("small-dataset.json"), &error);
        QVERIFY2(m_sim, qPrintable(error));
        m_client = std::make_unique<SimClient>(m_sim->baseUrl());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sim.reset();
    }

    void currentOrg()
    {
        const SimReply r = get(QStringLiteral("/v2/currentOrg"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());
        QCOMPARE(sortedKeys(r.json.object()),
                 (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(r.json.object().value(QStringLiteral("id")).toString(), kOrgId);
    }

    void organizationUsers()
    {
        const SimReply r = get(QStringLiteral("/v2/organizations/users"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json.object();
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("orgID"), QStringLiteral("orgName"),
                                             QStringLiteral("users")}));
        QCOMPARE(o.value(QStringLiteral("orgName")).toString(), QStringLiteral("Test Org Alpha"));
        const QJsonArray users = o.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 2);
        const QJsonObject bob = users.at(1).toObject();
        QCOMPARE(sortedKeys(bob),
                 (QStringList{QStringLiteral("email"), QStringLiteral("roles"),
                              QStringLiteral("status"), QStringLiteral("userID")}));
        QCOMPARE(bob.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
        const QJsonArray roles = bob.value(QStringLiteral("roles")).toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(sortedKeys(roles.at(0).toObject()),
                 (QStringList{QStringLiteral("ID"), QStringLiteral("name")}));
        QCOMPARE(roles.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Read Only User"));
    }

    void keyListsArePascalCase()
    {
        const SimReply serverless = get(QStringLiteral("/v2/kms"));
        QCOMPARE(serverless.status, 200);
        const QJsonArray keys = serverless.json.array();
        QCOMPARE(keys.size(), 2);
        const QJsonObject first = keys.at(0).toObject();
        QCOMPARE(sortedKeys(first),
                 (QStringList{QStringLiteral("CloudProvider"), QStringLiteral("KeyID"),
                              QStringLiteral("OrganizationID"), QStringLiteral("Region")}));
        QCOMPARE(first.value(QStringLiteral("CloudProvider")).toString(), QStringLiteral("aws"));
        QCOMPARE(first.value(QStringLiteral("OrganizationID")).toString(), kOrgId);
        QCOMPARE(first.value(QStringLiteral("Region")).toString(), QStringLiteral("us-east-1"));
        QVERIFY(first.value(QStringLiteral("KeyID"))
                    .toString()
                    .startsWith(QStringLiteral("arn:aws:kms:")));
        // The registration time is scenario truth only: never served.
        QVERIFY(!serverless.body.contains("registered"));

        QCOMPARE(get(QStringLiteral("/v2/kms/serverless")).body, serverless.body);

        const SimReply classic = get(QStringLiteral("/v2/kms/classic"));
        QCOMPARE(classic.status, 200);
        QCOMPARE(classic.json.array().size(), 1);
        QCOMPARE(
            classic.json.array().at(0).toObject().value(QStringLiteral("CloudProvider")).toString(),
            QStringLiteral("azure"));
    }

    void keyLookupIsCamelCaseUnderProvider()
    {
        const SimReply r = get(QStringLiteral("/v2/kms/provider/AWS/region/us-east-1"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json.object();
        QCOMPARE(sortedKeys(o), (QStringList{QStringLiteral("aws"), QStringLiteral("orgId")}));
        QCOMPARE(o.value(QStringLiteral("orgId")).toString(), kOrgId);
        const QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
        QCOMPARE(sortedKeys(aws), (QStringList{QStringLiteral("keyID"), QStringLiteral("region")}));
        QCOMPARE(aws.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));

        const SimReply gcp = get(QStringLiteral("/v2/kms/provider/gcp/region/europe-west1"));
        QCOMPARE(gcp.status, 200);
        QVERIFY(gcp.json.object().contains(QStringLiteral("gcp")));

        const SimReply classic =
            get(QStringLiteral("/v2/kms/classic/provider/Azure/region/westeurope"));
        QCOMPARE(classic.status, 200);
        QVERIFY(classic.json.object().value(QStringLiteral("azure")).isObject());

        // Regions compare exactly; a serverless lookup never finds a classic key.
        for (const QString &path :
             {QStringLiteral("/v2/kms/provider/aws/region/US-EAST-1"),
              QStringLiteral("/v2/kms/provider/azure/region/westeurope"),
              QStringLiteral("/v2/kms/classic/provider/aws/region/us-east-1")}) {
            const SimReply missing = get(path);
            QCOMPARE(missing.status, 404);
            QVERIFY(missing.json.object().value(QStringLiteral("errors")).isArray());
        }
        QCOMPARE(get(QStringLiteral("/v2/kms/provider/ibm/region/x")).status, 400);
    }

    void accountsAreSnakeCase()
    {
        for (const QString &path :
             {QStringLiteral("/v2/kms/provider/AWS/region/us-east-1/accounts"),
              QStringLiteral("/v2/kms/classic/provider/aws/region/anywhere/accounts")}) {
            const SimReply r = get(path);
            QCOMPARE(r.status, 200);
            const QJsonArray accounts = r.json.array();
            QCOMPARE(accounts.size(), 1);
            const QJsonObject a = accounts.at(0).toObject();
            QCOMPARE(sortedKeys(a),
                     (QStringList{QStringLiteral("organization_id"), QStringLiteral("provider"),
                                  QStringLiteral("provider_id")}));
            QCOMPARE(a.value(QStringLiteral("provider")).toString(), QStringLiteral("aws"));
            QCOMPARE(a.value(QStringLiteral("provider_id")).toString(),
                     QStringLiteral("arn:aws:iam::000000000001:root"));
            QCOMPARE(a.value(QStringLiteral("organization_id")).toString(), kOrgId);
        }
    }

    void databaseShape()
    {
        const SimReply r = get(QStringLiteral("/v2/databases/") + kZeta);
        QCOMPARE(r.status, 200);
        const QJsonObject db = r.json.object();
        for (const char *field :
             {"id", "orgId", "ownerId", "info", "creationTime", "terminationTime", "status",
              "storage", "availableActions", "cqlshUrl", "grafanaUrl", "dataEndpointUrl",
              "graphqlUrl", "studioUrl", "dbType"})
            QVERIFY2(db.contains(QLatin1String(field)), field);
        QCOMPARE(db.value(QStringLiteral("orgId")).toString(), kOrgId);
        QCOMPARE(db.value(QStringLiteral("creationTime")).toString(),
                 QStringLiteral("2024-03-05T08:00:00Z"));
        QCOMPARE(db.value(QStringLiteral("terminationTime")).toString(),
                 QStringLiteral("0001-01-01T00:00:00Z"));
        QCOMPARE(db.value(QStringLiteral("dbType")).toString(), QStringLiteral("vector"));
        const QJsonObject storage = db.value(QStringLiteral("storage")).toObject();
        for (const char *field : {"nodeCount", "replicationFactor", "totalStorage"})
            QVERIFY2(storage.value(QLatin1String(field)).isDouble(), field);
        const QJsonObject info = db.value(QStringLiteral("info")).toObject();
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("zeta-vector"));
        QCOMPARE(info.value(QStringLiteral("keyspace")).toString(), QStringLiteral("zeta"));
        QCOMPARE(info.value(QStringLiteral("cloudProvider")).toString(), QStringLiteral("AWS"));
        QCOMPARE(info.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(info.value(QStringLiteral("tier")).toString(), QStringLiteral("serverless"));
        QCOMPARE(info.value(QStringLiteral("user")).toString(), QStringLiteral("token"));
        QCOMPARE(info.value(QStringLiteral("password")).toString(), QString());
        QVERIFY(info.value(QStringLiteral("additionalKeyspaces")).isArray());
        QVERIFY(info.value(QStringLiteral("capacityUnits")).isDouble());
        // info.datacenters lists live regions only.
        QCOMPARE(info.value(QStringLiteral("datacenters")).toArray().size(), 1);

        // dbType is left out, not empty, for classic databases.
        const SimReply classic =
            get(QStringLiteral("/v2/databases/d0000000-0000-4000-8000-000000000001"));
        QCOMPARE(classic.status, 200);
        QVERIFY(!classic.json.object().contains(QStringLiteral("dbType")));
        QVERIFY(!classic.json.object()
                     .value(QStringLiteral("info"))
                     .toObject()
                     .contains(QStringLiteral("dbType")));
        QCOMPARE(classic.json.object()
                     .value(QStringLiteral("info"))
                     .toObject()
                     .value(QStringLiteral("tier"))
                     .toString(),
                 QStringLiteral("C10"));

        const SimReply terminated =
            get(QStringLiteral("/v2/databases/d0000000-0000-4000-8000-000000000002"));
        QCOMPARE(terminated.json.object().value(QStringLiteral("terminationTime")).toString(),
                 QStringLiteral("2022-06-01T00:00:00Z"));

        const SimReply missing = get(QStringLiteral("/v2/databases/no-such-db"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.object().value(QStringLiteral("errors")).isArray());
    }

    void databaseList()
    {
        const SimReply r = get(QStringLiteral("/v2/databases"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isArray());
        const QJsonArray dbs = r.json.array();
        QCOMPARE(dbs.size(), 3); // the terminated one is left out by default
        QStringList ids;
        for (const QJsonValue &v : dbs)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QCOMPARE(dbs.at(2).toObject(),
                 get(QStringLiteral("/v2/databases/") + ids.at(2)).json.object());
    }

    void datacenters()
    {
        const SimReply live =
            get(QStringLiteral("/v2/databases/") + kZeta + QStringLiteral("/datacenters"));
        QCOMPARE(live.status, 200);
        QCOMPARE(live.json.array().size(), 1);
        const SimReply all =
            get(QStringLiteral("/v2/databases/") + kZeta + QStringLiteral("/datacenters?all=true"));
        QCOMPARE(all.json.array().size(), 2);
        const QJsonObject dc1 = all.json.array().at(0).toObject();
        const QJsonObject dc2 = all.json.array().at(1).toObject();
        QCOMPARE(dc1.value(QStringLiteral("id")).toString(), kZeta + QStringLiteral("-1"));
        QCOMPARE(dc1.value(QStringLiteral("name")).toString(), QStringLiteral("dc-1"));
        QCOMPARE(dc2.value(QStringLiteral("id")).toString(), kZeta + QStringLiteral("-2"));
        QCOMPARE(dc2.value(QStringLiteral("status")).toString(), QStringLiteral("TERMINATED"));
        QCOMPARE(dc1.value(QStringLiteral("status")).toString(), QString()); // "" on serverless
        QCOMPARE(dc1.value(QStringLiteral("cloudProvider")).toString(), QStringLiteral("AWS"));
        QCOMPARE(dc2.value(QStringLiteral("cloudProvider")).toString(), QStringLiteral("AWS"));
        QCOMPARE(dc1.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(dc1.value(QStringLiteral("regionZone")).toString(), QStringLiteral("na"));
        QCOMPARE(dc1.value(QStringLiteral("regionClassification")).toString(),
                 QStringLiteral("standard"));
        QCOMPARE(dc1.value(QStringLiteral("tier")).toString(), QStringLiteral("serverless"));
        QCOMPARE(dc1.value(QStringLiteral("capacityUnits")).toInt(), 1);
        QCOMPARE(dc1.value(QStringLiteral("dateCreated")).toString(),
                 QStringLiteral("2024-03-05T08:00:00Z"));
        for (const char *field :
             {"secureBundleUrl", "secureBundleInternalUrl", "secureBundleMigrationProxyUrl",
              "secureBundleMigrationProxyInternalUrl"}) {
            QVERIFY2(dc1.value(QLatin1String(field))
                         .toString()
                         .contains(QStringLiteral("X-Amz-Signature=FAKE")),
                     field);
        }
        QVERIFY(dc1.value(QStringLiteral("grafanaUrl"))
                    .toString()
                    .startsWith(QStringLiteral("https://")));

        const SimReply gcp =
            get(QStringLiteral("/v2/databases/d0000000-0000-4000-8000-000000000004/datacenters"));
        QCOMPARE(gcp.json.array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("regionClassification"))
                     .toString(),
                 QStringLiteral("premium"));
        QCOMPARE(get(QStringLiteral("/v2/databases/nope/datacenters")).status, 404);
    }

    void regions()
    {
        const SimReply r = get(QStringLiteral("/v2/regions/serverless?region-type=all"));
        QCOMPARE(r.status, 200);
        const QJsonArray regions = r.json.array();
        QCOMPARE(regions.size(), 3);
        const QJsonObject first = regions.at(0).toObject();
        QCOMPARE(
            sortedKeys(first),
            (QStringList{QStringLiteral("classification"), QStringLiteral("cloudProvider"),
                         QStringLiteral("displayName"), QStringLiteral("enabled"),
                         QStringLiteral("name"), QStringLiteral("region_type"),
                         QStringLiteral("reservedForQualifiedUsers"), QStringLiteral("zone")}));
        QCOMPARE(first.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("US East (N. Virginia)"));
        QCOMPARE(first.value(QStringLiteral("region_type")).toString(),
                 QStringLiteral("serverless"));
        QCOMPARE(first.value(QStringLiteral("reservedForQualifiedUsers")).toBool(true), false);
        QCOMPARE(regions.at(2).toObject().value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(get(QStringLiteral("/v2/regions/serverless")).body, r.body);
    }

    void unknownPathAndWrongMethod()
    {
        const SimReply missing = get(QStringLiteral("/v2/teapot"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.object()
                    .value(QStringLiteral("errors"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(QStringLiteral("ID")));
        QCOMPARE(get(QStringLiteral("/v1/kms")).status, 404);

        QNetworkRequest request = m_client->request(QStringLiteral("/v2/kms"), kToken);
        const SimReply wrong = SimClient::wait(m_client->manager().deleteResource(request));
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.header("Allow"), QByteArray("GET, POST"));
        QVERIFY(wrong.json.object().value(QStringLiteral("errors")).isArray());
        const SimReply postToAlias =
            m_client->post(QStringLiteral("/v2/kms/serverless"), kToken, "{}");
        QCOMPARE(postToAlias.status, 405);
    }

    void requestLogNeverHoldsTheToken()
    {
        m_sim->clearRequestLog();
        QSignalSpy served(m_sim.get(), &Simulator::requestServed);
        QCOMPARE(get(QStringLiteral("/v2/databases?limit=2&include=all")).status, 200);
        QCOMPARE(served.size(), 1);
        const RequestLogEntry entry = served.at(0).at(0).value<RequestLogEntry>();
        QCOMPARE(entry.method, QByteArray("GET"));
        QCOMPARE(entry.path, QStringLiteral("/v2/databases"));
        QCOMPARE(entry.query, QStringLiteral("limit=2&include=all"));
        QCOMPARE(entry.organizationId, kOrgId);
        QCOMPARE(entry.status, 200);
        QVERIFY(entry.fault.isEmpty());
        QCOMPARE(entry.userAgent, QByteArray("astra-sim-tests"));
        QVERIFY(entry.receivedMs >= 0);
        QCOMPARE(m_sim->requestLog().size(), 1);
        for (const RequestLogEntry &e : m_sim->requestLog()) {
            const QString all = QString::fromLatin1(e.method) + e.path + e.query +
                                e.organizationId + e.fault + QString::fromLatin1(e.userAgent);
            QVERIFY(!all.contains(QStringLiteral("AstraCS")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimRoutes)
#include "tst_simroutes.moc"
