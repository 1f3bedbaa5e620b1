// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include "simlogging.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace astra::sim {

namespace {

const QStringList &allPermissions()
{
    static const QStringList permissions{
        QStringLiteral("org-read"), QStringLiteral("org-cmk-read"), QStringLiteral("org-cmk-write"),
        QStringLiteral("org-db-view"), QStringLiteral("org-db-create")};
    return permissions;
}

// Reads the data-set format with a path to the current element, so that every error names the
// field the author has to fix ("organizations[2].keys[0].provider: expected a string").
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + what;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &name, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + u'.' + name, QStringLiteral("required"));
            return fallback;
        }
        if (!v.isString()) {
            fail(path + u'.' + name, QStringLiteral("expected a string"));
            return fallback;
        }
        if (required && v.toString().isEmpty())
            fail(path + u'.' + name, QStringLiteral("must not be empty"));
        return v.toString();
    }

    int integer(const QJsonObject &o, const QString &path, const QString &name, int fallback)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            fail(path + u'.' + name, QStringLiteral("expected an integer"));
            return fallback;
        }
        return v.toInt();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &name, bool fallback)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(path + u'.' + name, QStringLiteral("expected true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QDateTime time(const QJsonObject &o, const QString &path, const QString &name)
    {
        const QString text = string(o, path, name, false);
        if (text.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid()) {
            fail(path + u'.' + name, QStringLiteral("expected an RFC 3339 time"));
            return {};
        }
        return t.toUTC();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &name)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(path + u'.' + name, QStringLiteral("expected an array"));
            return {};
        }
        return v.toArray();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const QString &name)
    {
        QStringList out;
        const QJsonArray a = array(o, path, name);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1.%2[%3]").arg(path, name).arg(i),
                     QStringLiteral("expected a string"));
                return out;
            }
            out.append(a.at(i).toString());
        }
        return out;
    }

    // Calls f(object, path) for each element of the array o[name], which must be objects.
    template <typename F>
    void forEachObject(const QJsonObject &o, const QString &path, const QString &name, F f)
    {
        const QJsonArray a = array(o, path, name);
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const QString itemPath = path.isEmpty()
                                         ? QStringLiteral("%1[%2]").arg(name).arg(i)
                                         : QStringLiteral("%1.%2[%3]").arg(path, name).arg(i);
            if (!a.at(i).isObject()) {
                fail(itemPath, QStringLiteral("expected an object"));
                return;
            }
            f(a.at(i).toObject(), itemPath);
        }
    }
};

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

void sortDatabases(QList<SimDatabase> &databases)
{
    std::sort(databases.begin(), databases.end(),
              [](const SimDatabase &a, const SimDatabase &b) { return a.id < b.id; });
}

} // namespace

