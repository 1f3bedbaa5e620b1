// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simlogging.h"

Q_LOGGING_CATEGORY(lcSim, "astra.sim", QtInfoMsg)
