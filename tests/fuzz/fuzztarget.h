// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// One fuzz entry point per file, compiled two ways from the same source:
// - with ASTRA_LIBFUZZER (clang, -fsanitize=fuzzer): the file is a libFuzzer target and defines
//   LLVMFuzzerTestOneInput, so each target is its own executable (.ci/fuzz);
// - otherwise (the normal suite, any compiler): the entry point registers itself by name, and
//   fuzz_regressions replays the kept corpus and every reproducer through it (replaymain.cpp).
// Either way the decoder sees exactly the same call, so a fixed crash stays fixed.
namespace astra::fuzz {

using EntryPoint = int (*)(const std::uint8_t *data, std::size_t size);

struct Registration
{
    Registration(const char *name, EntryPoint entry);
};

// Stops the run like a crash does: libFuzzer keeps the input as an artifact, the replay fails.
[[noreturn]] void violated(const char *what);

} // namespace astra::fuzz

#define ASTRA_FUZZ_CHECK(condition)                                                                \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::astra::fuzz::violated(#condition);                                                   \
    } while (false)

#if defined(ASTRA_LIBFUZZER)
#define ASTRA_FUZZ_ENTRY(name)                                                                     \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)              \
    {                                                                                              \
        return astraFuzzOne(data, size);                                                           \
    }
#else
#define ASTRA_FUZZ_ENTRY(name)                                                                     \
    static const ::astra::fuzz::Registration astraFuzzRegistration(#name, &astraFuzzOne);
#endif

// ASTRA_FUZZ_TARGET(keylist) { ...body using data and size... }
#define ASTRA_FUZZ_TARGET(name)                                                                    \
    static int astraFuzzOne(const std::uint8_t *data, std::size_t size);                           \
    ASTRA_FUZZ_ENTRY(name)                                                                         \
    static int astraFuzzOne(const std::uint8_t *data, std::size_t size)
