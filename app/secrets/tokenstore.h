// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenresult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace astra {

// Where the DevOps API tokens live, one per connection profile.
//
// Every operation is asynchronous because a real keychain may take a while (D-Bus round trips,
// an unlock prompt). The contract, the same for every implementation:
// - `done` is called exactly once, always queued (never from inside read/write/remove), in the
//   thread of `context`;
// - `done` is not called at all if `context` is destroyed first, so a dialog that closes while
//   the keychain thinks never gets a callback on a dead object (a null context means the
//   store itself);
// - TokenResult::message is a translated sentence without the token.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResult &)>;

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // Ok with the token, or NotFound when nothing is stored under profileKey ("not signed in yet").
    virtual void read(const QString &profileKey, QObject *context, Callback done) = 0;
    // Stores token under profileKey, replacing any token there.
    virtual void write(const QString &profileKey, const QString &token, QObject *context,
                       Callback done) = 0;
    // Removes the token of profileKey. Idempotent: removing what is not there is Ok.
    virtual void remove(const QString &profileKey, QObject *context, Callback done) = 0;

    // False when tokens are lost at exit, so the UI can tell the user (product rule: if no
    // keychain is available, a token is kept for the session only and the user is told).
    virtual bool isPersistent() const = 0;

    // The translated sentence for a status, with the next step the user can take.
    static QString describe(TokenStoreStatus status);
    // A result with status and its sentence; `details` (untranslated, from the backend) is
    // appended when not empty.
    static TokenResult makeResult(TokenStoreStatus status, const QString &details = {});

protected:
    // Queues `done(result)` on context's thread; dropped if context dies first.
    static void deliver(QObject *context, Callback done, TokenResult result);
};

} // namespace astra
