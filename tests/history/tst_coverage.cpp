// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Coverage gaps on constructed scenarios and on the demo data, and their export.
#include "demosnapshots.h"
#include "scenario.h"

#include "inventory/coverage.h"
#include "inventory/inventoryexport.h"
#include "inventory/regionusage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

QList<CoverageGap> gapsOfKind(const QList<CoverageGap> &gaps, CoverageGap::Kind kind)
{
    QList<CoverageGap> result;
    for (const CoverageGap &gap : gaps) {
        if (gap.kind == kind)
            result.append(gap);
    }
    return result;
}

QStringList slotsOf(const QList<CoverageGap> &gaps)
{
    QStringList result;
    for (const CoverageGap &gap : gaps)
        result.append(gap.slot());
    result.sort();
    return result;
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;
    QList<OrganizationSnapshot> m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimHarness>();
        m_demo = loadAllSnapshots(*m_sim);
    }

    void constructedScenario()
    {
        const auto snapshot = makeSnapshot(
            {makeKey(u"aws"_s, u"us-east-1"_s), makeKey(u"aws"_s, u"eu-west-1"_s, KeyType::Classic),
             makeKey(u"gcp"_s, u"asia-south1"_s)},
            {makeDatabase(u"covered"_s, u"aws"_s, {{u"us-east-1"_s, day(2025, 1, 1)}}),
             makeDatabase(u"uncovered-b"_s, u"aws"_s, {{u"us-west-2"_s, day(2025, 1, 1)}}),
             makeDatabase(u"uncovered-a"_s, u"aws"_s, {{u"us-west-2"_s, day(2025, 1, 1)}}),
             // A serverless database beside a classic key: still no key for it.
             makeDatabase(u"wrong-type"_s, u"aws"_s, {{u"eu-west-1"_s, day(2025, 1, 1)}}),
             makeDatabase(u"partly"_s, u"aws"_s,
                          {{u"us-east-1"_s, day(2025, 1, 1)}, {u"ap-south-1"_s, day(2025, 1, 1)}}),
             // Terminated: no gap, and no use for a key either.
             makeDatabase(u"gone"_s, u"aws"_s, {{u"sa-east-1"_s, day(2025, 1, 1)}}, u"serverless"_s,
                          u"TERMINATED"_s)});
        const auto gaps = findCoverageGaps(snapshot);

        const auto regions = gapsOfKind(gaps, CoverageGap::Kind::RegionWithoutKey);
        QCOMPARE(slotsOf(regions),
                 (QStringList{u"serverless/aws/ap-south-1"_s, u"serverless/aws/eu-west-1"_s,
                              u"serverless/aws/us-west-2"_s}));
        for (const CoverageGap &gap : regions) {
            if (gap.region == u"us-west-2") {
                // One row per region, its databases sorted by name.
                QCOMPARE(gap.databaseNames, (QStringList{u"uncovered-a"_s, u"uncovered-b"_s}));
                QCOMPARE(gap.databaseIds, (QStringList{u"id-uncovered-a"_s, u"id-uncovered-b"_s}));
            }
        }

        const auto keys = gapsOfKind(gaps, CoverageGap::Kind::KeyWithoutDatabases);
        QCOMPARE(slotsOf(keys),
                 (QStringList{u"classic/aws/eu-west-1"_s, u"serverless/gcp/asia-south1"_s}));
        QCOMPARE(keys.first().keyId.isEmpty(), false);

        const auto partial = gapsOfKind(gaps, CoverageGap::Kind::PartialMultiRegion);
        QCOMPARE(partial.size(), 1);
        QCOMPARE(partial.first().databaseNames, QStringList{u"partly"_s});
        QCOMPARE(partial.first().region, u"ap-south-1"_s);
        QCOMPARE(partial.first().coveredRegions, QStringList{u"us-east-1"_s});

        // Stable: the same snapshot gives the same order.
        const auto again = findCoverageGaps(snapshot);
        QCOMPARE(slotsOf(again), slotsOf(gaps));
        for (qsizetype i = 0; i < gaps.size(); ++i)
            QCOMPARE(again.at(i).slot(), gaps.at(i).slot());

        // Per database.
        const auto slots = keySlots(snapshot.keys);
        QCOMPARE(databaseCoverage(snapshot.databases.at(0), slots),
                 EncryptionCoverage::CustomerKey);
        QCOMPARE(databaseCoverage(snapshot.databases.at(1), slots),
                 EncryptionCoverage::DefaultOnly);
        QCOMPARE(databaseCoverage(snapshot.databases.at(3), slots),
                 EncryptionCoverage::DefaultOnly);
        QCOMPARE(databaseCoverage(snapshot.databases.at(4), slots), EncryptionCoverage::Partial);
    }

    void nothingIsReportedWithoutDatabases()
    {
        auto snapshot = makeSnapshot({makeKey(u"aws"_s, u"us-east-1"_s)}, {});
        snapshot.databasesLoaded = false;
        QVERIFY(findCoverageGaps(snapshot).isEmpty());
        // The export says so rather than reporting no gaps.
        const QByteArray csv =
            exportInventory({snapshot}, ExportFormat::Csv, ExportContent::Regions);
        QVERIFY(csv.contains(",unknown,"));
    }

    void theDemoDataHasItsPromisedGaps()
    {
        const int index = organizationWithDatabase(*m_sim, u"customer-360"_s);
        QVERIFY(index >= 0);
        const OrganizationSnapshot &snapshot = m_demo.at(index);
        const auto gaps = findCoverageGaps(snapshot);

        const auto partial = gapsOfKind(gaps, CoverageGap::Kind::PartialMultiRegion);
        bool customer360 = false;
        for (const CoverageGap &gap : partial) {
            if (gap.databaseNames == QStringList{u"customer-360"_s}) {
                customer360 = true;
                QCOMPARE(gap.region, u"europe-west4"_s);
                QCOMPARE(gap.providerText, u"gcp"_s);
                QCOMPARE(gap.coveredRegions, (QStringList{u"us-east1"_s, u"europe-west1"_s}));
            }
        }
        QVERIFY(customer360);
        QVERIFY(slotsOf(gapsOfKind(gaps, CoverageGap::Kind::RegionWithoutKey))
                    .contains(u"serverless/gcp/europe-west4"_s));
        QVERIFY(slotsOf(gapsOfKind(gaps, CoverageGap::Kind::KeyWithoutDatabases))
                    .contains(u"serverless/gcp/asia-south1"_s));

        // Every organization: each gap agrees with the region usage of its databases.
        for (const OrganizationSnapshot &s : m_demo) {
            QVERIFY(s.databasesLoaded);
            for (const CoverageGap &gap : findCoverageGaps(s)) {
                if (gap.kind == CoverageGap::Kind::KeyWithoutDatabases)
                    continue;
                for (const QString &id : gap.databaseIds) {
                    const Database *db = nullptr;
                    for (const Database &d : s.databases) {
                        if (d.id == id)
                            db = &d;
                    }
                    QVERIFY(db);
                    bool found = false;
                    for (const RegionUsage &row : deriveRegionUsage(*db, s)) {
                        if (row.datacenter.region == gap.region) {
                            found = true;
                            QCOMPARE(row.state, RegionKeyState::NoKey);
                        }
                    }
                    QVERIFY(found);
                }
            }
        }
    }

    void exportedAsCsvAndJson()
    {
        QCOMPARE(exportContentFromString(u"regions"_s), ExportContent::Regions);
        QCOMPARE(exportContentFromString(u"REGIONS"_s), ExportContent::Regions);

        const QByteArray csv = exportInventory(m_demo, ExportFormat::Csv, ExportContent::Regions);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("organization_id,organization_name,gap,type,provider,region,"
                            "region_name,key_id,database_ids,databases,covered_regions"));
        qsizetype total = 0;
        for (const OrganizationSnapshot &s : m_demo)
            total += findCoverageGaps(s).size();
        QCOMPARE(lines.size() - 1, total);
        QVERIFY(csv.contains(",partial-multi-region,serverless,gcp,europe-west4,"));
        QVERIFY(csv.contains("customer-360"));

        const auto doc = QJsonDocument::fromJson(
            exportInventory(m_demo, ExportFormat::Json, ExportContent::Regions));
        const QJsonArray rows = doc.object().value(u"coverageGaps").toArray();
        QCOMPARE(rows.size(), total);
        bool found = false;
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            if (o.value(u"gap").toString() == u"partial-multi-region" &&
                o.value(u"databases").toArray().contains(u"customer-360"_s)) {
                found = true;
                QCOMPARE(o.value(u"region").toString(), u"europe-west4"_s);
                QCOMPARE(o.value(u"coveredRegions").toArray().size(), 2);
            }
        }
        QVERIFY(found);
        QVERIFY(!csv.contains("AstraCS:"));
    }

    void theDatabasesExportUsesTheSameCoverage()
    {
        const QByteArray json =
            exportInventory(m_demo, ExportFormat::Json, ExportContent::Databases);
        const QJsonArray rows =
            QJsonDocument::fromJson(json).object().value(u"databases").toArray();
        bool found = false;
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(u"name").toString() == u"customer-360") {
                found = true;
                QCOMPARE(row.toObject().value(u"encryption").toString(), u"partial"_s);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
