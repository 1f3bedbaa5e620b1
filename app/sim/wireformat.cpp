// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace astra::sim {

namespace {

const QString kZeroTime = QStringLiteral("0001-01-01T00:00:00Z");

QString regionClassification(const DataSet &data, const QString &provider, const QString &region)
{
    for (const SimRegion &r : data.regions) {
        if (r.name == region && r.provider.compare(provider, Qt::CaseInsensitive) == 0)
            return r.classification;
    }
    return QStringLiteral("standard");
}

// Fake S3 pre-signed URL: the shape of the real thing, with a signature that says FAKE, so
// that tests can scan logs, caches and screenshots for "X-Amz-Signature=FAKE".
QString presignedUrl(const SimDatabase &db, int number, const QString &kind)
{
    // Concatenated, not arg(): the URL's own %2F escapes would read as placeholders.
    return QStringLiteral("https://datastax-cluster-config-prod.s3.us-east-2.amazonaws.com/") +
           db.id + u'-' + QString::number(number) + u'/' + kind + u'-' + db.name +
           QStringLiteral(".zip?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                          "&X-Amz-Credential=FAKEACCESSKEY%2Fus-east-2%2Fs3%2Faws4_request"
                          "&X-Amz-Date=20250101T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host"
                          "&X-Amz-Signature=FAKE") +
           QString(db.id).remove(u'-');
}

QString appHost(const QString &dbId, const QString &region)
{
    return QStringLiteral("https://%1-%2.apps.astra.datastax.com").arg(dbId, region);
}

QJsonValue wrongTyped(const QJsonValue &v, bool nested)
{
    switch (v.type()) {
    case QJsonValue::String:
        return double(v.toString().size()) + 0.5;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(wrongTyped(item, false));
        return out;
    }
    case QJsonValue::Object: {
        if (nested)
            return QJsonArray{}; // an array where an object is expected
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), wrongTyped(it.value(), true));
        return out;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return 42;
}

} // namespace

QString WireFormat::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : kZeroTime;
}

QByteArray WireFormat::errorsBody(int id, const QString &message)
{
    const QJsonObject error{{QStringLiteral("ID"), id}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}})
        .toJson(QJsonDocument::Compact);
}

HttpResponse WireFormat::errorResponse(int status, int id, const QString &message)
{
    HttpResponse r;
    r.status = status;
    r.body = errorsBody(id, message);
    return r;
}

HttpResponse WireFormat::jsonResponse(int status, const QJsonValue &value)
{
    HttpResponse r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject WireFormat::datacenter(const DataSet &data, const SimDatabase &db, int number)
{
    const SimDatacenter &dc = db.datacenters.at(number - 1);
    const QString host = appHost(db.id, dc.region);
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("%1-%2").arg(db.id).arg(number)},
        {QStringLiteral("name"), QStringLiteral("dc-%1").arg(number)},
        {QStringLiteral("tier"), db.tier},
        {QStringLiteral("status"), dc.terminated ? QStringLiteral("TERMINATED") : dc.status},
        {QStringLiteral("cloudProvider"), dc.provider.toUpper()},
        {QStringLiteral("region"), dc.region},
        {QStringLiteral("regionZone"), dc.regionZone},
        {QStringLiteral("regionClassification"),
         regionClassification(data, dc.provider, dc.region)},
        {QStringLiteral("capacityUnits"), dc.capacityUnits},
        {QStringLiteral("dateCreated"), time(dc.dateCreated)},
        {QStringLiteral("secureBundleUrl"),
         presignedUrl(db, number, QStringLiteral("secure-connect"))},
        {QStringLiteral("secureBundleInternalUrl"),
         presignedUrl(db, number, QStringLiteral("secure-connect-internal"))},
        {QStringLiteral("secureBundleMigrationProxyUrl"),
         presignedUrl(db, number, QStringLiteral("secure-connect-migration-proxy"))},
        {QStringLiteral("secureBundleMigrationProxyInternalUrl"),
         presignedUrl(db, number, QStringLiteral("secure-connect-migration-proxy-internal"))},
        {QStringLiteral("grafanaUrl"),
         QStringLiteral("https://%1-%2.dashboard.astra.datastax.com/d/cloud/dse-cluster-condensed")
             .arg(db.id, dc.region)},
        {QStringLiteral("cqlshUrl"), host + QStringLiteral("/cqlsh")},
        {QStringLiteral("graphqlUrl"), host + QStringLiteral("/api/graphql")},
        {QStringLiteral("dataEndpointUrl"), host + QStringLiteral("/api/rest")},
        {QStringLiteral("studioUrl"),
         QStringLiteral("https://%1-%2.studio.astra.datastax.com").arg(db.id, dc.region)},
    };
}

