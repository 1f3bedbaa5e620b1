// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationsnapshot.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace astra {

// The key slot ("type/provider/region", as CustomerKey::slot()) a datacenter of a database of
// this key type would be encrypted from.
QString datacenterKeySlot(KeyType type, const Datacenter &datacenter);

// The slots of these keys, for databaseCoverage().
QSet<QString> keySlots(const QList<CustomerKey> &keys);

// How much of one database a customer key protects, region by region.
enum class EncryptionCoverage {
    CustomerKey, // every region has a key of the database's type
    Partial,     // some regions do, some do not
    DefaultOnly, // no region does (or the database has no regions)
};

EncryptionCoverage databaseCoverage(const Database &database, const QSet<QString> &keySlots);
QString encryptionCoverageText(EncryptionCoverage coverage);
// Stable codes for exports: "customer-key", "partial", "default".
QString encryptionCoverageCode(EncryptionCoverage coverage);

// One row of the coverage report.
struct CoverageGap
{
    enum class Kind {
        RegionWithoutKey,    // non-terminated databases run there on default encryption
        KeyWithoutDatabases, // a key is registered where no database of its type runs
        PartialMultiRegion,  // a multi-region database with a key in some regions, not this one
    };
    Kind kind = Kind::RegionWithoutKey;
    QString organizationId;
    QString organizationName;
    KeyType type = KeyType::Serverless;
    CloudProvider provider = CloudProvider::Unknown;
    QString providerText; // lower-case code as keys spell it ("aws"), or the served text
    QString region;
    QString regionDisplayName;
    QString keyId;           // KeyWithoutDatabases only
    QStringList databaseIds; // the databases concerned (sorted by name)
    QStringList databaseNames;
    QStringList coveredRegions; // PartialMultiRegion: the database's regions that have a key

    QString slot() const;
};

// Every gap of one organization, in a stable order (kind, then type, provider, region, database).
// Empty when the databases could not be loaded: no gap can be told apart from missing data then.
// Terminated databases are ignored.
QList<CoverageGap> findCoverageGaps(const OrganizationSnapshot &snapshot);

QString coverageGapKindText(CoverageGap::Kind kind);
// Stable codes for exports: "region-without-key", "key-without-databases", "partial-multi-region".
QString coverageGapKindCode(CoverageGap::Kind kind);

} // namespace astra
