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
    // Folded once here and once per row in the model: each row then costs a plain
    // case-sensitive search (as KeyFilterProxy does).
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
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
    // The databases table itself is read directly: a QVariant copy of each row's search text
    // per keystroke was most of the time at 10,000 rows (docs/performance.md).
    if (const auto *databases = qobject_cast<const DatabaseTableModel *>(sourceModel())) {
        if (m_coverage && databases->coverageAt(sourceRow) != *m_coverage)
            return false;
        const QString &haystack = databases->foldedSearchTextAt(sourceRow);
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseSensitive))
                return false;
        }
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_coverage && index.data(DatabaseTableModel::CoverageRole).toInt() != int(*m_coverage))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        index.data(DatabaseTableModel::SearchTextRole).toString().toCaseFolded();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseSensitive))
            return false;
    }
    return true;
}

} // namespace astra
