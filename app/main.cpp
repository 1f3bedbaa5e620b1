// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring only: choose the face (window or command), build the parts, connect them.
#include "cli/demoenvironment.h"
#include "cli/exportcommand.h"
#include "cli/language.h"
#include "cli/layeredtokenstore.h"
#include "cli/options.h"
#include "cli/profilecommand.h"
#include "cli/tokenstorechoice.h"
#include "inventory/inventoryservice.h"
#include "profiles/profilestore.h"
#include "secrets/keychaintokenstore.h"
#include "secrets/memorytokenstore.h"
#include "ui/colorscheme.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace astra;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AstraKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("astra-keys"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRA_VERSION));
}

int printUsageError(const Options &options)
{
    QTextStream(stderr) << "astra-keys: " << options.error << Qt::endl;
    return 2;
}

// --lang (or the system's language) before the options are parsed, so that the parser's help
// and errors are translated too. False, after saying why, for a language without a catalogue.
bool chooseLanguage(const QStringList &arguments)
{
    QString error;
    if (installLanguage(languageArgument(arguments), &error))
        return true;
    QTextStream(stderr) << "astra-keys: " << error << Qt::endl;
    return false;
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!chooseLanguage(app.arguments()))
        return 2;
    const Options options = parseOptions(app.arguments());
    switch (options.command) {
    case Options::Command::Help:
        QTextStream(stdout) << options.helpText;
        return 0;
    case Options::Command::Version:
        QTextStream(stdout) << "astra-keys " << ASTRA_VERSION << " (Qt " << qVersion() << ")"
                            << Qt::endl;
        return 0;
    case Options::Command::Export: {
        ExportCommand command(options);
        QObject::connect(&command, &ExportCommand::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        command.start();
        return app.exec();
    }
    case Options::Command::Profile: {
        ProfileCommand command(options);
        QObject::connect(&command, &ProfileCommand::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        command.start();
        return app.exec();
    }
    default:
        return printUsageError(options);
    }
}

} // namespace

// Tokens live in this process's memory: a core dump would write them to a file, and a debugger
// of the same user could read them. Not under AddressSanitizer, whose leak check must trace the
// process itself.
static void forbidCoreDumps()
{
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

int main(int argc, char **argv)
{
    forbidCoreDumps();
    setIdentity();
    if (!argumentsNeedDisplay(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(ASTRA_APP_ID));
    if (!chooseLanguage(app.arguments()))
        return 2;
    const Options options = parseOptions(app.arguments());
    if (options.command != Options::Command::Window)
        return printUsageError(options);
    const std::optional<ColorScheme> scheme = colorSchemeFromString(options.colorScheme);
    if (!scheme) {
        QTextStream(stderr) << "astra-keys: "
                            << QCoreApplication::translate(
                                   "main", "--color-scheme takes system, light or dark.")
                            << Qt::endl;
        return 2;
    }
    applyColorScheme(*scheme);

    QNetworkAccessManager network;
    std::unique_ptr<DemoEnvironment> demo;
    std::unique_ptr<TokenStore> ownTokens;
    std::unique_ptr<InventoryService> inventory;
    std::unique_ptr<MainWindow> window;
    ProfileStore profileStore; // the saved profiles; read only when no --demo/--api-url
    // Built once the tokens' home is known, which for the keychain takes an answer from it.
    // Saved profiles keep a local cache and key history; --demo and --api-url do not.
    auto openWindow = [&](TokenStore *tokens, const QList<ConnectionProfile> &profiles,
                          bool localStorage) {
        inventory = std::make_unique<InventoryService>(tokens, &network);
        window = std::make_unique<MainWindow>(profiles, inventory.get(), tokens->isPersistent(),
                                              nullptr, localStorage);
        if (!options.screenshotPath.isEmpty()) {
            auto shoot = [&window, &app, path = options.screenshotPath] {
                app.exit(saveScreenshot(window.get(), path) ? 0 : 1);
            };
            // With no profile the window's first "load" ends inside its constructor, before
            // anyone could connect: shoot once the event loop runs.
            if (profiles.isEmpty())
                QMetaObject::invokeMethod(&app, shoot, Qt::QueuedConnection);
            else
                QObject::connect(window.get(), &MainWindow::firstLoadFinished, &app, shoot,
                                 Qt::QueuedConnection);
        }
        window->show();
    };

    if (options.demo) {
        demo = std::make_unique<DemoEnvironment>();
        QString error;
        if (!demo->start(&error)) {
            QTextStream(stderr) << "astra-keys: " << error << Qt::endl;
            return 1;
        }
        openWindow(demo->tokens(), demo->profiles(), false);
    } else if (!options.apiUrl.isEmpty() && options.profile.isEmpty()) {
        auto memory = std::make_unique<MemoryTokenStore>();
        ConnectionProfile profile;
        profile.name = options.apiUrl.host();
        profile.apiUrl = options.apiUrl;
        const QString token = qEnvironmentVariable("ASTRA_DB_APPLICATION_TOKEN").trimmed();
        if (!token.isEmpty())
            memory->write(profile.tokenKey(), token, nullptr, {});
        ownTokens = std::move(memory);
        openWindow(ownTokens.get(), {profile}, false);
    } else {
        QList<ConnectionProfile> profiles = profileStore.profiles();
        if (!options.profile.isEmpty()) {
            std::optional<ConnectionProfile> chosen = profileStore.find(options.profile);
            if (!chosen) {
                QTextStream(stderr)
                    << "astra-keys: "
                    << QCoreApplication::translate("main", "There is no profile named \"%1\". See "
                                                           "astra-keys profile list.")
                           .arg(options.profile)
                    << Qt::endl;
                return 2;
            }
            if (!options.apiUrl.isEmpty())
                chosen->apiUrl = options.apiUrl;
            // The window opens on the first enterprise's first profile: put the chosen one
            // there. Organizations outside any enterprise come last in the filter, so one of
            // those is shown on its own when others have labels.
            // TODO(lead): MainWindow::selectProfile(name) would keep the others listed.
            profiles.removeIf(
                [&chosen](const ConnectionProfile &p) { return p.name == chosen->name; });
            const bool othersLabelled =
                std::any_of(profiles.cbegin(), profiles.cend(),
                            [](const ConnectionProfile &p) { return !p.enterprise.isEmpty(); });
            if (chosen->enterprise.isEmpty() && othersLabelled)
                profiles.clear();
            profiles.prepend(*chosen);
        }
        ownTokens = std::make_unique<KeychainTokenStore>();
        chooseTokenStore(ownTokens.get(), &app,
                         [&openWindow, &window, &profileStore, &network,
                          profiles](LayeredTokenStore *tokens, const QString &notice) {
                             if (!notice.isEmpty())
                                 QTextStream(stderr) << "astra-keys: " << notice << Qt::endl;
                             openWindow(tokens, profiles, true);
                             window->setSignInSupport(&profileStore, tokens->keychain(),
                                                      tokens->session(), &network);
                         });
    }
    return app.exec();
}
