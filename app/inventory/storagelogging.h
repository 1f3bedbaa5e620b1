// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logs of the local files: key history and the snapshot cache. Never a token or a pre-signed
// URL (neither file holds one).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
