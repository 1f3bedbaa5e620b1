// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerkey.h"

#include "jsondocument.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace astra {

QString keyTypeDisplayName(KeyType type)
{
    return type == KeyType::Classic ? QCoreApplication::translate("KeyType", "Classic")
                                    : QCoreApplication::translate("KeyType", "Serverless");
}

QString CustomerKey::slot() const
{
    return (type == KeyType::Classic ? QStringLiteral("classic/") : QStringLiteral("serverless/")) +
           providerText + u'/' + region;
}

std::optional<QList<CustomerKey>> CustomerKey::listFromJson(const QByteArray &body, KeyType type,
                                                            DecodeError *error)
{
    const auto array = parseJsonArrayBody(body, error);
    if (!array)
        return std::nullopt;
    return decodeObjectArray<CustomerKey>(*array, QString(), error,
                                          [type](const QJsonObject &object, const QString &path,
                                                 DecodeError *err) -> std::optional<CustomerKey> {
                                              JsonReader reader(object, path, err);
                                              CustomerKey key;
                                              key.type = type;
                                              key.organizationId = reader.string(u"OrganizationID");
                                              key.providerText =
                                                  reader.string(u"CloudProvider", true).toLower();
                                              key.provider =
                                                  cloudProviderFromString(key.providerText);
                                              key.keyId = reader.string(u"KeyID", true);
                                              key.region = reader.string(u"Region", true);
                                              if (!reader.ok())
                                                  return std::nullopt;
                                              return key;
                                          });
}

std::optional<std::optional<CustomerKey>>
CustomerKey::singleFromJson(const QByteArray &body, KeyType type, DecodeError *error)
{
    if (body.trimmed().isEmpty())
        return std::optional<CustomerKey>();
    const auto value = parseJsonBody(body, error);
    if (!value)
        return std::nullopt;
    if (value->isNull())
        return std::optional<CustomerKey>();
    if (!value->isObject()) {
        *error = DecodeError{QString(), expectedButGot(QStringLiteral("an object"), *value)};
        return std::nullopt;
    }
    const QJsonObject object = value->toObject();
    JsonReader outer(object, QString(), error);
    const QString orgId = outer.string(u"orgId");
    if (!outer.ok())
        return std::nullopt;
    // The key sits under a property named after its provider; take the first such object.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(u"orgId", Qt::CaseInsensitive) == 0 || it->isNull())
            continue;
        if (!it->isObject()) {
            *error = DecodeError{it.key(), expectedButGot(QStringLiteral("an object"), *it)};
            return std::nullopt;
        }
        JsonReader inner(it->toObject(), it.key(), error);
        CustomerKey key;
        key.type = type;
        key.organizationId = orgId;
        key.providerText = it.key().toLower();
        key.provider = cloudProviderFromString(key.providerText);
        key.keyId = inner.string(u"keyID");
        key.region = inner.string(u"region");
        if (!inner.ok())
            return std::nullopt;
        if (key.keyId.isEmpty())
            continue; // an empty provider entry is "no key", as an empty answer is
        return std::optional<CustomerKey>(key);
    }
    return std::optional<CustomerKey>();
}

} // namespace astra
