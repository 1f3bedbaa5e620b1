// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Checks the promised properties of the built-in demo data set: the scenarios that the demo, the
// screenshots and the GUI tests rely on (enterprises, providers, gaps, keys registered late, ...).
// It parses the file with QJsonDocument only, so it does not depend on the simulator's loader.

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString typeOfTier(const QString &tier)
{
    return tier == u"serverless"_s ? u"serverless"_s : u"classic"_s;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// (org index, type, lower-case provider, region)
QString keySlot(int org, const QString &type, const QString &provider, const QString &region)
{
    return u"%1|%2|%3|%4"_s.arg(org).arg(type, provider.toLower(), region);
}

} // namespace

class TestDemoDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationsAndEnterprises();
    void tokens();
    void users();
    void keyCoverage();
    void keyIdsWellFormed();
    void oneKeyPerSlot();
    void databaseCountsAndIds();
    void datacentersWellFormed();
    void multiRegion();
    void gapsWithoutKey();
    void createdBeforeKeyRegistered();
    void statuses();
    void regionsListed();
    void keyUsage();
    void accounts();

private:
    QJsonArray orgs() const { return m_root.value(u"organizations"_s).toArray(); }
    QJsonObject m_root;
};

void TestDemoDataset::initTestCase()
{
    QFile file(QStringLiteral(ASTRA_DEMO_DATASET));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    m_root = doc.object();
    QVERIFY(m_root.value(u"regions"_s).isArray());
    QVERIFY(m_root.value(u"accounts"_s).isObject());
    QVERIFY(m_root.value(u"organizations"_s).isArray());
}

void TestDemoDataset::organizationsAndEnterprises()
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QHash<QString, int> orgsPerEnterprise;
    int standalone = 0;
    QSet<QString> ids;
    QSet<QString> names;
    for (const QJsonValue &value : orgs()) {
        const QJsonObject org = value.toObject();
        const QString id = org.value(u"id"_s).toString();
        QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        const QString name = org.value(u"name"_s).toString();
        QVERIFY(!name.isEmpty());
        QVERIFY(!names.contains(name));
        names.insert(name);
        const QString enterprise = org.value(u"enterprise"_s).toString();
        if (enterprise.isEmpty())
            ++standalone;
        else
            ++orgsPerEnterprise[enterprise];
    }
    QVERIFY(ids.size() >= 4);
    QVERIFY(orgsPerEnterprise.size() >= 2);
    for (auto it = orgsPerEnterprise.cbegin(); it != orgsPerEnterprise.cend(); ++it)
        QVERIFY2(it.value() >= 1, qPrintable(it.key()));
    QVERIFY(standalone >= 1);
}

void TestDemoDataset::tokens()
{
    static const QRegularExpression format(u"^AstraCS:[A-Za-z0-9]{24}:[0-9a-f]{64}$"_s);
    const QSet<QString> all{u"org-read"_s, u"org-cmk-read"_s, u"org-cmk-write"_s, u"org-db-view"_s,
                            u"org-db-create"_s};
    QSet<QString> seen;
    bool someTokenLacksCmkRead = false;
    for (const QJsonValue &orgValue : orgs()) {
        const QJsonArray tokens = orgValue.toObject().value(u"tokens"_s).toArray();
        QVERIFY(!tokens.isEmpty());
        bool hasFullToken = false;
        for (const QJsonValue &tokenValue : tokens) {
            const QJsonObject token = tokenValue.toObject();
            const QString secret = token.value(u"token"_s).toString();
            QCOMPARE(secret.size(), 97);
            QVERIFY2(format.match(secret).hasMatch(), qPrintable(secret));
            QVERIFY2(secret.startsWith(u"AstraCS:DEMO"_s), "demo tokens must be obviously fake");
            QVERIFY(!seen.contains(secret));
            seen.insert(secret);
            QSet<QString> permissions = all;
            if (token.contains(u"permissions"_s)) {
                permissions.clear();
                for (const QJsonValue &p : token.value(u"permissions"_s).toArray())
                    permissions.insert(p.toString());
            }
            if (permissions.contains(all))
                hasFullToken = true;
            if (!permissions.contains(u"org-cmk-read"_s))
                someTokenLacksCmkRead = true;
        }
        QVERIFY(hasFullToken);
    }
    QVERIFY2(someTokenLacksCmkRead,
             "the missing-permission scenario needs a token without org-cmk-read");
}

