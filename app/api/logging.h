// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Logs of the API layer. Never a token, an Authorization header or a pre-signed URL.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
