// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include "inventory/organizationsnapshot.h"
#include "profiles/connectionprofile.h"

#include <QObject>

class QNetworkAccessManager;

namespace astra {

class InventoryService;
class TokenStore;

// "astra-keys export": loads the chosen organizations and writes the inventory to standard
// output. Errors go to standard error as one clear sentence, never with a token; the exit code
// is 0 on success, 1 when the API failed, 2 on a usage error.
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    explicit ExportCommand(Options options, QObject *parent = nullptr);
    // Starts the work; finished(exitCode) follows.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void loadNext();
    void fail(int exitCode, const QString &message);

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    TokenStore *m_tokens = nullptr;
    QList<ConnectionProfile> m_queue;
    InventoryService *m_inventory = nullptr;
    QList<OrganizationSnapshot> m_snapshots;
};

} // namespace astra
