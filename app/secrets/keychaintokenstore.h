// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstore.h"

#include <qt6keychain/keychain.h>

#include <chrono>

namespace astra {

// Tokens in the operating system's keychain through QtKeychain (the Secret Service through
// libsecret on Linux). Each token is one item: service = the application id, key = the profile
// key, so profiles never see each other's tokens. There is deliberately no plain-text fallback.
//
// Every job has a timeout: a locked keyring may wait for a prompt nobody answers, and a caller
// must get TimedOut rather than wait forever. A job that answers after its timeout is ignored.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10'000};

    enum class Operation { Read, Write, Remove };

    // The service is the application id (ASTRA_APP_ID); tests pass a unique one.
    explicit KeychainTokenStore(QObject *parent = nullptr);
    explicit KeychainTokenStore(const QString &service, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    QString service() const { return m_service; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Applies to jobs started afterwards.
    void setTimeout(std::chrono::milliseconds timeout);

    void read(const QString &profileKey, QObject *context, Callback done) override;
    void write(const QString &profileKey, const QString &token, QObject *context,
               Callback done) override;
    void remove(const QString &profileKey, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    // How a QtKeychain error reads to the rest of the application.
    static TokenStoreStatus statusFor(QKeychain::Error error, Operation operation);

private:
    void start(QKeychain::Job *job, Operation operation, QObject *context, Callback done,
               const QString &token = {});

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace astra
