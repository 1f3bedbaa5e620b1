// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Region Usage and Databases table models on the demo data, under QAbstractItemModelTester.
#include "demosnapshots.h"

#include "inventory/keyhistory.h"
#include "models/databasefilterproxy.h"
#include "models/databasetablemodel.h"
#include "models/regionusagemodel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QTemporaryDir>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;
    QList<OrganizationSnapshot> m_demo;
    int m_analytics = -1;

    QString cell(const QAbstractItemModel &model, int row, int column,
                 int role = Qt::DisplayRole) const
    {
        return model.index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimHarness>();
        m_demo = loadAllSnapshots(*m_sim);
        m_analytics = organizationWithDatabase(*m_sim, u"customer-360"_s);
        QVERIFY(m_analytics >= 0);
    }

    void regionUsageOfAMultiRegionDatabase()
    {
        const OrganizationSnapshot &snapshot = m_demo.at(m_analytics);
        const Database *db = findDatabase(snapshot, u"customer-360"_s);
        QVERIFY(db);
        RegionUsageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(*db, snapshot);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RegionUsageModel::ColumnCount));

        // us-east1 and europe-west1 have serverless GCP keys; europe-west4 has none.
        QVERIFY(cell(model, 0, RegionUsageModel::RegionColumn).contains(u"(us-east1)"));
        QVERIFY(cell(model, 1, RegionUsageModel::RegionColumn).contains(u"europe-west1"));
        QVERIFY(cell(model, 2, RegionUsageModel::RegionColumn).contains(u"europe-west4"));
        QCOMPARE(cell(model, 0, RegionUsageModel::ProviderColumn), u"Google Cloud"_s);
        QCOMPARE(cell(model, 0, RegionUsageModel::CapacityUnitsColumn), u"1"_s);
        QVERIFY(!cell(model, 0, RegionUsageModel::CreatedColumn).isEmpty());

        QCOMPARE(model.index(0, 0).data(RegionUsageModel::StateRole).toInt(),
                 int(RegionKeyState::InUse));
        QCOMPARE(model.index(1, 0).data(RegionUsageModel::StateRole).toInt(),
                 int(RegionKeyState::InUse));
        QCOMPARE(model.index(2, 0).data(RegionUsageModel::StateRole).toInt(),
                 int(RegionKeyState::NoKey));
        QVERIFY(cell(model, 0, RegionUsageModel::KeyColumn).startsWith(u"projects/"));
        QVERIFY(cell(model, 0, RegionUsageModel::KeyColumn).contains(u"us-east1"));
        QCOMPARE(cell(model, 2, RegionUsageModel::KeyColumn), u"Default encryption"_s);
        QCOMPARE(cell(model, 2, RegionUsageModel::KeyStatusColumn),
                 u"No key registered in this region"_s);
        // No history yet: the regions predate the first sighting, so the use is likely.
        QCOMPARE(cell(model, 0, RegionUsageModel::KeyStatusColumn), u"In use (likely)"_s);
        QVERIFY(!cell(model, 0, RegionUsageModel::KeyStatusColumn, Qt::ToolTipRole).isEmpty());
        QCOMPARE(cell(model, 0, 0, RegionUsageModel::DatacenterIdRole), db->id + u"-1"_s);

        // Status is never shown by an icon alone: the text is always there.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!cell(model, row, RegionUsageModel::KeyStatusColumn).isEmpty());

        // With a history that saw europe-west1 empty after that region was deployed.
        QTemporaryDir dir;
        KeyHistory history(snapshot.organization.id, dir.path());
        OrganizationSnapshot without = snapshot;
        without.keys.removeIf([](const CustomerKey &k) { return k.region == u"europe-west1"; });
        history.record(without, QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC));
        history.record(snapshot, QDateTime(QDate(2024, 8, 1), QTime(0, 0), Qt::UTC));
        model.setDatabase(*db, snapshot, history.sightings());
        QCOMPARE(cell(model, 1, RegionUsageModel::KeyStatusColumn),
                 u"Key registered after this region was deployed"_s);
        QCOMPARE(cell(model, 0, RegionUsageModel::KeyStatusColumn), u"In use (likely)"_s);

        // Sorting on raw values: by creation time.
        QCOMPARE(model.index(0, RegionUsageModel::CreatedColumn)
                     .data(RegionUsageModel::SortRole)
                     .typeId(),
                 QMetaType::QDateTime);

        const QString text = model.toPlainText();
        QCOMPARE(text.count(u'\n'), 4); // header and three regions
        QVERIFY(text.contains(u"Key status"));
        QVERIFY(text.contains(u"europe-west4"));
        QVERIFY(text.contains(u"Default encryption"));
    }

    void terminatedRegionsOnRequest()
    {
        const OrganizationSnapshot &snapshot = m_demo.at(m_analytics);
        const Database *db = findDatabase(snapshot, u"customer-360"_s);
        RegionUsageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(*db, snapshot);
        QList<Datacenter> all = db->datacenters;
        Datacenter gone = all.first();
        gone.id = db->id + u"-4"_s;
        gone.region = u"us-west1"_s;
        gone.status = u"TERMINATED"_s;
        all.append(gone);
        model.setDatacenters(all);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 3, RegionUsageModel::DatacenterStatusColumn), u"Terminated"_s);
        QCOMPARE(cell(model, 3, RegionUsageModel::KeyStatusColumn), u"Region terminated"_s);
        model.setDatacenters(db->datacenters);
        QCOMPARE(model.rowCount(), 3);
    }

    void azureRegionsSayTrackingIsUnavailable()
    {
        const int index = organizationWithDatabase(*m_sim, u"claims-vector-search"_s);
        const Database *db = findDatabase(m_demo.at(index), u"claims-vector-search"_s);
        QVERIFY(db);
        RegionUsageModel model;
        model.setDatabase(*db, m_demo.at(index));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(cell(model, row, RegionUsageModel::KeyStatusColumn),
                     u"Usage tracking unavailable (derived: In use (likely))"_s);
    }

    void databaseTable()
    {
        DatabaseTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots(m_demo);
        qsizetype total = 0;
        for (const OrganizationSnapshot &s : m_demo)
            total += s.databases.size();
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.columnCount(), int(DatabaseTableModel::ColumnCount));

        const int row = model.rowOf(m_demo.at(m_analytics).organization.id,
                                    findDatabase(m_demo.at(m_analytics), u"customer-360"_s)->id);
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, DatabaseTableModel::NameColumn), u"customer-360"_s);
        QCOMPARE(cell(model, row, DatabaseTableModel::StatusColumn), u"Active"_s);
        QCOMPARE(cell(model, row, DatabaseTableModel::TypeColumn), u"Serverless"_s);
        QCOMPARE(cell(model, row, DatabaseTableModel::ProviderColumn), u"Google Cloud"_s);
        QVERIFY(cell(model, row, DatabaseTableModel::PrimaryRegionColumn).contains(u"us-east1"));
        QCOMPARE(cell(model, row, DatabaseTableModel::RegionsColumn),
                 u"us-east1, europe-west1, europe-west4"_s);
        QCOMPARE(cell(model, row, DatabaseTableModel::EncryptionColumn),
                 u"Customer key, some regions"_s);
        QCOMPARE(model.index(row, 0).data(DatabaseTableModel::CoverageRole).toInt(),
                 int(EncryptionCoverage::Partial));
        QCOMPARE(cell(model, row, DatabaseTableModel::OrganizationColumn),
                 m_demo.at(m_analytics).organization.name);
        QVERIFY(!cell(model, row, DatabaseTableModel::CreatedColumn).isEmpty());
        QCOMPARE(model.snapshotAt(row).organization.id, m_demo.at(m_analytics).organization.id);

        // Vector and classic kinds.
        const int vector =
            model.rowOf(m_demo.at(m_analytics).organization.id,
                        findDatabase(m_demo.at(m_analytics), u"product-recommendations"_s)->id);
        QCOMPARE(cell(model, vector, DatabaseTableModel::TypeColumn), u"Serverless (vector)"_s);
        const int classic =
            model.rowOf(m_demo.at(m_analytics).organization.id,
                        findDatabase(m_demo.at(m_analytics), u"sales-forecast-warehouse"_s)->id);
        QCOMPARE(cell(model, classic, DatabaseTableModel::TypeColumn), u"Classic (C10)"_s);
        QCOMPARE(cell(model, classic, DatabaseTableModel::EncryptionColumn),
                 u"Customer key, every region"_s);

        model.setSnapshots({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The proxy reads the databases table directly; any other source model goes through the
    // roles. Both must accept the same rows.
    void databaseFilterReadsTheModelAsTheRolesSayIt()
    {
        DatabaseTableModel model;
        model.setSnapshots(m_demo);
        QIdentityProxyModel indirect;
        indirect.setSourceModel(&model);
        DatabaseFilterProxy direct;
        direct.setSourceModel(&model);
        DatabaseFilterProxy roles;
        roles.setSourceModel(&indirect);
        const auto names = [](const DatabaseFilterProxy &proxy) {
            QStringList out;
            for (int r = 0; r < proxy.rowCount(); ++r)
                out.append(proxy.index(r, DatabaseTableModel::NameColumn).data().toString());
            out.sort();
            return out;
        };
        for (const std::optional<EncryptionCoverage> coverage :
             {std::optional<EncryptionCoverage>(), std::optional(EncryptionCoverage::Partial),
              std::optional(EncryptionCoverage::DefaultOnly)}) {
            for (const QString &text : {u""_s, u"EUROPE"_s, u"aws us-east"_s, u"Customer 360"_s,
                                        u"ÉTÉ"_s, u"no such database"_s}) {
                direct.setCoverageFilter(coverage);
                roles.setCoverageFilter(coverage);
                direct.setSearchText(text);
                roles.setSearchText(text);
                QCOMPARE(names(direct), names(roles));
            }
        }
        direct.setCoverageFilter(std::nullopt);
        direct.setSearchText(u"CUSTOMER 360"_s);
        QCOMPARE(direct.rowCount(), 1); // and case does not matter on either path
    }

    void databaseSearchSortAndCoverageFilter()
    {
        DatabaseTableModel model;
        model.setSnapshots(m_demo);
        DatabaseFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setSearchText(u"europe-west4"_s); // a region code, also a secondary region
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names.append(proxy.index(r, DatabaseTableModel::NameColumn).data().toString());
        QVERIFY(names.contains(u"customer-360"_s));
        QVERIFY(names.contains(u"protein-embeddings"_s));
        QVERIFY(!names.contains(u"iot-telemetry"_s));

        const QString id = findDatabase(m_demo.at(m_analytics), u"customer-360"_s)->id;
        proxy.setSearchText(id.left(13)); // a piece of the id
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(u"CUSTOMER 360"_s); // every word, any case
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());

        proxy.setCoverageFilter(EncryptionCoverage::Partial);
        QVERIFY(proxy.rowCount() >= 1);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(DatabaseTableModel::CoverageRole).toInt(),
                     int(EncryptionCoverage::Partial));
        proxy.setCoverageFilter(std::nullopt);

        // Created sorts by time, not by the localized text.
        proxy.sort(DatabaseTableModel::CreatedColumn, Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            QVERIFY(proxy.index(r - 1, DatabaseTableModel::CreatedColumn)
                        .data(DatabaseTableModel::SortRole)
                        .toDateTime() <= proxy.index(r, DatabaseTableModel::CreatedColumn)
                                             .data(DatabaseTableModel::SortRole)
                                             .toDateTime());
        }
        // Regions sort by how many first: the multi-region databases come last.
        proxy.sort(DatabaseTableModel::RegionsColumn, Qt::AscendingOrder);
        const Database &last =
            model.databaseAt(proxy.mapToSource(proxy.index(proxy.rowCount() - 1, 0)).row());
        QCOMPARE(last.datacenters.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
