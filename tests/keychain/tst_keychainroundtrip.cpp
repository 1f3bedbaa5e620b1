// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// KeychainTokenStore against a real Secret Service: gnome-keyring in the private D-Bus session
// that tests/support/with-keyring.sh sets up. secret-tool, which talks to the same service
// independently of QtKeychain, proves where the token went.
#include "secrets/keychaintokenstore.h"
#include "testtokens.h"
#include "tokenwaiter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace astra;
using namespace astra::test;
using namespace std::chrono_literals;

namespace {

// What `secret-tool search --all` found.
struct KeyringSearch
{
    int count = 0;  // items found; -1 if secret-tool did not finish
    QString secret; // of the last item
    QString schema;
    QHash<QString, QString> attributes; // "user", "server", "type"; meaningful if count == 1
};

} // namespace

class TestKeychainRoundtrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void readNeverWrittenIsNotFound();
    void writeReadRemove();
    void overwriteReplacesTheToken();
    void profilesAreIsolated();
    void servicesAreIsolated();
    void removeMissingIsOk();
    void callbackIsQueued();
    void callbackSkippedWhenContextDestroyed();
    void timeoutReportsTimedOutAndIgnoresLateAnswer();

private:
    KeyringSearch searchKeyring(const QStringList &attributes);
    KeyringSearch searchService() { return searchKeyring({QStringLiteral("server"), m_service}); }
    KeyringSearch searchProfile(const QString &profile)
    {
        return searchKeyring(
            {QStringLiteral("server"), m_service, QStringLiteral("user"), profile});
    }
    QString uniqueProfile() const
    {
        return QStringLiteral("profile-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    QString m_secretTool;
    QString m_service;
    std::unique_ptr<KeychainTokenStore> m_store;
};

void TestKeychainRoundtrip::initTestCase()
{
    // Writing to a developer's own keyring would be rude, and a locked one with a display would
    // hang on a prompt: only run inside with-keyring.sh.
    if (qEnvironmentVariableIsEmpty("ASTRA_PRIVATE_KEYRING")) {
        QFAIL("run through tests/support/with-keyring.sh (ctest does), not directly");
    }
    m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!m_secretTool.isEmpty(), "secret-tool not found (package libsecret-tools)");

    // A service of its own, so nothing left by another run can make a test pass.
    m_service = QStringLiteral("io.github.astrakeys.AstraKeys.test.") +
                QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainTokenStore>(m_service);
    QCOMPARE(m_store->service(), m_service);
    QCOMPARE(m_store->timeout(), KeychainTokenStore::DefaultTimeout);
    QVERIFY(m_store->isPersistent());

    // The default service is the application id.
    QCOMPARE(KeychainTokenStore().service(), QStringLiteral(ASTRA_APP_ID));
}

void TestKeychainRoundtrip::cleanupTestCase()
{
    // Every test removes what it wrote; this proves it.
    if (!m_service.isEmpty() && !m_secretTool.isEmpty()) {
        QCOMPARE(searchService().count, 0);
    }
}

KeyringSearch TestKeychainRoundtrip::searchKeyring(const QStringList &attributes)
{
    KeyringSearch search;
    QProcess process;
    process.start(m_secretTool,
                  QStringList{QStringLiteral("search"), QStringLiteral("--all")} + attributes);
    process.closeWriteChannel();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
        search.count = -1;
        return search;
    }
    // secret-tool prints each item as "[/path]" then "label", "secret", "created", "modified"
    // (and "schema") lines on stdout, but its "attribute.NAME = VALUE" lines on stderr with no
    // item marker; attributes are only meaningful when the search found one item.
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QString secretPrefix = QStringLiteral("secret = ");
    const QString schemaPrefix = QStringLiteral("schema = ");
    const QString attributePrefix = QStringLiteral("attribute.");
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u'[')) {
            ++search.count;
        } else if (line.startsWith(secretPrefix)) {
            search.secret = line.mid(secretPrefix.size());
        } else if (line.startsWith(schemaPrefix)) {
            search.schema = line.mid(schemaPrefix.size());
        }
    }
    for (const QString &line : err.split(u'\n')) {
        const qsizetype separator = line.indexOf(QStringLiteral(" = "));
        if (line.startsWith(attributePrefix) && separator > 0) {
            search.attributes.insert(
                line.mid(attributePrefix.size(), separator - attributePrefix.size()),
                line.mid(separator + 3));
        }
    }
    return search;
}

