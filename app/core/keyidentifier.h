// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudprovider.h"

#include <QString>
#include <QUrl>

namespace astra {

// What a customer key id says about itself, per provider:
//   AWS   arn:<partition>:kms:<region>:<account>:key/<key-id>
//   GCP
//   projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>[/cryptoKeyVersions/<n>]
//   Azure https://<vault>.vault.azure.net/keys/<name>[/<version>]
struct KeyIdentifier
{
    CloudProvider provider = CloudProvider::Unknown;
    bool wellFormed = false;
    QString partition; // AWS: aws, aws-cn, aws-us-gov
    QString account;   // AWS account id
    QString region;    // AWS region; GCP location
    QString keyName;   // AWS key id (uuid or mrk-...); GCP key; Azure key name
    QString project;   // GCP
    QString keyRing;   // GCP
    QString version;   // GCP cryptoKeyVersions/N; Azure version
    QString vault;     // Azure vault name

    static KeyIdentifier parse(CloudProvider provider, const QString &keyId);

    // "Open in cloud console": the provider's page for this key; invalid when not well formed.
    QUrl consoleUrl(const QString &keyId) const;
};

// Whether keyId can be registered for provider and region: an empty string when it can, else a
// translated sentence that says what is wrong (an ARN for another region, a GCP key version
// instead of a key, ...).
QString keyIdProblem(CloudProvider provider, const QString &region, const QString &keyId);

// The organization's page in the Astra Portal (then Settings > Security).
QUrl astraPortalOrganizationUrl(const QString &organizationId);

} // namespace astra
