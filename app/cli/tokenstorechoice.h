// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/tokenresult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace astra {

class LayeredTokenStore;
class TokenStore;

// The key read to find out whether the keychain answers; nothing is ever written under it.
QString keychainProbeKey();

// Whether a probe's outcome means the keychain can hold tokens: it found the entry or said there
// is none. Unavailable (no Secret Service, no D-Bus), AccessDenied and TimedOut mean it cannot.
bool keychainUsable(const TokenResult &probe);

// Where the window keeps tokens this session. Reads keychainProbeKey() from keychain, then calls
// done (queued, in context's thread) with a LayeredTokenStore parented to context: in front of
// the keychain when it answered, or on its own (session only, isPersistent() false) when it did
// not, with a translated sentence for the user in notice. Never blocks.
using TokenStoreChosen = std::function<void(LayeredTokenStore *store, const QString &notice)>;
void chooseTokenStore(TokenStore *keychain, QObject *context, TokenStoreChosen done);

} // namespace astra
