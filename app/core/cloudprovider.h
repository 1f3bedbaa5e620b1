// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace astra {

// The cloud providers Astra runs on. The API spells them "aws" on keys and "AWS" on datacenters;
// anything else is kept as Unknown with its text, never rejected.
enum class CloudProvider { Aws, Gcp, Azure, Unknown };

CloudProvider cloudProviderFromString(QStringView text);
// The lower-case code the key endpoints use: "aws", "gcp", "azure".
QString cloudProviderCode(CloudProvider provider);
// What people call it: "AWS", "Google Cloud", "Azure".
QString cloudProviderDisplayName(CloudProvider provider);

} // namespace astra
