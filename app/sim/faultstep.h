// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace astra::sim {

// One step of a fault rule: what to do with one matching request (docs/simulator.md, "Faults").
struct FaultStep
{
    enum class Kind {
        Ok,        // answer normally
        Status,    // answer `status` with a body of form `body` instead of the real answer
        Truncate,  // real answer, Content-Length of the whole body, half of it sent, then close
        Malformed, // 200 with a body that is not JSON
        WrongType, // 200 with the real answer's shape but wrong JSON types
        Huge,      // 200 with a `bytes`-long JSON body, streamed
        Drop,      // headers and part of the body, then the connection is reset
        Stall,     // never answer; the connection stays open until the client closes it
        Delay,     // answer normally after `delayMs` more
        Repeat,    // GET /v2/databases: ignore starting_after, answer the first page again
    };
    enum class Body {
        Errors, // {"errors":[{"ID":...,"message":...}]}
        String, // a JSON string
        Text,   // text/plain
        Null,   // the JSON literal null
        Empty,  // no body at all
    };

    Kind kind = Kind::Ok;
    int status = 0;
    Body body = Body::Errors;
    int retryAfterSeconds = -1; // 429 only; -1: no Retry-After header
    bool retryAfterAsDate = false;
    qint64 delayMs = 0;
    qint64 bytes = 0; // Huge

    static constexpr qint64 kDefaultHugeBytes = 50LL * 1024 * 1024;

    // Short name for the request log and diagnostics, e.g. "503:text", "truncate", "delay=200";
    // empty for Ok.
    QString name() const;
    // Parses one STEP; on failure returns false and sets *error naming the step.
    static bool parse(const QString &text, FaultStep *step, QString *error);
};

} // namespace astra::sim
