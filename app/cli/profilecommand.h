// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include "profiles/connectionprofile.h"

#include <QObject>

class QNetworkAccessManager;

namespace astra {

class ProfileStore;
class TokenStore;
struct Organization;

// "astra-keys profile add|list|remove": manages connection profiles from the command line.
//
// `add --name N [--api-url URL] [--enterprise E]` reads the token from standard input (never from
// the arguments, which other users can see), checks its shape, asks /v2/currentOrg which
// organization it belongs to, then stores the token in the keychain and the profile in the
// settings. When any step fails nothing is stored; a command line has no session to keep a token
// for, so a missing keychain is a failure too.
//
// Exit codes: 0 done, 1 the API or the keychain failed, 2 a usage error (unknown subcommand,
// missing --name, malformed token, unknown profile, name taken).
class ProfileCommand : public QObject
{
    Q_OBJECT
public:
    // tokens and profiles default to the system keychain and the user's settings; tests inject
    // others. Neither is owned.
    explicit ProfileCommand(Options options, TokenStore *tokens = nullptr,
                            ProfileStore *profiles = nullptr, QObject *parent = nullptr);
    ~ProfileCommand() override;

    // Starts the work; finished(exitCode) follows, always queued.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void add();
    void list();
    void remove();
    void verified(const Organization &organization);
    void stored();
    void fail(int exitCode, const QString &message);
    void succeed(const QString &message);
    static QString readTokenFromStandardInput();

    Options m_options;
    TokenStore *m_tokens;
    ProfileStore *m_profiles;
    QNetworkAccessManager *m_network = nullptr;
    ConnectionProfile m_profile;
    QString m_token;
};

} // namespace astra
