// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Retry-After header of a 429 or 503: parseRetryAfterMs, and the delay it leads to.
#include "fuzzsupport.h"

#include "api/retrypolicy.h"

#include <QTimeZone>

using namespace astra;

ASTRA_FUZZ_TARGET(retryafter)
{
    // A fixed "now", so that a crash found at one moment reproduces at any other.
    static const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const auto ms = parseRetryAfterMs(fuzz::toBytes(data, size), now);
    if (ms)
        ASTRA_FUZZ_CHECK(*ms >= 0 && *ms <= 86400 * 1000);
    const RetryPolicy policy;
    for (int attempt = 1; attempt <= policy.maxAttempts + 1; ++attempt) {
        for (const double random01 : {0.0, 0.5, 0.999999}) {
            const int delay = policy.delayMs(attempt, ms, random01);
            ASTRA_FUZZ_CHECK(delay >= 0 && delay <= policy.maxDelayMs);
        }
    }
    return 0;
}
