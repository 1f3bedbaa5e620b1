// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace astra {

// Which palette the window uses. System takes the platform theme's palette (KDE, qt6ct, and
// from Qt 6.5 GNOME's dark preference); Light and Dark force Fusion with a fixed palette, for
// desktops whose Qt 6.4 platform theme has no dark palette and for reproducible screenshots.
enum class ColorScheme { System, Light, Dark };

// "system", "light" or "dark" (case-insensitive); nullopt for anything else.
std::optional<ColorScheme> colorSchemeFromString(const QString &text);

// Call once, after QApplication exists and before the first window is shown.
void applyColorScheme(ColorScheme scheme);

} // namespace astra
