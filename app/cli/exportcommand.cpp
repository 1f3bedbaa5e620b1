// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "demoenvironment.h"

#include "inventory/inventoryservice.h"
#include "profiles/profilestore.h"
#include "secrets/keychaintokenstore.h"
#include "secrets/memorytokenstore.h"

#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace astra {

ExportCommand::ExportCommand(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{}

void ExportCommand::fail(int exitCode, const QString &message)
{
    QTextStream(stderr) << "astra-keys: " << message << Qt::endl;
    Q_EMIT finished(exitCode);
}

void ExportCommand::start()
{
    if (m_options.demo) {
        auto *demo = new DemoEnvironment(this);
        QString error;
        if (!demo->start(&error)) {
            QMetaObject::invokeMethod(
                this, [this, error] { fail(1, error); }, Qt::QueuedConnection);
            return;
        }
        m_tokens = demo->tokens();
        m_queue = demo->profiles();
    } else if (!m_options.profile.isEmpty()) {
        // The token comes from the keychain entry of the profile and goes nowhere else.
        ProfileStore profiles;
        std::optional<ConnectionProfile> profile = profiles.find(m_options.profile);
        if (!profile) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(2, tr("There is no profile named \"%1\". See astra-keys profile list.")
                                .arg(m_options.profile));
                },
                Qt::QueuedConnection);
            return;
        }
        // --api-url with --profile: the profile's token against another API base.
        if (!m_options.apiUrl.isEmpty())
            profile->apiUrl = m_options.apiUrl;
        m_tokens = new KeychainTokenStore(this);
        m_queue = {*profile};
    } else if (!m_options.apiUrl.isEmpty()) {
        // The ecosystem's usual variable; the token never appears on a command line.
        const QString token = qEnvironmentVariable("ASTRA_DB_APPLICATION_TOKEN").trimmed();
        if (token.isEmpty()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(2, tr("--api-url needs the token in the ASTRA_DB_APPLICATION_TOKEN "
                               "environment variable (or use --profile)."));
                },
                Qt::QueuedConnection);
            return;
        }
        auto *tokens = new MemoryTokenStore(this);
        ConnectionProfile profile;
        profile.name = QStringLiteral("command-line");
        profile.apiUrl = m_options.apiUrl;
        tokens->write(profile.tokenKey(), token, this, {});
        m_tokens = tokens;
        m_queue = {profile};
    } else {
        QMetaObject::invokeMethod(
            this, [this] { fail(2, tr("export needs --demo, --api-url or --profile.")); },
            Qt::QueuedConnection);
        return;
    }
    m_inventory = new InventoryService(m_tokens, m_network, this);
    connect(m_inventory, &InventoryService::loaded, this,
            [this](const ConnectionProfile &, const OrganizationSnapshot &snapshot) {
                m_snapshots.append(snapshot);
                loadNext();
            });
    connect(m_inventory, &InventoryService::failed, this,
            [this](const ConnectionProfile &profile, const ApiError &error) {
                fail(1, tr("%1: %2").arg(profile.displayName(), error.message));
            });
    loadNext();
}

void ExportCommand::loadNext()
{
    if (m_queue.isEmpty()) {
        const QByteArray out =
            exportInventory(m_snapshots, m_options.exportFormat, m_options.exportContent);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        Q_EMIT finished(0);
        return;
    }
    m_inventory->load(m_queue.takeFirst());
}

} // namespace astra
