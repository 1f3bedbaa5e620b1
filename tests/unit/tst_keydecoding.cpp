// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The three spellings of a customer key, decoded from fixtures.
#include "core/cloudaccount.h"
#include "core/customerkey.h"

#include "fixtures.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

using astra::test::fixture;

class TestKeyDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listFromSpecExample()
    {
        DecodeError error;
        const auto keys =
            CustomerKey::listFromJson(fixture("keys-list.json"), KeyType::Serverless, &error);
        QVERIFY2(keys, qPrintable(error.toString()));
        QCOMPARE(keys->size(), 3);
        QCOMPARE(keys->at(0).provider, CloudProvider::Aws);
        QCOMPARE(keys->at(0).region, u"us-east-1"_s);
        QCOMPARE(keys->at(0).organizationId, u"ccd0aa59-facd-4a42-b27f-49dba057833d"_s);
        QVERIFY(keys->at(0).keyId.startsWith(u"arn:aws:kms:us-east-1:"));
        QCOMPARE(keys->at(1).provider, CloudProvider::Gcp);
        QCOMPARE(keys->at(2).provider, CloudProvider::Azure);
        QCOMPARE(keys->at(2).type, KeyType::Serverless);
    }

    void listFieldNamesAnyCase()
    {
        DecodeError error;
        const auto keys = CustomerKey::listFromJson(fixture("keys-list-case-variants.json"),
                                                    KeyType::Classic, &error);
        QVERIFY2(keys, qPrintable(error.toString()));
        QCOMPARE(keys->size(), 3);
        QCOMPARE(keys->at(0).provider, CloudProvider::Aws);
        QCOMPARE(keys->at(0).providerText, u"aws"_s);
        QCOMPARE(keys->at(0).organizationId, u"org-1"_s);
        QCOMPARE(keys->at(1).provider, CloudProvider::Gcp);
        QCOMPARE(keys->at(1).region, u"europe-west1"_s);
        // An unknown provider is kept, not dropped.
        QCOMPARE(keys->at(2).provider, CloudProvider::Unknown);
        QCOMPARE(keys->at(2).providerText, u"oracle"_s);
        QCOMPARE(keys->at(2).type, KeyType::Classic);
        QCOMPARE(keys->at(2).slot(), u"classic/oracle/us-ashburn-1"_s);
    }

    void listEmptyAndNull()
    {
        DecodeError error;
        QCOMPARE(CustomerKey::listFromJson("[]", KeyType::Serverless, &error)->size(), 0);
        QCOMPARE(CustomerKey::listFromJson("null", KeyType::Serverless, &error)->size(), 0);
    }

    void listWrongTypesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("KeyID number")
            << QByteArray(R"([{"CloudProvider":"aws","KeyID":42,"Region":"r"}])")
            << u"[0].KeyID: expected a string, got a number"_s;
        QTest::newRow("missing Region")
            << QByteArray(R"([{"CloudProvider":"aws","KeyID":"k"}])") << u"[0].Region: missing"_s;
        QTest::newRow("element not object")
            << QByteArray(R"([{"CloudProvider":"aws","KeyID":"k","Region":"r"}, 7])")
            << u"[1]: expected an object, got a number"_s;
        QTest::newRow("object, not array")
            << QByteArray(R"({"CloudProvider":"aws"})") << u"expected an array, got an object"_s;
        QTest::newRow("malformed") << QByteArray(R"([{"CloudProvider":)") << u"malformed JSON"_s;
        QTest::newRow("empty") << QByteArray("  ") << u"empty body"_s;
    }

    void listWrongTypesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        DecodeError error;
        QVERIFY(!CustomerKey::listFromJson(body, KeyType::Serverless, &error));
        QVERIFY2(error.toString().startsWith(expected), qPrintable(error.toString()));
    }

    void singleNestedUnderProvider()
    {
        DecodeError error;
        const auto key = CustomerKey::singleFromJson(fixture("key-single-aws.json"),
                                                     KeyType::Serverless, &error);
        QVERIFY2(key, qPrintable(error.toString()));
        QVERIFY(key->has_value());
        QCOMPARE(key->value().provider, CloudProvider::Aws);
        QCOMPARE(key->value().region, u"us-east-1"_s);
        QCOMPARE(key->value().organizationId, u"ccd0aa59-facd-4a42-b27f-49dba057833d"_s);
    }

    void singleUpperCaseSpelling()
    {
        DecodeError error;
        const auto key = CustomerKey::singleFromJson(fixture("key-single-gcp-upper.json"),
                                                     KeyType::Classic, &error);
        QVERIFY2(key && key->has_value(), qPrintable(error.toString()));
        QCOMPARE(key->value().provider, CloudProvider::Gcp);
        QCOMPARE(key->value().organizationId, u"org-2"_s);
        QVERIFY(key->value().keyId.endsWith(u"/cryptoKeyVersions/3"));
    }

    void singleEmptyAnswersMeanNoKey_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("orgId only") << QByteArray(R"({"orgId":"o"})");
        QTest::newRow("empty provider")
            << QByteArray(R"({"orgId":"o","aws":{"keyID":"","region":""}})");
        QTest::newRow("null provider") << QByteArray(R"({"orgId":"o","aws":null})");
    }

    void singleEmptyAnswersMeanNoKey()
    {
        QFETCH(QByteArray, body);
        DecodeError error;
        const auto key = CustomerKey::singleFromJson(body, KeyType::Serverless, &error);
        QVERIFY2(key, qPrintable(error.toString()));
        QVERIFY(!key->has_value());
    }

    void singleWrongType()
    {
        DecodeError error;
        QVERIFY(!CustomerKey::singleFromJson(R"({"orgId":"o","aws":"arn"})", KeyType::Serverless,
                                             &error));
        QCOMPARE(error.toString(), u"aws: expected an object, got a string"_s);
        QVERIFY(!CustomerKey::singleFromJson(R"([1])", KeyType::Serverless, &error));
    }

    void accountsSnakeCase()
    {
        DecodeError error;
        const auto accounts = CloudAccount::listFromJson(fixture("accounts.json"), &error);
        QVERIFY2(accounts, qPrintable(error.toString()));
        QCOMPARE(accounts->size(), 2);
        QCOMPARE(accounts->at(0).providerId, u"arn:aws:iam::000000000001:root"_s);
        QCOMPARE(accounts->at(1).provider, CloudProvider::Aws);
        QCOMPARE(accounts->at(1).providerId, u"arn:aws:iam::000000000002:root"_s);
        QVERIFY(!CloudAccount::listFromJson(R"([{"provider":"aws"}])", &error));
        QCOMPARE(error.toString(), u"[0].provider_id: missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyDecoding)
#include "tst_keydecoding.moc"
