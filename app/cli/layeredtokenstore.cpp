// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layeredtokenstore.h"

#include "secrets/memorytokenstore.h"

namespace astra {

LayeredTokenStore::LayeredTokenStore(TokenStore *keychain, QObject *parent)
    : TokenStore(parent)
    , m_keychain(keychain)
    , m_session(new MemoryTokenStore(this))
{}

LayeredTokenStore::~LayeredTokenStore() = default;

void LayeredTokenStore::read(const QString &profileKey, QObject *context, Callback done)
{
    if (!context)
        context = this;
    // Both layers deliver queued and honour context, so chaining keeps the contract.
    m_session->read(profileKey, context,
                    [keychain = m_keychain, profileKey, context,
                     done = std::move(done)](const TokenResult &result) {
                        if (result.ok() || !keychain) {
                            if (done)
                                done(result);
                            return;
                        }
                        keychain->read(profileKey, context, done);
                    });
}

void LayeredTokenStore::write(const QString &profileKey, const QString &token, QObject *context,
                              Callback done)
{
    if (m_keychain)
        m_keychain->write(profileKey, token, context ? context : this, std::move(done));
    else
        m_session->write(profileKey, token, context ? context : this, std::move(done));
}

void LayeredTokenStore::remove(const QString &profileKey, QObject *context, Callback done)
{
    if (!context)
        context = this;
    m_session->remove(profileKey, context,
                      [keychain = m_keychain, profileKey, context,
                       done = std::move(done)](const TokenResult &result) {
                          if (!keychain) {
                              if (done)
                                  done(result);
                              return;
                          }
                          keychain->remove(profileKey, context, done);
                      });
}

} // namespace astra
