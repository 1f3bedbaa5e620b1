// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Policy snippets, rotation guidance and the support request composer.
#include "inventory/keyguidance.h"
#include "inventory/supportrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {
CustomerKey key(CloudProvider provider, const QString &keyId, const QString &region)
{
    CustomerKey k;
    k.provider = provider;
    k.providerText = cloudProviderCode(provider);
    k.keyId = keyId;
    k.region = region;
    return k;
}
QList<CloudAccount> accounts(CloudProvider provider, const QStringList &ids)
{
    QList<CloudAccount> list;
    for (const QString &id : ids)
        list.append({u"org"_s, id, provider, cloudProviderCode(provider)});
    return list;
}
} // namespace

class TestKeyGuidance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awsPolicyIsValidJsonNamingThePrincipals()
    {
        const QString snippet = keyPolicySnippet(
            key(CloudProvider::Aws, u"arn:aws:kms:us-east-1:000000000001:key/k"_s, u"us-east-1"_s),
            accounts(CloudProvider::Aws,
                     {u"arn:aws:iam::000000000002:root"_s, u"arn:aws:iam::000000000003:root"_s}));
        const QJsonObject statement = QJsonDocument::fromJson(snippet.toUtf8()).object();
        QCOMPARE(statement.value(u"Effect").toString(), u"Allow"_s);
        QCOMPARE(statement.value(u"Principal").toObject().value(u"AWS").toArray().size(), 2);
        QVERIFY(statement.value(u"Action").toArray().contains(u"kms:Decrypt"_s));
    }

    void gcpBindingPerServiceAccount()
    {
        const QString snippet = keyPolicySnippet(
            key(CloudProvider::Gcp,
                u"projects/acme/locations/us-east1/keyRings/ring/cryptoKeys/db"_s, u"us-east1"_s),
            accounts(CloudProvider::Gcp, {u"astra@fake.iam.gserviceaccount.com"_s}));
        QVERIFY(snippet.contains(u"gcloud kms keys add-iam-policy-binding db"));
        QVERIFY(snippet.contains(u"--project acme --location us-east1 --keyring ring"));
        QVERIFY(snippet.contains(u"serviceAccount:astra@fake.iam.gserviceaccount.com"));
    }

    void azurePolicyNamesTheVault()
    {
        const QString snippet = keyPolicySnippet(
            key(CloudProvider::Azure, u"https://acme-vault.vault.azure.net/keys/k"_s, u"eastus"_s),
            accounts(CloudProvider::Azure, {u"00000000-0000-4000-8000-000000000001"_s}));
        QVERIFY(snippet.contains(u"az keyvault set-policy --name acme-vault --spn "
                                 u"00000000-0000-4000-8000-000000000001"));
    }

    void noAccountsNoSnippet()
    {
        QVERIFY(keyPolicySnippet(key(CloudProvider::Aws, u"arn"_s, u"r"_s), {}).isEmpty());
    }

    void rotationGuidancePerProvider()
    {
        QVERIFY(rotationGuidance(CloudProvider::Aws).contains(u"AWS KMS"));
        QVERIFY(rotationGuidance(CloudProvider::Gcp).contains(u"version"));
        QVERIFY(rotationGuidance(CloudProvider::Azure).contains(u"Key Vault"));
    }

    void supportRequestNamesEverythingAndWarns()
    {
        KeyUsage usage;
        usage.key =
            key(CloudProvider::Aws, u"arn:aws:kms:us-east-1:000000000001:key/k"_s, u"us-east-1"_s);
        usage.uses.append({u"db-1"_s,
                           u"payments-ledger"_s,
                           u"db-1-1"_s,
                           u"us-east-1"_s,
                           {},
                           UseCertainty::Likely});
        const Organization org{u"org-1"_s, u"Northwind Payments"_s};
        const QString text = composeSupportRequest(SupportAction::DeleteRegistration, org, usage);
        for (const QString &part : {u"org-1"_s, u"Northwind Payments"_s, usage.key.keyId,
                                    u"us-east-1"_s, u"payments-ledger"_s, u"db-1"_s,
                                    u"Delete the customer key registration"_s, u"outage"_s})
            QVERIFY2(text.contains(part), qPrintable(part));
        const QString replace = composeSupportRequest(SupportAction::ReplaceKey, org, usage);
        QVERIFY(replace.contains(u"New key ID"));
        QVERIFY(!replace.contains(u"outage"));
        usage.uses.clear();
        QVERIFY(!composeSupportRequest(SupportAction::RevertToDefaultEncryption, org, usage)
                     .contains(u"outage"));
    }
};

QTEST_GUILESS_MAIN(TestKeyGuidance)
#include "tst_keyguidance.moc"
