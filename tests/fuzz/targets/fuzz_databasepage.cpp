// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v2/databases (one page): Database::pageFromJson.
#include "fuzzsupport.h"

#include "core/database.h"

using namespace astra;

ASTRA_FUZZ_TARGET(databasepage)
{
    DecodeError error;
    const auto page = Database::pageFromJson(fuzz::toBytes(data, size), &error);
    ASTRA_FUZZ_CHECK(page.has_value() == error.isNull());
    if (page) {
        for (const Database &db : *page) {
            (void)db.isTerminated();
            (void)db.keyType();
        }
    }
    return 0;
}