void TestKeychainRoundtrip::readNeverWrittenIsNotFound()
{
    const auto outcome = TokenWaiter::read(*m_store, uniqueProfile());
    QVERIFY(outcome.result);
    QCOMPARE(tokenStoreStatusName(outcome.result->status), QStringLiteral("NotFound"));
    QVERIFY(!outcome.result->ok());
    QVERIFY(outcome.result->token.isEmpty());
    QVERIFY(!outcome.result->message.isEmpty());
}

void TestKeychainRoundtrip::writeReadRemove()
{
    const QString profile = uniqueProfile();
    const QString token = fakeToken();

    const auto written = TokenWaiter::write(*m_store, profile, token);
    QVERIFY(written.result);
    QVERIFY2(written.result->ok(), qPrintable(written.result->message));
    QCOMPARE(written.calls, 1);
    QVERIFY(!written.synchronous);

    const auto read = TokenWaiter::read(*m_store, profile);
    QVERIFY(read.result);
    QVERIFY2(read.result->ok(), qPrintable(read.result->message));
    // QVERIFY, not QCOMPARE: even a fake token stays out of the test log.
    QVERIFY(read.result->token == token);
    QVERIFY(!read.result->message.contains(token));

    // The item is in the keyring, where QtKeychain's libsecret backend puts it: schema
    // org.qt.keychain, user = the key, server = the service, type = plaintext for text data.
    const KeyringSearch found = searchService();
    QCOMPARE(found.count, 1);
    QCOMPARE(found.attributes.value(QStringLiteral("user")), profile);
    QCOMPARE(found.attributes.value(QStringLiteral("server")), m_service);
    QCOMPARE(found.attributes.value(QStringLiteral("type")), QStringLiteral("plaintext"));
    QCOMPARE(found.schema, QStringLiteral("org.qt.keychain"));
    QVERIFY(found.secret == token);

    const auto removed = TokenWaiter::remove(*m_store, profile);
    QVERIFY(removed.result);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->message));

    QCOMPARE(searchService().count, 0);
    const auto after = TokenWaiter::read(*m_store, profile);
    QVERIFY(after.result);
    QCOMPARE(tokenStoreStatusName(after.result->status), QStringLiteral("NotFound"));
    QVERIFY(after.result->token.isEmpty());
}

void TestKeychainRoundtrip::overwriteReplacesTheToken()
{
    const QString profile = uniqueProfile();
    const QString first = fakeToken();
    const QString second = fakeToken();

    QVERIFY(TokenWaiter::write(*m_store, profile, first).ok());
    QVERIFY(TokenWaiter::write(*m_store, profile, second).ok());

    const auto read = TokenWaiter::read(*m_store, profile);
    QVERIFY(read.result && read.result->ok());
    QVERIFY(read.result->token == second);

    // Replaced, not added: one item for the profile.
    const KeyringSearch found = searchProfile(profile);
    QCOMPARE(found.count, 1);
    QVERIFY(found.secret == second);

    QVERIFY(TokenWaiter::remove(*m_store, profile).ok());
}

