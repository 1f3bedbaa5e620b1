// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace astra::test {

// Obviously fake tokens in the shape of an Astra application token, random so that two runs (or
// two profiles) never share one, and matching ASTRA_TEST_SECRET_PATTERN in CMakeLists.txt.
inline QString fakeToken()
{
    static const QString alphanumeric =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    static const QString hex = QStringLiteral("0123456789abcdef");
    auto *random = QRandomGenerator::global();
    QString token = QStringLiteral("AstraCS:TEST");
    for (int i = 0; i < 20; ++i) {
        token += alphanumeric.at(random->bounded(int(alphanumeric.size())));
    }
    token += u':';
    for (int i = 0; i < 64; ++i) {
        token += hex.at(random->bounded(int(hex.size())));
    }
    return token;
}

} // namespace astra::test
