// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/databases/{id}/datacenters: Database::datacentersFromJson.
#include "fuzzsupport.h"

#include "core/database.h"

using namespace astra;

ASTRA_FUZZ_TARGET(datacenters)
{
    DecodeError error;
    const auto dcs = Database::datacentersFromJson(fuzz::toBytes(data, size), &error);
    ASTRA_FUZZ_CHECK(dcs.has_value() == error.isNull());
    return 0;
}
