// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyidentifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace astra {

namespace {

// lupdate takes the context from this class; the strings live in free functions.
struct KeyIdentifierText
{
    Q_DECLARE_TR_FUNCTIONS(KeyIdentifier)
};

} // namespace

KeyIdentifier KeyIdentifier::parse(CloudProvider provider, const QString &keyId)
{
    KeyIdentifier id;
    id.provider = provider;
    const QString text = keyId.trimmed();
    switch (provider) {
    case CloudProvider::Aws: {
        static const QRegularExpression arn(QStringLiteral(
            R"(^arn:(aws|aws-cn|aws-us-gov):kms:([a-z0-9-]+):(\d{12}):key/([A-Za-z0-9-]+)$)"));
        const auto m = arn.match(text);
        if (m.hasMatch()) {
            id.wellFormed = true;
            id.partition = m.captured(1);
            id.region = m.captured(2);
            id.account = m.captured(3);
            id.keyName = m.captured(4);
        }
        break;
    }
    case CloudProvider::Gcp: {
        static const QRegularExpression name(QStringLiteral(
            R"(^projects/([^/\s]+)/locations/([^/\s]+)/keyRings/([^/\s]+)/cryptoKeys/([^/\s]+)(?:/cryptoKeyVersions/(\d+))?$)"));
        const auto m = name.match(text);
        if (m.hasMatch()) {
            id.wellFormed = true;
            id.project = m.captured(1);
            id.region = m.captured(2);
            id.keyRing = m.captured(3);
            id.keyName = m.captured(4);
            id.version = m.captured(5);
        }
        break;
    }
    case CloudProvider::Azure: {
        static const QRegularExpression url(QStringLiteral(
            R"(^https://([A-Za-z0-9-]{3,24})\.vault\.azure\.net/keys/([A-Za-z0-9-]+)(?:/([A-Za-z0-9]+))?/?$)"));
        const auto m = url.match(text);
        if (m.hasMatch()) {
            id.wellFormed = true;
            id.vault = m.captured(1);
            id.keyName = m.captured(2);
            id.version = m.captured(3);
        }
        break;
    }
    case CloudProvider::Unknown:
        break;
    }
    return id;
}

QUrl KeyIdentifier::consoleUrl(const QString &keyId) const
{
    if (!wellFormed)
        return {};
    switch (provider) {
    case CloudProvider::Aws: {
        const QString host = partition == u"aws-cn" ? QStringLiteral("console.amazonaws.cn")
                             : partition == u"aws-us-gov"
                                 ? QStringLiteral("console.amazonaws-us-gov.com")
                                 : QStringLiteral("console.aws.amazon.com");
        return QUrl(QStringLiteral("https://%1.%2/kms/home?region=%1#/kms/keys/%3")
                        .arg(region, host, keyName));
    }
    case CloudProvider::Gcp:
        // The console manages the key, not one version of it: the version suffix is dropped.
        return QUrl(QStringLiteral("https://console.cloud.google.com/security/kms/key/manage/"
                                   "%1/%2/%3?project=%4")
                        .arg(region, keyRing, keyName, project));
    case CloudProvider::Azure:
        return QUrl(
            QStringLiteral("https://portal.azure.com/#@/asset/Microsoft_Azure_KeyVault/Key/") +
            keyId.trimmed());
    case CloudProvider::Unknown:
        break;
    }
    return {};
}

QString keyIdProblem(CloudProvider provider, const QString &region, const QString &keyId)
{
    const QString text = keyId.trimmed();
    if (text.isEmpty())
        return KeyIdentifierText::tr("Enter the key's identifier.");
    const KeyIdentifier id = KeyIdentifier::parse(provider, text);
    switch (provider) {
    case CloudProvider::Aws:
        if (!id.wellFormed)
            return KeyIdentifierText::tr(
                "An AWS key is identified by its ARN, such as "
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. "
                "Aliases are not accepted.");
        if (id.region != region)
            return KeyIdentifierText::tr(
                       "The ARN names region %1, but the key is being registered for %2. A KMS key "
                       "serves only its own region.")
                .arg(id.region, region);
        return QString();
    case CloudProvider::Gcp:
        if (!id.wellFormed)
            return KeyIdentifierText::tr(
                "A Google Cloud key is identified by its resource name, such as "
                "projects/my-project/locations/us-east1/keyRings/my-ring/cryptoKeys/my-key.");
        if (!id.version.isEmpty())
            return KeyIdentifierText::tr(
                       "This names version %1 of a key. Register the key itself (without "
                       "/cryptoKeyVersions/%1): Google Cloud rotates through its versions.")
                .arg(id.version);
        if (id.region != region && id.region != u"global")
            return KeyIdentifierText::tr(
                       "The key lives in location %1, but is being registered for %2.")
                .arg(id.region, region);
        return QString();
    case CloudProvider::Azure:
        if (!id.wellFormed)
            return KeyIdentifierText::tr(
                "An Azure key is identified by its key identifier, such as "
                "https://my-vault.vault.azure.net/keys/my-key.");
        return QString();
    case CloudProvider::Unknown:
        break;
    }
    return KeyIdentifierText::tr("Choose a cloud provider first.");
}

QUrl astraPortalOrganizationUrl(const QString &organizationId)
{
    return QUrl(QStringLiteral("https://astra.datastax.com/org/") +
                QString::fromLatin1(QUrl::toPercentEncoding(organizationId)));
}

} // namespace astra
