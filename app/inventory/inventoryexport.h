// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationsnapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace astra {

// The audit inventory as CSV or JSON: one code path for the window's Export and for
// "astra-keys export". Statuses are derived (keyusage.h). Never contains a token or a
// pre-signed URL: the snapshots do not hold them.
enum class ExportFormat { Csv, Json };
enum class ExportContent { Keys, Databases };

std::optional<ExportFormat> exportFormatFromString(const QString &text);
std::optional<ExportContent> exportContentFromString(const QString &text);

QByteArray exportInventory(const QList<OrganizationSnapshot> &snapshots, ExportFormat format,
                           ExportContent content);

// One CSV field (RFC 4180), with a leading quote on text a spreadsheet would run as a formula.
QString csvField(const QString &value);

} // namespace astra
