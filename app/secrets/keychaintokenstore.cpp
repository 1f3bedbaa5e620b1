// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaintokenstore.h"

#include "secretslogging.h"

#include <QTimer>

#include <memory>

namespace astra {

namespace {

QString operationName(KeychainTokenStore::Operation operation)
{
    switch (operation) {
    case KeychainTokenStore::Operation::Read:
        return QStringLiteral("read");
    case KeychainTokenStore::Operation::Write:
        return QStringLiteral("write");
    case KeychainTokenStore::Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

// Jobs are created without a parent and delete themselves when they finish: libsecret's
// callbacks hold a raw pointer to the job, so deleting a running job (say, with its store)
// would be a use-after-free. A job that never finishes is the price, and it is only memory.
template <typename JobType> JobType *newJob(const QString &service, const QString &profileKey)
{
    auto *job = new JobType(service);
    job->setKey(profileKey);
    job->setAutoDelete(true);
    // Never write a token into a plain-text file when there is no keychain.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(QStringLiteral(ASTRA_APP_ID), parent)
{}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{}

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

TokenStoreStatus KeychainTokenStore::statusFor(QKeychain::Error error, Operation operation)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStoreStatus::Ok;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as the caller wants it.
        return operation == Operation::Remove ? TokenStoreStatus::Ok : TokenStoreStatus::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStoreStatus::AccessDenied;
    // libsecret reports "no Secret Service on the bus" and "no bus" as OtherError, so OtherError
    // means "unavailable" far more often than anything else.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return TokenStoreStatus::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return TokenStoreStatus::Failed;
    }
    return TokenStoreStatus::Failed;
}

void KeychainTokenStore::read(const QString &profileKey, QObject *context, Callback done)
{
    start(newJob<QKeychain::ReadPasswordJob>(m_service, profileKey), Operation::Read, context,
          std::move(done));
}

void KeychainTokenStore::write(const QString &profileKey, const QString &token, QObject *context,
                               Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, profileKey);
    // Text rather than binary: the item then holds the token itself, which other Secret Service
    // tools (secret-tool, Seahorse) show as the user would type it.
    job->setTextData(token);
    start(job, Operation::Write, context, std::move(done), token);
}

void KeychainTokenStore::remove(const QString &profileKey, QObject *context, Callback done)
{
    start(newJob<QKeychain::DeletePasswordJob>(m_service, profileKey), Operation::Remove, context,
          std::move(done));
}

void KeychainTokenStore::start(QKeychain::Job *job, Operation operation, QObject *context,
                               Callback done, const QString &token)
{
    if (!context) {
        context = this;
    }
    const QString profileKey = job->key();
    const QString what = operationName(operation);

    if (profileKey.isEmpty()) {
        // An empty key is a programming error; refusing it keeps an empty attribute from
        // matching items we did not write.
        qCWarning(lcSecrets).noquote() << "keychain" << what << "refused: empty profile key";
        delete job; // not started yet, so no callback can refer to it
        deliver(context, std::move(done), makeResult(TokenStoreStatus::Failed));
        return;
    }

    // The job's answer and the timeout race; whichever comes first settles the call and the
    // other is ignored. Both run in this thread, so a plain flag is enough.
    auto settled = std::make_shared<bool>(false);
    // Parented to the job: it lives exactly as long as the job, which outlives any timeout.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);

    // Both connections use context, so nothing runs once the caller is gone. Nothing captures
    // `this`: a job may finish after its store has been destroyed.
    QObject::connect(timer, &QTimer::timeout, context,
                     [settled, done, context, what, profileKey, timeout = m_timeout] {
                         if (*settled) {
                             return;
                         }
                         *settled = true;
                         qCWarning(lcSecrets).noquote()
                             << "keychain" << what << profileKey << "timed out after"
                             << timeout.count() << "ms";
                         deliver(context, done, makeResult(TokenStoreStatus::TimedOut));
                     });

    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [settled, done, context, what, profileKey, operation, token, timer](QKeychain::Job *j) {
            if (*settled) {
                qCDebug(lcSecrets).noquote()
                    << "keychain" << what << profileKey << "answered after its timeout; ignored";
                return;
            }
            *settled = true;
            timer->stop();

            const TokenStoreStatus status = statusFor(j->error(), operation);
            QString details;
            if (status != TokenStoreStatus::Ok && status != TokenStoreStatus::NotFound) {
                details = j->errorString();
                // Backends do not echo the secret, but a message reaches the screen and the
                // logs, so make sure.
                if (!token.isEmpty()) {
                    details.replace(token, QStringLiteral("[redacted]"));
                }
            }
            TokenResult result = makeResult(status, details);
            if (status == TokenStoreStatus::Ok && operation == Operation::Read) {
                if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(j)) {
                    result.token = readJob->textData();
                }
            }
            qCDebug(lcSecrets).noquote()
                << "keychain" << what << profileKey << "->" << tokenStoreStatusName(status)
                << "(QKeychain error" << int(j->error()) << details << ")";
            // The job finishes asynchronously anyway; queueing once more makes "never
            // synchronous" hold even for a backend that fails inside start().
            deliver(context, done, std::move(result));
        });

    qCDebug(lcSecrets).noquote() << "keychain" << what << profileKey << "service" << m_service;
    job->start();
    timer->start();
}

} // namespace astra
