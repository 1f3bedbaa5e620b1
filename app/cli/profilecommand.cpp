// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecommand.h"

#include "api/apiconnection.h"
#include "api/currentorgrequest.h"
#include "api/transportpolicy.h"
#include "profiles/profilestore.h"
#include "profiles/tokenformat.h"
#include "secrets/keychaintokenstore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace astra {

namespace {

// Turns the terminal's echo off while the token is typed or pasted, and back on afterwards.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

ProfileCommand::ProfileCommand(Options options, TokenStore *tokens, ProfileStore *profiles,
                               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tokens(tokens ? tokens : new KeychainTokenStore(this))
    , m_profiles(profiles ? profiles : new ProfileStore(this))
    , m_network(new QNetworkAccessManager(this))
{}

ProfileCommand::~ProfileCommand() = default;

void ProfileCommand::start()
{
    // Always queued, so that whoever connected to finished() after start() hears it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            const QString subcommand = m_options.profileArguments.value(0);
            if (subcommand == u"add")
                add();
            else if (subcommand == u"list")
                list();
            else if (subcommand == u"remove")
                remove();
            else if (subcommand.isEmpty())
                fail(2, tr("profile needs a subcommand: add, list or remove. Try --help."));
            else
                fail(2, tr("Unknown profile subcommand \"%1\": use add, list or remove.")
                            .arg(subcommand));
        },
        Qt::QueuedConnection);
}

void ProfileCommand::fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << "astra-keys: " << message << Qt::endl;
    Q_EMIT finished(exitCode);
}

void ProfileCommand::succeed(const QString &message)
{
    QTextStream(stdout) << message << Qt::endl;
    Q_EMIT finished(0);
}

QString ProfileCommand::readTokenFromStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    if (::isatty(STDIN_FILENO)) {
        // Someone at a terminal: one line, not shown on the screen.
        QTextStream(stderr) << tr("Paste the application token and press Enter:") << ' '
                            << Qt::flush;
        EchoOff echoOff;
        const QByteArray line = input.readLine();
        QTextStream(stderr) << u'\n';
        return QString::fromUtf8(line);
    }
    // A pipe or a file: all of it (a token wrapped over several lines is joined again).
    return QString::fromUtf8(input.readAll());
}

void ProfileCommand::add()
{
    if (m_options.profileArguments.size() > 1)
        return fail(2, tr("profile add takes the name with --name, not as an argument: "
                          "astra-keys profile add --name NAME < token-file"));
    if (m_options.profileName.isEmpty())
        return fail(2, tr("profile add needs --name NAME, for example: "
                          "astra-keys profile add --name payments < token-file"));

    m_profile = ConnectionProfile{};
    m_profile.name = m_options.profileName;
    m_profile.enterprise = m_options.enterprise;
    m_profile.apiUrl = m_options.apiUrl.isEmpty() ? productionApiUrl() : m_options.apiUrl;
    const QString transport = transportProblem(m_profile.apiUrl);
    if (!transport.isEmpty())
        return fail(2, transport);
    // Checked before the token is read, so a taken name does not cost a paste.
    const QString invalid = m_profiles->problem(m_profile);
    if (!invalid.isEmpty())
        return fail(2, invalid);

    m_token = normalizeToken(readTokenFromStandardInput());
    if (m_token.isEmpty())
        return fail(2, tr("No token on standard input. Pipe it in, for example: "
                          "astra-keys profile add --name %1 < token-file")
                           .arg(m_profile.name));
    const QString malformed = tokenFormatProblem(m_token);
    if (!malformed.isEmpty())
        return fail(2, malformed);

    ApiConnection connection;
    connection.baseUrl = m_profile.apiUrl;
    connection.token = m_token;
    connection.network = m_network;
    auto *request = new CurrentOrgRequest(connection, this);
    connect(request, &CurrentOrgRequest::received, this, &ProfileCommand::verified);
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        //: %1 is the API's explanation with its next step
        fail(1,
             tr("The token could not be verified, so nothing was stored. %1").arg(error.message));
    });
    request->start();
}

void ProfileCommand::verified(const Organization &organization)
{
    m_profile.organizationId = organization.id;
    m_profile.organizationName = organization.name;
    m_tokens->write(m_profile.tokenKey(), m_token, this, [this](const TokenResult &result) {
        m_token.clear();
        if (!result.ok()) {
            //: %1 explains the keychain failure with its next step
            return fail(1, tr("%1 Nothing was stored: the command line cannot keep a token "
                              "without the system keychain.")
                               .arg(result.message));
        }
        stored();
    });
}

void ProfileCommand::stored()
{
    QString error;
    if (!m_profiles->add(m_profile, ProfileStore::Persistence::Saved, &error)) {
        // Take the token back out, so that the failure leaves nothing behind.
        m_tokens->remove(m_profile.tokenKey(), this,
                         [this, error](const TokenResult &) { fail(1, error); });
        return;
    }
    const QString organization =
        m_profile.organizationName.isEmpty()
            ? m_profile.organizationId
            : tr("%1 (%2)", "organization name (id)")
                  .arg(m_profile.organizationName, m_profile.organizationId);
    succeed(tr("Added profile \"%1\" for organization %2; its token is in the system keychain.")
                .arg(m_profile.name, organization));
}

void ProfileCommand::list()
{
    if (m_options.profileArguments.size() > 1)
        return fail(2, tr("profile list takes no further arguments."));
    // Tab-separated with a header, for people and for scripts alike. No token, ever.
    QTextStream out(stdout);
    out << "name\torganization_name\torganization_id\tenterprise\tapi_url\n";
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        out << profile.name << '\t' << profile.organizationName << '\t' << profile.organizationId
            << '\t' << profile.enterprise << '\t' << profile.apiUrl.toString() << '\n';
    }
    out.flush();
    Q_EMIT finished(0);
}

void ProfileCommand::remove()
{
    if (m_options.profileArguments.size() != 2)
        return fail(2, tr("profile remove needs exactly one profile name: "
                          "astra-keys profile remove NAME"));
    const std::optional<ConnectionProfile> profile =
        m_profiles->find(m_options.profileArguments.at(1));
    if (!profile)
        return fail(2, tr("There is no profile named \"%1\". See astra-keys profile list.")
                           .arg(m_options.profileArguments.at(1)));
    // The token first: if the keychain fails, the profile stays listed and the user can retry,
    // rather than leaving a token behind that nothing refers to.
    m_tokens->remove(profile->tokenKey(), this, [this, profile](const TokenResult &result) {
        if (!result.ok())
            //: %1 explains the keychain failure with its next step
            return fail(1, tr("%1 The profile was kept; try again.").arg(result.message));
        QString error;
        if (!m_profiles->remove(profile->name, &error))
            return fail(1, error);
        succeed(tr("Removed profile \"%1\" and its token.").arg(profile->name));
    });
}

} // namespace astra
