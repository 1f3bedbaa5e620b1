// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiconnection.h"
#include "inventory/keyusage.h"
#include "inventory/organizationsnapshot.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace astra {

// Everything about one key: its whole id with copy, provider, region, type and organization;
// why its status is what it is and which databases use it; the Cloud Provider IDs to grant with
// a policy snippet; the provider's console; rotation guidance; and a support request for what
// only support can do (replace, delete, revert to default encryption). Non-modal.
class KeyDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    KeyDetailsDialog(const KeyUsage &usage, const OrganizationSnapshot &snapshot,
                     QWidget *parent = nullptr);

    // Fetches the Cloud Provider IDs over this connection (without one the tab says so).
    void setConnection(const std::optional<ApiConnection> &connection, const QString &error = {});

    const KeyUsage &usage() const { return m_usage; }

Q_SIGNALS:
    // The user wants the Region Usage details of a database listed here.
    void databaseActivated(const QString &databaseId);

private:
    QWidget *buildOverview();
    QWidget *buildAccess();
    QWidget *buildRotation();
    QWidget *buildSupport();
    QString statusExplanation() const;
    void updateSupportText();

    KeyUsage m_usage;
    Organization m_organization;
    QString m_regionName;
    QLabel *m_accountsState = nullptr;
    QListWidget *m_accounts = nullptr;
    QPlainTextEdit *m_policy = nullptr;
    QPushButton *m_copyPolicy = nullptr;
    QComboBox *m_supportAction = nullptr;
    QPlainTextEdit *m_supportText = nullptr;
    QLabel *m_supportWarning = nullptr;
};

} // namespace astra
