// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzztarget.h"

#include <QByteArray>

namespace astra::fuzz {

// The file being replayed, named when an invariant breaks (the replay sets it; libFuzzer names
// the input itself).
void setCurrentInput(const char *name);

QByteArray toBytes(const std::uint8_t *data, std::size_t size);

} // namespace astra::fuzz
