// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog as a person uses it, on the offscreen platform: a pasted token with
// whitespace, format errors, Verify against the simulator over loopback, then Save into a real
// gnome-keyring (tests/support/with-keyring.sh), which secret-tool confirms independently.
#include "keyringsearch.h"
#include "simharness.h"

#include "profiles/profilestore.h"
#include "secrets/keychaintokenstore.h"
#include "secrets/memorytokenstore.h"
#include "ui/signindialog.h"

#include "../keychain/testtokens.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace astra;
using namespace astra::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList AllPermissions{u"org-cmk-read"_s, u"org-cmk-write"_s, u"org-db-view"_s,
                                 u"org-db-create"_s, u"org-read"_s};

// Reads profileKey from store and waits for the answer.
TokenResult readToken(TokenStore &store, const QString &profileKey)
{
    TokenResult result;
    bool done = false;
    QObject context;
    store.read(profileKey, &context, [&](const TokenResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        result.message = u"no answer from the token store"_s;
    return result;
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT
private:
    QString m_token;        // of organization 0, all permissions
    QString m_limitedToken; // of organization 1, without org-read: /v2/organizations/users is 403
    QString m_otherToken;   // of organization 2
    std::unique_ptr<SimHarness> m_sim;
    QTemporaryDir m_dir;
    QString m_service;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainTokenStore> m_keychain;
    std::unique_ptr<MemoryTokenStore> m_session;
    std::unique_ptr<SignInDialog> m_dialog;

    template <typename T> T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton *okButton() { return child<QPushButton>("okButton"); }

    void pasteToken(const QString &text)
    {
        auto *field = child<QLineEdit>("tokenField");
        field->setFocus();
        field->selectAll();
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(field, QKeySequence::Paste);
    }

    void chooseSimulator()
    {
        auto *environment = child<QComboBox>("environmentCombo");
        environment->setCurrentIndex(environment->findData(int(SignInDialog::Environment::Custom)));
        auto *url = child<QLineEdit>("apiUrlField");
        url->clear();
        QTest::keyClicks(url, m_sim->simulator().baseUrl().toString());
    }

    void verifyAndWait()
    {
        auto *verify = child<QPushButton>("verifyButton");
        QVERIFY(verify->isEnabled());
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verify->isEnabled(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ASTRA_PRIVATE_KEYRING"))
            QFAIL("run through tests/support/with-keyring.sh (ctest does), not directly");
        QVERIFY(m_dir.isValid());
        m_token = fakeToken();
        m_limitedToken = fakeToken();
        m_otherToken = fakeToken();
        sim::DataSet data = sim::DataSet::demo();
        QVERIFY(data.organizations.size() >= 3);
        data.organizations[0].tokens.append({m_token, AllPermissions});
        data.organizations[1].tokens.append(
            {m_limitedToken, {u"org-cmk-read"_s, u"org-db-view"_s}});
        data.organizations[2].tokens.append({m_otherToken, AllPermissions});
        m_sim = std::make_unique<SimHarness>(std::move(data));
        // A service of its own, so that nothing left by another run can make a test pass.
        m_service = u"io.github.astrakeys.AstraKeys.test."_s +
                    QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void init()
    {
        m_profiles = std::make_unique<ProfileStore>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s));
        m_keychain = std::make_unique<KeychainTokenStore>(m_service);
        m_session = std::make_unique<MemoryTokenStore>();
        m_dialog = std::make_unique<SignInDialog>(m_profiles.get(), m_keychain.get(),
                                                  m_session.get(), m_sim->network());
        m_dialog->setTransferTimeoutMs(5000);
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_keychain.reset();
        m_profiles.reset();
    }

    void cleanupTestCase()
    {
        // Every test takes out what it put in; this proves it.
        if (!m_service.isEmpty())
            QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void startsEmptyWithRememberOnAndSaveOff()
    {
        QVERIFY(m_dialog->isModal());
        QCOMPARE(child<QLineEdit>("tokenField")->echoMode(), QLineEdit::Password);
        QVERIFY(child<QCheckBox>("rememberCheck")->isChecked());
        QVERIFY(child<QCheckBox>("rememberCheck")->isEnabled());
        QVERIFY(!child<QLabel>("keychainNotice")->isVisible());
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(!child<QPushButton>("verifyButton")->isEnabled());
        QCOMPARE(child<QLineEdit>("apiUrlField")->text(), u"https://api.astra.datastax.com"_s);
        // Every interactive child can be found and is named for assistive technology.
        for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget))
                continue;
            if (!widget->isVisibleTo(m_dialog.get()))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void showToggleRevealsTheToken()
    {
        auto *field = child<QLineEdit>("tokenField");
        QTest::mouseClick(child<QCheckBox>("showTokenCheck"), Qt::LeftButton);
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QCheckBox>("showTokenCheck"), Qt::LeftButton);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    }

    void typedWhitespaceIsDropped()
    {
        auto *field = child<QLineEdit>("tokenField");
        QTest::keyClicks(field, u"  "_s + m_token.left(40) + u" \t"_s + m_token.mid(40) + u" "_s);
        QCOMPARE(field->text(), m_token);
        QVERIFY(!child<QLabel>("tokenMessage")->isVisible());
    }

    void pastedLineBreaksAreDropped()
    {
        pasteToken(u"\n  "_s + m_token.left(50) + u"\r\n"_s + m_token.mid(50) + u"\n"_s);
        QCOMPARE(child<QLineEdit>("tokenField")->text(), m_token);
        QVERIFY(!child<QLabel>("tokenMessage")->isVisible());
        QVERIFY(child<QPushButton>("verifyButton")->isEnabled());
    }

    void formatErrorsAreShownInline_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("client secret") << u"xYzClientSecret,abc"_s << u"AstraCS:"_s;
        QTest::newRow("cut short") << u"AstraCS:TESTabc:0123"_s << u"20 characters"_s;
        QTest::newRow("two parts") << u"AstraCS:TESTabc"_s << u"three parts"_s;
    }

    void formatErrorsAreShownInline()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QTest::keyClicks(child<QLineEdit>("tokenField"), typed);
        auto *message = child<QLabel>("tokenMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QVERIFY(!child<QPushButton>("verifyButton")->isEnabled());
        QVERIFY(!okButton()->isEnabled());
        // Fixed by pasting the whole token: the message goes.
        pasteToken(m_token);
        QVERIFY(!message->isVisible());
    }

    void customAddressesFollowTheTransportRule()
    {
        pasteToken(m_token);
        auto *environment = child<QComboBox>("environmentCombo");
        auto *url = child<QLineEdit>("apiUrlField");
        environment->setCurrentIndex(environment->findData(int(SignInDialog::Environment::Test)));
        QCOMPARE(url->text(), u"https://api.test.cloud.datastax.com"_s);
        QVERIFY(!url->isEnabled());
        environment->setCurrentIndex(
            environment->findData(int(SignInDialog::Environment::Development)));
        QCOMPARE(url->text(), u"https://api.dev.cloud.datastax.com"_s);
        environment->setCurrentIndex(environment->findData(int(SignInDialog::Environment::Custom)));
        QVERIFY(url->isEnabled());
        url->clear();
        QTest::keyClicks(url, u"http://api.example.com"_s);
        auto *message = child<QLabel>("apiUrlMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"plain HTTP"_s), qPrintable(message->text()));
        QVERIFY(!child<QPushButton>("verifyButton")->isEnabled());
        url->clear();
        QTest::keyClicks(url, m_sim->simulator().baseUrl().toString());
        QVERIFY(!message->isVisible());
        QVERIFY(child<QPushButton>("verifyButton")->isEnabled());
    }

    void anUnknownTokenIsNotVerified()
    {
        chooseSimulator();
        pasteToken(fakeToken());
        verifyAndWait();
        auto *status = child<QLabel>("verifyStatus");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(u"Not verified"_s), qPrintable(status->text()));
        // The API's sentence with its next step, not a status code alone.
        QVERIFY2(status->text().contains(u"token"_s, Qt::CaseInsensitive),
                 qPrintable(status->text()));
        QVERIFY(!okButton()->isEnabled());
    }

    void verifyShowsTheOrganizationAndSaveStoresBoth()
    {
        const sim::SimOrganization &org = m_sim->organization(0);
        ConnectionProfile existing;
        existing.name = u"elsewhere"_s;
        existing.enterprise = u"Acme Holdings"_s;
        existing.apiUrl = QUrl(u"https://api.astra.datastax.com"_s);
        QVERIFY(m_profiles->add(existing));
        // The completer was built from the store when the dialog opened: build it again.
        m_dialog = std::make_unique<SignInDialog>(m_profiles.get(), m_keychain.get(),
                                                  m_session.get(), m_sim->network());
        m_dialog->open();
        auto *completer = child<QLineEdit>("enterpriseField")->completer();
        QVERIFY(completer);
        auto *labels = qobject_cast<QStringListModel *>(completer->model());
        QVERIFY(labels);
        QCOMPARE(labels->stringList(), QStringList{u"Acme Holdings"_s});

        chooseSimulator();
        pasteToken(u" "_s + m_token + u"\n"_s);
        QVERIFY(!okButton()->isEnabled());
        verifyAndWait();
        auto *status = child<QLabel>("verifyStatus");
        QVERIFY2(status->text().contains(org.name), qPrintable(status->text()));
        QVERIFY2(status->text().contains(org.id), qPrintable(status->text()));
        // The profile name defaults to the organization's.
        QCOMPARE(child<QLineEdit>("nameField")->text(), org.name);
        QVERIFY(okButton()->isEnabled());
        QTest::keyClicks(child<QLineEdit>("enterpriseField"), u"Acme Holdings"_s);

        QSignalSpy saved(m_dialog.get(), &SignInDialog::profileSaved);
        QSignalSpy finished(m_dialog.get(), &QDialog::finished);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        const auto profile = saved.first().first().value<ConnectionProfile>();
        QVERIFY(saved.first().at(1).toBool()); // the token is persistent
        QCOMPARE(profile.name, org.name);
        QCOMPARE(profile.organizationId, org.id);
        QCOMPARE(profile.organizationName, org.name);
        QCOMPARE(profile.enterprise, u"Acme Holdings"_s);
        QCOMPARE(profile.apiUrl, m_sim->simulator().baseUrl());

        // The profile in the settings, the token in the keyring and not in the session store.
        QCOMPARE(m_profiles->find(org.name), std::optional<ConnectionProfile>(profile));
        QVERIFY(!m_profiles->isSessionOnly(org.name));
        const TokenResult stored = readToken(*m_keychain, profile.tokenKey());
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.token, m_token);
        QCOMPARE(readToken(*m_session, profile.tokenKey()).status, TokenStoreStatus::NotFound);
        const KeyringSearch found = KeyringSearch::service(m_service);
        QCOMPARE(found.count, 1);
        QCOMPARE(found.secret, m_token);
        QCOMPARE(found.attributes.value(u"user"_s), profile.tokenKey());

        // Signing out: the keychain entry goes, secret-tool finds nothing.
        bool removed = false;
        m_keychain->remove(profile.tokenKey(), this,
                           [&removed](const TokenResult &r) { removed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QVERIFY(m_profiles->remove(profile.name));
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void aTokenWithoutOrgReadIsVerifiedByCurrentOrgAlone()
    {
        const sim::SimOrganization &org = m_sim->organization(1);
        chooseSimulator();
        pasteToken(m_limitedToken);
        verifyAndWait();
        auto *status = child<QLabel>("verifyStatus");
        QVERIFY2(status->text().startsWith(u"Verified"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(org.name), qPrintable(status->text()));
        QVERIFY(okButton()->isEnabled());
    }

    void aTakenNameBlocksSave()
    {
        const sim::SimOrganization &org = m_sim->organization(2);
        ConnectionProfile existing;
        existing.name = org.name.toUpper();
        existing.apiUrl = QUrl(u"https://api.astra.datastax.com"_s);
        QVERIFY(m_profiles->add(existing));
        chooseSimulator();
        pasteToken(m_otherToken);
        verifyAndWait();
        auto *message = child<QLabel>("nameMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"already exists"_s), qPrintable(message->text()));
        QVERIFY(!okButton()->isEnabled());
        auto *name = child<QLineEdit>("nameField");
        name->clear();
        QTest::keyClicks(name, u"second-"_s + org.name);
        QVERIFY(!message->isVisible());
        QVERIFY(okButton()->isEnabled());
    }

    void sessionOnlyWhenRememberIsOff()
    {
        const sim::SimOrganization &org = m_sim->organization(2);
        chooseSimulator();
        pasteToken(m_otherToken);
        verifyAndWait();
        QTest::mouseClick(child<QCheckBox>("rememberCheck"), Qt::LeftButton);
        QVERIFY(!child<QCheckBox>("rememberCheck")->isChecked());
        QSignalSpy saved(m_dialog.get(), &SignInDialog::profileSaved);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QVERIFY(!saved.first().at(1).toBool());
        QVERIFY(m_profiles->isSessionOnly(org.name));
        QCOMPARE(ProfileStore(m_profiles->fileName()).profiles().size(), 0);
        QCOMPARE(readToken(*m_session, saved.first().first().value<ConnectionProfile>().tokenKey())
                     .token,
                 m_otherToken);
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }

    void signingInAgainReplacesTheTokenOfThatProfile()
    {
        const sim::SimOrganization &org = m_sim->organization(0);
        ConnectionProfile profile;
        profile.name = u"payments"_s;
        profile.organizationId = org.id;
        profile.organizationName = org.name;
        profile.apiUrl = m_sim->simulator().baseUrl();
        QVERIFY(m_profiles->add(profile));
        m_dialog->setProfileToRenew(profile);
        QCOMPARE(child<QLineEdit>("nameField")->text(), u"payments"_s);
        QVERIFY(child<QLineEdit>("nameField")->isReadOnly());
        QCOMPARE(child<QLineEdit>("apiUrlField")->text(), profile.apiUrl.toString());

        // A token of another organization is refused for this profile.
        pasteToken(m_otherToken);
        verifyAndWait();
        auto *status = child<QLabel>("verifyStatus");
        QVERIFY2(status->text().contains(u"another organization"_s), qPrintable(status->text()));
        QVERIFY(!okButton()->isEnabled());

        pasteToken(m_token);
        verifyAndWait();
        QVERIFY(okButton()->isEnabled());
        QSignalSpy saved(m_dialog.get(), &SignInDialog::profileSaved);
        QTest::mouseClick(okButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(readToken(*m_keychain, profile.tokenKey()).token, m_token);

        bool removed = false;
        m_keychain->remove(profile.tokenKey(), this,
                           [&removed](const TokenResult &r) { removed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }

    void cancelStoresNothing()
    {
        chooseSimulator();
        pasteToken(m_token);
        verifyAndWait();
        QSignalSpy saved(m_dialog.get(), &SignInDialog::profileSaved);
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(saved.size(), 0);
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(KeyringSearch::service(m_service).count, 0);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
