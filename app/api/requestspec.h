// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

namespace astra {

// Everything that defines one DevOps API call, built by pure functions (endpoints.h) so that
// URLs, queries and bodies are unit-tested without any I/O.
struct RequestSpec
{
    QByteArray method = "GET";
    QString path;                           // below the base URL, e.g. "/v2/kms"
    QList<QPair<QString, QString>> query;   // in order, unencoded
    QByteArray body;                        // JSON for writes
    QString permission;                     // what a 403 here means is missing, e.g. "org-cmk-read"
    QString what;                           // what is being fetched, for messages ("customer keys")
    qint64 maxBodyBytes = 16 * 1024 * 1024; // answers above this are refused as bad responses
    // Pages of a long listing go first when the connections to a host are all busy: they are
    // the critical path of a refresh of many organizations (docs/performance.md).
    QNetworkRequest::Priority priority = QNetworkRequest::NormalPriority;

    // Reads are idempotent and may be retried; writes never are.
    bool isIdempotent() const { return method == "GET" || method == "HEAD"; }
    friend bool operator==(const RequestSpec &, const RequestSpec &) = default;
};

} // namespace astra
