// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyusage.h"
#include "organizationsnapshot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace astra {

// The customer key's status in one region of one database, as the Portal's Region Usage details
// show it, derived by the same rule as deriveKeyUsage().
enum class RegionKeyState {
    InUse,           // a customer key of the database's type is registered there and encrypts it
    NoKey,           // no key registered in this region: default encryption
    RegisteredAfter, // a key is registered, but after this region was deployed: default encryption
    Terminated,      // the region (or the whole database) is terminated
};

struct RegionUsage
{
    Datacenter datacenter;
    QString regionDisplayName;
    bool terminated = false;
    bool hasKey = false;
    CustomerKey key; // the key registered for the region's type, provider and region
    RegionKeyState state = RegionKeyState::NoKey;
    UseCertainty certainty = UseCertainty::Likely; // InUse only
    bool usageTrackingUnavailable = false;         // Azure: the Portal cannot tell

    // The key column: the key id, or "Default encryption" when none encrypts the region.
    QString keyText() const;
    // The status column: "In use", "No key registered in this region", ...; for Azure,
    // "Usage tracking unavailable" followed by our derived answer.
    QString stateText() const;
    // Why, in a sentence (tooltips, copy as text).
    QString explanation() const;
};

// Whether a datacenter from ?all=true is a terminated one.
bool isDatacenterTerminated(const Datacenter &datacenter);

// One row per datacenter (in the order given). datacenters: the database's own list, or the
// answer of GET /v2/databases/{id}/datacenters?all=true to include terminated regions.
// sightings: KeyHistory::sightings(), keyed by CustomerKey::slot().
QList<RegionUsage> deriveRegionUsage(const Database &database, const QList<Datacenter> &datacenters,
                                     const OrganizationSnapshot &snapshot,
                                     const QHash<QString, KeySighting> &sightings = {});
QList<RegionUsage> deriveRegionUsage(const Database &database, const OrganizationSnapshot &snapshot,
                                     const QHash<QString, KeySighting> &sightings = {});

// https://astra.datastax.com/org/{orgId}/database/{dbId}
QUrl astraPortalDatabaseUrl(const QString &organizationId, const QString &databaseId);

// "Serverless", "Serverless (vector)", "Classic (C10)": how people name a database's kind.
QString databaseKindText(const Database &database);

} // namespace astra
