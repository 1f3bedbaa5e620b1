// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loading organizations: switching cancels the previous load and drops its late answers.
#include "simharness.h"

#include "inventory/inventoryservice.h"
#include "inventory/organizationloader.h"
#include "secrets/memorytokenstore.h"

#include <QPointer>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

class TestInventory : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    QList<ConnectionProfile> m_profiles;

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        m_tokens = std::make_unique<MemoryTokenStore>();
        m_profiles.clear();
        for (const auto &org : m_sim->simulator().data().organizations) {
            ConnectionProfile p;
            p.name = org.name;
            p.organizationName = org.name;
            p.apiUrl = m_sim->simulator().baseUrl();
            m_tokens->write(p.tokenKey(), org.tokens.first().token, nullptr, {});
            m_profiles.append(p);
        }
    }

    void cleanup()
    {
        m_tokens.reset();
        m_sim.reset();
    }

    void loadsKeysDatabasesAndRegionNames()
    {
        InventoryService service(m_tokens.get(), m_sim->network());
        QSignalSpy loaded(&service, &InventoryService::loaded);
        QSignalSpy progress(&service, &InventoryService::progress);
        service.load(m_profiles.at(0));
        QVERIFY(loaded.wait(10000));
        const auto snapshot = loaded.first().at(1).value<OrganizationSnapshot>();
        const auto &org = m_sim->organization(0);
        QCOMPARE(snapshot.organization.id, org.id);
        QCOMPARE(snapshot.keys.size(), org.keys.size());
        QVERIFY(snapshot.databasesLoaded);
        QVERIFY(!snapshot.databases.isEmpty());
        QVERIFY(!snapshot.regions.isEmpty());
        QVERIFY(snapshot.fetchedAt.isValid());
        QVERIFY(!progress.isEmpty());
        QVERIFY(!service.isLoading());
    }

    void switchingDropsTheOldOrganization()
    {
        m_sim->simulator().setLatency(300); // A's answers are still on their way when B is chosen
        InventoryService service(m_tokens.get(), m_sim->network());
        QSignalSpy loaded(&service, &InventoryService::loaded);
        QSignalSpy failed(&service, &InventoryService::failed);
        service.load(m_profiles.at(0));
        QTRY_VERIFY(!m_sim->simulator().requestLog().isEmpty() || service.isLoading());
        service.load(m_profiles.at(1));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().value<ConnectionProfile>().name, m_profiles.at(1).name);
        QCOMPARE(loaded.first().at(1).value<OrganizationSnapshot>().organization.id,
                 m_sim->organization(1).id);
        // Give A's abandoned answers every chance to arrive: nothing more may be reported.
        m_sim->simulator().setLatency(0);
        QSignalSpy again(&service, &InventoryService::loaded);
        service.load(m_profiles.at(2));
        QVERIFY(again.wait(10000));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().first().value<ConnectionProfile>().name, m_profiles.at(2).name);
        QVERIFY(failed.isEmpty()); // a cancelled load is not an error to show
    }

    void keysFailingFailTheLoadDatabasesFailingDoNot()
    {
        InventoryService service(m_tokens.get(), m_sim->network());
        QSignalSpy loaded(&service, &InventoryService::loaded);
        QSignalSpy failed(&service, &InventoryService::failed);
        QString error;
        QVERIFY(m_sim->simulator().setFaults(u"/v2/databases=403*100"_s, &error));
        service.load(m_profiles.at(0));
        QVERIFY(loaded.wait(10000));
        const auto snapshot = loaded.first().at(1).value<OrganizationSnapshot>();
        QVERIFY(!snapshot.databasesLoaded);
        QVERIFY(!snapshot.databasesError.isEmpty());
        QCOMPARE(snapshot.keys.size(), m_sim->organization(0).keys.size());

        QVERIFY(m_sim->simulator().setFaults(u"/v2/kms/classic=403*100"_s, &error));
        service.load(m_profiles.at(0));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Forbidden);
    }

    void aMissingTokenAsksToSignIn()
    {
        InventoryService service(m_tokens.get(), m_sim->network());
        QSignalSpy failed(&service, &InventoryService::failed);
        ConnectionProfile stranger = m_profiles.at(0);
        stranger.name = u"never-signed-in"_s;
        service.load(stranger);
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(error.message.contains(u"Sign in"));
        QVERIFY(m_sim->simulator().requestLog().isEmpty());
    }

    void aLoaderAbortedMidwayLeavesNothingBehind()
    {
        QString error;
        QVERIFY(m_sim->simulator().setFaults(u"/v2/kms=stall"_s, &error)); // it cannot finish
        QPointer<OrganizationLoader> loader = new OrganizationLoader(m_sim->connection(0));
        QSignalSpy loaded(loader.data(), &OrganizationLoader::loaded);
        loader->start();
        QTRY_VERIFY(m_sim->simulator().requestLog().size() >= 4);
        QVERIFY(!loader.isNull());
        loader->abort();
        QTRY_VERIFY(loader.isNull());
        QVERIFY(loaded.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
