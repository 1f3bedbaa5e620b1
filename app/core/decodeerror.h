// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace astra {

// Why a server answer could not be decoded: the JSON path of the offending field and what was
// wrong with it. Messages are for logs and "bad response" errors, so they name fields, never
// values.
struct DecodeError
{
    QString path;    // e.g. "[3].KeyID" or "info.datacenters[1].region"
    QString message; // e.g. "expected a string, got a number"

    bool isNull() const { return message.isEmpty(); }
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

} // namespace astra
