// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"
#include "simclient.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace astra::sim;

class TestSimDataSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureLoads()
    {
        QString error;
        const std::optional<DataSet> data =
            DataSet::fromJson(simTestData(QStringLiteral("small-dataset.json")), &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->organizations.size(), 2);
        QCOMPARE(data->regions.size(), 3);
        QCOMPARE(data->accounts.value(QStringLiteral("gcp")).size(), 1);
        const SimOrganization &alpha = data->organizations.first();
        QCOMPARE(alpha.enterprise, QStringLiteral("Test Enterprise"));
        QVERIFY(data->organizations.at(1).enterprise.isEmpty());
        QCOMPARE(alpha.tokens.size(), 4);
        // Absent permissions mean all of them; an empty list means none.
        QVERIFY(alpha.tokens.at(0).hasPermission(QStringLiteral("org-cmk-write")));
        QVERIFY(alpha.tokens.at(3).permissions.isEmpty());
        QCOMPARE(alpha.keys.size(), 3);
        QCOMPARE(alpha.keys.at(2).type, QStringLiteral("classic"));
        QCOMPARE(alpha.keys.at(0).registered, QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(!alpha.keys.at(1).registered.isValid());
        // Databases come sorted by id, as the API pages by id.
        QCOMPARE(alpha.databases.size(), 4);
        for (qsizetype i = 1; i < alpha.databases.size(); ++i)
            QVERIFY(alpha.databases.at(i - 1).id < alpha.databases.at(i).id);
        const SimDatabase &zeta = alpha.databases.at(2);
        QCOMPARE(zeta.name, QStringLiteral("zeta-vector"));
        QCOMPARE(zeta.dbType, QStringLiteral("vector"));
        QVERIFY(!zeta.terminationTime.isValid());
        QCOMPARE(zeta.datacenters.size(), 2);
        QCOMPARE(zeta.datacenters.at(1).provider, QStringLiteral("AWS")); // upper-cased
        QVERIFY(zeta.datacenters.at(1).terminated);
        // A datacenter without dateCreated was created with its database.
        const SimDatabase &sleepy = alpha.databases.at(3);
        QCOMPARE(sleepy.datacenters.first().dateCreated, sleepy.creationTime);

        QVERIFY(data->organizationForToken(alpha.tokens.at(1).token) ==
                &data->organizations.first());
        QVERIFY(!data->organizationForToken(QStringLiteral("AstraCS:nope")));
        QVERIFY(!data->organizationForToken(QString()));
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("regions type")
            << QByteArray(R"({"regions": {}})") << QStringLiteral("regions: expected an array");
        QTest::newRow("org id missing") << QByteArray(R"({"organizations": [{"name": "x"}]})")
                                        << QStringLiteral("organizations[0].id: required");
        QTest::newRow("org not object") << QByteArray(R"({"organizations": [{"id": "a"}, 3]})")
                                        << QStringLiteral("organizations[1]: expected an object");
        QTest::newRow("provider type")
            << QByteArray(R"({"organizations": [{"id": "a"}, {"id": "b"}, {"id": "c", "keys": [
                 {"provider": 5, "region": "r", "keyId": "k"}]}]})")
            << QStringLiteral("organizations[2].keys[0].provider: expected a string");
        QTest::newRow("provider value")
            << QByteArray(R"({"organizations": [{"id": "a", "keys": [
                 {"provider": "ibm", "region": "r", "keyId": "k"}]}]})")
            << QStringLiteral("organizations[0].keys[0].provider: expected aws, gcp or azure");
        QTest::newRow("key type")
            << QByteArray(R"({"organizations": [{"id": "a", "keys": [
                 {"type": "dedicated", "provider": "aws", "region": "r", "keyId": "k"}]}]})")
            << QStringLiteral("organizations[0].keys[0].type: expected serverless or classic");
        QTest::newRow("registered")
            << QByteArray(R"({"organizations": [{"id": "a", "keys": [
                 {"provider": "aws", "region": "r", "keyId": "k", "registered": "yesterday"}]}]})")
            << QStringLiteral("organizations[0].keys[0].registered: expected an RFC 3339 time");
        QTest::newRow("token missing")
            << QByteArray(R"({"organizations": [{"id": "a", "tokens": [{"permissions": []}]}]})")
            << QStringLiteral("organizations[0].tokens[0].token: required");
        QTest::newRow("permission type")
            << QByteArray(
                   R"({"organizations": [{"id": "a", "tokens": [{"token": "t", "permissions": [1]}]}]})")
            << QStringLiteral("organizations[0].tokens[0].permissions[0]: expected a string");
        QTest::newRow("capacity")
            << QByteArray(
                   R"({"organizations": [{"id": "a", "databases": [{"id": "d", "datacenters": [
                 {"cloudProvider": "AWS", "region": "r", "capacityUnits": "two"}]}]}]})")
            << QStringLiteral("organizations[0].databases[0].datacenters[0].capacityUnits: "
                              "expected an integer");
        QTest::newRow("terminated flag")
            << QByteArray(
                   R"({"organizations": [{"id": "a", "databases": [{"id": "d", "datacenters": [
                 {"cloudProvider": "AWS", "region": "r", "terminated": "no"}]}]}]})")
            << QStringLiteral("organizations[0].databases[0].datacenters[0].terminated: expected "
                              "true or false");
        QTest::newRow("accounts") << QByteArray(R"({"accounts": {"aws": "arn"}})")
                                  << QStringLiteral("accounts.aws: expected an array");
    }

    void fieldErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!DataSet::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void toJsonRoundTrip()
    {
        QString error;
        const std::optional<DataSet> data =
            DataSet::fromJson(simTestData(QStringLiteral("small-dataset.json")), &error);
        QVERIFY(data);
        const QByteArray once = data->toJson();
        const std::optional<DataSet> again = DataSet::fromJson(once, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), once);
        QVERIFY(once.contains("\"terminationTime\": null"));

        const DataSet generated = DataSet::generate(GenerateSpec{3, 30, 50, 9, 60, 30});
        const std::optional<DataSet> back = DataSet::fromJson(generated.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), generated.toJson());
    }

    void generateIsDeterministic()
    {
        GenerateSpec spec;
        spec.organizations = 4;
        spec.keys = 40;
        spec.databases = 200;
        spec.seed = 42;
        QCOMPARE(DataSet::generate(spec).toJson(), DataSet::generate(spec).toJson());
        GenerateSpec other = spec;
        other.seed = 43;
        QVERIFY(DataSet::generate(spec).toJson() != DataSet::generate(other).toJson());
    }

    void generateDistribution()
    {
        GenerateSpec spec;
        spec.organizations = 8;
        spec.keys = 100;
        spec.databases = 10000;
        QElapsedTimer timer;
        timer.start();
        const DataSet data = DataSet::generate(spec);
        const qint64 ms = timer.elapsed();
        qInfo() << "generated 10000 databases in" << ms << "ms";
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));

        QCOMPARE(data.organizations.size(), 8);
        QVERIFY(!data.regions.isEmpty());
        QVERIFY(!data.accounts.value(QStringLiteral("aws")).isEmpty());
        const QRegularExpression tokenFormat(
            QStringLiteral("^AstraCS:GEN[A-Za-z0-9]{21}:[0-9a-f]{64}$"));
        int withEnterprise = 0;
        int keys = 0;
        QSet<QString> tokens;
        QSet<QString> keyTypes;
        QSet<QString> keyProviders;
        for (const SimOrganization &org : data.organizations) {
            QVERIFY(org.name.startsWith(QStringLiteral("Generated Org 0")));
            QCOMPARE(org.tokens.size(), 1);
            QVERIFY2(tokenFormat.match(org.tokens.first().token).hasMatch(),
                     qPrintable(org.tokens.first().token));
            tokens.insert(org.tokens.first().token);
            withEnterprise += org.enterprise.isEmpty() ? 0 : 1;
            QVERIFY(!org.keys.isEmpty()); // spread over all organizations
            keys += int(org.keys.size());
            QSet<QString> slots;
            for (const SimKey &key : org.keys) {
                keyTypes.insert(key.type);
                keyProviders.insert(key.provider);
                const QString slot = key.type + key.provider + key.region;
                QVERIFY2(!slots.contains(slot), qPrintable(slot));
                slots.insert(slot);
                QVERIFY(key.registered.isValid());
            }
            QVERIFY(org.databases.size() >= 3);
        }
        QCOMPARE(tokens.size(), 8);
        QVERIFY(withEnterprise > 0 && withEnterprise < 8);
        QCOMPARE(keys, 100);
        QCOMPARE(keyTypes.size(), 2);
        QCOMPARE(keyProviders.size(), 3);
        QCOMPARE(data.organizations.first().name, QStringLiteral("Generated Org 001"));

        const QList<SimDatabase> &dbs = data.organizations.first().databases;
        QCOMPARE(dbs.size(), 10000);
        QMap<QString, int> providers;
        QSet<QString> ids;
        for (qsizetype i = 0; i < dbs.size(); ++i) {
            const SimDatabase &db = dbs.at(i);
            QVERIFY(i == 0 || dbs.at(i - 1).id < db.id);
            ids.insert(db.id);
            QVERIFY(db.datacenters.size() >= 1 && db.datacenters.size() <= 3);
            providers[db.datacenters.first().provider] += 1;
            for (const SimDatacenter &dc : db.datacenters)
                QCOMPARE(dc.provider, db.datacenters.first().provider);
        }
        QCOMPARE(ids.size(), 10000);
        QVERIFY2(qAbs(providers.value(QStringLiteral("AWS")) - 6000) < 300,
                 qPrintable(QString::number(providers.value(QStringLiteral("AWS")))));
        QVERIFY(qAbs(providers.value(QStringLiteral("GCP")) - 3000) < 300);
        QVERIFY(qAbs(providers.value(QStringLiteral("AZURE")) - 1000) < 300);
    }

    void parseGenerateSpec_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("full") << QStringLiteral("keys=5,databases=10,orgs=3,seed=7") << true
                              << QString();
        QTest::newRow("mix") << QStringLiteral("keys=1, databases=2, aws=50, gcp=50") << true
                             << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
        QTest::newRow("unknown") << QStringLiteral("keys=1,colour=2") << false
                                 << QStringLiteral("colour");
        QTest::newRow("not number")
            << QStringLiteral("keys=many") << false << QStringLiteral("keys=many");
        QTest::newRow("negative") << QStringLiteral("databases=-1") << false
                                  << QStringLiteral("databases=-1");
        QTest::newRow("no value") << QStringLiteral("keys") << false << QStringLiteral("keys");
        QTest::newRow("zero orgs") << QStringLiteral("orgs=0") << false << QStringLiteral("orgs=0");
        QTest::newRow("mix > 100")
            << QStringLiteral("aws=70,gcp=40") << false << QStringLiteral("100");
    }

    void parseGenerateSpec()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, errorPart);
        QString error;
        const std::optional<GenerateSpec> spec = DataSet::parseGenerateSpec(text, &error);
        QCOMPARE(spec.has_value(), valid);
        if (!valid)
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        if (QTest::currentDataTag() == QByteArray("full")) {
            QCOMPARE(spec->keys, 5);
            QCOMPARE(spec->databases, 10);
            QCOMPARE(spec->organizations, 3);
            QCOMPARE(spec->seed, 7u);
        }
    }

    void demoLoads()
    {
        // The demo data set is compiled into astra_sim; it must parse with the documented format.
        const DataSet demo = DataSet::demo();
        QVERIFY(!demo.organizations.isEmpty());
        for (const SimOrganization &org : demo.organizations) {
            QVERIFY(!org.id.isEmpty());
            QVERIFY(!org.tokens.isEmpty());
            QVERIFY(org.tokens.first().token.startsWith(QStringLiteral("AstraCS:")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimDataSet)
#include "tst_simdataset.moc"
