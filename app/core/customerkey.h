// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudprovider.h"
#include "decodeerror.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace astra {

// Serverless keys protect serverless databases; classic (managed-cluster) keys protect classic
// tiers.
enum class KeyType { Serverless, Classic };

QString keyTypeDisplayName(KeyType type);

// One customer-managed key registration: at most one per organization, type, provider and region.
struct CustomerKey
{
    QString organizationId;
    CloudProvider provider = CloudProvider::Unknown;
    QString providerText; // as served, lower-cased; kept so unknown providers still show
    QString keyId;        // AWS KMS ARN, GCP resource name or Azure Key Vault key identifier
    QString region;
    KeyType type = KeyType::Serverless;

    // The (type, provider, region) slot this key fills; at most one key per slot.
    QString slot() const;

    // GET /v2/kms and /v2/kms/classic: an array of
    // {"OrganizationID","CloudProvider","KeyID","Region"}.
    static std::optional<QList<CustomerKey>> listFromJson(const QByteArray &body, KeyType type,
                                                          DecodeError *error);
    // GET /v2/kms/provider/P/region/R: {"orgId": ..., "<provider>": {"keyID", "region"}}.
    // An empty answer ("", {}, null, or an object with no provider entry) means no key there:
    // the outer optional is empty on a decoding error, the inner one when no key is registered.
    static std::optional<std::optional<CustomerKey>>
    singleFromJson(const QByteArray &body, KeyType type, DecodeError *error);
    friend bool operator==(const CustomerKey &, const CustomerKey &) = default;
};

} // namespace astra

Q_DECLARE_METATYPE(astra::CustomerKey)
