// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorytokenstore.h"

#include "secretslogging.h"

namespace astra {

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent)
{}

MemoryTokenStore::~MemoryTokenStore() = default;

// The hash changes at once, but the callback is still queued: callers must not be able to tell
// this store from the keychain by its timing, or code that works in --demo breaks for real.

void MemoryTokenStore::read(const QString &profileKey, QObject *context, Callback done)
{
    TokenResult result;
    const auto it = m_tokens.constFind(profileKey);
    if (it == m_tokens.cend()) {
        result = makeResult(TokenStoreStatus::NotFound);
    } else {
        result = makeResult(TokenStoreStatus::Ok);
        result.token = *it;
    }
    qCDebug(lcSecrets).noquote() << "memory read" << profileKey << "->"
                                 << tokenStoreStatusName(result.status);
    deliver(context ? context : this, std::move(done), std::move(result));
}

void MemoryTokenStore::write(const QString &profileKey, const QString &token, QObject *context,
                             Callback done)
{
    m_tokens.insert(profileKey, token);
    qCDebug(lcSecrets).noquote() << "memory write" << profileKey;
    deliver(context ? context : this, std::move(done), makeResult(TokenStoreStatus::Ok));
}

void MemoryTokenStore::remove(const QString &profileKey, QObject *context, Callback done)
{
    m_tokens.remove(profileKey);
    qCDebug(lcSecrets).noquote() << "memory remove" << profileKey;
    deliver(context ? context : this, std::move(done), makeResult(TokenStoreStatus::Ok));
}

} // namespace astra
