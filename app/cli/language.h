// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace astra {

// The languages Astra Keys ships a catalogue for (translations/*.ts, embedded as :/i18n/*.qm).
QStringList availableLanguages();

// The value of --lang in raw arguments, read before the options are parsed so that the parser's
// own help and error texts come out in that language. Empty when --lang is absent.
QString languageArgument(const QStringList &arguments);

// Installs the catalogue of `requested` (a code such as "de", "de_DE" or "ja-JP"), or of the
// system's preferred UI languages when it is empty, together with Qt's own catalogue (standard
// buttons, the file dialog) when the system has one. Sets QLocale's default to the same language,
// so numbers and dates follow it. English is the fallback for a system language without a
// catalogue. Returns false, with a translated sentence in *error, for a requested language
// without a catalogue. A QCoreApplication must exist; call once, before any widget is built.
bool installLanguage(const QString &requested, QString *error);

} // namespace astra
