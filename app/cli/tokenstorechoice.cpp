// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstorechoice.h"

#include "layeredtokenstore.h"

#include "secrets/tokenstore.h"

#include <QCoreApplication>

namespace astra {

QString keychainProbeKey()
{
    return QStringLiteral("probe/keychain-available");
}

bool keychainUsable(const TokenResult &probe)
{
    return probe.status == TokenStoreStatus::Ok || probe.status == TokenStoreStatus::NotFound;
}

void chooseTokenStore(TokenStore *keychain, QObject *context, TokenStoreChosen done)
{
    Q_ASSERT(keychain && context);
    keychain->read(keychainProbeKey(), context,
                   [keychain, context, done = std::move(done)](const TokenResult &probe) {
                       if (keychainUsable(probe)) {
                           done(new LayeredTokenStore(keychain, context), QString());
                           return;
                       }
                       //: %1 explains why the system keychain cannot be used
                       const QString notice =
                           QCoreApplication::translate("TokenStoreChoice",
                                                       "%1 Tokens are kept for this session "
                                                       "only: sign in again after a restart.")
                               .arg(probe.message);
                       done(new LayeredTokenStore(nullptr, context), notice);
                   });
}

} // namespace astra
