// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/coverage.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace astra {

// Sorts the database table on raw values and filters it by free text (every word must match the
// name, id, a region or the provider) and, optionally, by encryption coverage.
class DatabaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DatabaseFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    // nullopt: every database.
    void setCoverageFilter(std::optional<EncryptionCoverage> coverage);
    std::optional<EncryptionCoverage> coverageFilter() const { return m_coverage; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<EncryptionCoverage> m_coverage;
};

} // namespace astra
