// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rss.h"

#include <cstdio>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#include <cstddef>
// The sanitizer runtime's public allocator interface. GCC 12 ships no
// <sanitizer/allocator_interface.h> (only LLVM does), but libasan exports the function.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#define ASTRA_SOAK_UNDER_ASAN 1
#endif

namespace astra::soak {

const char *residentMeasureName()
{
#ifdef ASTRA_SOAK_UNDER_ASAN
    return "live heap (ASan)";
#else
    return "RSS";
#endif
}

qint64 residentKib()
{
#ifdef ASTRA_SOAK_UNDER_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#else
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
#endif
}

} // namespace astra::soak
