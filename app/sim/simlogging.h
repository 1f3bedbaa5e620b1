// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// "astra.sim": never log a token, an Authorization header or a pre-signed URL through it.
Q_DECLARE_LOGGING_CATEGORY(lcSim)
