// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the simulator with the demo data, driven as a person would.
#include "cli/demoenvironment.h"
#include "inventory/inventoryservice.h"
#include "models/keytablemodel.h"
#include "profiles/profilestore.h"
#include "secrets/memorytokenstore.h"
#include "secrets/tokenresult.h"
#include "sim/simulator.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<InventoryService> m_inventory;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *child(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // The number of keys the simulator holds for the organization named name.
    int keysOf(const QString &name) const
    {
        for (const sim::SimOrganization &org : m_demo->simulator()->data().organizations) {
            if (org.name == name)
                return int(org.keys.size());
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_demo = std::make_unique<DemoEnvironment>();
        QString error;
        QVERIFY2(m_demo->start(&error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_inventory = std::make_unique<InventoryService>(m_demo->tokens(), m_network.get());
        m_window = std::make_unique<MainWindow>(m_demo->profiles(), m_inventory.get(), false);
    }

    void cleanup()
    {
        m_window.reset();
        m_inventory.reset();
        m_network.reset();
        m_demo.reset();
    }

    void opensOnTheFirstOrganizationAndShowsItsKeys()
    {
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(firstLoad.wait(10000));
        auto *table = child<QTableView>("keyTable");
        auto *organizations = child<QComboBox>("organizationCombo");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(organizations->count() > 0);
        const int expected = keysOf(organizations->currentText());
        QVERIFY(expected > 0);
        QTRY_COMPARE(table->model()->rowCount(), expected);
        QVERIFY(!child<QWidget>("errorBanner")->isVisible());
        QVERIFY(child<QLabel>("statusLabel")->text().contains(u"Refreshed"));
        QVERIFY(child<QLabel>("sessionTokensNotice")->isVisible());
        // Every row carries a status a person can read, not only a colour.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString status =
                table->model()->index(row, KeyTableModel::StatusColumn).data().toString();
            QVERIFY2(status == u"In-Use"_s || status == u"Available"_s, qPrintable(status));
        }
    }

    void switchingEnterpriseAndOrganizationLoadsTheOther()
    {
        m_window->show();
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        QVERIFY(firstLoad.wait(10000));
        auto *enterprises = child<QComboBox>("enterpriseCombo");
        auto *organizations = child<QComboBox>("organizationCombo");
        auto *table = child<QTableView>("keyTable");
        QVERIFY(enterprises->count() >= 3); // two enterprises and "No enterprise"
        enterprises->setFocus();
        QTest::keyClick(enterprises,
                        Qt::Key_End); // the last entry: organizations outside any enterprise
        QCOMPARE(enterprises->currentText(), u"No enterprise"_s);
        QCOMPARE(organizations->count(), 1);
        const int expected = keysOf(organizations->currentText());
        QTRY_COMPARE(table->model()->rowCount(), expected);
        QTRY_VERIFY(child<QLabel>("statusLabel")->text().contains(u"Refreshed"));
    }

    void searchFiltersAsOneTypes()
    {
        m_window->show();
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        QVERIFY(firstLoad.wait(10000));
        auto *table = child<QTableView>("keyTable");
        const int all = table->model()->rowCount();
        QVERIFY(all > 1);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>("searchField");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"gcp"_s);
        QVERIFY(table->model()->rowCount() < all);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, KeyTableModel::ProviderColumn).data().toString(),
                     u"Google Cloud"_s);
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);
    }

    void aFailedRefreshKeepsTheLastDataAndOffersRetry()
    {
        m_window->show();
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        QVERIFY(firstLoad.wait(10000));
        auto *table = child<QTableView>("keyTable");
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 0);
        QString error;
        QVERIFY2(m_demo->simulator()->setFaults(u"/v2/kms=403"_s, &error), qPrintable(error));
        QSignalSpy failed(m_inventory.get(), &InventoryService::failed);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(child<QWidget>("errorBanner")->isVisible());
        QVERIFY2(child<QLabel>("errorText")->text().contains(u"org-cmk-read"),
                 qPrintable(child<QLabel>("errorText")->text()));
        QCOMPARE(table->model()->rowCount(), rows); // the last good data stays
        QVERIFY(child<QLabel>("statusLabel")->text().contains(u"Stale"));

        m_demo->simulator()->clearFaults();
        QSignalSpy loaded(m_inventory.get(), &InventoryService::loaded);
        QTest::mouseClick(child<QPushButton>("retryButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!child<QWidget>("errorBanner")->isVisible());
    }
    // Switching back to an organization whose refresh fails shows its earlier rows, marked stale:
    // a switch never throws away the last good data.
    void switchingBackKeepsTheLastGoodDataWhenItsRefreshFails()
    {
        m_window->show();
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        QVERIFY(firstLoad.wait(10000));
        auto *organizations = child<QComboBox>("organizationCombo");
        auto *table = child<QTableView>("keyTable");
        QVERIFY2(organizations->count() >= 3, "an enterprise with two organizations");
        const int first = organizations->currentIndex();
        const QString firstName = organizations->currentText();
        const int firstRows = keysOf(firstName);
        QTRY_COMPARE(table->model()->rowCount(), firstRows);

        const int other = first + 1 < organizations->count() ? first + 1 : first - 1;
        QSignalSpy finished(m_inventory.get(), &InventoryService::allFinished);
        organizations->setCurrentIndex(other);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(table->model()->rowCount(), keysOf(organizations->currentText()));

        QString error;
        QVERIFY2(m_demo->simulator()->setFaults(u"/v2/kms=403"_s, &error), qPrintable(error));
        finished.clear();
        organizations->setCurrentIndex(first);
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(child<QWidget>("errorBanner")->isVisible());
        QCOMPARE(table->model()->rowCount(), firstRows);
        QVERIFY2(child<QLabel>("errorText")->text().contains(u"last loaded data"),
                 qPrintable(child<QLabel>("errorText")->text()));
        QVERIFY(child<QLabel>("statusLabel")->text().contains(u"Stale"));
    }

    // With saved profiles (not --demo) the window offers Add organization and Sign out; signing
    // out removes the organization's profile and token and keeps the others on screen.
    void addOrganizationAndSignOutWorkOnSavedProfiles()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ProfileStore store(folder.filePath(u"profiles.ini"_s));
        for (const ConnectionProfile &profile : m_demo->profiles()) {
            QString error;
            QVERIFY2(store.add(profile, ProfileStore::Persistence::Saved, &error),
                     qPrintable(error));
        }
        m_window->setSignInSupport(&store, m_demo->tokens(), nullptr, m_network.get());
        m_window->show();
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        QVERIFY(firstLoad.wait(10000));
        auto *add = child<QAction>("addOrganizationAction");
        auto *signOut = child<QAction>("signOutAction");
        QVERIFY(add->isVisible());
        QVERIFY(signOut->isVisible());

        add->trigger();
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SignInDialog *>()) && dialog->isVisible());
        dialog->reject();

        auto *organizations = child<QComboBox>("organizationCombo");
        const QString shown = organizations->currentText();
        const QList<ConnectionProfile> before = store.profiles();
        const auto gone = std::find_if(before.cbegin(), before.cend(),
                                       [&](const auto &p) { return p.displayName() == shown; });
        QVERIFY(gone != before.cend());
        signOut->trigger();
        QTRY_COMPARE(store.profiles().size(), before.size() - 1);
        QVERIFY(!store.contains(gone->name));
        QTRY_VERIFY(organizations->findText(shown) < 0);
        QVERIFY(organizations->count() > 0); // the others stay
        std::optional<TokenResult> token;
        m_demo->tokens()->read(gone->tokenKey(), this,
                               [&token](const TokenResult &result) { token = result; });
        QTRY_VERIFY(token.has_value());
        QCOMPARE(token->status, TokenStoreStatus::NotFound); // the token went with the profile
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
