// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorscheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace astra {

namespace {

QPalette darkPalette()
{
    // Close to a common desktop dark theme; the status icons are drawn to read on it.
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, QColor active, QColor disabled) {
        p.setColor(QPalette::Active, role, active);
        p.setColor(QPalette::Inactive, role, active);
        p.setColor(QPalette::Disabled, role, disabled);
    };
    set(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc), QColor(0x6e, 0x71, 0x73));
    set(QPalette::Button, QColor(0x31, 0x36, 0x3b), QColor(0x2f, 0x33, 0x38));
    set(QPalette::Light, QColor(0x47, 0x4d, 0x54), QColor(0x47, 0x4d, 0x54));
    set(QPalette::Midlight, QColor(0x3b, 0x40, 0x45), QColor(0x3b, 0x40, 0x45));
    set(QPalette::Dark, QColor(0x19, 0x1b, 0x1d), QColor(0x19, 0x1b, 0x1d));
    set(QPalette::Mid, QColor(0x25, 0x29, 0x2c), QColor(0x25, 0x29, 0x2c));
    set(QPalette::Text, QColor(0xfc, 0xfc, 0xfc), QColor(0x65, 0x67, 0x68));
    set(QPalette::BrightText, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
    set(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc), QColor(0x72, 0x76, 0x79));
    set(QPalette::Base, QColor(0x1b, 0x1e, 0x20), QColor(0x1a, 0x1d, 0x1f));
    set(QPalette::Window, QColor(0x2a, 0x2e, 0x32), QColor(0x28, 0x2c, 0x30));
    set(QPalette::Shadow, QColor(0x0f, 0x10, 0x12), QColor(0x0f, 0x10, 0x12));
    set(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9), QColor(0x28, 0x2c, 0x30));
    set(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc), QColor(0x6e, 0x71, 0x73));
    set(QPalette::Link, QColor(0x1d, 0x99, 0xf3), QColor(0x1d, 0x99, 0xf3));
    set(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6), QColor(0x9b, 0x59, 0xb6));
    set(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29), QColor(0x21, 0x24, 0x27));
    set(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b), QColor(0x31, 0x36, 0x3b));
    set(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc), QColor(0xfc, 0xfc, 0xfc));
    set(QPalette::PlaceholderText, QColor(0xfc, 0xfc, 0xfc, 0x80), QColor(0x6e, 0x71, 0x73, 0x80));
    return p;
}

} // namespace

std::optional<ColorScheme> colorSchemeFromString(const QString &text)
{
    if (text.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return ColorScheme::System;
    if (text.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return ColorScheme::Light;
    if (text.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return ColorScheme::Dark;
    return std::nullopt;
}

void applyColorScheme(ColorScheme scheme)
{
    if (scheme == ColorScheme::System)
        return; // the platform theme's palette, and its changes at run time
    // Fusion draws everything from the palette; native styles may ignore parts of it.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette()
                                                         : fusion->standardPalette());
}

} // namespace astra
