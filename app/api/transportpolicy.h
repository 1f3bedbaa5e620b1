// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace astra {

// A token may travel only over HTTPS, or over plain HTTP to this very machine (the simulator).
// Returns an empty string when url is acceptable, else the translated reason.
QString transportProblem(const QUrl &url);
bool isLoopbackHost(const QString &host);

} // namespace astra