void TestDemoDataset::users()
{
    static const QRegularExpression email(u"^[a-z.]+@[a-z-]+\\.example\\.(com|org)$"_s);
    for (const QJsonValue &orgValue : orgs()) {
        const QJsonArray users = orgValue.toObject().value(u"users"_s).toArray();
        QVERIFY(users.size() >= 2 && users.size() <= 4);
        for (const QJsonValue &u : users) {
            const QString address = u.toObject().value(u"email"_s).toString();
            QVERIFY2(email.match(address).hasMatch(), qPrintable(address));
            QVERIFY(!u.toObject().value(u"userID"_s).toString().isEmpty());
        }
    }
}

void TestDemoDataset::keyCoverage()
{
    int count = 0;
    QSet<QString> providers;
    QSet<QString> types;
    QSet<QString> providerTypes;
    for (const QJsonValue &orgValue : orgs()) {
        for (const QJsonValue &keyValue : orgValue.toObject().value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            ++count;
            const QString provider = key.value(u"provider"_s).toString();
            const QString type = key.value(u"type"_s).toString();
            QVERIFY2(provider == provider.toLower(), qPrintable(provider));
            QVERIFY(type == u"serverless"_s || type == u"classic"_s);
            providers.insert(provider);
            types.insert(type);
            providerTypes.insert(provider + u'/' + type);
            const QDateTime registered = timeOf(key.value(u"registered"_s));
            QVERIFY2(registered.isValid(), qPrintable(key.value(u"keyId"_s).toString()));
            QVERIFY(key.value(u"registered"_s).toString().endsWith(u'Z'));
            QVERIFY(registered >= QDateTime::fromString(u"2023-01-01T00:00:00Z"_s, Qt::ISODate));
            QVERIFY(registered < QDateTime::fromString(u"2026-11-01T00:00:00Z"_s, Qt::ISODate));
        }
    }
    QVERIFY(count >= 20);
    QCOMPARE(providers, (QSet<QString>{u"aws"_s, u"gcp"_s, u"azure"_s}));
    QCOMPARE(types, (QSet<QString>{u"serverless"_s, u"classic"_s}));
    for (const QString &p : {u"aws"_s, u"gcp"_s, u"azure"_s})
        for (const QString &t : {u"serverless"_s, u"classic"_s})
            QVERIFY2(providerTypes.contains(p + u'/' + t), qPrintable(p + u'/' + t));
}

void TestDemoDataset::keyIdsWellFormed()
{
    static const QRegularExpression aws(
        u"^arn:aws:kms:([a-z0-9-]+):([0-9]{12}):key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    static const QRegularExpression gcp(
        u"^projects/([a-z][a-z0-9-]+)/locations/([a-z0-9-]+)/keyRings/([A-Za-z0-9_-]+)/cryptoKeys/([A-Za-z0-9_-]+)(/cryptoKeyVersions/[0-9]+)?$"_s);
    static const QRegularExpression azure(
        u"^https://([a-z0-9-]{3,24})\\.vault\\.azure\\.net/keys/([A-Za-z0-9-]+)(/[0-9a-f]{32})?$"_s);
    bool gcpVersioned = false;
    bool azureUnversioned = false;
    QSet<QString> ids;
    for (const QJsonValue &orgValue : orgs()) {
        for (const QJsonValue &keyValue : orgValue.toObject().value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            const QString id = key.value(u"keyId"_s).toString();
            const QString provider = key.value(u"provider"_s).toString();
            const QString region = key.value(u"region"_s).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            if (provider == u"aws"_s) {
                const QRegularExpressionMatch m = aws.match(id);
                QVERIFY2(m.hasMatch(), qPrintable(id));
                QCOMPARE(m.captured(1), region);
                QVERIFY2(m.captured(2).startsWith(u"0000000000"_s), "fake account numbers only");
            } else if (provider == u"gcp"_s) {
                const QRegularExpressionMatch m = gcp.match(id);
                QVERIFY2(m.hasMatch(), qPrintable(id));
                QCOMPARE(m.captured(2), region);
                if (m.hasCaptured(5))
                    gcpVersioned = true;
            } else {
                QCOMPARE(provider, u"azure"_s);
                const QRegularExpressionMatch m = azure.match(id);
                QVERIFY2(m.hasMatch(), qPrintable(id));
                if (!m.hasCaptured(3))
                    azureUnversioned = true;
            }
        }
    }
    QVERIFY2(gcpVersioned, "one GCP key id carries /cryptoKeyVersions/N");
    QVERIFY2(azureUnversioned, "one Azure key id has no version");
}

