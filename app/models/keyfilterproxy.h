// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace astra {

// Sorts the key table on raw values and filters it by free text (every word must match the key
// id, region, provider or a database name).
class KeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit KeyFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace astra
