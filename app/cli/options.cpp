// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace astra {

// lupdate takes the context from this class; the strings live in free functions.
struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(Options)
};

bool argumentsNeedDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0 ||
            std::strcmp(arg, "export") == 0 || std::strcmp(arg, "profile") == 0)
            return false;
    }
    return true;
}

Options parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionsText::tr(
        "Customer-managed encryption keys of Astra DB: status, usage and inventory.\n\n"
        "Commands:\n"
        "  (none)     open the window\n"
        "  export     write the inventory to standard output\n"
        "  profile    add, list or remove connection profiles:\n"
        "             profile add --name NAME [--api-url URL] [--enterprise LABEL] < token\n"
        "             profile list\n"
        "             profile remove NAME"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        OptionsText::tr("Use the built-in DevOps API simulator and demo data; tokens "
                        "are held in memory only."));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        OptionsText::tr("DevOps API base URL; the token comes from --profile or "
                        "ASTRA_DB_APPLICATION_TOKEN."),
        QStringLiteral("url"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     OptionsText::tr("Connection profile to use."),
                                     QStringLiteral("name"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  OptionsText::tr("Language (en, de, fr, ja)."),
                                  QStringLiteral("code"));
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        OptionsText::tr("Colours: system (the desktop's palette), light or dark."),
        QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        OptionsText::tr("Save the main window as PNG once the first load has "
                        "finished, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    OptionsText::tr("export: csv or json."),
                                    QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption what(QStringLiteral("what"),
                                  OptionsText::tr("export: keys, databases or regions."),
                                  QStringLiteral("what"), QStringLiteral("keys"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        OptionsText::tr("profile add: the new profile's name (unique, any case)."),
        QStringLiteral("name"));
    const QCommandLineOption enterprise(
        QStringLiteral("enterprise"),
        OptionsText::tr("profile add: the enterprise label to group the "
                        "organization under."),
        QStringLiteral("label"));
    parser.addOptions(
        {demo, apiUrl, profile, lang, colorScheme, screenshot, format, what, name, enterprise});
    parser.addPositionalArgument(QStringLiteral("command"), OptionsText::tr("export or profile"),
                                 QStringLiteral("[command]"));

    Options options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.command = Options::Command::Invalid;
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.command = Options::Command::Help;
        return options;
    }
    if (parser.isSet(version)) {
        options.command = Options::Command::Version;
        return options;
    }
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    options.language = parser.value(lang);
    options.colorScheme = parser.value(colorScheme);
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(apiUrl)) {
        // Only an http(s) address with a host and of a sane length: anything else is a typo or a
        // paste gone wrong, refused before a token could go anywhere. (Plain http to another host
        // is refused later, with its own sentence, by the transport policy.)
        constexpr qsizetype MaxApiUrlLength = 2048;
        const QString text = parser.value(apiUrl);
        options.apiUrl = QUrl(text, QUrl::StrictMode);
        const QString scheme = options.apiUrl.scheme();
        if (text.size() > MaxApiUrlLength || !options.apiUrl.isValid() ||
            options.apiUrl.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
            options.command = Options::Command::Invalid;
            options.error = OptionsText::tr(
                "--api-url needs an address such as https://api.astra.datastax.com");
            return options;
        }
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command.isEmpty()) {
        options.command = Options::Command::Window;
    } else if (command == u"export") {
        options.command = Options::Command::Export;
        const auto f = exportFormatFromString(parser.value(format));
        const auto w = exportContentFromString(parser.value(what));
        if (!f || !w || positional.size() > 1) {
            options.command = Options::Command::Invalid;
            options.error = !f   ? OptionsText::tr("--format takes csv or json")
                            : !w ? OptionsText::tr("--what takes keys, databases or regions")
                                 : OptionsText::tr("export takes no further arguments");
            return options;
        }
        options.exportFormat = *f;
        options.exportContent = *w;
    } else if (command == u"profile") {
        options.command = Options::Command::Profile;
        options.profileArguments = positional.mid(1);
        options.profileName = parser.value(name).trimmed();
        options.enterprise = parser.value(enterprise).trimmed();
    } else {
        options.command = Options::Command::Invalid;
        options.error = OptionsText::tr("Unknown command \"%1\". Try --help.").arg(command);
    }
    return options;
}

} // namespace astra
