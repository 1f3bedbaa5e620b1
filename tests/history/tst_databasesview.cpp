// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Databases view on the demo data, offscreen: search, coverage filter, and asking for one
// database's Region Usage with Enter or the button.
#include "demosnapshots.h"

#include "models/databasetablemodel.h"
#include "ui/databasesview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

class TestDatabasesView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHarness> m_sim;
    QList<OrganizationSnapshot> m_demo;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimHarness>();
        m_demo = loadAllSnapshots(*m_sim);
    }

    void searchFilterAndOpen()
    {
        DatabasesView view;
        view.setSnapshots(m_demo);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto *search = child<QLineEdit>(&view, "databaseSearchField");
        auto *table = child<QTableView>(&view, "databaseTable");
        auto *button = child<QPushButton>(&view, "regionUsageButton");
        auto *coverage = child<QComboBox>(&view, "databaseCoverageFilter");
        auto *count = child<QLabel>(&view, "databaseCountLabel");
        for (QWidget *w : {static_cast<QWidget *>(search), static_cast<QWidget *>(table),
                           static_cast<QWidget *>(button), static_cast<QWidget *>(coverage)})
            QVERIFY(!w->accessibleName().isEmpty());

        const int all = view.model()->rowCount();
        QVERIFY(all > 10);
        QCOMPARE(table->model()->rowCount(), all);
        QVERIFY(!button->isEnabled());
        QVERIFY(count->text().contains(QString::number(all)));

        view.focusSearch();
        QTest::keyClicks(search, u"customer-360"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(count->text().startsWith(u"1 of"));

        // Enter on the row asks for its Region Usage, with both ids.
        QSignalSpy requested(&view, &DatabasesView::regionUsageRequested);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(button->isEnabled());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        const int org = organizationWithDatabase(*m_sim, u"customer-360"_s);
        QCOMPARE(requested.first().at(0).toString(), m_demo.at(org).organization.id);
        QCOMPARE(requested.first().at(1).toString(),
                 findDatabase(m_demo.at(org), u"customer-360"_s)->id);
        QVERIFY(view.snapshotOf(m_demo.at(org).organization.id));

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 2);

        // The coverage filter: default encryption only, everything shown says so.
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);
        coverage->setCurrentIndex(coverage->findData(int(EncryptionCoverage::DefaultOnly)));
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < all);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(
                table->model()->index(r, DatabaseTableModel::EncryptionColumn).data().toString(),
                u"Default encryption only"_s);
        coverage->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), all);
    }

    void sortingByAHeaderUsesRawValues()
    {
        DatabasesView view;
        view.setSnapshots(m_demo);
        auto *table = child<QTableView>(&view, "databaseTable");
        table->sortByColumn(DatabaseTableModel::CreatedColumn, Qt::DescendingOrder);
        const auto first = table->model()
                               ->index(0, DatabaseTableModel::CreatedColumn)
                               .data(DatabaseTableModel::SortRole)
                               .toDateTime();
        for (int r = 1; r < table->model()->rowCount(); ++r)
            QVERIFY(table->model()
                        ->index(r, DatabaseTableModel::CreatedColumn)
                        .data(DatabaseTableModel::SortRole)
                        .toDateTime() <= first);
    }
};

QTEST_MAIN(TestDatabasesView)
#include "tst_databasesview.moc"
