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
    // Typed filters; -1 shows every value. They take KeyTableModel's raw role values.
    void setProviderFilter(int provider);
    void setStatusFilter(int status);
    void setTypeFilter(int type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void setFilter(int &field, int value);

    QStringList m_words; // case-folded once per keystroke
    int m_provider = -1;
    int m_status = -1;
    int m_type = -1;
};

} // namespace astra
