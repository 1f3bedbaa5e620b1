// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyusage.h"
#include "organizationsnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace astra {

// The audit inventory as CSV or JSON: one code path for the window's Export and for
// "astra-keys export". Statuses are derived (keyusage.h). Never contains a token or a
// pre-signed URL: the snapshots do not hold them.
enum class ExportFormat { Csv, Json };
// Regions: the coverage gaps (coverage.h), one row per gap.
enum class ExportContent { Keys, Databases, Regions };

std::optional<ExportFormat> exportFormatFromString(const QString &text);
std::optional<ExportContent> exportContentFromString(const QString &text);

// sightings: each organization's KeyHistory::sightings(), by organization id; without them
// derived uses are "likely" and no region counts as deployed before its key.
QByteArray exportInventory(const QList<OrganizationSnapshot> &snapshots, ExportFormat format,
                           ExportContent content,
                           const QHash<QString, QHash<QString, KeySighting>> &sightings = {});

// One CSV field (RFC 4180), with a leading quote on text a spreadsheet would run as a formula.
QString csvField(const QString &value);

} // namespace astra