QJsonObject WireFormat::database(const DataSet &data, const SimOrganization &org,
                                 const SimDatabase &db)
{
    const bool terminated = db.status.compare(u"TERMINATED", Qt::CaseInsensitive) == 0;
    const bool serverless = db.tier.compare(u"serverless", Qt::CaseInsensitive) == 0;
    QJsonArray datacenters;
    int capacity = 0;
    for (int n = 1; n <= db.datacenters.size(); ++n) {
        if (db.datacenters.at(n - 1).terminated)
            continue; // the info block lists live regions only; ?all=true on /datacenters shows all
        datacenters.append(datacenter(data, db, n));
        capacity += db.datacenters.at(n - 1).capacityUnits;
    }
    const SimDatacenter primary = db.datacenters.value(0);
    QJsonObject info{
        {QStringLiteral("name"), db.name},
        {QStringLiteral("keyspace"), db.keyspace},
        {QStringLiteral("cloudProvider"), primary.provider.toUpper()},
        {QStringLiteral("tier"), db.tier},
        {QStringLiteral("capacityUnits"), primary.capacityUnits},
        {QStringLiteral("region"), primary.region},
        {QStringLiteral("user"), QStringLiteral("token")},
        {QStringLiteral("password"), QString()},
        {QStringLiteral("additionalKeyspaces"), QJsonArray{}},
        {QStringLiteral("datacenters"), datacenters},
    };
    if (!db.dbType.isEmpty())
        info.insert(QStringLiteral("dbType"), db.dbType);

    QJsonArray actions;
    if (!terminated) {
        for (const char16_t *a : {u"getCreds", u"resetPassword", u"addKeyspace", u"removeKeyspace",
                                  u"addTable", u"terminate"})
            actions.append(QString::fromUtf16(a));
        if (!serverless) {
            for (const char16_t *a :
                 {u"addDatacenters", u"terminateDatacenter", u"resize", u"park"})
                actions.append(QString::fromUtf16(a));
        }
    }
    const QString host = appHost(db.id, primary.region);
    const QString ownerId = org.users.isEmpty() ? org.id : org.users.first().userId;
    QJsonObject out{
        {QStringLiteral("id"), db.id},
        {QStringLiteral("orgId"), org.id},
        {QStringLiteral("ownerId"), ownerId},
        {QStringLiteral("info"), info},
        {QStringLiteral("creationTime"), time(db.creationTime)},
        {QStringLiteral("terminationTime"), time(db.terminationTime)},
        {QStringLiteral("status"), db.status},
        {QStringLiteral("storage"),
         QJsonObject{
             {QStringLiteral("nodeCount"), serverless ? 0 : 3 * std::max(1, capacity)},
             {QStringLiteral("replicationFactor"), serverless ? 0 : 3},
             {QStringLiteral("totalStorage"), serverless ? 0 : 500 * std::max(1, capacity)}}},
        {QStringLiteral("availableActions"), actions},
        {QStringLiteral("cqlshUrl"), host + QStringLiteral("/cqlsh")},
        {QStringLiteral("grafanaUrl"),
         QStringLiteral("https://%1-%2.dashboard.astra.datastax.com/d/cloud/dse-cluster-condensed")
             .arg(db.id, primary.region)},
        {QStringLiteral("dataEndpointUrl"), host + QStringLiteral("/api/rest")},
        {QStringLiteral("graphqlUrl"), host + QStringLiteral("/api/graphql")},
        {QStringLiteral("studioUrl"),
         QStringLiteral("https://%1-%2.studio.astra.datastax.com").arg(db.id, primary.region)},
    };
    if (!db.dbType.isEmpty())
        out.insert(QStringLiteral("dbType"), db.dbType);
    return out;
}

QByteArray WireFormat::wrongTypes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return QByteArrayLiteral("{\"id\":42}");
    if (doc.isArray())
        return QJsonDocument(wrongTyped(doc.array(), false).toArray())
            .toJson(QJsonDocument::Compact);
    return QJsonDocument(wrongTyped(doc.object(), false).toObject()).toJson(QJsonDocument::Compact);
}

} // namespace astra::sim
