// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logs of the secrets layer: operations, profile keys and outcomes. Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
