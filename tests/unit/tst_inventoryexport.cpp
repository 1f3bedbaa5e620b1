// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit export: CSV quoting, formula guard, JSON shape.
#include "inventory/inventoryexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {
OrganizationSnapshot snapshot()
{
    OrganizationSnapshot s;
    s.organization = {u"org-1"_s, u"Acme, \"Inc\""_s};
    s.databasesLoaded = true;
    CustomerKey k;
    k.providerText = u"aws"_s;
    k.provider = CloudProvider::Aws;
    k.region = u"us-east-1"_s;
    k.keyId = u"arn:aws:kms:us-east-1:000000000001:key/k"_s;
    s.keys = {k};
    Database db;
    db.id = u"d1"_s;
    db.name = u"=HYPERLINK(\"x\")"_s;
    db.tier = u"serverless"_s;
    db.status = u"ACTIVE"_s;
    Datacenter a;
    a.provider = CloudProvider::Aws;
    a.providerText = u"AWS"_s;
    a.region = u"us-east-1"_s;
    Datacenter b = a;
    b.region = u"eu-west-1"_s;
    db.datacenters = {a, b};
    s.databases = {db};
    return s;
}
} // namespace

class TestInventoryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvField()
    {
        QCOMPARE(astra::csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(astra::csvField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(astra::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(astra::csvField(u"=1+1"_s), u"'=1+1"_s);
        QCOMPARE(astra::csvField(u"@cmd"_s), u"'@cmd"_s);
        QCOMPARE(astra::csvField(u"line\nbreak"_s), u"\"line\nbreak\""_s);
    }

    void keysCsv()
    {
        const QString csv = QString::fromUtf8(
            exportInventory({snapshot()}, ExportFormat::Csv, ExportContent::Keys));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"organization_id,organization_name,type,provider,region"));
        QVERIFY2(lines.at(1).contains(u"\"Acme, \"\"Inc\"\"\""), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(u",in-use,in-use,derived,1,"));
        QVERIFY(lines.at(1).endsWith(u"'=HYPERLINK(\"\"x\"\")\""_s) ||
                lines.at(1).endsWith(u"\"'=HYPERLINK(\"\"x\"\")\""_s));
    }

    void databasesJson()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(
                exportInventory({snapshot()}, ExportFormat::Json, ExportContent::Databases))
                .object();
        const QJsonArray dbs = root.value(u"databases").toArray();
        QCOMPARE(dbs.size(), 1);
        QCOMPARE(dbs.at(0).toObject().value(u"encryption").toString(), u"partial"_s);
        QCOMPARE(dbs.at(0).toObject().value(u"regions").toArray().size(), 2);
    }

    void parsing()
    {
        QCOMPARE(exportFormatFromString(u"JSON"_s), ExportFormat::Json);
        QVERIFY(!exportFormatFromString(u"xml"_s));
        QCOMPARE(exportContentFromString(u"databases"_s), ExportContent::Databases);
        QCOMPARE(exportContentFromString(u"regions"_s), ExportContent::Regions);
    }
};

QTEST_GUILESS_MAIN(TestInventoryExport)
#include "tst_inventoryexport.moc"
