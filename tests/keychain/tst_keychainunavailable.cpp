// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The token stores without a keychain: KeychainTokenStore with a session bus address that leads
// nowhere (set by CMakeLists.txt) must fail quickly and clearly, never hang or crash, never fall
// back to a file; MemoryTokenStore, the session-only fallback, must keep the same contract.
#include "secrets/keychaintokenstore.h"
#include "secrets/memorytokenstore.h"
#include "testtokens.h"
#include "tokenwaiter.h"

#include <QDir>
#include <QTest>

using namespace astra;
using namespace astra::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(QKeychain::Error)
Q_DECLARE_METATYPE(astra::KeychainTokenStore::Operation)
Q_DECLARE_METATYPE(astra::TokenStoreStatus)

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keychainReportsUnavailable_data();
    void keychainReportsUnavailable();
    void keychainLeavesNoPlainTextFile();
    void statusMapping_data();
    void statusMapping();
    void messages();

    void memoryRoundTrip();
    void memoryNotFoundAndRemove();
    void memoryProfilesAreIsolated();
    void memoryCallbackIsQueued();
    void memoryCallbackSkippedWhenContextDestroyed();

private:
    static constexpr std::chrono::milliseconds m_timeout = 5s;
    QString m_home;
};

void TestKeychainUnavailable::initTestCase()
{
    // The point of this test is a bus that is not there; refuse to run against a real one.
    QVERIFY2(
        qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")),
        "DBUS_SESSION_BUS_ADDRESS must point to a nonexistent socket (ctest sets it)");
    m_home = QDir::homePath();
}

void TestKeychainUnavailable::keychainReportsUnavailable_data()
{
    QTest::addColumn<KeychainTokenStore::Operation>("operation");
    QTest::newRow("read") << KeychainTokenStore::Operation::Read;
    QTest::newRow("write") << KeychainTokenStore::Operation::Write;
    QTest::newRow("remove") << KeychainTokenStore::Operation::Remove;
}

void TestKeychainUnavailable::keychainReportsUnavailable()
{
    QFETCH(KeychainTokenStore::Operation, operation);
    KeychainTokenStore store(QStringLiteral("io.github.astrakeys.AstraKeys.test.unavailable"));
    store.setTimeout(m_timeout);
    const QString token = fakeToken();
    const QString profile = QStringLiteral("profile");

    const auto outcome = TokenWaiter::run(
        [&](QObject *context, TokenStore::Callback done) {
            switch (operation) {
            case KeychainTokenStore::Operation::Read:
                store.read(profile, context, std::move(done));
                break;
            case KeychainTokenStore::Operation::Write:
                store.write(profile, token, context, std::move(done));
                break;
            case KeychainTokenStore::Operation::Remove:
                store.remove(profile, context, std::move(done));
                break;
            }
        },
        m_timeout * 2);

    QVERIFY2(outcome.result, "no callback at all");
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.synchronous);
    const TokenStoreStatus status = outcome.result->status;
    // QtKeychain 0.13 reports OtherError or AccessDenied without a Secret Service; either way
    // it is an answer, not a timeout.
    QVERIFY2(status == TokenStoreStatus::Unavailable || status == TokenStoreStatus::AccessDenied,
             qPrintable(tokenStoreStatusName(status) + u' ' + outcome.result->message));
    QVERIFY(outcome.elapsed < m_timeout);
    QVERIFY(outcome.result->token.isEmpty());
    QVERIFY(!outcome.result->message.isEmpty());
    QVERIFY(!outcome.result->message.contains(token));
}

void TestKeychainUnavailable::keychainLeavesNoPlainTextFile()
{
    // Without a keychain a write fails; it must not have gone to a QSettings file instead.
    KeychainTokenStore store(QStringLiteral("io.github.astrakeys.AstraKeys.test.unavailable"));
    store.setTimeout(m_timeout);
    const QString token = fakeToken();
    const auto outcome = TokenWaiter::write(store, QStringLiteral("profile"), token);
    QVERIFY(outcome.result);
    QVERIFY(!outcome.result->ok());

    const auto read = TokenWaiter::read(store, QStringLiteral("profile"));
    QVERIFY(read.result);
    QVERIFY(!read.result->ok());
    QVERIFY(read.result->token.isEmpty());
}

void TestKeychainUnavailable::statusMapping_data()
{
    using Op = KeychainTokenStore::Operation;
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<KeychainTokenStore::Operation>("operation");
    QTest::addColumn<TokenStoreStatus>("expected");

    QTest::newRow("no error") << QKeychain::NoError << Op::Read << TokenStoreStatus::Ok;
    // "No entry" is "not signed in yet", not a failure.
    QTest::newRow("not found, read")
        << QKeychain::EntryNotFound << Op::Read << TokenStoreStatus::NotFound;
    QTest::newRow("not found, remove")
        << QKeychain::EntryNotFound << Op::Remove << TokenStoreStatus::Ok;
    QTest::newRow("no backend") << QKeychain::NoBackendAvailable << Op::Read
                                << TokenStoreStatus::Unavailable;
    QTest::newRow("other error") << QKeychain::OtherError << Op::Write
                                 << TokenStoreStatus::Unavailable;
    QTest::newRow("not implemented")
        << QKeychain::NotImplemented << Op::Write << TokenStoreStatus::Unavailable;
    QTest::newRow("access denied")
        << QKeychain::AccessDenied << Op::Read << TokenStoreStatus::AccessDenied;
    QTest::newRow("denied by user")
        << QKeychain::AccessDeniedByUser << Op::Write << TokenStoreStatus::AccessDenied;
    QTest::newRow("could not delete")
        << QKeychain::CouldNotDeleteEntry << Op::Remove << TokenStoreStatus::Failed;
}

