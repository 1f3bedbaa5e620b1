// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacenter.h"

#include "jsonreader.h"

#include <limits>

namespace astra {

std::optional<Datacenter> Datacenter::fromJson(const QJsonObject &object, const QString &path,
                                               DecodeError *error)
{
    JsonReader reader(object, path, error);
    Datacenter dc;
    dc.id = reader.string(u"id");
    dc.name = reader.string(u"name");
    dc.tier = reader.string(u"tier");
    dc.status = reader.string(u"status");
    dc.providerText = reader.string(u"cloudProvider", true).toUpper();
    dc.provider = cloudProviderFromString(dc.providerText);
    dc.region = reader.string(u"region", true);
    dc.regionZone = reader.string(u"regionZone");
    const qint64 capacityUnits = reader.integer(u"capacityUnits");
    // Not truncated into an int: 4294967297 would read as 1.
    if (capacityUnits < std::numeric_limits<int>::min() ||
        capacityUnits > std::numeric_limits<int>::max())
        reader.fail(u"capacityUnits", QStringLiteral("out of range"));
    else
        dc.capacityUnits = static_cast<int>(capacityUnits);
    dc.dateCreated = reader.dateTime(u"dateCreated");
    if (!reader.ok())
        return std::nullopt;
    return dc;
}

} // namespace astra
