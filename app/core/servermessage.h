// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace astra {

// What the server said about a failure, from any of the error bodies seen in the wild.
struct ServerMessage
{
    qint64 id = 0; // the API's error id, e.g. 340018 (invalid token); 0 when none
    QString message;
    friend bool operator==(const ServerMessage &, const ServerMessage &) = default;
};

// Parses an error body in this order: an object with errors[] ({"errors":[{"ID","message"}]}),
// a JSON string, plain text (first line, bounded), else nothing (the caller falls back to the
// HTTP reason phrase). Never fails: an error body is a hint, not data.
QList<ServerMessage> parseServerMessages(const QByteArray &body);

} // namespace astra
