// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfilterproxy.h"

#include "keytablemodel.h"

namespace astra {

KeyFilterProxy::KeyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void KeyFilterProxy::setSearchText(const QString &text)
{
    // Folded once here and once per row in the model: each row then costs a plain
    // case-sensitive search instead of folding both strings character by character.
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void KeyFilterProxy::setFilter(int &field, int value)
{
    if (field == value)
        return;
    field = value;
    invalidateFilter();
}

void KeyFilterProxy::setProviderFilter(int provider)
{
    setFilter(m_provider, provider);
}

void KeyFilterProxy::setStatusFilter(int status)
{
    setFilter(m_status, status);
}

void KeyFilterProxy::setTypeFilter(int type)
{
    setFilter(m_type, type);
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The key table itself is read directly: four QVariant round trips per row and keystroke
    // were most of the filtering time at 10,000 rows (docs/performance.md).
    if (const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel())) {
        const KeyUsage &usage = keys->usageAt(sourceRow);
        if ((m_provider >= 0 && int(usage.key.provider) != m_provider) ||
            (m_status >= 0 && int(usage.portalStatus) != m_status) ||
            (m_type >= 0 && int(usage.key.type) != m_type))
            return false;
        const QString &haystack = keys->foldedSearchTextAt(sourceRow);
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseSensitive))
                return false;
        }
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if ((m_provider >= 0 && index.data(KeyTableModel::ProviderRole).toInt() != m_provider) ||
        (m_status >= 0 && index.data(KeyTableModel::StatusRole).toInt() != m_status) ||
        (m_type >= 0 && index.data(KeyTableModel::TypeRole).toInt() != m_type))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(KeyTableModel::SearchTextRole).toString().toCaseFolded();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseSensitive))
            return false;
    }
    return true;
}

bool KeyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The status column, the window's default sort, compares plain numbers: re-sorting the
    // accepted rows after each keystroke then needs no QVariant per comparison.
    const auto *keys = qobject_cast<const KeyTableModel *>(sourceModel());
    if (keys && left.column() == KeyTableModel::StatusColumn &&
        right.column() == KeyTableModel::StatusColumn && sortRole() == KeyTableModel::SortRole)
        return int(keys->usageAt(left.row()).portalStatus) <
               int(keys->usageAt(right.row()).portalStatus);
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace astra