void TestDemoDataset::oneKeyPerSlot()
{
    const QJsonArray organizations = orgs();
    for (int i = 0; i < organizations.size(); ++i) {
        QSet<QString> slots;
        for (const QJsonValue &keyValue :
             organizations.at(i).toObject().value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            const QString slot =
                keySlot(i, key.value(u"type"_s).toString(), key.value(u"provider"_s).toString(),
                        key.value(u"region"_s).toString());
            QVERIFY2(!slots.contains(slot), qPrintable(slot));
            slots.insert(slot);
        }
    }
}

void TestDemoDataset::databaseCountsAndIds()
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QSet<QString> ids;
    int total = 0;
    bool vector = false;
    QSet<QString> tiers;
    for (const QJsonValue &orgValue : orgs()) {
        const QJsonArray databases = orgValue.toObject().value(u"databases"_s).toArray();
        QVERIFY(databases.size() >= 6);
        QString previous;
        QSet<QString> names;
        for (const QJsonValue &dbValue : databases) {
            const QJsonObject db = dbValue.toObject();
            const QString id = db.value(u"id"_s).toString();
            QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY2(previous < id, "databases are sorted by id (paging order)");
            previous = id;
            const QString name = db.value(u"name"_s).toString();
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY(!db.value(u"keyspace"_s).toString().isEmpty());
            QVERIFY(timeOf(db.value(u"creationTime"_s)).isValid());
            tiers.insert(db.value(u"tier"_s).toString());
            if (db.value(u"dbType"_s).toString() == u"vector"_s) {
                vector = true;
                QCOMPARE(db.value(u"tier"_s).toString(), u"serverless"_s);
            }
            ++total;
        }
    }
    QVERIFY(total >= 40);
    QVERIFY(vector);
    QVERIFY(tiers.contains(u"serverless"_s));
    QVERIFY(tiers.size() >= 3); // serverless and at least two classic tiers
}

void TestDemoDataset::datacentersWellFormed()
{
    const QSet<QString> zones{u"na"_s, u"emea"_s, u"apac"_s};
    for (const QJsonValue &orgValue : orgs()) {
        for (const QJsonValue &dbValue : orgValue.toObject().value(u"databases"_s).toArray()) {
            const QJsonObject db = dbValue.toObject();
            const QString name = db.value(u"name"_s).toString();
            const bool serverless = db.value(u"tier"_s).toString() == u"serverless"_s;
            const QJsonArray dcs = db.value(u"datacenters"_s).toArray();
            QVERIFY2(!dcs.isEmpty(), qPrintable(name));
            QCOMPARE(timeOf(dcs.first().toObject().value(u"dateCreated"_s)),
                     timeOf(db.value(u"creationTime"_s)));
            QSet<QString> providers;
            QSet<QString> regions;
            for (const QJsonValue &dcValue : dcs) {
                const QJsonObject dc = dcValue.toObject();
                const QString provider = dc.value(u"cloudProvider"_s).toString();
                QVERIFY2(provider == u"AWS"_s || provider == u"GCP"_s || provider == u"AZURE"_s,
                         qPrintable(name));
                providers.insert(provider);
                regions.insert(dc.value(u"region"_s).toString());
                QVERIFY(zones.contains(dc.value(u"regionZone"_s).toString()));
                QCOMPARE(dc.value(u"status"_s).toString(), serverless ? QString() : u"ACTIVE"_s);
                const int cu = dc.value(u"capacityUnits"_s).toInt();
                if (serverless)
                    QCOMPARE(cu, 1);
                else
                    QVERIFY(cu >= 3 && cu <= 6);
                QVERIFY(timeOf(dc.value(u"dateCreated"_s)) >= timeOf(db.value(u"creationTime"_s)));
                QVERIFY(dc.value(u"terminated"_s).isBool());
            }
            QVERIFY2(providers.size() == 1, "one database's datacenters share one provider");
            QCOMPARE(regions.size(), dcs.size());
        }
    }
}

void TestDemoDataset::multiRegion()
{
    int multi = 0;
    bool addedLater = false;
    for (const QJsonValue &orgValue : orgs()) {
        for (const QJsonValue &dbValue : orgValue.toObject().value(u"databases"_s).toArray()) {
            const QJsonObject db = dbValue.toObject();
            const QJsonArray dcs = db.value(u"datacenters"_s).toArray();
            if (dcs.size() < 2)
                continue;
            ++multi;
            for (const QJsonValue &dc : dcs)
                if (timeOf(dc.toObject().value(u"dateCreated"_s)) >
                    timeOf(db.value(u"creationTime"_s)))
                    addedLater = true;
        }
    }
    QVERIFY(multi >= 3);
    QVERIFY2(addedLater, "a region added to a database after its creation");
}

