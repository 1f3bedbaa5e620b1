// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudaccount.h"

#include "jsondocument.h"
#include "jsonreader.h"

namespace astra {

std::optional<QList<CloudAccount>> CloudAccount::listFromJson(const QByteArray &body,
                                                              DecodeError *error)
{
    const auto array = parseJsonArrayBody(body, error);
    if (!array)
        return std::nullopt;
    return decodeObjectArray<CloudAccount>(
        *array, QString(), error,
        [](const QJsonObject &object, const QString &path,
           DecodeError *err) -> std::optional<CloudAccount> {
            JsonReader reader(object, path, err);
            CloudAccount account;
            account.organizationId = reader.string(u"organization_id");
            account.providerId = reader.string(u"provider_id", true);
            account.providerText = reader.string(u"provider").toLower();
            account.provider = cloudProviderFromString(account.providerText);
            if (!reader.ok())
                return std::nullopt;
            return account;
        });
}

} // namespace astra
