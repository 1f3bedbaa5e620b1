// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/databases/{id}: Database::singleFromJson.
#include "fuzzsupport.h"

#include "core/database.h"

using namespace astra;

ASTRA_FUZZ_TARGET(database)
{
    DecodeError error;
    const auto db = Database::singleFromJson(fuzz::toBytes(data, size), &error);
    ASTRA_FUZZ_CHECK(db.has_value() == error.isNull());
    if (db) {
        (void)db->isTerminated();
        (void)db->keyType();
    }
    return 0;
}
