// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/regions/serverless: ServerlessRegion::listFromJson.
#include "fuzzsupport.h"

#include "core/serverlessregion.h"

using namespace astra;

ASTRA_FUZZ_TARGET(regions)
{
    DecodeError error;
    const auto regions = ServerlessRegion::listFromJson(fuzz::toBytes(data, size), &error);
    ASTRA_FUZZ_CHECK(regions.has_value() == error.isNull());
    if (regions) {
        for (const ServerlessRegion &region : *regions)
            (void)cloudProviderDisplayName(region.provider);
    }
    return 0;
}
