// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The key table model and its filter proxy, under QAbstractItemModelTester.
#include "models/keyfilterproxy.h"
#include "models/keytablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {

OrganizationSnapshot snapshot()
{
    OrganizationSnapshot s;
    s.organization = {u"org-1"_s, u"Northwind Payments"_s};
    s.databasesLoaded = true;
    auto addKey = [&s](const QString &provider, const QString &region, KeyType type) {
        CustomerKey k;
        k.providerText = provider;
        k.provider = cloudProviderFromString(provider);
        k.region = region;
        k.type = type;
        k.keyId = u"id/"_s + provider + u'/' + region;
        s.keys.append(k);
    };
    addKey(u"aws"_s, u"us-east-1"_s, KeyType::Serverless);
    addKey(u"gcp"_s, u"europe-west1"_s, KeyType::Serverless);
    addKey(u"azure"_s, u"eastus"_s, KeyType::Classic);
    Database db;
    db.id = u"d1"_s;
    db.name = u"payments-ledger"_s;
    db.tier = u"serverless"_s;
    db.status = u"ACTIVE"_s;
    Datacenter dc;
    dc.provider = CloudProvider::Aws;
    dc.providerText = u"AWS"_s;
    dc.region = u"us-east-1"_s;
    db.datacenters = {dc};
    s.databases = {db};
    s.regions = {ServerlessRegion{
        CloudProvider::Aws, u"AWS"_s, u"us-east-1"_s, u"US East (N. Virginia)"_s, {}, {}, true}};
    return s;
}

} // namespace

class TestKeyTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns()
    {
        KeyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshots({snapshot()});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(KeyTableModel::ColumnCount));
        QCOMPARE(model.index(0, KeyTableModel::StatusColumn).data().toString(), u"In-Use"_s);
        QCOMPARE(model.index(0, KeyTableModel::RegionColumn).data().toString(),
                 u"US East (N. Virginia) (us-east-1)"_s);
        QCOMPARE(model.index(0, KeyTableModel::ProviderColumn).data().toString(), u"AWS"_s);
        QCOMPARE(model.index(0, KeyTableModel::DatabasesColumn).data().toString(), u"1"_s);
        QCOMPARE(model.index(1, KeyTableModel::StatusColumn).data().toString(), u"Available"_s);
        QCOMPARE(model.index(2, KeyTableModel::TypeColumn).data().toString(), u"Classic"_s);
        QCOMPARE(model.index(2, KeyTableModel::OrganizationColumn).data().toString(),
                 u"Northwind Payments"_s);
        QVERIFY(!model.index(0, KeyTableModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(model.index(0, KeyTableModel::KeyIdColumn).data(Qt::ToolTipRole).toString(),
                 u"id/aws/us-east-1"_s);
        QCOMPARE(model.headerData(KeyTableModel::KeyIdColumn, Qt::Horizontal).toString(),
                 u"Key ID"_s);
    }

    void firstSeenComesFromTheLocalHistory()
    {
        KeyTableModel model;
        const OrganizationSnapshot s = snapshot();
        QHash<QString, KeySighting> sightings;
        const QDateTime seen(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC);
        sightings.insert(s.keys.first().slot(), KeySighting{seen, {}});
        model.setSnapshots({s}, {{s.organization.id, sightings}});
        QVERIFY(!model.index(0, KeyTableModel::FirstSeenColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, KeyTableModel::FirstSeenColumn)
                     .data(KeyTableModel::SortRole)
                     .toDateTime(),
                 seen);
        QVERIFY(model.index(1, KeyTableModel::FirstSeenColumn).data().toString().isEmpty());
    }

    void azureTooltipIsThePortals()
    {
        KeyTableModel model;
        model.setSnapshots({snapshot()});
        const QString tip =
            model.index(2, KeyTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"Key is available, but usage tracking is unavailable."),
                 qPrintable(tip));
        QVERIFY(tip.contains(u"Derived"));
    }

    void unknownUsageIsNotShownAsZero()
    {
        OrganizationSnapshot s = snapshot();
        s.databasesLoaded = false;
        s.databases.clear();
        KeyTableModel model;
        model.setSnapshots({s});
        QCOMPARE(model.index(0, KeyTableModel::DatabasesColumn).data().toString(), u"?"_s);
    }

    void sortsOnRawValuesAndFilters()
    {
        KeyTableModel model;
        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshots({snapshot()});
        proxy.sort(KeyTableModel::DatabasesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, KeyTableModel::KeyIdColumn).data().toString(),
                 u"id/aws/us-east-1"_s);
        proxy.setSearchText(u"payments"_s); // a database name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(u"GCP europe"_s); // every word must match
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, KeyTableModel::KeyIdColumn).data().toString(),
                 u"id/gcp/europe-west1"_s);
        proxy.setSearchText(u"nothing-like-this"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestKeyTableModel)
#include "tst_keytablemodel.moc"
