// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rss.h"

#include <cstdio>
#include <cstring>

namespace astra::soak {

qint64 residentKib()
{
    // Plain stdio: /proc files report a size of 0, and this runs between iterations, so it
    // should allocate nothing that could itself show up as growth.
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    char line[256];
    qint64 kib = -1;
    while (std::fgets(line, sizeof line, status)) {
        long long value = 0;
        if (std::strncmp(line, "VmRSS:", 6) == 0 && std::sscanf(line + 6, "%lld", &value) == 1) {
            kib = value;
            break;
        }
    }
    std::fclose(status);
    return kib;
}

} // namespace astra::soak
