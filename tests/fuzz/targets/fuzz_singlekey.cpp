// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/kms/provider/P/region/R: CustomerKey::singleFromJson.
#include "fuzzsupport.h"

#include "core/customerkey.h"

using namespace astra;

ASTRA_FUZZ_TARGET(singlekey)
{
    const QByteArray body = fuzz::toBytes(data, size);
    for (const KeyType type : {KeyType::Serverless, KeyType::Classic}) {
        DecodeError error;
        const auto key = CustomerKey::singleFromJson(body, type, &error);
        ASTRA_FUZZ_CHECK(key.has_value() == error.isNull());
        // "No key here" and "a key" are both answers; a key always has its id.
        if (key && *key)
            ASTRA_FUZZ_CHECK(!(*key)->keyId.isEmpty());
    }
    return 0;
}
