// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerkey.h"
#include "core/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace astra {

// What the Portal shows: In-Use when databases are encrypted by the key, else Available.
enum class KeyStatus { InUse, Available };

// How sure a derived use is. The API has no registration time, so the local history bounds it.
enum class UseCertainty {
    Certain, // the datacenter was created after the key was first seen
    Likely,  // created before the key was first seen, and the key was never seen absent
};

// When this computer first saw a key slot filled, and last saw it empty (both may be unknown).
struct KeySighting
{
    QDateTime firstSeen;
    QDateTime lastSeenAbsent;
};

// One database region encrypted by a key.
struct KeyUse
{
    QString databaseId;
    QString databaseName;
    QString datacenterId;
    QString region;
    QDateTime dateCreated;
    UseCertainty certainty = UseCertainty::Likely;
};

// A database in the key's provider and region that does not use it, and why.
struct KeyNonUse
{
    enum class Reason { CreatedBeforeRegistration, OtherKeyType };
    QString databaseId;
    QString databaseName;
    Reason reason = Reason::CreatedBeforeRegistration;
};

struct KeyUsage
{
    CustomerKey key;
    KeySighting sighting;
    KeyStatus derivedStatus = KeyStatus::Available; // from our derivation, every provider
    KeyStatus portalStatus = KeyStatus::Available;  // what the Portal shows (Azure: Available)
    bool usageTrackingUnavailable = false;          // Azure: the Portal cannot track usage
    QList<KeyUse> uses;
    QList<KeyNonUse> nonUses;

    int databaseCount() const;
    bool hasOnlyLikelyUses() const;
};

// Derives every key's status from the databases, in time linear in keys + datacenters.
// A non-terminated database of the key's type (serverless or classic) uses the key when it has a
// datacenter in the key's provider (case-insensitive) and region (exact) created after the key
// was registered. The registration time is bounded by sightings (keyed by CustomerKey::slot()).
QList<KeyUsage> deriveKeyUsage(const QList<CustomerKey> &keys, const QList<Database> &databases,
                               const QHash<QString, KeySighting> &sightings = {});

QString keyStatusText(KeyStatus status);
// The Portal's tooltip for Azure keys, word for word.
QString azureUsageTrackingTooltip();

} // namespace astra
