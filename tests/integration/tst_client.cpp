// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real client against the simulator over loopback: every endpoint, auth rules, transport.
#include "simharness.h"

#include "api/cloudaccountsrequest.h"
#include "api/currentorgrequest.h"
#include "api/databaselistjob.h"
#include "api/databaserequest.h"
#include "api/datacentersrequest.h"
#include "api/keylistrequest.h"
#include "api/keylookuprequest.h"
#include "api/organizationusersrequest.h"
#include "api/regionsrequest.h"
#include "api/registerkeyrequest.h"

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

class TestClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;

    // Index of an organization with keys of both types and databases.
    int richOrganization() const
    {
        const auto &orgs = m_sim->simulator().data().organizations;
        for (int i = 0; i < orgs.size(); ++i) {
            bool serverless = false, classic = false;
            for (const auto &k : orgs.at(i).keys)
                (k.type == u"classic" ? classic : serverless) = true;
            if (serverless && classic && !orgs.at(i).databases.isEmpty())
                return i;
        }
        qFatal("demo data has no organization with both key types");
    }

private Q_SLOTS:
    void init() { m_sim = std::make_unique<SimHarness>(); }
    void cleanup() { m_sim.reset(); }

    void currentOrganization()
    {
        const auto outcome = runRequest(new CurrentOrgRequest(m_sim->connection(0)));
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.received->size(), 1);
        const auto org = outcome.received->first().first().value<Organization>();
        QCOMPARE(org.id, m_sim->organization(0).id);
        QCOMPARE(org.name, m_sim->organization(0).name);
    }

    void organizationUsers()
    {
        const auto outcome = runRequest(new OrganizationUsersRequest(m_sim->connection(1)));
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.received->first().first().value<Organization>().id,
                 m_sim->organization(1).id);
    }

    void keysOfBothTypes()
    {
        const int index = richOrganization();
        const auto &org = m_sim->organization(index);
        int serverless = 0;
        for (const auto &k : org.keys)
            serverless += k.type == u"serverless";
        const auto s =
            runRequest(new KeyListRequest(m_sim->connection(index), KeyType::Serverless));
        const auto c = runRequest(new KeyListRequest(m_sim->connection(index), KeyType::Classic));
        QVERIFY(!s.error && !c.error);
        const auto sKeys = s.received->first().first().value<QList<CustomerKey>>();
        const auto cKeys = c.received->first().first().value<QList<CustomerKey>>();
        QCOMPARE(sKeys.size(), serverless);
        QCOMPARE(cKeys.size(), org.keys.size() - serverless);
        for (const CustomerKey &k : sKeys) {
            QCOMPARE(k.type, KeyType::Serverless);
            QCOMPARE(k.organizationId, org.id);
            QVERIFY(k.provider != CloudProvider::Unknown);
        }
        for (const CustomerKey &k : cKeys)
            QCOMPARE(k.type, KeyType::Classic);
    }

    void lookUpOneKeyAndItsAccounts()
    {
        const auto &org = m_sim->organization(0);
        const sim::SimKey &key = org.keys.first();
        const KeyType type = key.type == u"classic" ? KeyType::Classic : KeyType::Serverless;
        // The provider goes out upper-cased: the server compares it case-insensitively.
        const auto found = runRequest(
            new KeyLookupRequest(m_sim->connection(0), type, key.provider.toUpper(), key.region));
        QVERIFY(!found.error);
        const auto single = found.received->first().first().value<std::optional<CustomerKey>>();
        QVERIFY(single.has_value());
        QCOMPARE(single->keyId, key.keyId);
        QCOMPARE(single->region, key.region);

        const auto none = runRequest(
            new KeyLookupRequest(m_sim->connection(0), type, key.provider, u"nowhere-1"_s));
        QVERIFY2(!none.error, none.error ? qPrintable(none.error->message) : "");
        QVERIFY(!none.received->first().first().value<std::optional<CustomerKey>>().has_value());

        const auto accounts = runRequest(
            new CloudAccountsRequest(m_sim->connection(0), type, key.provider, key.region));
        QVERIFY(!accounts.error);
        const auto list = accounts.received->first().first().value<QList<CloudAccount>>();
        QCOMPARE(list.size(), m_sim->simulator().data().accounts.value(key.provider).size());
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().organizationId, org.id);
    }

    void databasesAndDatacenters()
    {
        const int index = richOrganization();
        const auto &org = m_sim->organization(index);
        const sim::SimDatabase *multi = nullptr;
        for (const auto &db : org.databases) {
            if (db.datacenters.size() > 1 && db.status != u"TERMINATED")
                multi = &db;
        }
        if (!multi)
            QSKIP("no multi-region database in this organization");
        const auto one = runRequest(new DatabaseRequest(m_sim->connection(index), multi->id));
        QVERIFY(!one.error);
        const auto db = one.received->first().first().value<Database>();
        QCOMPARE(db.name, multi->name);
        QCOMPARE(db.datacenters.size(), multi->datacenters.size());
        QCOMPARE(db.primaryRegion, multi->datacenters.first().region);

        const auto dcs =
            runRequest(new DatacentersRequest(m_sim->connection(index), multi->id, true));
        QVERIFY(!dcs.error);
        QCOMPARE(dcs.received->first().first().value<QList<Datacenter>>().size(),
                 multi->datacenters.size());

        const auto missing =
            runRequest(new DatabaseRequest(m_sim->connection(index), u"no-such-db"_s));
        QVERIFY(missing.error);
        QCOMPARE(missing.error->kind, ApiError::Kind::NotFound);
    }

    void everyDatabaseThroughThePager()
    {
        const int index = richOrganization();
        int live = 0;
        for (const auto &db : m_sim->organization(index).databases)
            live += db.status != u"TERMINATED";
        auto *job = new DatabaseListJob(m_sim->connection(index));
        QSignalSpy received(job, &DatabaseListJob::received);
        QSignalSpy finished(job, &DatabaseListJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<QList<Database>>().size(), live);
    }

    void regionNames()
    {
        const auto outcome = runRequest(new RegionsRequest(m_sim->connection(0)));
        QVERIFY(!outcome.error);
        const auto regions = outcome.received->first().first().value<QList<ServerlessRegion>>();
        QCOMPARE(regions.size(), m_sim->simulator().data().regions.size());
    }

    void unknownTokenIsUnauthorized()
    {
        const auto outcome = runRequest(new KeyListRequest(
            m_sim->connectionWithToken(u"AstraCS:NOPEnopeNOPEnopeNOPEnope:"_s + QString(64, u'0')),
            KeyType::Serverless));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Unauthorized);
        QCOMPARE(outcome.error->httpStatus, 401);
        QCOMPARE(outcome.error->serverErrorId(), 340018);
        QCOMPARE(outcome.attempts, 1); // a 401 is not retried
        QVERIFY(outcome.received->isEmpty());
    }

    void tokenWithoutCmkReadIsForbidden()
    {
        QString token;
        for (const auto &org : m_sim->simulator().data().organizations) {
            for (const auto &t : org.tokens) {
                if (!t.hasPermission(u"org-cmk-read"_s))
                    token = t.token;
            }
        }
        QVERIFY2(!token.isEmpty(), "the demo data has a token without org-cmk-read");
        const auto outcome =
            runRequest(new KeyListRequest(m_sim->connectionWithToken(token), KeyType::Serverless));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Forbidden);
        QVERIFY(outcome.error->message.contains(u"org-cmk-read"));
        // The same token still reads its organization.
        QVERIFY(!runRequest(new CurrentOrgRequest(m_sim->connectionWithToken(token))).error);
    }

    void registerAKeyOnceThenSeeIt()
    {
        const auto &org = m_sim->organization(0);
        const QString keyId =
            u"arn:aws:kms:ap-south-1:000000000042:key/00000000-0000-4000-8000-00000000beef"_s;
        const auto posted = runRequest(new RegisterKeyRequest(
            m_sim->connection(0), KeyType::Serverless, org.id, u"aws"_s, u"ap-south-1"_s, keyId));
        QVERIFY2(!posted.error, posted.error ? qPrintable(posted.error->message) : "");
        QCOMPARE(posted.received->size(), 1);
        const auto found = runRequest(new KeyLookupRequest(
            m_sim->connection(0), KeyType::Serverless, u"aws"_s, u"ap-south-1"_s));
        QCOMPARE(found.received->first().first().value<std::optional<CustomerKey>>()->keyId, keyId);
    }

    void aWriteIsNeverRetried()
    {
        QString error;
        QVERIFY2(m_sim->simulator().setFaults(u"POST /v2/kms=503,503"_s, &error),
                 qPrintable(error));
        m_sim->simulator().clearRequestLog();
        const auto posted = runRequest(new RegisterKeyRequest(
            m_sim->connection(0), KeyType::Serverless, m_sim->organization(0).id, u"gcp"_s,
            u"us-west1"_s, u"projects/p/locations/us-west1/keyRings/r/cryptoKeys/k"_s));
        QVERIFY(posted.error);
        QCOMPARE(posted.error->kind, ApiError::Kind::Server);
        QCOMPARE(posted.attempts, 1);
        int posts = 0;
        for (const auto &entry : m_sim->simulator().requestLog())
            posts += entry.method == "POST";
        QCOMPARE(posts, 1);
    }

    void plainHttpToARemoteHostIsRefusedBeforeAnythingIsSent()
    {
        ApiConnection c = m_sim->connection(0);
        c.baseUrl = QUrl(u"http://api.example.invalid"_s);
        m_sim->simulator().clearRequestLog();
        const auto outcome = runRequest(new KeyListRequest(c, KeyType::Serverless));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::InsecureTransport);
        QCOMPARE(outcome.attempts, 0);
        QVERIFY(!outcome.error->message.contains(c.token));
    }

    void aTokenWithALineBreakIsRefusedBeforeAnythingIsSent()
    {
        ApiConnection c = m_sim->connection(0);
        c.token = c.token.left(20) + u"\r\nX-Injected: 1"_s + c.token.mid(20);
        m_sim->simulator().clearRequestLog();
        const auto outcome = runRequest(new KeyListRequest(c, KeyType::Serverless));
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->message.contains(u"line breaks"));
        QVERIFY(!outcome.error->message.contains(u"AstraCS:D"));
        QCOMPARE(outcome.attempts, 0);
        QVERIFY(m_sim->simulator().requestLog().isEmpty());
    }

    void userAgentNamesProductAndQt()
    {
        m_sim->simulator().clearRequestLog();
        QVERIFY(!runRequest(new CurrentOrgRequest(m_sim->connection(0))).error);
        const auto log = m_sim->simulator().requestLog();
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().userAgent.startsWith("AstraKeys/" ASTRA_VERSION " Qt/"),
                 log.first().userAgent.constData());
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
