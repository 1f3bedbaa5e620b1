// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace astra::test {

// The bytes of tests/data/<name>; a missing fixture stops the test at once.
inline QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(ASTRA_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace astra::test
