// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace astra::sim {

namespace {

const QString kOrgRead = QStringLiteral("org-read");
const QString kCmkRead = QStringLiteral("org-cmk-read");
const QString kCmkWrite = QStringLiteral("org-cmk-write");
const QString kDbView = QStringLiteral("org-db-view");

bool isProvider(const QString &lowerCase)
{
    return lowerCase == u"aws" || lowerCase == u"gcp" || lowerCase == u"azure";
}

HttpResponse forbidden(const QString &permission)
{
    return WireFormat::errorResponse(
        403, WireFormat::kForbiddenId,
        QStringLiteral("the token lacks the permission %1 for this operation").arg(permission));
}

HttpResponse badRequest(const QString &message)
{
    return WireFormat::errorResponse(400, WireFormat::kBadRequestId, message);
}

HttpResponse notFound(const QString &message)
{
    return WireFormat::errorResponse(404, WireFormat::kNotFoundId, message);
}

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

Router::Router(DataSet *data)
    : m_data(data)
{}

QString Router::bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (value.size() < 7 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

Router::Match Router::match(const QString &rawPath)
{
    QStringList s;
    for (const QString &segment : rawPath.split(u'/', Qt::SkipEmptyParts))
        s.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    Match m;
    const QByteArrayList get{QByteArrayLiteral("GET")};
    if (s.size() < 2 || s.at(0) != u"v2")
        return m;
    const QString &area = s.at(1);
    if (area == u"currentOrg" && s.size() == 2) {
        m.route = Route::CurrentOrg;
        m.methods = get;
    } else if (area == u"organizations" && s.size() == 3 && s.at(2) == u"users") {
        m.route = Route::Users;
        m.methods = get;
    } else if (area == u"regions" && s.size() == 3 && s.at(2) == u"serverless") {
        m.route = Route::Regions;
        m.methods = get;
    } else if (area == u"kms") {
        qsizetype i = 2;
        bool alias = false;
        if (s.size() > 2 && (s.at(2) == u"classic" || s.at(2) == u"serverless")) {
            m.classic = s.at(2) == u"classic";
            alias = s.at(2) == u"serverless";
            i = 3;
        }
        if (s.size() == i) {
            m.route = Route::KeyList;
            // Registration is POST /v2/kms or /v2/kms/classic; /v2/kms/serverless is a read alias.
            m.methods =
                alias ? get : QByteArrayList{QByteArrayLiteral("GET"), QByteArrayLiteral("POST")};
        } else if ((s.size() == i + 4 || s.size() == i + 5) && s.at(i) == u"provider" &&
                   s.at(i + 2) == u"region") {
            m.provider = s.at(i + 1);
            m.region = s.at(i + 3);
            if (s.size() == i + 4) {
                m.route = Route::KeyLookup;
                m.methods = get;
            } else if (s.at(i + 4) == u"accounts") {
                m.route = Route::Accounts;
                m.methods = get;
            }
        }
    } else if (area == u"databases") {
        if (s.size() == 2) {
            m.route = Route::Databases;
            m.methods = get;
        } else if (s.size() == 3) {
            m.route = Route::Database;
            m.methods = get;
            m.databaseId = s.at(2);
        } else if (s.size() == 4 && s.at(3) == u"datacenters") {
            m.route = Route::Datacenters;
            m.methods = get;
            m.databaseId = s.at(2);
        }
    }
    return m;
}

void Router::refresh()
{
    if (!m_dirty)
        return;
    for (SimOrganization &org : m_data->organizations) {
        if (m_order == DatabaseOrder::Id) {
            std::sort(org.databases.begin(), org.databases.end(),
                      [](const SimDatabase &a, const SimDatabase &b) { return a.id < b.id; });
        } else {
            std::sort(org.databases.begin(), org.databases.end(),
                      [](const SimDatabase &a, const SimDatabase &b) {
                          return std::pair(a.creationTime, a.id) < std::pair(b.creationTime, b.id);
                      });
        }
    }
    m_databaseJson.clear();
    m_dirty = false;
}

HttpResponse Router::handle(const HttpRequest &request, const Options &options)
{
    refresh();
    const Match m = match(request.path);
    if (m.route == Route::None)
        return notFound(QStringLiteral("no such endpoint: %1").arg(request.path));
    if (!m.methods.contains(request.method)) {
        HttpResponse r = WireFormat::errorResponse(405, WireFormat::kMethodNotAllowedId,
                                                   QStringLiteral("method %1 is not allowed here")
                                                       .arg(QString::fromLatin1(request.method)));
        r.headers.append({QByteArrayLiteral("Allow"), m.methods.join(", ")});
        return r;
    }

    const QString bearer = bearerToken(request);
    const SimToken *token = nullptr;
    std::as_const(*m_data).organizationForToken(bearer, &token);
    SimOrganization *orgPointer = m_data->organizationForToken(bearer);
    if (!orgPointer || !token)
        return WireFormat::errorResponse(401, WireFormat::kInvalidTokenId,
                                         QStringLiteral("invalid token"));
    SimOrganization &org = *orgPointer;

    switch (m.route) {
    case Route::None:
        break;
    case Route::CurrentOrg:
        return WireFormat::jsonResponse(
            200, QJsonObject{{QStringLiteral("id"), org.id}, {QStringLiteral("name"), org.name}});
    case Route::Users:
        if (!token->hasPermission(kOrgRead))
            return forbidden(kOrgRead);
        return users(org);
    case Route::KeyList:
        if (request.method == "POST") {
            if (!token->hasPermission(kCmkWrite))
                return forbidden(kCmkWrite);
            return registerKey(org, m, request.body);
        }
        if (!token->hasPermission(kCmkRead))
            return forbidden(kCmkRead);
        return keyList(org, m.classic);
    case Route::KeyLookup:
        if (!token->hasPermission(kCmkRead))
            return forbidden(kCmkRead);
        return keyLookup(org, m);
    case Route::Accounts:
        if (!token->hasPermission(kCmkRead))
            return forbidden(kCmkRead);
        return accounts(org, m);
    case Route::Databases:
        return databases(org, request.query, options, token->hasPermission(kDbView));
    case Route::Database:
    case Route::Datacenters: {
        const SimDatabase *db =
            token->hasPermission(kDbView) ? findDatabase(org, m.databaseId) : nullptr;
        if (!db)
            return notFound(QStringLiteral("database %1 not found").arg(m.databaseId));
        if (m.route == Route::Datacenters)
            return datacenters(org, *db, request.query);
        HttpResponse r;
        r.body = databaseJson(org, *db);
        return r;
    }
    case Route::Regions:
        return regions();
    }
    return notFound(request.path);
}

HttpResponse Router::keyList(const SimOrganization &org, bool classic) const
{
    QJsonArray out;
    for (const SimKey &key : org.keys) {
        if ((key.type == u"classic") != classic)
            continue;
        out.append(QJsonObject{{QStringLiteral("OrganizationID"), org.id},
                               {QStringLiteral("CloudProvider"), key.provider},
                               {QStringLiteral("KeyID"), key.keyId},
                               {QStringLiteral("Region"), key.region}});
    }
    return WireFormat::jsonResponse(200, out);
}

HttpResponse Router::keyLookup(const SimOrganization &org, const Match &m) const
{
    const QString provider = m.provider.toLower();
    if (!isProvider(provider))
        return badRequest(
            QStringLiteral("unknown cloud provider '%1' (aws, gcp, azure)").arg(m.provider));
    for (const SimKey &key : org.keys) {
        if ((key.type == u"classic") == m.classic && key.provider == provider &&
            key.region == m.region) {
            return WireFormat::jsonResponse(
                200, QJsonObject{{QStringLiteral("orgId"), org.id},
                                 {provider, QJsonObject{{QStringLiteral("keyID"), key.keyId},
                                                        {QStringLiteral("region"), key.region}}}});
        }
    }
    return notFound(QStringLiteral("no %1 key for %2 in %3")
                        .arg(m.classic ? QStringLiteral("classic") : QStringLiteral("serverless"),
                             provider, m.region));
}

HttpResponse Router::accounts(const SimOrganization &org, const Match &m) const
{
    const QString provider = m.provider.toLower();
    if (!isProvider(provider))
        return badRequest(
            QStringLiteral("unknown cloud provider '%1' (aws, gcp, azure)").arg(m.provider));
    QJsonArray out;
    for (const QString &id : m_data->accounts.value(provider)) {
        out.append(QJsonObject{{QStringLiteral("organization_id"), org.id},
                               {QStringLiteral("provider_id"), id},
                               {QStringLiteral("provider"), provider}});
    }
    return WireFormat::jsonResponse(200, out);
}

HttpResponse Router::registerKey(SimOrganization &org, const Match &m, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest(QStringLiteral("the request body must be a JSON object"));
    const QJsonObject o = doc.object();
    const QString orgId = o.value(QStringLiteral("orgId")).toString();
    if (!orgId.isEmpty() && orgId != org.id)
        return badRequest(QStringLiteral("orgId %1 is not the token's organization").arg(orgId));
    QString provider;
    QJsonObject details;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString name = it.key().toLower();
        if (!isProvider(name))
            continue;
        if (!provider.isEmpty())
            return badRequest(QStringLiteral("exactly one of aws, gcp or azure is expected"));
        if (!it.value().isObject())
            return badRequest(QStringLiteral("%1: expected an object").arg(it.key()));
        provider = name;
        details = it.value().toObject();
    }
    if (provider.isEmpty())
        return badRequest(QStringLiteral("one of aws, gcp or azure is required"));
    auto field = [&details](const QString &name) -> QJsonValue {
        for (auto it = details.begin(); it != details.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return QJsonValue();
    };
    const QJsonValue keyId = field(QStringLiteral("keyID"));
    const QJsonValue region = field(QStringLiteral("region"));
    if (!keyId.isString() || keyId.toString().isEmpty())
        return badRequest(QStringLiteral("%1.keyID: expected a non-empty string").arg(provider));
    if (!region.isString() || region.toString().isEmpty())
        return badRequest(QStringLiteral("%1.region: expected a non-empty string").arg(provider));
    const QString type = m.classic ? QStringLiteral("classic") : QStringLiteral("serverless");
    for (const SimKey &key : std::as_const(org.keys)) {
        if (key.type == type && key.provider == provider && key.region == region.toString()) {
            return WireFormat::errorResponse(
                409, WireFormat::kConflictId,
                QStringLiteral("a %1 key for %2 in %3 is already registered; replacing it needs "
                               "a support ticket")
                    .arg(type, provider, region.toString()));
        }
    }
    org.keys.append(SimKey{type, provider, region.toString(), keyId.toString(),
                           QDateTime::currentDateTimeUtc()});
    HttpResponse r;
    r.status = 201;
    return r;
}

const SimDatabase *Router::findDatabase(const SimOrganization &org, const QString &id) const
{
    if (m_order != DatabaseOrder::Id) {
        const auto it = std::find_if(org.databases.begin(), org.databases.end(),
                                     [&id](const SimDatabase &db) { return db.id == id; });
        return it != org.databases.end() ? &*it : nullptr;
    }
    const auto it =
        std::lower_bound(org.databases.begin(), org.databases.end(), id,
                         [](const SimDatabase &db, const QString &key) { return db.id < key; });
    return it != org.databases.end() && it->id == id ? &*it : nullptr;
}

const QByteArray &Router::databaseJson(const SimOrganization &org, const SimDatabase &db)
{
    const QString cacheKey = org.id + u'/' + db.id;
    auto it = m_databaseJson.find(cacheKey);
    if (it == m_databaseJson.end()) {
        it = m_databaseJson.insert(
            cacheKey,
            QJsonDocument(WireFormat::database(*m_data, org, db)).toJson(QJsonDocument::Compact));
    }
    return it.value();
}

HttpResponse Router::databases(const SimOrganization &org, const QString &queryText,
                               const Options &options, bool canView)
{
    const QUrlQuery query(queryText);
    const QString include = query.hasQueryItem(QStringLiteral("include"))
                                ? queryValue(query, QStringLiteral("include")).toLower()
                                : QStringLiteral("nonterminated");
    QString provider = queryValue(query, QStringLiteral("provider")).toUpper();
    if (provider == u"ALL")
        provider.clear();
    if (!provider.isEmpty() && provider != u"AWS" && provider != u"GCP" && provider != u"AZURE")
        return badRequest(QStringLiteral("provider: expected ALL, AWS, GCP or AZURE"));
    int limit = 25;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = queryValue(query, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return badRequest(QStringLiteral("limit: expected a positive integer"));
        limit = std::min(limit, 100); // the real API caps silently
    }

    HttpResponse r;
    if (!canView) {
        r.body =
            QByteArrayLiteral("[]"); // the real API silently leaves out what a token cannot view
        return r;
    }
    const QList<SimDatabase> &all = org.databases;
    qsizetype start = 0;
    const QString after = queryValue(query, QStringLiteral("starting_after"));
    if (!after.isEmpty() && !options.ignoreStartingAfter) {
        const SimDatabase *db = findDatabase(org, after);
        if (!db)
            return badRequest(QStringLiteral("starting_after: no database with id %1").arg(after));
        if (m_refuseTerminatedCursors &&
            db->status.compare(u"TERMINATED", Qt::CaseInsensitive) == 0)
            return badRequest(
                QStringLiteral("starting_after: database %1 is terminated").arg(after));
        start = (db - all.constData()) + 1;
    }

    QByteArray body = "[";
    int count = 0;
    for (qsizetype i = start; i < all.size() && count < limit; ++i) {
        const SimDatabase &db = all.at(i);
        if (include == u"nonterminated") {
            if (db.status.compare(u"TERMINATED", Qt::CaseInsensitive) == 0)
                continue;
        } else if (include != u"all" && db.status.compare(include, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!provider.isEmpty() && db.datacenters.value(0).provider.toUpper() != provider)
            continue;
        if (count++ > 0)
            body += ',';
        body += databaseJson(org, db);
    }
    body += ']';
    r.body = body;
    return r;
}

HttpResponse Router::datacenters(const SimOrganization &org, const SimDatabase &db,
                                 const QString &queryText) const
{
    Q_UNUSED(org)
    const QUrlQuery query(queryText);
    const bool all =
        queryValue(query, QStringLiteral("all")).compare(u"true", Qt::CaseInsensitive) == 0;
    QJsonArray out;
    for (int n = 1; n <= db.datacenters.size(); ++n) {
        if (db.datacenters.at(n - 1).terminated && !all)
            continue;
        out.append(WireFormat::datacenter(*m_data, db, n));
    }
    return WireFormat::jsonResponse(200, out);
}

HttpResponse Router::users(const SimOrganization &org) const
{
    // Role ids are stable UUIDs derived from the role name, as a real role id would be stable.
    static const QUuid roleNamespace(QStringLiteral("{6f1c2f4e-5d0b-4a57-9a39-7c0f1e2d3a4b}"));
    QJsonArray users;
    for (const SimUser &u : org.users) {
        QJsonArray roles;
        for (const QString &role : u.roles) {
            roles.append(QJsonObject{
                {QStringLiteral("ID"),
                 QUuid::createUuidV5(roleNamespace, role).toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), role}});
        }
        users.append(QJsonObject{{QStringLiteral("userID"), u.userId},
                                 {QStringLiteral("email"), u.email},
                                 {QStringLiteral("status"), u.status},
                                 {QStringLiteral("roles"), roles}});
    }
    return WireFormat::jsonResponse(200, QJsonObject{{QStringLiteral("orgID"), org.id},
                                                     {QStringLiteral("orgName"), org.name},
                                                     {QStringLiteral("users"), users}});
}

HttpResponse Router::regions() const
{
    QJsonArray out;
    for (const SimRegion &r : m_data->regions) {
        out.append(QJsonObject{{QStringLiteral("cloudProvider"), r.provider.toUpper()},
                               {QStringLiteral("name"), r.name},
                               {QStringLiteral("displayName"), r.displayName},
                               {QStringLiteral("zone"), r.zone},
                               {QStringLiteral("classification"), r.classification},
                               {QStringLiteral("enabled"), r.enabled},
                               {QStringLiteral("region_type"), QStringLiteral("serverless")},
                               {QStringLiteral("reservedForQualifiedUsers"), false}});
    }
    return WireFormat::jsonResponse(200, out);
}

} // namespace astra::sim
