// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace astra {

// Saves widget, as it is painted now, as a PNG at path. Reports failure on standard error.
bool saveScreenshot(QWidget *widget, const QString &path);

} // namespace astra
