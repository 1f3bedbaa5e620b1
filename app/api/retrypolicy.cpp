// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace astra {

int RetryPolicy::delayMs(int attempt, std::optional<int> retryAfterMs, double random01) const
{
    if (retryAfterMs)
        return std::clamp(*retryAfterMs, 0, maxDelayMs);
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, attempt - 1));
    const double jittered = exponential * (1.0 + jitter * (2.0 * random01 - 1.0));
    return static_cast<int>(std::clamp(jittered, 0.0, static_cast<double>(maxDelayMs)));
}

std::optional<int> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(int(std::min<qlonglong>(seconds, 86400) * 1000));
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110); always English names.
    const QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(text).remove(QStringLiteral(" GMT")),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return std::nullopt;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(utc);
    return int(std::clamp<qint64>(ms, 0, 86400 * 1000));
}

} // namespace astra
