// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace astra::soak {

// This process's resident set size in KiB (VmRSS of /proc/self/status); -1 if unknown.
qint64 residentKib();

} // namespace astra::soak
