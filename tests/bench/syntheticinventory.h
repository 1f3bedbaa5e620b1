// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/organizationsnapshot.h"

#include <QList>

namespace astra::bench {

// A key table of `keys` rows: no organization has more than 34 key slots (17 regions, two key
// types), so the rows come from as many organizations as needed, each given its share of the
// loaded databases, so that rows carry realistic database names to search.
QList<OrganizationSnapshot> syntheticOrganizations(const QList<Database> &databases, int keys);

// The databases repeated (with fresh ids) or cut to `count`, for the linearity check.
QList<Database> scaledDatabases(const QList<Database> &databases, int count);

} // namespace astra::bench
