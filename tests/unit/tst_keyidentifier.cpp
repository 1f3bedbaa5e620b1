// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Key ids per provider: parsing, validation for registration, and cloud console links.
#include "core/keyidentifier.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestKeyIdentifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consoleLinks_data()
    {
        QTest::addColumn<CloudProvider>("provider");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("url");
        QTest::newRow("aws")
            << CloudProvider::Aws
            << u"arn:aws:kms:us-east-1:123456789012:key/1f2e3d4c-0000-4000-8000-000000000001"_s
            << u"https://us-east-1.console.aws.amazon.com/kms/home?region=us-east-1#/kms/keys/1f2e3d4c-0000-4000-8000-000000000001"_s;
        QTest::newRow("aws multi-region")
            << CloudProvider::Aws << u"arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd"_s
            << u"https://eu-west-1.console.aws.amazon.com/kms/home?region=eu-west-1#/kms/keys/mrk-1234abcd"_s;
        QTest::newRow("aws-cn")
            << CloudProvider::Aws << u"arn:aws-cn:kms:cn-north-1:123456789012:key/abcd"_s
            << u"https://cn-north-1.console.amazonaws.cn/kms/home?region=cn-north-1#/kms/keys/abcd"_s;
        QTest::newRow("gcp")
            << CloudProvider::Gcp
            << u"projects/acme-prod/locations/us-east1/keyRings/astra/cryptoKeys/db-key"_s
            << u"https://console.cloud.google.com/security/kms/key/manage/us-east1/astra/db-key?project=acme-prod"_s;
        QTest::newRow("gcp version stripped")
            << CloudProvider::Gcp
            << u"projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3"_s
            << u"https://console.cloud.google.com/security/kms/key/manage/europe-west1/r/k?project=p"_s;
        QTest::newRow("azure")
            << CloudProvider::Azure
            << u"https://acme-vault.vault.azure.net/keys/astra-key/0123456789abcdef0123456789abcdef"_s
            << u"https://portal.azure.com/#@/asset/Microsoft_Azure_KeyVault/Key/https://acme-vault.vault.azure.net/keys/astra-key/0123456789abcdef0123456789abcdef"_s;
        QTest::newRow("azure no version")
            << CloudProvider::Azure << u"https://acme-vault.vault.azure.net/keys/astra-key"_s
            << u"https://portal.azure.com/#@/asset/Microsoft_Azure_KeyVault/Key/https://acme-vault.vault.azure.net/keys/astra-key"_s;
        QTest::newRow("aws alias") << CloudProvider::Aws << u"alias/my-key"_s << QString();
        QTest::newRow("gcp garbage")
            << CloudProvider::Gcp << u"projects/p/keyRings/r"_s << QString();
        QTest::newRow("azure other host")
            << CloudProvider::Azure << u"https://evil.example/keys/k"_s << QString();
    }

    void consoleLinks()
    {
        QFETCH(CloudProvider, provider);
        QFETCH(QString, keyId);
        QFETCH(QString, url);
        const KeyIdentifier id = KeyIdentifier::parse(provider, keyId);
        QCOMPARE(id.wellFormed, !url.isEmpty());
        QCOMPARE(id.consoleUrl(keyId).toString(QUrl::FullyDecoded), url);
    }

    void awsParts()
    {
        const KeyIdentifier id = KeyIdentifier::parse(
            CloudProvider::Aws, u"arn:aws:kms:us-east-2:000000000042:key/k-1"_s);
        QCOMPARE(id.account, u"000000000042"_s); // the fifth ':' field
        QCOMPARE(id.partition, u"aws"_s);
        QCOMPARE(id.region, u"us-east-2"_s);
    }

    void registrationProblems_data()
    {
        QTest::addColumn<CloudProvider>("provider");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("problem"); // a word the sentence must contain; empty: fine
        QTest::newRow("aws ok") << CloudProvider::Aws << u"us-east-1"_s
                                << u"arn:aws:kms:us-east-1:123456789012:key/k"_s << QString();
        QTest::newRow("aws other region")
            << CloudProvider::Aws << u"us-west-2"_s << u"arn:aws:kms:us-east-1:123456789012:key/k"_s
            << u"us-east-1"_s;
        QTest::newRow("aws alias")
            << CloudProvider::Aws << u"us-east-1"_s << u"alias/k"_s << u"ARN"_s;
        QTest::newRow("gcp ok") << CloudProvider::Gcp << u"us-east1"_s
                                << u"projects/p/locations/us-east1/keyRings/r/cryptoKeys/k"_s
                                << QString();
        QTest::newRow("gcp version")
            << CloudProvider::Gcp << u"us-east1"_s
            << u"projects/p/locations/us-east1/keyRings/r/cryptoKeys/k/cryptoKeyVersions/2"_s
            << u"version"_s;
        QTest::newRow("gcp other location")
            << CloudProvider::Gcp << u"us-east1"_s
            << u"projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k"_s << u"europe-west1"_s;
        QTest::newRow("azure ok") << CloudProvider::Azure << u"eastus"_s
                                  << u" https://v-1.vault.azure.net/keys/k "_s << QString();
        QTest::newRow("azure bad")
            << CloudProvider::Azure << u"eastus"_s << u"k"_s << u"identifier"_s;
        QTest::newRow("empty") << CloudProvider::Aws << u"us-east-1"_s << QString() << u"Enter"_s;
    }

    void registrationProblems()
    {
        QFETCH(CloudProvider, provider);
        QFETCH(QString, region);
        QFETCH(QString, keyId);
        QFETCH(QString, problem);
        const QString sentence = keyIdProblem(provider, region, keyId);
        if (problem.isEmpty())
            QVERIFY2(sentence.isEmpty(), qPrintable(sentence));
        else
            QVERIFY2(sentence.contains(problem), qPrintable(sentence));
    }

    void portalLink()
    {
        QCOMPARE(astraPortalOrganizationUrl(u"ccd0aa59-facd-4a42-b27f-49dba057833d"_s).toString(),
                 u"https://astra.datastax.com/org/ccd0aa59-facd-4a42-b27f-49dba057833d"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyIdentifier)
#include "tst_keyidentifier.moc"
