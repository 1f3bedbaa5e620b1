// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>

#include <utility>

namespace astra {

// Frees a large value on the thread pool instead of the calling (GUI) thread. The rows and
// snapshots of a 10,000-database organization hold hundreds of thousands of strings: destroying
// them when a refresh replaces them kept the window from repainting for 10-20 ms. Implicitly
// shared copies may live on elsewhere (Qt's reference counts are atomic); the value itself must
// be handed over (moved in), not used afterwards.
template <typename T> void releaseInBackground(T value)
{
    QThreadPool::globalInstance()->start([held = std::move(value)]() mutable {
        const T dropped = std::move(held); // destroyed here, on the worker
        Q_UNUSED(dropped)
    });
}

} // namespace astra
