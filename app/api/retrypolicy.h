// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace astra {

// When and how soon to try an idempotent read again: exponential backoff from 1 s to 30 s with
// jitter, as the official Terraform provider does, honouring the server's Retry-After.
struct RetryPolicy
{
    int maxAttempts = 4; // the first try included
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    double jitter = 0.2; // +-20 %, so that many clients do not retry in step

    // The delay before attempt number attempt+1 (attempt counts from 1), with jitter drawn from
    // random01 in [0, 1). A Retry-After wins over the backoff, capped at maxDelayMs.
    int delayMs(int attempt, std::optional<int> retryAfterMs, double random01) const;
};

// Retry-After as delta-seconds ("3") or an HTTP date, relative to now; nullopt if absent or bad.
std::optional<int> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

} // namespace astra
