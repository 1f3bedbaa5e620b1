// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventoryexport.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace astra {

// The command line (product.md, "Command line"; stable: tests and scripts rely on it).
struct Options
{
    enum class Command { Window, Export, Profile, Help, Version, Invalid };
    Command command = Command::Window;
    bool demo = false;
    QUrl apiUrl;
    QString profile;
    QString language;
    QString colorScheme = QStringLiteral("system"); // system, light or dark; checked by the window
    QString screenshotPath;
    ExportFormat exportFormat = ExportFormat::Csv;
    ExportContent exportContent = ExportContent::Keys;
    QStringList profileArguments; // after "profile": add, list or remove NAME
    QString profileName;          // profile add --name
    QString enterprise;           // profile add --enterprise
    QString error;                // for Invalid: what is wrong, translated
    QString helpText;
};

// Whether these raw arguments ask for a window; decided before any QApplication exists, so that
// --help, --version and export work on a machine without a display.
bool argumentsNeedDisplay(int argc, char **argv);

// Parses with QCommandLineParser; a QCoreApplication must exist.
Options parseOptions(const QStringList &arguments);

} // namespace astra
