// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Key Encryption page's features, driven as a person would: filters, all organizations,
// details on Enter, copy, look-up, registration and export.
#include "cli/demoenvironment.h"
#include "inventory/inventoryservice.h"
#include "models/keytablemodel.h"
#include "secrets/memorytokenstore.h"
#include "sim/simulator.h"
#include "ui/keydetailsdialog.h"
#include "ui/keylookupdialog.h"
#include "ui/keyslotpicker.h"
#include "ui/mainwindow.h"
#include "ui/regionusagedialog.h"
#include "ui/registerkeydialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestKeyPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DemoEnvironment> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<InventoryService> m_inventory;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *child(const char *name, QObject *parent = nullptr)
    {
        T *found = (parent ? parent : m_window.get())->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QTableView *table() { return child<QTableView>("keyTable"); }

    template <typename Dialog> Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<Dialog *>()) && dialog->isVisible(); },
            5000);
        return dialog;
    }

    int rowOfKey(const QString &needle)
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()
                    ->model()
                    ->index(row, KeyTableModel::KeyIdColumn)
                    .data()
                    .toString()
                    .contains(needle))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(u"AstraKeysTest"_s);
        m_demo = std::make_unique<DemoEnvironment>();
        QString error;
        QVERIFY2(m_demo->start(&error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_inventory = std::make_unique<InventoryService>(m_demo->tokens(), m_network.get());
        m_window = std::make_unique<MainWindow>(m_demo->profiles(), m_inventory.get(), false);
        QSignalSpy firstLoad(m_window.get(), &MainWindow::firstLoadFinished);
        m_window->show();
        QVERIFY(firstLoad.wait(10000));
        QVERIFY(table()->model()->rowCount() > 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_inventory.reset();
        m_network.reset();
        m_demo.reset();
    }

    void filtersByStatusAndType()
    {
        const int all = table()->model()->rowCount();
        auto *status = child<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findText(u"Available"_s));
        QVERIFY(table()->model()->rowCount() < all);
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QCOMPARE(table()->model()->index(row, KeyTableModel::StatusColumn).data().toString(),
                     u"Available"_s);
        auto *type = child<QComboBox>("typeFilter");
        type->setCurrentIndex(type->findText(u"Classic"_s));
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QCOMPARE(table()->model()->index(row, KeyTableModel::TypeColumn).data().toString(),
                     u"Classic"_s);
        status->setCurrentIndex(0);
        type->setCurrentIndex(0);
        QCOMPARE(table()->model()->rowCount(), all);
    }

    void allOrganizationsMergesWithAnOrganizationColumn()
    {
        auto *enterprises = child<QComboBox>("enterpriseCombo");
        enterprises->setCurrentIndex(enterprises->findText(u"All enterprises"_s));
        auto *organizations = child<QComboBox>("organizationCombo");
        organizations->setCurrentIndex(organizations->findText(u"All organizations"_s));
        int keys = 0;
        for (const auto &org : m_demo->simulator()->data().organizations)
            keys += int(org.keys.size());
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), keys, 10000);
        QVERIFY(!table()->isColumnHidden(KeyTableModel::OrganizationColumn));
        QTRY_VERIFY(child<QLabel>("statusLabel")->text().contains(u"Refreshed"));
    }

    void enterOpensDetailsAndCtrlCCopiesTheKeyId()
    {
        const int row = rowOfKey(u"arn:aws:kms:us-east-1"_s);
        QVERIFY(row >= 0);
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(row, 0));
        const QString keyId =
            table()->model()->index(row, KeyTableModel::KeyIdColumn).data().toString();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), keyId);

        QTest::keyClick(table(), Qt::Key_Return);
        auto *dialog = waitForDialog<KeyDetailsDialog>();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>("keyIdLabel", dialog)->text(), keyId);
        QVERIFY(child<QLabel>("statusExplanation", dialog)->text().contains(u"In-Use"));
        QVERIFY(child<QListWidget>("databaseList", dialog)->count() > 0);
        // The Cloud Provider IDs arrive from /accounts and make a policy snippet.
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>("accountList", dialog)->count() > 0, 10000);
        QVERIFY(
            child<QPlainTextEdit>("policySnippet", dialog)->toPlainText().contains(u"kms:Decrypt"));
        QVERIFY(child<QPushButton>("openConsoleButton", dialog)->isEnabled());
        QVERIFY(child<QPushButton>("openConsoleButton", dialog)
                    ->toolTip()
                    .startsWith(u"https://us-east-1.console.aws.amazon.com/kms/"));
        // Deleting a key in use: the request names the key and warns of the outage.
        auto *action = child<QComboBox>("supportAction", dialog);
        action->setCurrentIndex(1);
        QVERIFY(child<QPlainTextEdit>("supportRequestText", dialog)->toPlainText().contains(keyId));
        QVERIFY(!child<QLabel>("outageWarning", dialog)->isHidden()); // on its (hidden) tab
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<KeyDetailsDialog *>());
    }

    void azureDetailsSayTheUsageIsDerived()
    {
        auto *enterprises = child<QComboBox>("enterpriseCombo");
        enterprises->setCurrentIndex(enterprises->findText(u"Contoso Health"_s));
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKey(u"vault.azure.net"_s) >= 0, 10000);
        const int row = rowOfKey(u"vault.azure.net"_s);
        QCOMPARE(table()->model()->index(row, KeyTableModel::StatusColumn).data().toString(),
                 u"Available"_s);
        QVERIFY(table()
                    ->model()
                    ->index(row, KeyTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Key is available, but usage tracking is unavailable."));
    }

    void lookUpAKeyAndAMissingOne()
    {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        auto *dialog = waitForDialog<KeyLookupDialog>();
        QVERIFY(dialog);
        const auto &key = m_demo->simulator()->data().organizations.first().keys.first();
        dialog->picker()->setSlot(cloudProviderFromString(key.provider), key.region,
                                  key.type == u"classic" ? KeyType::Classic : KeyType::Serverless);
        QTest::mouseClick(child<QPushButton>("lookUpButton", dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("lookupResult", dialog)->text().contains(key.keyId),
                                 10000);
        dialog->picker()->setSlot(CloudProvider::Aws, u"sa-east-1"_s, KeyType::Serverless);
        QTest::mouseClick(child<QPushButton>("lookUpButton", dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>("lookupResult", dialog)->text().startsWith(u"No serverless key"), 10000);
    }

    void registerAKeyThenSeeItInTheTable()
    {
        const int before = table()->model()->rowCount();
        child<QAction>("registerAction")->trigger();
        auto *dialog = waitForDialog<RegisterKeyDialog>();
        QVERIFY(dialog);
        dialog->picker()->setSlot(CloudProvider::Aws, u"sa-east-1"_s, KeyType::Serverless);
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>("accountList", dialog)->count() > 0, 10000);
        auto *keyId = child<QLineEdit>("keyIdField", dialog);
        auto *registerButton = child<QPushButton>("registerButton", dialog);
        QTest::keyClicks(
            keyId,
            u"arn:aws:kms:us-east-1:000000000042:key/00000000-0000-4000-8000-00000000cafe"_s);
        QVERIFY(
            child<QLabel>("keyIdProblem", dialog)->text().contains(u"us-east-1")); // wrong region
        QVERIFY(!registerButton->isEnabled());
        keyId->clear();
        QTest::keyClicks(
            keyId,
            u"arn:aws:kms:sa-east-1:000000000042:key/00000000-0000-4000-8000-00000000cafe"_s);
        QVERIFY(!registerButton->isEnabled()); // not before the grant is confirmed
        child<QCheckBox>("confirmGrant", dialog)->setChecked(true);
        QVERIFY(registerButton->isEnabled());
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QVERIFY(!registerButton->isEnabled()); // sent once
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), before + 1, 10000);
        int posts = 0;
        for (const auto &entry : m_demo->simulator()->requestLog())
            posts += entry.method == "POST";
        QCOMPARE(posts, 1);
    }

    void databasesTabOpensRegionUsage()
    {
        auto *tabs = child<QTabWidget>("viewTabs");
        tabs->setCurrentIndex(1);
        auto *databases = child<QTableView>("databaseTable");
        QTRY_VERIFY(databases->model()->rowCount() > 0);
        databases->setFocus();
        databases->setCurrentIndex(databases->model()->index(0, 0));
        QTest::keyClick(databases, Qt::Key_Return);
        RegionUsageDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<RegionUsageDialog *>()) && dialog->isVisible());
        QVERIFY(child<QTableView>("regionUsageTable", dialog)->model()->rowCount() > 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<RegionUsageDialog *>());
    }

    void exportWritesTheTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keys.csv"_s);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        auto *dialog = waitForDialog<QFileDialog>();
        QVERIFY(dialog);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept"); // what the Save button does
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), table()->model()->rowCount() + 1);
        QVERIFY(lines.first().startsWith("organization_id,"));
    }
};

QTEST_MAIN(TestKeyPage)
#include "tst_keypage.moc"
