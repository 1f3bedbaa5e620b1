// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No D-Bus at all (DBUS_SESSION_BUS_ADDRESS points nowhere, as on a machine without a desktop
// session): the window's token store falls back to this session only, a profile signed in
// through the dialog works, the window shows the notice, and nothing reaches the disk.
#include "simharness.h"

#include "cli/layeredtokenstore.h"
#include "cli/tokenstorechoice.h"
#include "inventory/inventoryservice.h"
#include "profiles/profilestore.h"
#include "secrets/keychaintokenstore.h"
#include "secrets/memorytokenstore.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include "../keychain/testtokens.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSessionOnly : public QObject
{
    Q_OBJECT
private:
    QString m_home;
    QString m_token;
    std::unique_ptr<SimHarness> m_sim;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // Chooses the window's token store the way main.cpp does, and waits for the choice.
    LayeredTokenStore *choose(TokenStore *keychain, QObject *context, QString *notice)
    {
        LayeredTokenStore *chosen = nullptr;
        chooseTokenStore(keychain, context,
                         [&chosen, notice](LayeredTokenStore *store, const QString &text) {
                             chosen = store;
                             *notice = text;
                         });
        if (!QTest::qWaitFor([&chosen] { return chosen != nullptr; }, 30000))
            return nullptr;
        return chosen;
    }

    // Signs in through the dialog on the simulator; returns the profileSaved arguments.
    QList<QVariant> signIn(SignInDialog *dialog, const QString &token)
    {
        auto *environment = child<QComboBox>(dialog, "environmentCombo");
        environment->setCurrentIndex(environment->findData(int(SignInDialog::Environment::Custom)));
        auto *url = child<QLineEdit>(dialog, "apiUrlField");
        url->clear();
        QTest::keyClicks(url, m_sim->simulator().baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenField"), token);
        auto *verify = child<QPushButton>(dialog, "verifyButton");
        QTest::mouseClick(verify, Qt::LeftButton);
        auto *ok = child<QPushButton>(dialog, "okButton");
        if (!QTest::qWaitFor([ok] { return ok->isEnabled(); }, 20000))
            return {};
        QSignalSpy saved(dialog, &SignInDialog::profileSaved);
        QTest::mouseClick(ok, Qt::LeftButton);
        if (!saved.wait(20000))
            return {};
        return saved.first();
    }

    // The files under HOME that hold text.
    QStringList filesHolding(const QString &text) const
    {
        QStringList found;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qEnvironmentVariable("ASTRA_TEST_SESSION_HOME");
        if (m_home.isEmpty() || QDir::homePath() != QDir(m_home).absolutePath())
            QFAIL("run through ctest, which gives this test a HOME of its own");
        QVERIFY(QDir(m_home).removeRecursively());
        QVERIFY(QDir().mkpath(m_home));
        m_token = fakeToken();
        sim::DataSet data = sim::DataSet::demo();
        data.organizations[0].tokens.append(
            {m_token, {u"org-cmk-read"_s, u"org-db-view"_s, u"org-read"_s}});
        m_sim = std::make_unique<SimHarness>(std::move(data));
    }

    void noKeychainMeansSessionOnly()
    {
        KeychainTokenStore keychain;
        keychain.setTimeout(10s);
        QObject context;
        QString notice;
        LayeredTokenStore *tokens = choose(&keychain, &context, &notice);
        QVERIFY(tokens);
        QVERIFY(!tokens->isPersistent());
        QVERIFY(!tokens->keychain());
        QVERIFY2(notice.contains(u"keychain"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"this session only"_s), qPrintable(notice));
    }

    void aProfileWorksForTheSessionAndNothingIsWritten()
    {
        const sim::SimOrganization &org = m_sim->organization(0);
        KeychainTokenStore keychain;
        QObject context;
        QString notice;
        LayeredTokenStore *tokens = choose(&keychain, &context, &notice);
        QVERIFY(tokens && !tokens->isPersistent());

        ProfileStore profiles; // the user's settings, under this test's HOME
        SignInDialog dialog(&profiles, tokens->keychain(), tokens->session(), m_sim->network());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
        QVERIFY(!remember->isChecked());
        QVERIFY(!remember->isEnabled());
        auto *dialogNotice = child<QLabel>(&dialog, "keychainNotice");
        QVERIFY(dialogNotice->isVisible());
        QVERIFY(dialogNotice->text().contains(u"this session only"_s));

        const QList<QVariant> saved = signIn(&dialog, m_token);
        QCOMPARE(saved.size(), 2);
        const auto profile = saved.at(0).value<ConnectionProfile>();
        QVERIFY(!saved.at(1).toBool());
        QCOMPARE(profile.organizationId, org.id);
        QVERIFY(profiles.isSessionOnly(profile.name));

        // The window: the notice shows, and the profile loads with the session's token.
        InventoryService inventory(tokens, m_sim->network());
        MainWindow window(profiles.profiles(), &inventory, tokens->isPersistent());
        QSignalSpy loaded(&inventory, &InventoryService::loaded);
        QSignalSpy failed(&inventory, &InventoryService::failed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *windowNotice = child<QLabel>(&window, "sessionTokensNotice");
        QVERIFY(windowNotice->isVisible());
        QVERIFY(windowNotice->text().contains(u"session only"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString()
                                             : failed.first().at(1).value<ApiError>().message));
        QCOMPARE(loaded.first().first().value<ConnectionProfile>().name, profile.name);

        // Nothing on disk: neither the token nor the session's profile.
        QCOMPARE(filesHolding(m_token), QStringList());
        QCOMPARE(filesHolding(profile.name), QStringList());
        QCOMPARE(ProfileStore().profiles().size(), 0);
    }

    void aKeychainThatFailsOnSaveFallsBackWhenTheUserConfirms()
    {
        // The keychain looked usable, then refused the write (here: there is no bus at all).
        KeychainTokenStore keychain;
        MemoryTokenStore session;
        ProfileStore profiles;
        SignInDialog dialog(&profiles, &keychain, &session, m_sim->network());
        dialog.open();
        QVERIFY(child<QCheckBox>(&dialog, "rememberCheck")->isChecked());

        auto *environment = child<QComboBox>(&dialog, "environmentCombo");
        environment->setCurrentIndex(environment->findData(int(SignInDialog::Environment::Custom)));
        auto *url = child<QLineEdit>(&dialog, "apiUrlField");
        url->clear();
        QTest::keyClicks(url, m_sim->simulator().baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(&dialog, "tokenField"), m_token);
        QTest::mouseClick(child<QPushButton>(&dialog, "verifyButton"), Qt::LeftButton);
        auto *ok = child<QPushButton>(&dialog, "okButton");
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 20000);

        QSignalSpy saved(&dialog, &SignInDialog::profileSaved);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *message = child<QLabel>(&dialog, "saveMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"session only"_s), 20000);
        QVERIFY(message->text().contains(u"keychain"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.size(), 0);
        QVERIFY(!child<QCheckBox>(&dialog, "rememberCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, "rememberCheck")->isEnabled());
        QVERIFY(profiles.profiles().isEmpty());

        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QVERIFY(!saved.first().at(1).toBool());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(filesHolding(m_token), QStringList());
    }
};

QTEST_MAIN(TestSessionOnly)
#include "tst_sessiononly.moc"