void TestDemoDataset::gapsWithoutKey()
{
    const QJsonArray organizations = orgs();
    int gaps = 0;
    bool multiRegionGap = false;
    bool typeMismatchGap = false; // a key of the other type exists in that provider+region
    for (int i = 0; i < organizations.size(); ++i) {
        const QJsonObject org = organizations.at(i).toObject();
        QSet<QString> slots;
        for (const QJsonValue &keyValue : org.value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            slots.insert(keySlot(i, key.value(u"type"_s).toString(),
                                 key.value(u"provider"_s).toString(),
                                 key.value(u"region"_s).toString()));
        }
        for (const QJsonValue &dbValue : org.value(u"databases"_s).toArray()) {
            const QJsonObject db = dbValue.toObject();
            const QString type = typeOfTier(db.value(u"tier"_s).toString());
            const QString other = type == u"serverless"_s ? u"classic"_s : u"serverless"_s;
            const QJsonArray dcs = db.value(u"datacenters"_s).toArray();
            int missing = 0;
            for (const QJsonValue &dcValue : dcs) {
                const QJsonObject dc = dcValue.toObject();
                const QString provider = dc.value(u"cloudProvider"_s).toString();
                const QString region = dc.value(u"region"_s).toString();
                if (slots.contains(keySlot(i, type, provider, region)))
                    continue;
                ++missing;
                ++gaps;
                if (slots.contains(keySlot(i, other, provider, region)))
                    typeMismatchGap = true;
            }
            if (dcs.size() > 1 && missing > 0 && missing < dcs.size())
                multiRegionGap = true;
        }
    }
    QVERIFY(gaps >= 3);
    QVERIFY2(multiRegionGap, "a multi-region database with a key missing in one region");
    QVERIFY2(typeMismatchGap, "a region with a key of the other type only");
}

void TestDemoDataset::createdBeforeKeyRegistered()
{
    const QJsonArray organizations = orgs();
    int early = 0;
    for (int i = 0; i < organizations.size(); ++i) {
        const QJsonObject org = organizations.at(i).toObject();
        QHash<QString, QDateTime> registered;
        for (const QJsonValue &keyValue : org.value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            registered.insert(keySlot(i, key.value(u"type"_s).toString(),
                                      key.value(u"provider"_s).toString(),
                                      key.value(u"region"_s).toString()),
                              timeOf(key.value(u"registered"_s)));
        }
        for (const QJsonValue &dbValue : org.value(u"databases"_s).toArray()) {
            const QJsonObject db = dbValue.toObject();
            if (db.value(u"status"_s).toString() == u"TERMINATED"_s)
                continue;
            const QString type = typeOfTier(db.value(u"tier"_s).toString());
            for (const QJsonValue &dcValue : db.value(u"datacenters"_s).toArray()) {
                const QJsonObject dc = dcValue.toObject();
                const QString slot = keySlot(i, type, dc.value(u"cloudProvider"_s).toString(),
                                             dc.value(u"region"_s).toString());
                if (registered.contains(slot) &&
                    timeOf(dc.value(u"dateCreated"_s)) < registered.value(slot))
                    ++early;
            }
        }
    }
    QVERIFY(early >= 2);
}

void TestDemoDataset::statuses()
{
    QHash<QString, int> byStatus;
    for (const QJsonValue &orgValue : orgs()) {
        for (const QJsonValue &dbValue : orgValue.toObject().value(u"databases"_s).toArray()) {
            const QJsonObject db = dbValue.toObject();
            const QString status = db.value(u"status"_s).toString();
            QVERIFY(!status.isEmpty());
            ++byStatus[status];
            const QJsonValue termination = db.value(u"terminationTime"_s);
            const bool terminated = status == u"TERMINATED"_s;
            if (terminated) {
                QVERIFY(timeOf(termination).isValid());
                QVERIFY(timeOf(termination) > timeOf(db.value(u"creationTime"_s)));
            } else {
                QVERIFY(termination.isNull() || termination.isUndefined());
            }
            for (const QJsonValue &dc : db.value(u"datacenters"_s).toArray())
                QCOMPARE(dc.toObject().value(u"terminated"_s).toBool(), terminated);
        }
    }
    QVERIFY(byStatus.value(u"ACTIVE"_s) >= 30);
    QVERIFY(byStatus.value(u"HIBERNATED"_s) >= 2);
    QVERIFY(byStatus.value(u"TERMINATED"_s) >= 2);
    QVERIFY(byStatus.value(u"PENDING"_s) >= 1);
}

