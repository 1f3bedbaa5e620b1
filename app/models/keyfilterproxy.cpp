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
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if ((m_provider >= 0 && index.data(KeyTableModel::ProviderRole).toInt() != m_provider) ||
        (m_status >= 0 && index.data(KeyTableModel::StatusRole).toInt() != m_status) ||
        (m_type >= 0 && index.data(KeyTableModel::TypeRole).toInt() != m_type))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(KeyTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace astra
