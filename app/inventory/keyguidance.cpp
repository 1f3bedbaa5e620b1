// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyguidance.h"

#include "core/keyidentifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace astra {

namespace {

// lupdate takes the context from this class; the strings live in free functions.
struct KeyGuidanceText
{
    Q_DECLARE_TR_FUNCTIONS(KeyGuidance)
};

QStringList principals(const QList<CloudAccount> &accounts)
{
    QStringList ids;
    for (const CloudAccount &account : accounts) {
        if (!account.providerId.isEmpty() && !ids.contains(account.providerId))
            ids.append(account.providerId);
    }
    return ids;
}

} // namespace

QString rotationGuidance(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return KeyGuidanceText::tr(
            "AWS KMS rotates a key by creating new key material under the same key ID. "
            "Turn on automatic rotation, or rotate on demand, in the AWS KMS console "
            "(Key rotation tab). Astra keeps using the same ARN, so nothing changes here. "
            "To move to a different key, open a support request (below).");
    case CloudProvider::Gcp:
        return KeyGuidanceText::tr(
            "Cloud KMS rotates a key by adding a new primary key version. Set a rotation "
            "period, or rotate now, in the Google Cloud console (Security > Key "
            "Management). Keep older versions enabled until no data depends on them. "
            "Astra keeps using the same key name.");
    case CloudProvider::Azure:
        return KeyGuidanceText::tr(
            "Azure Key Vault rotates a key by creating a new version. Configure a rotation "
            "policy, or rotate now, in the Azure portal (Key Vault > Keys > Rotation "
            "policy). Astra keeps using the same key identifier.");
    case CloudProvider::Unknown:
        break;
    }
    return KeyGuidanceText::tr("Rotate the key in your provider's key management service.");
}

QString keyPolicySnippet(const CustomerKey &key, const QList<CloudAccount> &accounts)
{
    const QStringList ids = principals(accounts);
    if (ids.isEmpty())
        return QString();
    const KeyIdentifier id = KeyIdentifier::parse(key.provider, key.keyId);
    switch (key.provider) {
    case CloudProvider::Aws: {
        const QJsonObject statement{
            {QStringLiteral("Sid"), QStringLiteral("AllowAstraDBToUseTheKey")},
            {QStringLiteral("Effect"), QStringLiteral("Allow")},
            {QStringLiteral("Principal"),
             QJsonObject{{QStringLiteral("AWS"), QJsonArray::fromStringList(ids)}}},
            {QStringLiteral("Action"),
             QJsonArray{QStringLiteral("kms:Encrypt"), QStringLiteral("kms:Decrypt"),
                        QStringLiteral("kms:ReEncrypt*"), QStringLiteral("kms:GenerateDataKey*"),
                        QStringLiteral("kms:DescribeKey")}},
            {QStringLiteral("Resource"), QStringLiteral("*")}};
        return QString::fromUtf8(QJsonDocument(statement).toJson(QJsonDocument::Indented))
            .trimmed();
    }
    case CloudProvider::Gcp: {
        QStringList lines;
        for (const QString &member : ids) {
            lines.append(QStringLiteral("gcloud kms keys add-iam-policy-binding %1 \\n"
                                        "  --project %2 --location %3 --keyring %4 \\n"
                                        "  --member serviceAccount:%5 \\n"
                                        "  --role roles/cloudkms.cryptoKeyEncrypterDecrypter")
                             .arg(id.keyName, id.project, id.region, id.keyRing, member));
        }
        return lines.join(QStringLiteral("\n\n"));
    }
    case CloudProvider::Azure: {
        QStringList lines;
        for (const QString &principal : ids) {
            lines.append(
                QStringLiteral("az keyvault set-policy --name %1 --spn %2 \\n"
                               "  --key-permissions get wrapKey unwrapKey")
                    .arg(id.vault.isEmpty() ? QStringLiteral("<vault>") : id.vault, principal));
        }
        return lines.join(QStringLiteral("\n\n"));
    }
    case CloudProvider::Unknown:
        break;
    }
    return ids.join(u'\n');
}

} // namespace astra
