// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring only: choose the face (window or command), build the parts, connect them.
#include "cli/demoenvironment.h"
#include "cli/exportcommand.h"
#include "cli/options.h"
#include "inventory/inventoryservice.h"
#include "secrets/keychaintokenstore.h"
#include "secrets/memorytokenstore.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

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

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    case Options::Command::Profile:
        QTextStream(stderr) << "astra-keys: "
                            << QCoreApplication::translate("main",
                                                           "profile management is not available "
                                                           "in this version yet.")
                            << Qt::endl;
        return 2;
    default:
        return printUsageError(options);
    }
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    if (!argumentsNeedDisplay(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(ASTRA_APP_ID));
    const Options options = parseOptions(app.arguments());
    if (options.command != Options::Command::Window)
        return printUsageError(options);

    QNetworkAccessManager network;
    std::unique_ptr<DemoEnvironment> demo;
    std::unique_ptr<TokenStore> ownTokens;
    TokenStore *tokens = nullptr;
    QList<ConnectionProfile> profiles;
    if (options.demo) {
        demo = std::make_unique<DemoEnvironment>();
        QString error;
        if (!demo->start(&error)) {
            QTextStream(stderr) << "astra-keys: " << error << Qt::endl;
            return 1;
        }
        tokens = demo->tokens();
        profiles = demo->profiles();
    } else if (!options.apiUrl.isEmpty()) {
        auto memory = std::make_unique<MemoryTokenStore>();
        ConnectionProfile profile;
        profile.name = options.apiUrl.host();
        profile.apiUrl = options.apiUrl;
        const QString token = qEnvironmentVariable("ASTRA_DB_APPLICATION_TOKEN").trimmed();
        if (!token.isEmpty())
            memory->write(profile.tokenKey(), token, nullptr, {});
        profiles = {profile};
        ownTokens = std::move(memory);
        tokens = ownTokens.get();
    } else {
        ownTokens = std::make_unique<KeychainTokenStore>();
        tokens = ownTokens.get();
    }

    InventoryService inventory(tokens, &network);
    MainWindow window(profiles, &inventory, tokens->isPersistent());
    if (!options.screenshotPath.isEmpty()) {
        QObject::connect(
            &window, &MainWindow::firstLoadFinished, &app,
            [&window, &app, path = options.screenshotPath] {
                app.exit(saveScreenshot(&window, path) ? 0 : 1);
            },
            Qt::QueuedConnection);
    }
    window.show();
    return app.exec();
}