void TestKeychainRoundtrip::profilesAreIsolated()
{
    const QString alice = uniqueProfile();
    const QString bob = uniqueProfile();
    const QString aliceToken = fakeToken();
    const QString bobToken = fakeToken();

    QVERIFY(TokenWaiter::write(*m_store, alice, aliceToken).ok());
    QVERIFY(TokenWaiter::write(*m_store, bob, bobToken).ok());
    QCOMPARE(searchService().count, 2);

    const auto readAlice = TokenWaiter::read(*m_store, alice);
    const auto readBob = TokenWaiter::read(*m_store, bob);
    QVERIFY(readAlice.result && readAlice.result->ok());
    QVERIFY(readBob.result && readBob.result->ok());
    QVERIFY(readAlice.result->token == aliceToken);
    QVERIFY(readBob.result->token == bobToken);

    // Removing one profile's token leaves the other's.
    QVERIFY(TokenWaiter::remove(*m_store, alice).ok());
    QCOMPARE(TokenWaiter::read(*m_store, alice).status(), TokenStoreStatus::NotFound);
    const auto bobAgain = TokenWaiter::read(*m_store, bob);
    QVERIFY(bobAgain.result && bobAgain.result->ok());
    QVERIFY(bobAgain.result->token == bobToken);

    QVERIFY(TokenWaiter::remove(*m_store, bob).ok());
}

void TestKeychainRoundtrip::servicesAreIsolated()
{
    // The same profile key under another application id is another item.
    const QString profile = uniqueProfile();
    const QString token = fakeToken();
    KeychainTokenStore other(m_service + QStringLiteral(".other"));

    QVERIFY(TokenWaiter::write(*m_store, profile, token).ok());
    QCOMPARE(TokenWaiter::read(other, profile).status(), TokenStoreStatus::NotFound);
    // Removing through the other service must not touch ours.
    QVERIFY(TokenWaiter::remove(other, profile).ok());
    QVERIFY(TokenWaiter::read(*m_store, profile).ok());

    QVERIFY(TokenWaiter::remove(*m_store, profile).ok());
}

void TestKeychainRoundtrip::removeMissingIsOk()
{
    const auto removed = TokenWaiter::remove(*m_store, uniqueProfile());
    QVERIFY(removed.result);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->message));
}

void TestKeychainRoundtrip::callbackIsQueued()
{
    const auto outcome = TokenWaiter::read(*m_store, uniqueProfile());
    QVERIFY(outcome.result);
    QVERIFY(!outcome.synchronous);
    QCOMPARE(outcome.calls, 1);

    // An empty profile key is refused without touching the keychain, still through the queue.
    const auto refused = TokenWaiter::read(*m_store, QString());
    QVERIFY(refused.result);
    QVERIFY(!refused.synchronous);
    QCOMPARE(refused.result->status, TokenStoreStatus::Failed);
}

void TestKeychainRoundtrip::callbackSkippedWhenContextDestroyed()
{
    int calls = 0;
    {
        QObject context;
        m_store->read(uniqueProfile(), &context, [&calls](const TokenResult &) { ++calls; });
    }
    // QtKeychain runs its jobs one after another, so once a later job has answered, the earlier
    // one has too, and its callback would have been queued before this one's.
    const auto later = TokenWaiter::read(*m_store, uniqueProfile());
    QVERIFY(later.result);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

void TestKeychainRoundtrip::timeoutReportsTimedOutAndIgnoresLateAnswer()
{
    // A zero timeout expires before any D-Bus round trip can complete; the job itself goes on
    // and answers later, which must not reach the caller a second time.
    KeychainTokenStore impatient(m_service);
    impatient.setTimeout(0ms);
    QCOMPARE(impatient.timeout(), 0ms);

    QObject context;
    QList<TokenResult> results;
    impatient.read(uniqueProfile(), &context,
                   [&results](const TokenResult &result) { results.append(result); });
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(tokenStoreStatusName(results.first().status), QStringLiteral("TimedOut"));
    QVERIFY(!results.first().message.isEmpty());

    // Jobs run one after another: when this one has answered, the timed-out one has too.
    const auto later = TokenWaiter::read(*m_store, uniqueProfile());
    QVERIFY(later.result);
    QCOMPARE(later.result->status, TokenStoreStatus::NotFound);
    QCoreApplication::processEvents();
    QCOMPARE(results.size(), 1);
}

QTEST_GUILESS_MAIN(TestKeychainRoundtrip)
#include "tst_keychainroundtrip.moc"
