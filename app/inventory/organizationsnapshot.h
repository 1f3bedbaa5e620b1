// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerkey.h"
#include "core/database.h"
#include "core/organization.h"
#include "core/serverlessregion.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace astra {

// Everything loaded for one organization at one time: what the key page and the export show.
struct OrganizationSnapshot
{
    Organization organization;
    QList<CustomerKey> keys;         // serverless and classic
    QList<Database> databases;       // non-terminated, every page
    QList<ServerlessRegion> regions; // may be empty: display names are a nicety
    bool databasesLoaded = false;    // false: usage could not be derived (see databasesError)
    QString databasesError;          // translated sentence when databases failed to load
    QDateTime fetchedAt;

    // The display name of a region, or its code when the API did not say.
    QString regionDisplayName(const QString &provider, const QString &region) const;
};

} // namespace astra

Q_DECLARE_METATYPE(astra::OrganizationSnapshot)
