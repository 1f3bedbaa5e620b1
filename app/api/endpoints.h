// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestspec.h"

#include "core/cloudprovider.h"
#include "core/customerkey.h"

namespace astra::endpoints {

RequestSpec currentOrganization();
RequestSpec organizationUsers();
RequestSpec listKeys(KeyType type);
RequestSpec keyForRegion(KeyType type, const QString &provider, const QString &region);
RequestSpec cloudAccounts(KeyType type, const QString &provider, const QString &region);
RequestSpec registerKey(KeyType type, const QString &organizationId, const QString &provider,
                        const QString &region, const QString &keyId);

// The page size the API honours at most; larger values are silently capped.
constexpr int MaxDatabasePageSize = 100;
struct DatabaseQuery
{
    QString include = QStringLiteral("nonterminated"); // or all, active, terminated, ...
    QString provider = QStringLiteral("ALL");          // ALL, AWS, GCP, AZURE
    int limit = MaxDatabasePageSize;
};
RequestSpec listDatabases(const DatabaseQuery &query, const QString &startingAfter);
RequestSpec database(const QString &databaseId);
RequestSpec datacenters(const QString &databaseId, bool includeTerminated);
RequestSpec serverlessRegions();

} // namespace astra::endpoints
