// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace astra {

// The outcome of one token store operation. NotFound is not an error: it means "not signed in
// yet" for a read, and callers show a sign-in prompt rather than a failure.
enum class TokenStoreStatus {
    Ok,
    NotFound,     // no token stored under this profile key
    Unavailable,  // no keychain service could be reached (no Secret Service, no D-Bus, ...)
    AccessDenied, // the keychain is locked, or the user refused access
    TimedOut,     // the keychain did not answer in time (often: a hidden unlock prompt)
    Failed        // anything else
};

struct TokenResult
{
    TokenStoreStatus status = TokenStoreStatus::Failed;
    QString token;   // the token, only for a successful read
    QString message; // a translated sentence for the user; never contains the token

    bool ok() const { return status == TokenStoreStatus::Ok; }
};

// A stable, untranslated name for logs and test failure messages.
QString tokenStoreStatusName(TokenStoreStatus status);

} // namespace astra
