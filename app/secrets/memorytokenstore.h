// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstore.h"

#include <QHash>

namespace astra {

// Tokens for this session only, lost at exit. Used by --demo (whose tokens are fake anyway) and
// as the fallback when no system keychain is available, in which case the user is told.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;

    void read(const QString &profileKey, QObject *context, Callback done) override;
    void write(const QString &profileKey, const QString &token, QObject *context,
               Callback done) override;
    void remove(const QString &profileKey, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace astra
