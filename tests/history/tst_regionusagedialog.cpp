// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Region Usage dialog on the demo data, offscreen: its default state, Copy as text, the
// Portal link, terminated regions fetched with ?all=true from the simulator, and Esc.
#include "demosnapshots.h"

#include "models/regionusagemodel.h"
#include "ui/regionusagedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

class TestRegionUsageDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;
    int m_org = -1;
    OrganizationSnapshot m_snapshot;
    QString m_dbId;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimHarness>();
        m_org = organizationWithDatabase(*m_sim, u"customer-360"_s);
        QVERIFY(m_org >= 0);
        // A region removed long ago: served only with ?all=true.
        for (auto &db : m_sim->simulator().data().organizations[m_org].databases) {
            if (db.name == u"customer-360") {
                sim::SimDatacenter gone = db.datacenters.first();
                gone.region = u"us-west1"_s;
                gone.terminated = true;
                db.datacenters.append(gone);
            }
        }
        m_snapshot = loadSnapshot(*m_sim, m_org);
        const Database *db = findDatabase(m_snapshot, u"customer-360"_s);
        QVERIFY(db);
        QCOMPARE(db->datacenters.size(), 3);
        m_dbId = db->id;
        m_sim->simulator().clearRequestLog();
    }

    void cleanup() { m_sim.reset(); }

    void defaultState()
    {
        RegionUsageDialog dialog(m_snapshot, m_dbId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isModal());
        QVERIFY(dialog.databaseFound());
        QVERIFY(dialog.windowTitle().contains(u"customer-360"));
        QCOMPARE(child<QLabel>(&dialog, "databaseNameLabel")->text(), u"customer-360"_s);
        QCOMPARE(child<QLabel>(&dialog, "databaseIdLabel")->text(), m_dbId);
        QCOMPARE(child<QLabel>(&dialog, "databaseStatusLabel")->text(), u"ACTIVE"_s);
        QCOMPARE(child<QLabel>(&dialog, "databaseTierLabel")->text(), u"Serverless"_s);
        QVERIFY(child<QLabel>(&dialog, "databaseOrganizationLabel")
                    ->text()
                    .contains(m_snapshot.organization.name));

        auto *table = child<QTableView>(&dialog, "regionUsageTable");
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(2, RegionUsageModel::KeyStatusColumn).data().toString(),
                 u"No key registered in this region"_s);

        // Without a connection, terminated regions cannot be fetched.
        auto *terminated = child<QCheckBox>(&dialog, "showTerminatedCheck");
        QVERIFY(!terminated->isEnabled());
        QVERIFY(!terminated->isChecked());
        QVERIFY(child<QPushButton>(&dialog, "copyAsTextButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "openInPortalButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "closeButton")->isEnabled());
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w) ||
                qobject_cast<QTableView *>(w)) {
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
        QVERIFY(m_sim->simulator().requestLog().isEmpty()); // cached data alone

        // No token for the organization: still off, and the tooltip says why.
        dialog.setConnection(std::nullopt, u"Sign in to this organization again."_s);
        QVERIFY(!terminated->isEnabled());
        QCOMPARE(terminated->toolTip(), u"Sign in to this organization again."_s);
        dialog.setConnection(m_sim->connection(m_org));
        QVERIFY(terminated->isEnabled());
        QVERIFY(m_sim->simulator().requestLog().isEmpty()); // nothing fetched until asked
    }

    void thePortalLink()
    {
        RegionUsageDialog dialog(m_snapshot, m_dbId);
        QCOMPARE(dialog.portalUrl(), QUrl(u"https://astra.datastax.com/org/%1/database/%2"_s.arg(
                                         m_snapshot.organization.id, m_dbId)));
    }

    void copyAsTextPutsTheTableOnTheClipboard()
    {
        RegionUsageDialog dialog(m_snapshot, m_dbId);
        dialog.show();
        QGuiApplication::clipboard()->setText(u"something else"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, "copyAsTextButton"), Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        QCOMPARE(text, dialog.plainText());
        QVERIFY(text.contains(u"customer-360"));
        QVERIFY(text.contains(m_dbId));
        QVERIFY(text.contains(u"europe-west4"));
        QVERIFY(text.contains(u"Default encryption"));
        QVERIFY(text.contains(u"No key registered in this region"));
        QVERIFY(!text.contains(u"AstraCS:"));
    }

    void terminatedRegionsAreFetchedWithAllTrue()
    {
        RegionUsageDialog dialog(m_snapshot, m_dbId);
        dialog.setConnection(m_sim->connection(m_org));
        dialog.show();
        auto *terminated = child<QCheckBox>(&dialog, "showTerminatedCheck");
        QVERIFY(terminated->isEnabled());
        QSignalSpy loaded(&dialog, &RegionUsageDialog::terminatedRegionsLoaded);
        QTest::keyClick(terminated,
                        Qt::Key_Space); // the keyboard way: a wide check box is mostly empty
        QVERIFY(terminated->isChecked());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toInt(), 1);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QCOMPARE(dialog.model()->index(3, RegionUsageModel::KeyStatusColumn).data().toString(),
                 u"Region terminated"_s);

        const auto log = m_sim->simulator().requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().path, u"/v2/databases/%1/datacenters"_s.arg(m_dbId));
        QVERIFY2(log.first().query.contains(u"all=true"), qPrintable(log.first().query));

        // Off again: back to the live regions, without asking the network.
        QTest::keyClick(terminated, Qt::Key_Space);
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(m_sim->simulator().requestLog().size(), 1);
    }

    void aFailedFetchSaysWhyAndFallsBack()
    {
        QString error;
        QVERIFY(m_sim->simulator().setFaults(u"/v2/databases/*/datacenters=403*10"_s, &error));
        RegionUsageDialog dialog(m_snapshot, m_dbId);
        dialog.setConnection(m_sim->connection(m_org));
        dialog.show();
        QSignalSpy failed(&dialog, &RegionUsageDialog::terminatedRegionsFailed);
        auto *terminated = child<QCheckBox>(&dialog, "showTerminatedCheck");
        QTest::keyClick(terminated, Qt::Key_Space);
        QVERIFY(failed.wait(10000));
        QVERIFY(!terminated->isChecked());
        QCOMPARE(dialog.model()->rowCount(), 3);
        const QString note = child<QLabel>(&dialog, "regionUsageNoteLabel")->text();
        QCOMPARE(note, failed.first().first().toString());
        QVERIFY(!note.isEmpty());
        QVERIFY(!note.contains(u"AstraCS:"));
    }

    void escapeCloses()
    {
        RegionUsageDialog dialog(m_snapshot, m_dbId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void anUnknownDatabaseStillOpens()
    {
        RegionUsageDialog dialog(m_snapshot, u"not-in-the-snapshot"_s);
        dialog.show();
        QVERIFY(!dialog.databaseFound());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!child<QLabel>(&dialog, "regionUsageNoteLabel")->text().isEmpty());
        QVERIFY(child<QPushButton>(&dialog, "openInPortalButton")->isEnabled());
    }
};

QTEST_MAIN(TestRegionUsageDialog)
#include "tst_regionusagedialog.moc"
