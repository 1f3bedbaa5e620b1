// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <algorithm>

namespace astra::bench {

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.begin(), m_values.end());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

QString Samples::format(int decimals) const
{
    if (m_values.isEmpty())
        return QStringLiteral("—");
    if (m_values.size() == 1)
        return QString::number(median(), 'f', decimals);
    return QStringLiteral("%1 (%2–%3)")
        .arg(QString::number(median(), 'f', decimals), QString::number(min(), 'f', decimals),
             QString::number(max(), 'f', decimals));
}

} // namespace astra::bench