void TestDemoDataset::regionsListed()
{
    QSet<QString> listed;
    QSet<QString> used;
    for (const QJsonValue &regionValue : m_root.value(u"regions"_s).toArray()) {
        const QJsonObject region = regionValue.toObject();
        const QString provider = region.value(u"cloudProvider"_s).toString();
        QCOMPARE(provider, provider.toUpper());
        const QString slot = provider + u'|' + region.value(u"name"_s).toString();
        QVERIFY2(!listed.contains(slot), qPrintable(slot));
        listed.insert(slot);
        QVERIFY(!region.value(u"displayName"_s).toString().isEmpty());
        QVERIFY(!region.value(u"zone"_s).toString().isEmpty());
        QCOMPARE(region.value(u"classification"_s).toString(), u"standard"_s);
        QVERIFY(region.value(u"enabled"_s).toBool());
    }
    for (const QJsonValue &orgValue : orgs()) {
        const QJsonObject org = orgValue.toObject();
        for (const QJsonValue &keyValue : org.value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            used.insert(key.value(u"provider"_s).toString().toUpper() + u'|' +
                        key.value(u"region"_s).toString());
        }
        for (const QJsonValue &dbValue : org.value(u"databases"_s).toArray()) {
            for (const QJsonValue &dcValue : dbValue.toObject().value(u"datacenters"_s).toArray()) {
                const QJsonObject dc = dcValue.toObject();
                used.insert(dc.value(u"cloudProvider"_s).toString().toUpper() + u'|' +
                            dc.value(u"region"_s).toString());
            }
        }
    }
    for (const QString &slot : std::as_const(used))
        QVERIFY2(listed.contains(slot), qPrintable(slot));
    QVERIFY2(listed.size() > used.size(), "a few regions that no organization uses");
}

void TestDemoDataset::keyUsage()
{
    // The Portal's rule: a key is In-Use when a non-terminated database of the same type has a
    // datacenter in the key's provider and region, created after the key was registered.
    int available = 0;
    int inUse = 0;
    bool azureUsed = false;
    for (const QJsonValue &orgValue : orgs()) {
        const QJsonObject org = orgValue.toObject();
        const QJsonArray databases = org.value(u"databases"_s).toArray();
        for (const QJsonValue &keyValue : org.value(u"keys"_s).toArray()) {
            const QJsonObject key = keyValue.toObject();
            const QString provider = key.value(u"provider"_s).toString();
            const QDateTime registered = timeOf(key.value(u"registered"_s));
            bool used = false;
            for (const QJsonValue &dbValue : databases) {
                const QJsonObject db = dbValue.toObject();
                if (db.value(u"status"_s).toString() == u"TERMINATED"_s ||
                    typeOfTier(db.value(u"tier"_s).toString()) != key.value(u"type"_s).toString())
                    continue;
                for (const QJsonValue &dcValue : db.value(u"datacenters"_s).toArray()) {
                    const QJsonObject dc = dcValue.toObject();
                    if (!dc.value(u"terminated"_s).toBool() &&
                        dc.value(u"cloudProvider"_s)
                                .toString()
                                .compare(provider, Qt::CaseInsensitive) == 0 &&
                        dc.value(u"region"_s).toString() == key.value(u"region"_s).toString() &&
                        timeOf(dc.value(u"dateCreated"_s)) > registered)
                        used = true;
                }
            }
            if (used) {
                ++inUse;
                if (provider == u"azure"_s)
                    azureUsed = true;
            } else {
                ++available;
            }
        }
    }
    QVERIFY(available >= 2);
    QVERIFY(inUse >= 10);
    QVERIFY2(azureUsed, "an Azure key used by a database (the Portal still says Available)");
}

void TestDemoDataset::accounts()
{
    const QJsonObject accounts = m_root.value(u"accounts"_s).toObject();
    for (const QString &provider : {u"aws"_s, u"gcp"_s, u"azure"_s}) {
        const QJsonArray principals = accounts.value(provider).toArray();
        QVERIFY2(!principals.isEmpty() && principals.size() <= 2, qPrintable(provider));
        for (const QJsonValue &p : principals)
            QVERIFY(!p.toString().isEmpty());
    }
    for (const QJsonValue &p : accounts.value(u"aws"_s).toArray())
        QVERIFY(p.toString().startsWith(u"arn:aws:iam::0000000000"_s));
    for (const QJsonValue &p : accounts.value(u"gcp"_s).toArray())
        QVERIFY(p.toString().endsWith(u".iam.gserviceaccount.com"_s));
}

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
