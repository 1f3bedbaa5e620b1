// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace astra {

// One organization the user works with: where its API is and how to label it. Never the token:
// that lives in the TokenStore under tokenKey().
struct ConnectionProfile
{
    QString name;           // unique, chosen by the user ("northwind-payments")
    QString organizationId; // from /v2/currentOrg, once verified
    QString organizationName;
    QString enterprise; // free-text label; empty: outside any enterprise
    QUrl apiUrl;        // the DevOps API base URL

    QString tokenKey() const { return QStringLiteral("profile/") + name; }
    QString displayName() const { return organizationName.isEmpty() ? name : organizationName; }
    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The enterprise labels in first-seen order; organizations outside any enterprise are not listed.
QStringList enterpriseLabels(const QList<ConnectionProfile> &profiles);

} // namespace astra
