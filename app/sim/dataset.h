// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The simulator's own model of the world. It is deliberately independent of app/core: the
// simulator speaks the wire format, and the client's decoders must prove they understand it.
namespace astra::sim {

struct SimToken
{
    QString token;           // AstraCS:<24>:<64 hex>, obviously fake
    QStringList permissions; // org-cmk-read, org-cmk-write, org-db-view, org-db-create, org-read
    bool hasPermission(const QString &permission) const { return permissions.contains(permission); }
};

struct SimUser
{
    QString userId;
    QString email;
    QString status;
    QStringList roles;
};

struct SimKey
{
    QString type;         // "serverless" or "classic"
    QString provider;     // lower case: aws, gcp, azure
    QString region;       // exact, as the provider spells it
    QString keyId;        // ARN, GCP resource name or Azure key identifier
    QDateTime registered; // truth the real API never reveals; for scenarios and tests
};

struct SimDatacenter
{
    QString provider; // upper case on the wire: AWS, GCP, AZURE
    QString region;
    QString regionZone;
    QString status; // often "" on serverless
    QDateTime dateCreated;
    int capacityUnits = 1;
    bool terminated = false;
};

struct SimDatabase
{
    QString id;
    QString name;
    QString keyspace;
    QString status; // ACTIVE, HIBERNATED, TERMINATED, PENDING, ...
    QString tier;   // serverless, C10, D10, ...
    QString dbType; // "vector" or empty
    QDateTime creationTime;
    QDateTime terminationTime; // invalid when not terminated
    QList<SimDatacenter> datacenters;
};

struct SimRegion
{
    QString provider; // AWS, GCP, AZURE
    QString name;
    QString displayName;
    QString zone;
    QString classification;
    bool enabled = true;
};

struct SimOrganization
{
    QString id;
    QString name;
    QString enterprise; // empty: outside any enterprise
    QList<SimToken> tokens;
    QList<SimUser> users;
    QList<SimKey> keys;
    QList<SimDatabase> databases; // kept sorted by id, as the API pages by id
};

struct GenerateSpec
{
    int organizations = 1;
    int keys = 20;       // in all, spread over the organizations
    int databases = 100; // in the first organization; the others get a few each
    quint32 seed = 1;
    // Provider mix of generated databases, in percent (rest is Azure).
    int awsPercent = 60;
    int gcpPercent = 30;
};

class DataSet
{
public:
    QList<SimOrganization> organizations;
    QList<SimRegion> regions;
    // Cloud Provider IDs to grant in key policies, per lower-case provider.
    QMap<QString, QStringList> accounts;

    // Parses the documented format (docs/simulator.md). On failure returns nullopt and sets
    // *error to a sentence naming the offending field, e.g. "organizations[2].keys[0].provider".
    static std::optional<DataSet> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    // The built-in demo data set (resources/demo/demo-dataset.json, compiled in).
    static DataSet demo();
    // Deterministic large data sets for tests and the benchmark.
    static DataSet generate(const GenerateSpec &spec);
    // Parses "keys=K,databases=D[,orgs=N][,seed=S]".
    static std::optional<GenerateSpec> parseGenerateSpec(const QString &text, QString *error);

    // The organization a bearer token belongs to, and that token's entry; nullptr if unknown.
    const SimOrganization *organizationForToken(const QString &token,
                                                const SimToken **tokenOut = nullptr) const;
    SimOrganization *organizationForToken(const QString &token);
};

} // namespace astra::sim
