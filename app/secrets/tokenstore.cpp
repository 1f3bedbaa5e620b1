// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include <QMetaObject>

namespace astra {

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{}

TokenStore::~TokenStore() = default;

QString TokenStore::describe(TokenStoreStatus status)
{
    switch (status) {
    case TokenStoreStatus::Ok:
        return {};
    case TokenStoreStatus::NotFound:
        return tr("No token is stored for this profile yet. Sign in to add one.");
    case TokenStoreStatus::Unavailable:
        return tr("The system keychain is not available. Start or unlock your keyring (for example "
                  "GNOME Keyring or KWallet) and try again.");
    case TokenStoreStatus::AccessDenied:
        return tr("Access to the system keychain was denied. Unlock the keychain, allow Astra Keys "
                  "to use it, and try again.");
    case TokenStoreStatus::TimedOut:
        return tr("The system keychain did not answer in time. It may be locked or waiting for a "
                  "password; unlock it and try again.");
    case TokenStoreStatus::Failed:
        return tr("The system keychain could not complete the request. Try again.");
    }
    return {};
}

TokenResult TokenStore::makeResult(TokenStoreStatus status, const QString &details)
{
    TokenResult result;
    result.status = status;
    result.message = describe(status);
    if (!details.isEmpty() && status != TokenStoreStatus::Ok) {
        //: %1 is a sentence explaining a keychain failure, %2 the keychain's own words (English)
        result.message = tr("%1 (%2)", "keychain error with details").arg(result.message, details);
    }
    return result;
}

void TokenStore::deliver(QObject *context, Callback done, TokenResult result)
{
    Q_ASSERT(context);
    // A queued call to context: never synchronous, and Qt discards it if context is destroyed
    // before the event loop delivers it.
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)] {
            if (done) {
                done(result);
            }
        },
        Qt::QueuedConnection);
}

} // namespace astra