void TestKeychainUnavailable::statusMapping()
{
    QFETCH(QKeychain::Error, error);
    QFETCH(KeychainTokenStore::Operation, operation);
    QFETCH(TokenStoreStatus, expected);
    QCOMPARE(tokenStoreStatusName(KeychainTokenStore::statusFor(error, operation)),
             tokenStoreStatusName(expected));
}

void TestKeychainUnavailable::messages()
{
    // Every failure has a sentence; success has none.
    QVERIFY(TokenStore::describe(TokenStoreStatus::Ok).isEmpty());
    for (auto status :
         {TokenStoreStatus::NotFound, TokenStoreStatus::Unavailable, TokenStoreStatus::AccessDenied,
          TokenStoreStatus::TimedOut, TokenStoreStatus::Failed}) {
        QVERIFY2(!TokenStore::describe(status).isEmpty(), qPrintable(tokenStoreStatusName(status)));
    }
    const TokenResult result =
        TokenStore::makeResult(TokenStoreStatus::Unavailable, QStringLiteral("Could not connect"));
    QCOMPARE(result.status, TokenStoreStatus::Unavailable);
    QVERIFY(result.message.startsWith(TokenStore::describe(TokenStoreStatus::Unavailable)));
    QVERIFY(result.message.contains(QStringLiteral("Could not connect")));
}

void TestKeychainUnavailable::memoryRoundTrip()
{
    MemoryTokenStore store;
    QVERIFY(!store.isPersistent());
    const QString token = fakeToken();
    const QString replacement = fakeToken();

    const auto written = TokenWaiter::write(store, QStringLiteral("a"), token);
    QVERIFY(written.result && written.result->ok());
    const auto read = TokenWaiter::read(store, QStringLiteral("a"));
    QVERIFY(read.result && read.result->ok());
    QVERIFY(read.result->token == token);
    QVERIFY(read.result->message.isEmpty());

    QVERIFY(TokenWaiter::write(store, QStringLiteral("a"), replacement).ok());
    QVERIFY(TokenWaiter::read(store, QStringLiteral("a")).token() == replacement);
}

void TestKeychainUnavailable::memoryNotFoundAndRemove()
{
    MemoryTokenStore store;
    const auto missing = TokenWaiter::read(store, QStringLiteral("never"));
    QVERIFY(missing.result);
    QCOMPARE(missing.result->status, TokenStoreStatus::NotFound);
    QVERIFY(!missing.result->message.isEmpty());

    QVERIFY(TokenWaiter::write(store, QStringLiteral("a"), fakeToken()).ok());
    QVERIFY(TokenWaiter::remove(store, QStringLiteral("a")).ok());
    QCOMPARE(TokenWaiter::read(store, QStringLiteral("a")).status(), TokenStoreStatus::NotFound);
    // Idempotent, as the keychain store.
    QVERIFY(TokenWaiter::remove(store, QStringLiteral("a")).ok());
}

void TestKeychainUnavailable::memoryProfilesAreIsolated()
{
    MemoryTokenStore store;
    const QString a = fakeToken();
    const QString b = fakeToken();
    QVERIFY(TokenWaiter::write(store, QStringLiteral("a"), a).ok());
    QVERIFY(TokenWaiter::write(store, QStringLiteral("b"), b).ok());
    QVERIFY(TokenWaiter::read(store, QStringLiteral("a")).token() == a);
    QVERIFY(TokenWaiter::read(store, QStringLiteral("b")).token() == b);
    QVERIFY(TokenWaiter::remove(store, QStringLiteral("a")).ok());
    QVERIFY(TokenWaiter::read(store, QStringLiteral("b")).token() == b);

    // Another store instance is another session: nothing shared.
    MemoryTokenStore other;
    QCOMPARE(TokenWaiter::read(other, QStringLiteral("b")).status(), TokenStoreStatus::NotFound);
}

void TestKeychainUnavailable::memoryCallbackIsQueued()
{
    MemoryTokenStore store;
    QObject context;
    int calls = 0;
    store.write(QStringLiteral("a"), fakeToken(), &context,
                [&calls](const TokenResult &) { ++calls; });
    store.read(QStringLiteral("a"), &context, [&calls](const TokenResult &) { ++calls; });
    store.remove(QStringLiteral("a"), &context, [&calls](const TokenResult &) { ++calls; });
    QCOMPARE(calls, 0); // not from inside the calls
    QTRY_COMPARE(calls, 3);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 3); // and exactly once each

    // A null context means the store itself.
    int storeCalls = 0;
    store.read(QStringLiteral("a"), nullptr, [&storeCalls](const TokenResult &) { ++storeCalls; });
    QTRY_COMPARE(storeCalls, 1);
}

void TestKeychainUnavailable::memoryCallbackSkippedWhenContextDestroyed()
{
    MemoryTokenStore store;
    int calls = 0;
    {
        QObject context;
        store.write(QStringLiteral("a"), fakeToken(), &context,
                    [&calls](const TokenResult &) { ++calls; });
    }
    // A later call's callback is queued after the dropped one; once it has run, the dropped one
    // would have run too.
    const auto later = TokenWaiter::read(store, QStringLiteral("a"));
    QVERIFY(later.result && later.result->ok()); // the write itself happened
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
