// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// KeychainTokenStore with a locked keyring and no display: gnome-keyring cannot show its unlock
// prompt, so every job must end at once with an answer, not hang until the timeout. A test of
// its own because locking the session's keyring cannot be undone without a prompt.
#include "secrets/keychaintokenstore.h"
#include "testtokens.h"
#include "tokenwaiter.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace astra;
using namespace astra::test;
using namespace std::chrono_literals;

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeIsDenied();
    void readOfAStoredTokenIsNotSuccessful();

private:
    static constexpr std::chrono::milliseconds m_timeout = 10s;
    QString m_service;
    QString m_profile;
};

void TestKeychainLocked::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ASTRA_PRIVATE_KEYRING")) {
        QFAIL("run through tests/support/with-keyring.sh (ctest does), not directly");
    }
    // Store one token while the keyring is open, then lock the keyring behind it.
    m_service = QStringLiteral("io.github.astrakeys.AstraKeys.test.") +
                QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_profile = QStringLiteral("profile");
    KeychainTokenStore store(m_service);
    const auto written = TokenWaiter::write(store, m_profile, fakeToken());
    QVERIFY(written.result);
    QVERIFY2(written.result->ok(), qPrintable(written.result->message));

    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(lock.waitForFinished(10'000));
    QCOMPARE(lock.exitCode(), 0);
}

void TestKeychainLocked::writeIsDenied()
{
    KeychainTokenStore store(m_service);
    store.setTimeout(m_timeout);
    const QString token = fakeToken();
    const auto outcome = TokenWaiter::write(store, QStringLiteral("another"), token);
    QVERIFY(outcome.result);
    QCOMPARE(tokenStoreStatusName(outcome.result->status), QStringLiteral("AccessDenied"));
    QVERIFY(outcome.elapsed < m_timeout);
    QVERIFY(!outcome.result->message.isEmpty());
    QVERIFY(!outcome.result->message.contains(token));
}

void TestKeychainLocked::readOfAStoredTokenIsNotSuccessful()
{
    KeychainTokenStore store(m_service);
    store.setTimeout(m_timeout);
    const auto outcome = TokenWaiter::read(store, m_profile);
    QVERIFY(outcome.result);
    // What we promise: no token and no hang. libsecret finds no unlocked item and QtKeychain
    // 0.13 reports that as EntryNotFound, so today this reads NotFound, the same as "not signed
    // in yet"; on a desktop the keyring would have prompted for its password instead.
    QVERIFY(!outcome.result->ok());
    QVERIFY(outcome.result->token.isEmpty());
    QVERIFY(outcome.elapsed < m_timeout);
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
