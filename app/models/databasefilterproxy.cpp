// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefilterproxy.h"

#include "databasetablemodel.h"

namespace astra {

DatabaseFilterProxy::DatabaseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DatabaseTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DatabaseFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void DatabaseFilterProxy::setCoverageFilter(std::optional<EncryptionCoverage> coverage)
{
    if (coverage == m_coverage)
        return;
    m_coverage = coverage;
    invalidateFilter();
}

bool DatabaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_coverage && index.data(DatabaseTableModel::CoverageRole).toInt() != int(*m_coverage))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(DatabaseTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace astra
