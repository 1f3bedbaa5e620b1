// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace astra::soak {

// The memory figure the soak watches for growth, in KiB; -1 if unknown. Normally this process's
// resident set size (VmRSS of /proc/self/status). Under AddressSanitizer the RSS also holds the
// quarantine of freed blocks (256 MiB by default), which fills over a run of many small frees and
// reads as a leak that is not there; there it is the heap the program holds instead (the
// sanitizer allocator's allocated bytes, quarantine excluded), which a leak still makes climb.
qint64 residentKib();

// What residentKib() measures, for the report: "RSS" or "live heap (ASan)".
const char *residentMeasureName();

} // namespace astra::soak
