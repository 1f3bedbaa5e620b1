// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's snapshot cache (docs/performance.md): with local storage, the last inventory is in
// the table before the first paint and stays when the refresh fails; a load is cached (off the
// GUI thread) for the next start.
#include "cli/demoenvironment.h"
#include "inventory/inventoryservice.h"
#include "inventory/snapshotcache.h"
#include "models/keytablemodel.h"
#include "secrets/memorytokenstore.h"
#include "sim/simulator.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestMainWindowCache : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    ConnectionProfile m_profile;

    OrganizationSnapshot cachedSnapshot() const
    {
        OrganizationSnapshot s;
        s.organization = {m_profile.organizationId, u"Cached organization"_s};
        s.databasesLoaded = true;
        s.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        CustomerKey key;
        key.keyId = u"cached-key-id"_s;
        key.providerText = u"aws"_s;
        key.provider = CloudProvider::Aws;
        key.region = u"us-east-1"_s;
        s.keys = {key};
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(SnapshotCache::defaultFolder()).removeRecursively();
        m_demo = std::make_unique<DemoEnvironment>();
        QString error;
        QVERIFY2(m_demo->start(&error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_profile = m_demo->profiles().first();
        QVERIFY(!m_profile.organizationId.isEmpty());
    }

    void cleanup()
    {
        m_network.reset();
        m_demo.reset();
        QDir(SnapshotCache::defaultFolder()).removeRecursively();
    }

    void theCachedInventoryIsInTheTableBeforeTheFirstPaint()
    {
        QVERIFY(SnapshotCache().save(cachedSnapshot()));
        MemoryTokenStore noTokens; // the refresh fails: the cached rows must stay
        InventoryService inventory(&noTokens, m_network.get());
        MainWindow window({m_profile}, &inventory, false, nullptr, true);
        // Straight from the constructor, before any event is processed.
        QCOMPARE(window.keyModel()->rowCount(), 1);
        QCOMPARE(window.keyModel()->index(0, 0).data(KeyTableModel::KeyIdRole).toString(),
                 u"cached-key-id"_s);
        QSignalSpy content(&window, &MainWindow::firstContentShown);
        QSignalSpy firstLoad(&window, &MainWindow::firstLoadFinished);
        QVERIFY(content.wait(5000));
        QVERIFY(firstLoad.wait(10000));
        QCOMPARE(window.keyModel()->rowCount(), 1);
        QCOMPARE(content.size(), 1);
    }

    void withoutLocalStorageTheCacheIsNotRead()
    {
        QVERIFY(SnapshotCache().save(cachedSnapshot()));
        MemoryTokenStore noTokens;
        InventoryService inventory(&noTokens, m_network.get());
        MainWindow window({m_profile}, &inventory, false, nullptr, false);
        QCOMPARE(window.keyModel()->rowCount(), 0);
    }

    void aLoadIsCachedForTheNextStart()
    {
        InventoryService inventory(m_demo->tokens(), m_network.get());
        MainWindow window({m_profile}, &inventory, false, nullptr, true);
        QSignalSpy firstLoad(&window, &MainWindow::firstLoadFinished);
        QVERIFY(firstLoad.wait(20000));
        const int keys = window.keyModel()->rowCount();
        QVERIFY(keys > 0);
        std::optional<OrganizationSnapshot> cached;
        QTRY_VERIFY_WITH_TIMEOUT((cached = SnapshotCache().load(m_profile.organizationId)), 10000);
        QCOMPARE(int(cached->keys.size()), keys);
        QVERIFY(cached->databasesLoaded);
    }
};

QTEST_MAIN(TestMainWindowCache)
#include "tst_mainwindowcache.moc"
