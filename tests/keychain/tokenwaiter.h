// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/tokenstore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace astra::test {

// Starts one token store operation and waits for its callback, with a guard timer so that a
// broken store fails the test instead of hanging it. Also records what the contract forbids:
// a callback from inside the call, or more than one callback.
class TokenWaiter
{
public:
    using Start = std::function<void(QObject *context, TokenStore::Callback done)>;

    struct Outcome
    {
        std::optional<TokenResult> result; // empty if the guard expired first
        bool synchronous = false;          // the callback ran before the call returned
        int calls = 0;
        std::chrono::milliseconds elapsed{0};

        // Safe shortcuts when no callback came: a test then fails instead of crashing.
        bool ok() const { return result && result->ok(); }
        TokenStoreStatus status() const
        {
            return result ? result->status : TokenStoreStatus::Failed;
        }
        QString token() const { return result ? result->token : QString(); }
    };

    static Outcome run(const Start &start,
                       std::chrono::milliseconds guard = std::chrono::milliseconds(30'000))
    {
        Outcome outcome;
        QEventLoop loop;
        // Local: if the guard expires, the context dies with this frame and the store must then
        // drop the callback, so the references captured below never dangle.
        QObject context;
        bool returned = false;
        QElapsedTimer clock;
        clock.start();
        start(&context, [&](const TokenResult &result) {
            ++outcome.calls;
            outcome.synchronous = outcome.synchronous || !returned;
            outcome.result = result;
            loop.quit();
        });
        returned = true;
        if (!outcome.result) {
            QTimer guardTimer;
            guardTimer.setSingleShot(true);
            QObject::connect(&guardTimer, &QTimer::timeout, &loop, &QEventLoop::quit);
            guardTimer.start(guard);
            loop.exec();
        }
        outcome.elapsed = std::chrono::milliseconds(clock.elapsed());
        return outcome;
    }

    static Outcome read(TokenStore &store, const QString &profileKey)
    {
        return run([&](QObject *context, TokenStore::Callback done) {
            store.read(profileKey, context, std::move(done));
        });
    }

    static Outcome write(TokenStore &store, const QString &profileKey, const QString &token)
    {
        return run([&](QObject *context, TokenStore::Callback done) {
            store.write(profileKey, token, context, std::move(done));
        });
    }

    static Outcome remove(TokenStore &store, const QString &profileKey)
    {
        return run([&](QObject *context, TokenStore::Callback done) {
            store.remove(profileKey, context, std::move(done));
        });
    }
};

} // namespace astra::test
