// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The key table's fast paths (docs/performance.md): rows built off the GUI thread, search text
// case-folded once, and the proxy reading the model directly. Each must give what the plain
// path gives.
#include "models/keyfilterproxy.h"
#include "models/keytablemodel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {

CustomerKey key(const QString &provider, const QString &region, KeyType type)
{
    CustomerKey k;
    k.providerText = provider;
    k.provider = cloudProviderFromString(provider);
    k.region = region;
    k.type = type;
    k.keyId = u"arn:aws:kms:"_s + region + u":key/"_s + provider;
    return k;
}

Database database(const QString &id, const QString &name, const QString &region)
{
    Database db;
    db.id = id;
    db.name = name;
    db.tier = u"serverless"_s;
    db.status = u"ACTIVE"_s;
    Datacenter dc;
    dc.provider = CloudProvider::Aws;
    dc.providerText = u"AWS"_s;
    dc.region = region;
    db.datacenters = {dc};
    return db;
}

OrganizationSnapshot snapshot(const QString &organizationId)
{
    OrganizationSnapshot s;
    s.organization = {organizationId, u"Org "_s + organizationId};
    s.databasesLoaded = true;
    s.keys = {key(u"aws"_s, u"us-east-1"_s, KeyType::Serverless),
              key(u"aws"_s, u"eu-west-1"_s, KeyType::Serverless),
              key(u"gcp"_s, u"europe-west1"_s, KeyType::Classic)};
    // Names with letters whose case folding is not ASCII's.
    s.databases = {database(u"d1"_s, u"ÉTÉ-Ledger"_s, u"us-east-1"_s),
                   database(u"d2"_s, u"Straße-Orders"_s, u"eu-west-1"_s)};
    return s;
}

QStringList shownKeys(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(KeyTableModel::KeyIdRole).toString());
    return ids;
}

} // namespace

class TestKeyTableModelBackground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backgroundRowsEqualTheDirectOnes()
    {
        KeyTableModel direct;
        direct.setSnapshots({snapshot(u"o1"_s), snapshot(u"o2"_s)});
        KeyTableModel background;
        QAbstractItemModelTester tester(&background,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&background, &KeyTableModel::snapshotsApplied);
        background.setSnapshotsInBackground({snapshot(u"o1"_s), snapshot(u"o2"_s)});
        QVERIFY(background.isBuilding());
        QCOMPARE(background.rowCount(), 0); // nothing changes until the rows are built
        QVERIFY(applied.wait(5000));
        QVERIFY(!background.isBuilding());
        QCOMPARE(background.rowCount(), direct.rowCount());
        for (int row = 0; row < direct.rowCount(); ++row) {
            for (int column = 0; column < KeyTableModel::ColumnCount; ++column)
                QCOMPARE(background.index(row, column).data(), direct.index(row, column).data());
            QCOMPARE(background.index(row, 0).data(KeyTableModel::SearchTextRole),
                     direct.index(row, 0).data(KeyTableModel::SearchTextRole));
        }
    }

    void aLaterCallSupersedesABuildUnderWay()
    {
        KeyTableModel model;
        QSignalSpy applied(&model, &KeyTableModel::snapshotsApplied);
        model.setSnapshotsInBackground({snapshot(u"old"_s)});
        model.setSnapshotsInBackground({snapshot(u"o1"_s), snapshot(u"o2"_s)});
        QVERIFY(applied.wait(5000));
        QCOMPARE(model.rowCount(), 6);
        // A direct call supersedes too: the build still under way never lands.
        model.setSnapshotsInBackground({snapshot(u"late"_s)});
        model.setSnapshots({});
        QVERIFY(!model.isBuilding());
        // Let the superseded build finish and deliver: nothing may land.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void searchIgnoresCaseBeyondAscii()
    {
        KeyTableModel model;
        model.setSnapshots({snapshot(u"o1"_s)});
        KeyFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(u"été-ledger"_s);
        QCOMPARE(shownKeys(proxy), QStringList{u"arn:aws:kms:us-east-1:key/aws"_s});
        proxy.setSearchText(u"STRASSE"_s); // full folding is not promised; simple folding is
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(u"STRAẞE"_s); // capital sharp s folds to ß
        QCOMPARE(shownKeys(proxy), QStringList{u"arn:aws:kms:eu-west-1:key/aws"_s});
        proxy.setSearchText(u"  EU-WEST-1   Aws "_s); // every word, any case, extra spaces
        QCOMPARE(shownKeys(proxy), QStringList{u"arn:aws:kms:eu-west-1:key/aws"_s});
        proxy.setSearchText(u"eu-west-1 gcp"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void theDirectPathFiltersAndSortsAsTheRolesDo()
    {
        // The same proxy over a model that is not a KeyTableModel takes the roles' path.
        KeyTableModel model;
        model.setSnapshots({snapshot(u"o1"_s), snapshot(u"o2"_s)});
        QIdentityProxyModel indirect;
        indirect.setSourceModel(&model);
        KeyFilterProxy direct;
        direct.setSourceModel(&model);
        KeyFilterProxy roles;
        roles.setSourceModel(&indirect);
        QAbstractItemModelTester tester(&direct,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (KeyFilterProxy *proxy : {&direct, &roles})
            proxy->sort(KeyTableModel::StatusColumn, Qt::DescendingOrder);
        const QStringList searches{QString(), u"e"_s, u"EU"_s, u"ledger us"_s, u"nothing"_s};
        for (const QString &search : searches) {
            for (const int provider : {-1, int(CloudProvider::Aws), int(CloudProvider::Gcp)}) {
                for (const int status : {-1, int(KeyStatus::InUse)}) {
                    for (KeyFilterProxy *proxy : {&direct, &roles}) {
                        proxy->setSearchText(search);
                        proxy->setProviderFilter(provider);
                        proxy->setStatusFilter(status);
                    }
                    QCOMPARE(shownKeys(direct), shownKeys(roles));
                }
            }
        }
        direct.setSearchText({});
        direct.setProviderFilter(-1);
        direct.setStatusFilter(-1);
        QCOMPARE(direct.rowCount(), 6);
        // In-Use sorts apart from Available, whichever path compares.
        QCOMPARE(direct.index(0, 0).data(KeyTableModel::StatusRole).toInt(),
                 int(KeyStatus::Available));
        QCOMPARE(direct.index(5, 0).data(KeyTableModel::StatusRole).toInt(), int(KeyStatus::InUse));
    }
};

QTEST_MAIN(TestKeyTableModelBackground)
#include "tst_keytablemodelbackground.moc"
