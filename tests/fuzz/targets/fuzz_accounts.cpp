// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/kms/provider/P/region/R/accounts: CloudAccount::listFromJson.
#include "fuzzsupport.h"

#include "core/cloudaccount.h"

using namespace astra;

ASTRA_FUZZ_TARGET(accounts)
{
    DecodeError error;
    const auto accounts = CloudAccount::listFromJson(fuzz::toBytes(data, size), &error);
    ASTRA_FUZZ_CHECK(accounts.has_value() == error.isNull());
    if (accounts) {
        for (const CloudAccount &account : *accounts)
            (void)cloudProviderCode(account.provider);
    }
    return 0;
}
