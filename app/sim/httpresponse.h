// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace astra::sim {

// One HTTP answer before it goes on the wire.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After, Allow

    // Status line, standard headers and extra headers, ending with the empty line. `bodyLength`
    // may differ from body.size(): the huge fault streams a body that never exists in full.
    QByteArray head(qint64 bodyLength, bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace astra::sim
