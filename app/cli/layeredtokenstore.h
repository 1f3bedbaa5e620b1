// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/tokenstore.h"

#include <QPointer>

namespace astra {

class MemoryTokenStore;

// The window's tokens: those kept for this session only (signed in without "Remember in
// keychain", or with no keychain at all) in front of the system keychain. One store for the
// inventory to read from, whichever layer the sign-in dialog wrote to.
//
// - read: the session layer first, then the keychain; NotFound when neither has the token;
// - write: the keychain when there is one, else the session (the sign-in dialog writes to a
//   layer itself, since it knows which the user chose);
// - remove: both layers (signing out forgets the token wherever it is), the keychain's answer.
class LayeredTokenStore : public TokenStore
{
    Q_OBJECT
public:
    // keychain may be null: no keychain this session. It is not owned.
    explicit LayeredTokenStore(TokenStore *keychain, QObject *parent = nullptr);
    ~LayeredTokenStore() override;

    // Null when no keychain is used this session.
    TokenStore *keychain() const { return m_keychain; }
    MemoryTokenStore *session() const { return m_session; }

    void read(const QString &profileKey, QObject *context, Callback done) override;
    void write(const QString &profileKey, const QString &token, QObject *context,
               Callback done) override;
    void remove(const QString &profileKey, QObject *context, Callback done) override;
    // Whether tokens written through this store outlive the session.
    bool isPersistent() const override { return !m_keychain.isNull(); }

private:
    QPointer<TokenStore> m_keychain;
    MemoryTokenStore *m_session;
};

} // namespace astra
