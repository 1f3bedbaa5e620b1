// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each shipped language on the real window and its dialogs: the strings come from the
// catalogue, nothing is clipped (German words are long, Japanese glyphs wide), and a PNG of every
// view lands in the build folder (language-screenshots/) for a person to look at.
#include "cli/demoenvironment.h"
#include "cli/language.h"
#include "inventory/inventoryservice.h"
#include "profiles/profilestore.h"
#include "secrets/memorytokenstore.h"
#include "ui/keydetailsdialog.h"
#include "ui/keylookupdialog.h"
#include "ui/mainwindow.h"
#include "ui/regionusagedialog.h"
#include "ui/signindialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace astra;
using namespace Qt::StringLiterals;

namespace {

void removeTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

// Every visible label (on one line) and button of `top` has at least the room its text needs.
QStringList clippedWidgets(QWidget *top)
{
    QStringList clipped;
    const auto labels = top->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->minimumSizeHint().width())
            clipped.append(u"label \"%1\": %2 < %3 px"_s.arg(label->text())
                               .arg(label->width())
                               .arg(label->minimumSizeHint().width()));
    }
    const auto buttons = top->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->width() < button->minimumSizeHint().width())
            clipped.append(u"button \"%1\": %2 < %3 px"_s.arg(button->text())
                               .arg(button->width())
                               .arg(button->minimumSizeHint().width()));
    }
    return clipped;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private:
    QDir m_shots;

    void shoot(QWidget *widget, const QString &view)
    {
        const QString path = m_shots.filePath(
            u"%1-%2.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()), view));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    void checkLaidOut(QWidget *top, const QString &view)
    {
        const QStringList clipped = clippedWidgets(top);
        QVERIFY2(clipped.isEmpty(), qPrintable(view + u": "_s + clipped.join(u"; "_s)));
        shoot(top, view);
    }

    template <typename Dialog> Dialog *waitForDialog(QWidget *window)
    {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = window->findChild<Dialog *>()) && dialog->isVisible(); }, 10000);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir::current().mkpath(u"language-screenshots"_s));
        m_shots = QDir(QDir::current().filePath(u"language-screenshots"_s));
    }

    void cleanup() { removeTranslators(); }

    void unknownLanguageIsRefusedWithTheChoices()
    {
        QString error;
        QVERIFY(!installLanguage(u"xx"_s, &error));
        QVERIFY2(error.contains(u"de, fr, ja"_s), qPrintable(error));
    }

    void windowAndDialogs_data()
    {
        QTest::addColumn<QString>("refresh");  // the Refresh action's text in that language
        QTest::addColumn<QString>("keysWord"); // a word the window shows somewhere
        QTest::newRow("en") << u"Refresh"_s << u"Keys"_s;
        QTest::newRow("de") << u"Aktualisieren"_s << u"Schlüssel"_s;
        QTest::newRow("fr") << u"Actualiser"_s << u"Clés"_s;
        QTest::newRow("ja") << u"更新"_s << u"キー"_s;
    }

    void windowAndDialogs()
    {
        QFETCH(QString, refresh);
        QFETCH(QString, keysWord);
        const QString language = QString::fromLatin1(QTest::currentDataTag());
        removeTranslators();
        QString error;
        QVERIFY2(installLanguage(language, &error), qPrintable(error));
        QCOMPARE(QLocale().name().section(u'_', 0, 0), language);
        // English plural forms come from the English catalogue, not from the "(s)" source.
        if (language == u"en")
            QCOMPARE(
                QCoreApplication::translate("astra::DatabasesView", "%n database(s)", nullptr, 1),
                u"1 database"_s);

        DemoEnvironment demo;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        InventoryService inventory(demo.tokens(), &network);
        MainWindow window(demo.profiles(), &inventory, false);
        window.resize(1280, 800);
        QSignalSpy firstLoad(&window, &MainWindow::firstLoadFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(firstLoad.wait(10000));

        // Strings of the window come from the catalogue.
        auto *refreshAction = window.findChild<QAction *>(u"refreshAction"_s);
        QVERIFY(refreshAction);
        QCOMPARE(refreshAction->text(), refresh);
        const auto labels = window.findChildren<QLabel *>();
        const auto toolbars = window.findChildren<QToolBar *>();
        bool keysWordShown = window.windowTitle().contains(keysWord);
        for (const QLabel *label : labels)
            keysWordShown = keysWordShown || label->text().contains(keysWord);
        auto *tabs = window.findChild<QTabWidget *>(u"viewTabs"_s);
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            keysWordShown = keysWordShown || tabs->tabText(i).contains(keysWord);
        QVERIFY2(keysWordShown, qPrintable(keysWord));

        // The window fits a 1280-pixel screen, and every toolbar action has its place (none
        // pushed into the overflow menu).
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        for (QToolBar *toolbar : toolbars) {
            const auto actions = toolbar->actions();
            for (QAction *action : actions) {
                if (action->isVisible() && !action->isSeparator())
                    QVERIFY2(toolbar->widgetForAction(action)->isVisible(),
                             qPrintable(action->text()));
            }
        }
        checkLaidOut(&window, u"main-window"_s);

        // The key details dialog (Enter on a key).
        auto *table = window.findChild<QTableView *>(u"keyTable"_s);
        QVERIFY(table && table->model()->rowCount() > 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *details = waitForDialog<KeyDetailsDialog>(&window);
        QVERIFY(details);
        if (language != u"en")
            QVERIFY2(!details->windowTitle().startsWith(u"Key details"),
                     qPrintable(details->windowTitle()));
        checkLaidOut(details, u"key-details"_s);
        QTest::keyClick(details, Qt::Key_Escape);
        QTRY_VERIFY(!details->isVisible());

        // The key look-up (Ctrl+L).
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        auto *lookup = waitForDialog<KeyLookupDialog>(&window);
        QVERIFY(lookup);
        checkLaidOut(lookup, u"key-lookup"_s);
        QTest::keyClick(lookup, Qt::Key_Escape);
        QTRY_VERIFY(!lookup->isVisible());

        // Key registration.
        window.findChild<QAction *>(u"registerAction"_s)->trigger();
        auto *registration = waitForDialog<QDialog>(&window);
        QVERIFY(registration);
        checkLaidOut(registration, u"register-key"_s);
        registration->reject();
        QTRY_VERIFY(!registration->isVisible());

        // Region usage of a database (Enter on the Databases tab).
        tabs->setCurrentIndex(1);
        auto *databases = window.findChild<QTableView *>(u"databaseTable"_s);
        QVERIFY(databases);
        QTRY_VERIFY(databases->model()->rowCount() > 0);
        checkLaidOut(&window, u"databases"_s);
        databases->setFocus();
        databases->setCurrentIndex(databases->model()->index(0, 0));
        QTest::keyClick(databases, Qt::Key_Return);
        auto *regionUsage = waitForDialog<RegionUsageDialog>(&window);
        QVERIFY(regionUsage);
        checkLaidOut(regionUsage, u"region-usage"_s);
        regionUsage->close();

        // Sign-in.
        QTemporaryDir folder;
        ProfileStore profiles(folder.filePath(u"profiles.ini"_s));
        MemoryTokenStore tokens;
        SignInDialog signIn(&profiles, &tokens, &tokens, &network, &window);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        if (language != u"en")
            QVERIFY2(signIn.windowTitle() != u"Add Organization"_s,
                     qPrintable(signIn.windowTitle()));
        checkLaidOut(&signIn, u"sign-in"_s);
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
