// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Databases, datacenters, organizations and regions, decoded from fixtures.
#include "core/database.h"
#include "core/organization.h"
#include "core/serverlessregion.h"

#include "fixtures.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

using astra::test::fixture;

class TestDatabaseDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page()
    {
        DecodeError error;
        const auto page = Database::pageFromJson(fixture("databases-page.json"), &error);
        QVERIFY2(page, qPrintable(error.toString()));
        QCOMPARE(page->size(), 2);
        const Database &db = page->at(0);
        QCOMPARE(db.name, u"payments-ledger"_s);
        QCOMPARE(db.tier, u"serverless"_s);
        QCOMPARE(db.keyType(), KeyType::Serverless);
        QCOMPARE(db.dbType, u"vector"_s);
        QCOMPARE(db.primaryProvider, CloudProvider::Aws);
        QCOMPARE(db.primaryRegion, u"us-east-1"_s);
        QVERIFY(!db.terminationTime.isValid()); // Go's zero time: still alive
        QVERIFY(!db.isTerminated());
        QCOMPARE(db.creationTime, QDateTime(QDate(2024, 3, 5), QTime(8, 0), Qt::UTC));
        QCOMPARE(db.datacenters.size(), 2);
        QCOMPARE(db.datacenters.at(1).region, u"eu-west-1"_s);
        QCOMPARE(db.datacenters.at(1).dateCreated,
                 QDateTime(QDate(2025, 1, 10), QTime(12, 30, 0, 250), Qt::UTC));

        const Database &classic = page->at(1);
        QCOMPARE(classic.keyType(), KeyType::Classic);
        QCOMPARE(classic.status, u"SOME_FUTURE_STATUS"_s); // unknown statuses are kept
        QCOMPARE(classic.datacenters.at(0).provider, CloudProvider::Gcp);
        // An offset is normalised to UTC.
        QCOMPARE(classic.datacenters.at(0).dateCreated,
                 QDateTime(QDate(2023, 5, 31), QTime(22, 0), Qt::UTC));
    }

    void preSignedUrlsAreNotKept()
    {
        // Nothing decoded may carry the pre-signed bundle URLs: not even by accident.
        DecodeError error;
        const auto page = Database::pageFromJson(fixture("databases-page.json"), &error);
        QVERIFY(page);
        QString everything;
        QDebug(&everything) << page->at(0).datacenters.at(0).id
                            << page->at(0).datacenters.at(0).name
                            << page->at(0).datacenters.at(0).tier
                            << page->at(0).datacenters.at(0).regionZone;
        QVERIFY(!everything.contains(u"X-Amz-Signature"));
        const auto dcs = Database::datacentersFromJson(fixture("datacenters.json"), &error);
        QVERIFY2(dcs, qPrintable(error.toString()));
        QCOMPARE(dcs->at(0).provider, CloudProvider::Azure);
        QCOMPARE(dcs->at(0).providerText, u"AZURE"_s);
    }

    void wrongTypesNameThePath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("info not object") << QByteArray(R"([{"id":"a","info":[]}])")
                                         << u"[0].info: expected an object, got an array"_s;
        QTest::newRow("dc region number")
            << QByteArray(
                   R"([{"id":"a","info":{"datacenters":[{"cloudProvider":"AWS","region":5}]}}])")
            << u"[0].info.datacenters[0].region: expected a string, got a number"_s;
        QTest::newRow("bad time") << QByteArray(R"([{"id":"a","creationTime":"yesterday"}])")
                                  << u"[0].creationTime: not an RFC 3339 time"_s;
        QTest::newRow("capacity fraction")
            << QByteArray(
                   R"([{"id":"a","info":{"datacenters":[{"cloudProvider":"AWS","region":"r","capacityUnits":1.5}]}}])")
            << u"[0].info.datacenters[0].capacityUnits: expected a whole number"_s;
        QTest::newRow("missing id") << QByteArray(R"([{"info":{}}])") << u"[0].id: missing"_s;
    }

    void wrongTypesNameThePath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        DecodeError error;
        QVERIFY(!Database::pageFromJson(body, &error));
        QCOMPARE(error.toString(), expected);
    }

    void singleDatabase()
    {
        DecodeError error;
        const auto db = Database::singleFromJson(
            R"({"id":"x","info":{"name":"n","tier":"D10"},"status":"HIBERNATED"})", &error);
        QVERIFY2(db, qPrintable(error.toString()));
        QCOMPARE(db->keyType(), KeyType::Classic);
        QVERIFY(!Database::singleFromJson("[]", &error));
    }

    void organization()
    {
        DecodeError error;
        const auto org = Organization::fromCurrentOrgJson(fixture("current-org.json"), &error);
        QVERIFY2(org, qPrintable(error.toString()));
        QCOMPARE(org->name, u"Northwind Payments"_s);
        const auto viaUsers =
            Organization::fromUsersJson(fixture("organization-users.json"), &error);
        QVERIFY2(viaUsers, qPrintable(error.toString()));
        QCOMPARE(*viaUsers, *org);
        // The spec's shape, id only, is accepted.
        QCOMPARE(Organization::fromCurrentOrgJson(R"({"id":"o"})", &error)->id, u"o"_s);
        QVERIFY(!Organization::fromCurrentOrgJson(R"({"name":"n"})", &error));
    }

    void regions()
    {
        DecodeError error;
        const auto regions = ServerlessRegion::listFromJson(fixture("regions.json"), &error);
        QVERIFY2(regions, qPrintable(error.toString()));
        QCOMPARE(regions->size(), 2);
        QCOMPARE(regions->at(0).displayName, u"US East (Ohio)"_s);
        QVERIFY(!regions->at(1).enabled);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseDecoding)
#include "tst_databasedecoding.moc"
