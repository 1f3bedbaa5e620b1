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

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(KeyTableModel::SearchTextRole)
                                 .toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace astra