std::optional<DataSet> DataSet::fromJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(QStringLiteral("not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
    if (!doc.isObject())
        return failWith(QStringLiteral("the data set must be a JSON object"));
    const QJsonObject root = doc.object();

    DataSet data;
    Reader r;
    r.forEachObject(
        root, {}, QStringLiteral("regions"), [&](const QJsonObject &o, const QString &p) {
            SimRegion region;
            region.provider = r.string(o, p, QStringLiteral("cloudProvider"), true).toUpper();
            region.name = r.string(o, p, QStringLiteral("name"), true);
            region.displayName = r.string(o, p, QStringLiteral("displayName"), false, region.name);
            region.zone = r.string(o, p, QStringLiteral("zone"), false);
            region.classification =
                r.string(o, p, QStringLiteral("classification"), false, QStringLiteral("standard"));
            region.enabled = r.boolean(o, p, QStringLiteral("enabled"), true);
            data.regions.append(region);
        });

    const QJsonValue accounts = root.value(QStringLiteral("accounts"));
    if (!accounts.isUndefined() && !accounts.isNull() && !accounts.isObject())
        r.fail(QStringLiteral("accounts"), QStringLiteral("expected an object"));
    const QJsonObject accountsObject = accounts.toObject();
    for (auto it = accountsObject.begin(); it != accountsObject.end() && !r.failed(); ++it) {
        data.accounts.insert(it.key().toLower(),
                             r.strings(accountsObject, QStringLiteral("accounts"), it.key()));
    }

    r.forEachObject(
        root, {}, QStringLiteral("organizations"), [&](const QJsonObject &o, const QString &p) {
            SimOrganization org;
            org.id = r.string(o, p, QStringLiteral("id"), true);
            org.name = r.string(o, p, QStringLiteral("name"), false, org.id);
            org.enterprise = r.string(o, p, QStringLiteral("enterprise"), false);
            r.forEachObject(
                o, p, QStringLiteral("tokens"), [&](const QJsonObject &t, const QString &tp) {
                    SimToken token;
                    token.token = r.string(t, tp, QStringLiteral("token"), true);
                    token.permissions = t.contains(QStringLiteral("permissions"))
                                            ? r.strings(t, tp, QStringLiteral("permissions"))
                                            : allPermissions();
                    org.tokens.append(token);
                });
            r.forEachObject(
                o, p, QStringLiteral("users"), [&](const QJsonObject &u, const QString &up) {
                    SimUser user;
                    user.userId = r.string(u, up, QStringLiteral("userID"), true);
                    user.email = r.string(u, up, QStringLiteral("email"), false);
                    user.status =
                        r.string(u, up, QStringLiteral("status"), false, QStringLiteral("active"));
                    user.roles = r.strings(u, up, QStringLiteral("roles"));
                    org.users.append(user);
                });
            r.forEachObject(
                o, p, QStringLiteral("keys"), [&](const QJsonObject &k, const QString &kp) {
                    SimKey key;
                    key.type = r.string(k, kp, QStringLiteral("type"), false,
                                        QStringLiteral("serverless"));
                    if (key.type != u"serverless" && key.type != u"classic")
                        r.fail(kp + QStringLiteral(".type"),
                               QStringLiteral("expected serverless or classic"));
                    key.provider = r.string(k, kp, QStringLiteral("provider"), true).toLower();
                    if (!r.failed() && key.provider != u"aws" && key.provider != u"gcp" &&
                        key.provider != u"azure")
                        r.fail(kp + QStringLiteral(".provider"),
                               QStringLiteral("expected aws, gcp or azure"));
                    key.region = r.string(k, kp, QStringLiteral("region"), true);
                    key.keyId = r.string(k, kp, QStringLiteral("keyId"), true);
                    key.registered = r.time(k, kp, QStringLiteral("registered"));
                    org.keys.append(key);
                });
            // The API pages by id: two databases with one id could not be told apart (and
            // would sort in either order).
            QHash<QString, QString> firstPathOfId;
            r.forEachObject(
                o, p, QStringLiteral("databases"), [&](const QJsonObject &d, const QString &dp) {
                    SimDatabase db;
                    db.id = r.string(d, dp, QStringLiteral("id"), true);
                    if (!db.id.isEmpty()) {
                        const QString first = firstPathOfId.value(db.id);
                        if (!first.isEmpty())
                            r.fail(dp + QStringLiteral(".id"),
                                   QStringLiteral("duplicate of %1.id").arg(first));
                        else
                            firstPathOfId.insert(db.id, dp);
                    }
                    db.name = r.string(d, dp, QStringLiteral("name"), false, db.id);
                    db.keyspace = r.string(d, dp, QStringLiteral("keyspace"), false);
                    db.status =
                        r.string(d, dp, QStringLiteral("status"), false, QStringLiteral("ACTIVE"));
                    db.tier = r.string(d, dp, QStringLiteral("tier"), false,
                                       QStringLiteral("serverless"));
                    db.dbType = r.string(d, dp, QStringLiteral("dbType"), false);
                    db.creationTime = r.time(d, dp, QStringLiteral("creationTime"));
                    db.terminationTime = r.time(d, dp, QStringLiteral("terminationTime"));
                    r.forEachObject(
                        d, dp, QStringLiteral("datacenters"),
                        [&](const QJsonObject &c, const QString &cp) {
                            SimDatacenter dc;
                            dc.provider =
                                r.string(c, cp, QStringLiteral("cloudProvider"), true).toUpper();
                            dc.region = r.string(c, cp, QStringLiteral("region"), true);
                            dc.regionZone = r.string(c, cp, QStringLiteral("regionZone"), false);
                            dc.status = r.string(c, cp, QStringLiteral("status"), false);
                            dc.dateCreated = r.time(c, cp, QStringLiteral("dateCreated"));
                            if (!dc.dateCreated.isValid())
                                dc.dateCreated = db.creationTime;
                            dc.capacityUnits = r.integer(c, cp, QStringLiteral("capacityUnits"), 1);
                            dc.terminated = r.boolean(c, cp, QStringLiteral("terminated"), false);
                            db.datacenters.append(dc);
                        });
                    org.databases.append(db);
                });
            sortDatabases(org.databases);
            data.organizations.append(org);
        });

    if (r.failed())
        return failWith(r.error);
    return data;
}

QByteArray DataSet::toJson() const
{
    QJsonArray regionArray;
    for (const SimRegion &region : regions) {
        regionArray.append(QJsonObject{{QStringLiteral("cloudProvider"), region.provider},
                                       {QStringLiteral("name"), region.name},
                                       {QStringLiteral("displayName"), region.displayName},
                                       {QStringLiteral("zone"), region.zone},
                                       {QStringLiteral("classification"), region.classification},
                                       {QStringLiteral("enabled"), region.enabled}});
    }
    QJsonObject accountObject;
    for (auto it = accounts.begin(); it != accounts.end(); ++it)
        accountObject.insert(it.key(), QJsonArray::fromStringList(it.value()));

    QJsonArray orgArray;
    for (const SimOrganization &org : organizations) {
        QJsonObject o{{QStringLiteral("id"), org.id}, {QStringLiteral("name"), org.name}};
        if (!org.enterprise.isEmpty())
            o.insert(QStringLiteral("enterprise"), org.enterprise);
        QJsonArray tokens;
        for (const SimToken &t : org.tokens)
            tokens.append(QJsonObject{
                {QStringLiteral("token"), t.token},
                {QStringLiteral("permissions"), QJsonArray::fromStringList(t.permissions)}});
        o.insert(QStringLiteral("tokens"), tokens);
        QJsonArray users;
        for (const SimUser &u : org.users)
            users.append(
                QJsonObject{{QStringLiteral("userID"), u.userId},
                            {QStringLiteral("email"), u.email},
                            {QStringLiteral("status"), u.status},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)}});
        o.insert(QStringLiteral("users"), users);
        QJsonArray keys;
        for (const SimKey &k : org.keys) {
            QJsonObject key{{QStringLiteral("type"), k.type},
                            {QStringLiteral("provider"), k.provider},
                            {QStringLiteral("region"), k.region},
                            {QStringLiteral("keyId"), k.keyId}};
            if (k.registered.isValid())
                key.insert(QStringLiteral("registered"), isoTime(k.registered));
            keys.append(key);
        }
        o.insert(QStringLiteral("keys"), keys);
        QJsonArray dbs;
        for (const SimDatabase &d : org.databases) {
            QJsonObject db{{QStringLiteral("id"), d.id},
                           {QStringLiteral("name"), d.name},
                           {QStringLiteral("keyspace"), d.keyspace},
                           {QStringLiteral("status"), d.status},
                           {QStringLiteral("tier"), d.tier},
                           {QStringLiteral("creationTime"), isoTime(d.creationTime)},
                           {QStringLiteral("terminationTime"),
                            d.terminationTime.isValid() ? QJsonValue(isoTime(d.terminationTime))
                                                        : QJsonValue(QJsonValue::Null)}};
            if (!d.dbType.isEmpty())
                db.insert(QStringLiteral("dbType"), d.dbType);
            QJsonArray dcs;
            for (const SimDatacenter &c : d.datacenters)
                dcs.append(QJsonObject{{QStringLiteral("cloudProvider"), c.provider},
                                       {QStringLiteral("region"), c.region},
                                       {QStringLiteral("regionZone"), c.regionZone},
                                       {QStringLiteral("status"), c.status},
                                       {QStringLiteral("dateCreated"), isoTime(c.dateCreated)},
                                       {QStringLiteral("capacityUnits"), c.capacityUnits},
                                       {QStringLiteral("terminated"), c.terminated}});
            db.insert(QStringLiteral("datacenters"), dcs);
            dbs.append(db);
        }
        o.insert(QStringLiteral("databases"), dbs);
        orgArray.append(o);
    }
    const QJsonObject root{{QStringLiteral("regions"), regionArray},
                           {QStringLiteral("accounts"), accountObject},
                           {QStringLiteral("organizations"), orgArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

DataSet DataSet::demo()
{
    QFile file(QStringLiteral(":/astra/demo/demo-dataset.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "the demo data set is not compiled in:" << file.errorString();
        return {};
    }
    QString error;
    std::optional<DataSet> data = fromJson(file.readAll(), &error);
    if (!data) {
        qCWarning(lcSim).noquote() << "the demo data set does not load:" << error;
        return {};
    }
    return *data;
}

const SimOrganization *DataSet::organizationForToken(const QString &token,
                                                     const SimToken **tokenOut) const
{
    if (token.isEmpty())
        return nullptr;
    for (const SimOrganization &org : organizations) {
        for (const SimToken &t : org.tokens) {
            if (t.token == token) {
                if (tokenOut)
                    *tokenOut = &t;
                return &org;
            }
        }
    }
    return nullptr;
}

SimOrganization *DataSet::organizationForToken(const QString &token)
{
    return const_cast<SimOrganization *>(std::as_const(*this).organizationForToken(token));
}

} // namespace astra::sim
