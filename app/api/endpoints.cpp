// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoints.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace astra::endpoints {

namespace {

// lupdate takes the context from this class; the strings live in free functions.
struct EndpointsText
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)
};

QString kmsBase(KeyType type)
{
    return type == KeyType::Classic ? QStringLiteral("/v2/kms/classic") : QStringLiteral("/v2/kms");
}

// Path segments come from people and data: percent-encode them so "a/b" cannot change the route.
QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

RequestSpec get(QString path, QString what, QString permission = QString())
{
    RequestSpec spec;
    spec.path = std::move(path);
    spec.what = std::move(what);
    spec.permission = std::move(permission);
    return spec;
}

} // namespace

RequestSpec currentOrganization()
{
    return get(QStringLiteral("/v2/currentOrg"), EndpointsText::tr("the organization"));
}

RequestSpec organizationUsers()
{
    return get(QStringLiteral("/v2/organizations/users"),
               EndpointsText::tr("the organization's members"), QStringLiteral("org-read"));
}

RequestSpec listKeys(KeyType type)
{
    return get(kmsBase(type),
               type == KeyType::Classic ? EndpointsText::tr("classic customer keys")
                                        : EndpointsText::tr("customer keys"),
               QStringLiteral("org-cmk-read"));
}

RequestSpec keyForRegion(KeyType type, const QString &provider, const QString &region)
{
    return get(kmsBase(type) + QStringLiteral("/provider/") + segment(provider.toLower()) +
                   QStringLiteral("/region/") + segment(region),
               EndpointsText::tr("the customer key of a region"), QStringLiteral("org-cmk-read"));
}

RequestSpec cloudAccounts(KeyType type, const QString &provider, const QString &region)
{
    RequestSpec spec = keyForRegion(type, provider, region);
    spec.path += QStringLiteral("/accounts");
    spec.what = EndpointsText::tr("the cloud provider IDs");
    return spec;
}

RequestSpec registerKey(KeyType type, const QString &organizationId, const QString &provider,
                        const QString &region, const QString &keyId)
{
    QJsonObject key{{QStringLiteral("keyID"), keyId}, {QStringLiteral("region"), region}};
    QJsonObject body{{QStringLiteral("orgId"), organizationId}, {provider.toLower(), key}};
    RequestSpec spec;
    spec.method = "POST";
    spec.path = kmsBase(type);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.what = EndpointsText::tr("the key registration");
    spec.permission = QStringLiteral("org-cmk-write");
    return spec;
}

RequestSpec listDatabases(const DatabaseQuery &query, const QString &startingAfter)
{
    RequestSpec spec = get(QStringLiteral("/v2/databases"), EndpointsText::tr("databases"));
    spec.priority = QNetworkRequest::HighPriority;
    spec.query.append({QStringLiteral("include"), query.include});
    spec.query.append({QStringLiteral("provider"), query.provider});
    spec.query.append(
        {QStringLiteral("limit"), QString::number(qBound(1, query.limit, MaxDatabasePageSize))});
    if (!startingAfter.isEmpty())
        spec.query.append({QStringLiteral("starting_after"), startingAfter});
    return spec;
}

RequestSpec database(const QString &databaseId)
{
    return get(QStringLiteral("/v2/databases/") + segment(databaseId),
               EndpointsText::tr("the database"));
}

RequestSpec datacenters(const QString &databaseId, bool includeTerminated)
{
    RequestSpec spec =
        get(QStringLiteral("/v2/databases/") + segment(databaseId) + QStringLiteral("/datacenters"),
            EndpointsText::tr("the database's regions"));
    if (includeTerminated)
        spec.query.append({QStringLiteral("all"), QStringLiteral("true")});
    return spec;
}

RequestSpec serverlessRegions()
{
    return get(QStringLiteral("/v2/regions/serverless"), EndpointsText::tr("region names"));
}

} // namespace astra::endpoints
