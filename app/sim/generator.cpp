// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DataSet::generate and DataSet::parseGenerateSpec: large, deterministic data sets.
#include "dataset.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace astra::sim {

namespace {

struct RegionInfo
{
    const char16_t *provider;
    const char16_t *name;
    const char16_t *displayName;
    const char16_t *zone;
};

// Real region names, so that console links and region lookups in the client look natural.
constexpr RegionInfo kRegions[] = {
    {u"AWS", u"us-east-1", u"US East (N. Virginia)", u"na"},
    {u"AWS", u"us-east-2", u"US East (Ohio)", u"na"},
    {u"AWS", u"us-west-2", u"US West (Oregon)", u"na"},
    {u"AWS", u"eu-west-1", u"Europe (Ireland)", u"emea"},
    {u"AWS", u"eu-central-1", u"Europe (Frankfurt)", u"emea"},
    {u"AWS", u"ap-south-1", u"Asia Pacific (Mumbai)", u"apac"},
    {u"AWS", u"ap-southeast-2", u"Asia Pacific (Sydney)", u"apac"},
    {u"GCP", u"us-east1", u"Moncks Corner, South Carolina", u"na"},
    {u"GCP", u"us-central1", u"Council Bluffs, Iowa", u"na"},
    {u"GCP", u"europe-west1", u"St. Ghislain, Belgium", u"emea"},
    {u"GCP", u"europe-west4", u"Eemshaven, Netherlands", u"emea"},
    {u"GCP", u"asia-south1", u"Mumbai, India", u"apac"},
    {u"AZURE", u"eastus", u"East US", u"na"},
    {u"AZURE", u"westus2", u"West US 2", u"na"},
    {u"AZURE", u"westeurope", u"West Europe", u"emea"},
    {u"AZURE", u"northeurope", u"North Europe", u"emea"},
    {u"AZURE", u"australiaeast", u"Australia East", u"apac"},
};

QList<const RegionInfo *> regionsOf(QStringView provider)
{
    QList<const RegionInfo *> out;
    for (const RegionInfo &r : kRegions) {
        if (provider.compare(QStringView(r.provider), Qt::CaseInsensitive) == 0)
            out.append(&r);
    }
    return out;
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    int bounded(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }

    QString hex(int digits)
    {
        static const char16_t digitsTable[] = u"0123456789abcdef";
        QString s(digits, Qt::Uninitialized);
        for (int i = 0; i < digits; ++i)
            s[i] = QChar(digitsTable[bounded(16)]);
        return s;
    }

    QString alnum(int length)
    {
        static const char16_t table[] =
            u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QString s(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            s[i] = QChar(table[bounded(62)]);
        return s;
    }

    QString digits(int length)
    {
        QString s(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            s[i] = QChar(u'0' + bounded(10));
        return s;
    }

    QString uuid()
    {
        // Version-4 layout, so that it looks like the real thing.
        return hex(8) + u'-' + hex(4) + QStringLiteral("-4") + hex(3) + u'-' +
               QChar(u"89ab"[bounded(4)]) + hex(3) + u'-' + hex(12);
    }

    QDateTime timeBetween(const QDateTime &from, const QDateTime &to)
    {
        const qint64 span = from.secsTo(to);
        return from.addSecs(qint64(m_rng.bounded(quint64(span > 0 ? span : 1))));
    }

    QString keyId(const QString &provider, const QString &region, int n)
    {
        if (provider == u"aws")
            return QStringLiteral("arn:aws:kms:%1:%2:key/%3").arg(region, digits(12), uuid());
        if (provider == u"gcp")
            return QStringLiteral(
                       "projects/gen-project-%1/locations/%2/keyRings/astra/cryptoKeys/key-%3")
                .arg(hex(6), region)
                .arg(n);
        return QStringLiteral("https://gen-vault-%1.vault.azure.net/keys/astra-key-%2/%3")
            .arg(hex(6))
            .arg(n)
            .arg(hex(32));
    }

private:
    QRandomGenerator m_rng;
};

const QDateTime &epochStart()
{
    static const QDateTime t(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
    return t;
}

const QDateTime &epochEnd()
{
    static const QDateTime t(QDate(2025, 12, 31), QTime(0, 0), Qt::UTC);
    return t;
}

SimDatabase makeDatabase(Generator &g, const GenerateSpec &spec, int index)
{
    SimDatabase db;
    db.id = g.uuid();
    db.name = QStringLiteral("gen-db-%1").arg(index, 5, 10, QLatin1Char('0'));
    db.keyspace = QStringLiteral("ks_%1").arg(index);
    const int classicRoll = g.bounded(100);
    db.tier = classicRoll < 80 ? QStringLiteral("serverless")
                               : (classicRoll < 90 ? QStringLiteral("C10") : QStringLiteral("D10"));
    if (db.tier == u"serverless" && g.chance(40))
        db.dbType = QStringLiteral("vector");
    db.creationTime = g.timeBetween(epochStart(), epochEnd());
    const int statusRoll = g.bounded(100);
    if (statusRoll < 80) {
        db.status = QStringLiteral("ACTIVE");
    } else if (statusRoll < 88) {
        db.status = QStringLiteral("HIBERNATED");
    } else if (statusRoll < 92) {
        db.status = QStringLiteral("PENDING");
    } else {
        db.status = QStringLiteral("TERMINATED");
        db.terminationTime = g.timeBetween(db.creationTime, epochEnd().addDays(30));
    }

    const int providerRoll = g.bounded(100);
    const QString provider = providerRoll < spec.awsPercent ? QStringLiteral("AWS")
                             : providerRoll < spec.awsPercent + spec.gcpPercent
                                 ? QStringLiteral("GCP")
                                 : QStringLiteral("AZURE");
    // Astra keeps all regions of one database in one cloud.
    QList<const RegionInfo *> regions = regionsOf(provider);
    const int dcCount = 1 + (g.chance(25) ? 1 + g.bounded(2) : 0);
    QDateTime created = db.creationTime;
    for (int n = 0; n < dcCount && !regions.isEmpty(); ++n) {
        const RegionInfo *region = regions.takeAt(g.bounded(int(regions.size())));
        SimDatacenter dc;
        dc.provider = provider;
        dc.region = QString::fromUtf16(region->name);
        dc.regionZone = QString::fromUtf16(region->zone);
        dc.status = db.tier == u"serverless" ? QString() : db.status;
        dc.dateCreated = created;
        dc.capacityUnits = db.tier == u"serverless" ? 1 : 1 + g.bounded(4);
        dc.terminated = n > 0 && g.chance(10);
        db.datacenters.append(dc);
        created = g.timeBetween(created, epochEnd());
    }
    return db;
}

} // namespace

DataSet DataSet::generate(const GenerateSpec &spec)
{
    Generator g(spec.seed);
    DataSet data;
    for (const RegionInfo &r : kRegions) {
        data.regions.append(SimRegion{QString::fromUtf16(r.provider), QString::fromUtf16(r.name),
                                      QString::fromUtf16(r.displayName), QString::fromUtf16(r.zone),
                                      QStringLiteral("standard"), true});
    }
    data.accounts.insert(QStringLiteral("aws"), {QStringLiteral("arn:aws:iam::000000000001:root")});
    data.accounts.insert(
        QStringLiteral("gcp"),
        {QStringLiteral("astra-kms-gen@fake-astra-project.iam.gserviceaccount.com")});
    data.accounts.insert(QStringLiteral("azure"),
                         {QStringLiteral("00000000-0000-4000-8000-00000000a2a1")});

    const int orgCount = std::max(1, spec.organizations);
    for (int i = 0; i < orgCount; ++i) {
        SimOrganization org;
        org.id = g.uuid();
        org.name = QStringLiteral("Generated Org %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        // Three of every four organizations belong to an enterprise, in groups of four.
        if (i % 4 != 3)
            org.enterprise = QStringLiteral("Generated Enterprise %1").arg(i / 4 + 1);
        // "GEN" plus the organization number makes a generated token recognisable at a glance.
        const QString prefix = QStringLiteral("GEN%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        org.tokens.append(SimToken{QStringLiteral("AstraCS:") + prefix +
                                       g.alnum(24 - int(prefix.size())) + u':' + g.hex(64),
                                   {QStringLiteral("org-read"), QStringLiteral("org-cmk-read"),
                                    QStringLiteral("org-cmk-write"), QStringLiteral("org-db-view"),
                                    QStringLiteral("org-db-create")}});
        org.users.append(SimUser{g.uuid(),
                                 QStringLiteral("admin%1@generated.example").arg(i + 1),
                                 QStringLiteral("active"),
                                 {QStringLiteral("Organization Administrator")}});
        org.users.append(SimUser{g.uuid(),
                                 QStringLiteral("viewer%1@generated.example").arg(i + 1),
                                 QStringLiteral("invited"),
                                 {QStringLiteral("Read Only User")}});
        data.organizations.append(org);
    }

    // Keys: round-robin over organizations, random free (type, provider, region) slots.
    QList<QSet<QString>> usedSlots(orgCount);
    const int slotsPerOrg = int(std::size(kRegions)) * 2;
    const int keyCount = std::min(std::max(0, spec.keys), slotsPerOrg * orgCount);
    for (int k = 0; k < keyCount; ++k) {
        const int orgIndex = k % orgCount;
        if (usedSlots[orgIndex].size() >= slotsPerOrg)
            continue;
        QString slot;
        const RegionInfo *region = nullptr;
        QString type;
        do {
            region = &kRegions[g.bounded(int(std::size(kRegions)))];
            type = g.chance(70) ? QStringLiteral("serverless") : QStringLiteral("classic");
            slot = type + u'/' + QString::fromUtf16(region->provider) + u'/' +
                   QString::fromUtf16(region->name);
        } while (usedSlots[orgIndex].contains(slot));
        usedSlots[orgIndex].insert(slot);
        SimKey key;
        key.type = type;
        key.provider = QString::fromUtf16(region->provider).toLower();
        key.region = QString::fromUtf16(region->name);
        key.keyId = g.keyId(key.provider, key.region, k + 1);
        key.registered = g.timeBetween(epochStart(), epochEnd());
        data.organizations[orgIndex].keys.append(key);
    }

    for (int i = 0; i < orgCount; ++i) {
        SimOrganization &org = data.organizations[i];
        const int count = i == 0 ? std::max(0, spec.databases) : 3 + g.bounded(3);
        org.databases.reserve(count);
        for (int n = 0; n < count; ++n)
            org.databases.append(makeDatabase(g, spec, n + 1));
        std::sort(org.databases.begin(), org.databases.end(),
                  [](const SimDatabase &a, const SimDatabase &b) { return a.id < b.id; });
    }
    return data;
}

std::optional<GenerateSpec> DataSet::parseGenerateSpec(const QString &text, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    GenerateSpec spec;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return failWith(
            QStringLiteral("empty generate spec; expected keys=K,databases=D[,orgs=N][,seed=S]"));
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return failWith(QStringLiteral("'%1': expected name=value").arg(part));
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok || number < 0)
            return failWith(QStringLiteral("'%1': expected a non-negative integer").arg(part));
        auto inRange = [&](qlonglong low, qlonglong high) {
            return number >= low && number <= high;
        };
        if (name == u"keys" && inRange(0, 100000)) {
            spec.keys = int(number);
        } else if (name == u"databases" && inRange(0, 1000000)) {
            spec.databases = int(number);
        } else if ((name == u"orgs" || name == u"organizations") && inRange(1, 10000)) {
            spec.organizations = int(number);
        } else if (name == u"seed" && inRange(0, 0xffffffffLL)) {
            spec.seed = quint32(number);
        } else if (name == u"aws" && inRange(0, 100)) {
            spec.awsPercent = int(number);
        } else if (name == u"gcp" && inRange(0, 100)) {
            spec.gcpPercent = int(number);
        } else if (name == u"keys" || name == u"databases" || name == u"orgs" ||
                   name == u"organizations" || name == u"seed" || name == u"aws" ||
                   name == u"gcp") {
            return failWith(QStringLiteral("'%1': value out of range").arg(part));
        } else {
            return failWith(QStringLiteral("'%1': unknown setting (known: keys, databases, orgs, "
                                           "seed, aws, gcp)")
                                .arg(name));
        }
    }
    if (spec.awsPercent + spec.gcpPercent > 100)
        return failWith(QStringLiteral("aws + gcp must not exceed 100 percent"));
    return spec;
}

} // namespace astra::sim
