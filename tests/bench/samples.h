// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace astra::bench {

// Repeated measurements of one figure: the table shows the median, with min and max.
class Samples
{
public:
    void add(double value) { m_values.append(value); }
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype size() const { return m_values.size(); }
    double median() const;
    double min() const;
    double max() const;
    // "123.4 (118.0–131.2)", or "—" when nothing was measured.
    QString format(int decimals = 1) const;

private:
    QList<double> m_values;
};

} // namespace astra::bench
