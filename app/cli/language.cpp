// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace astra {

namespace {

const QString CatalogueFolder = QStringLiteral(":/i18n");
const QString CatalogueName = QStringLiteral("astra-keys");

// Owned by the application object, so they live as long as translations are looked up.
bool installCatalogue(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

// The catalogue language for a code, or empty: "de", "de_DE", "de-AT" all give "de".
QString catalogueLanguageFor(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return {};
    const QString language = locale.name().section(u'_', 0, 0);
    return availableLanguages().contains(language) ? language : QString();
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString withValue = option + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(withValue))
            return argument.mid(withValue.size());
    }
    return {};
}

bool installLanguage(const QString &requested, QString *error)
{
    QLocale locale;
    if (!requested.isEmpty()) {
        const QString language = catalogueLanguageFor(requested);
        if (language.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate(
                             "Language", "There is no \"%1\" translation. Choose one of: %2.")
                             .arg(requested, availableLanguages().join(QStringLiteral(", ")));
            return false;
        }
        // Keep the region of the request (de_AT formats dates the Austrian way).
        locale = QLocale(requested);
        QLocale::setDefault(locale);
    }
    // QTranslator tries each of the locale's UI languages in turn (de-AT, de, ...).
    if (!installCatalogue(locale, CatalogueName, CatalogueFolder))
        installCatalogue(QLocale(QLocale::English), CatalogueName, CatalogueFolder);
    installCatalogue(locale, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace astra
