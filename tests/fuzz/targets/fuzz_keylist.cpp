// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/kms and /v2/kms/classic: CustomerKey::listFromJson.
#include "fuzzsupport.h"

#include "core/customerkey.h"

using namespace astra;

ASTRA_FUZZ_TARGET(keylist)
{
    const QByteArray body = fuzz::toBytes(data, size);
    for (const KeyType type : {KeyType::Serverless, KeyType::Classic}) {
        DecodeError error;
        const auto keys = CustomerKey::listFromJson(body, type, &error);
        // Exactly one of: a list, or an error that says where.
        ASTRA_FUZZ_CHECK(keys.has_value() == error.isNull());
        if (!keys)
            continue;
        for (const CustomerKey &key : *keys) {
            ASTRA_FUZZ_CHECK(key.type == type);
            ASTRA_FUZZ_CHECK(!key.slot().isEmpty());
            (void)cloudProviderDisplayName(key.provider);
        }
    }
    return 0;
}
