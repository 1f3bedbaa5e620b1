// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlessregion.h"

#include "jsondocument.h"
#include "jsonreader.h"

namespace astra {

std::optional<QList<ServerlessRegion>> ServerlessRegion::listFromJson(const QByteArray &body,
                                                                      DecodeError *error)
{
    const auto array = parseJsonArrayBody(body, error);
    if (!array)
        return std::nullopt;
    return decodeObjectArray<ServerlessRegion>(
        *array, QString(), error,
        [](const QJsonObject &object, const QString &path,
           DecodeError *err) -> std::optional<ServerlessRegion> {
            JsonReader reader(object, path, err);
            ServerlessRegion region;
            region.providerText = reader.string(u"cloudProvider").toUpper();
            region.provider = cloudProviderFromString(region.providerText);
            region.name = reader.string(u"name", true);
            region.displayName = reader.string(u"displayName");
            region.zone = reader.string(u"zone");
            region.classification = reader.string(u"classification");
            region.enabled = reader.boolean(u"enabled", true);
            if (!reader.ok())
                return std::nullopt;
            return region;
        });
}

} // namespace astra
