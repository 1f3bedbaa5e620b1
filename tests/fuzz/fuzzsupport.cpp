// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

namespace astra::fuzz {

namespace {

const char *g_currentInput = nullptr;

} // namespace

void setCurrentInput(const char *name)
{
    g_currentInput = name;
}

void violated(const char *what)
{
    // abort() rather than an exception or a return code: libFuzzer then saves the input as a
    // crash artifact, and the replay stops with the file that broke the rule.
    std::fprintf(stderr, "fuzz: invariant violated: %s\n", what);
    if (g_currentInput)
        std::fprintf(stderr, "fuzz: input: %s\n", g_currentInput);
    std::abort();
}

QByteArray toBytes(const std::uint8_t *data, std::size_t size)
{
    // A copy, not fromRawData: the decoders may keep the body, and libFuzzer reuses its buffer.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace astra::fuzz
