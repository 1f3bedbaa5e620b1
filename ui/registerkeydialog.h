// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiconnection.h"
#include "core/organization.h"
#include "core/serverlessregion.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace astra {

class CloudAccountsRequest;
class KeySlotPicker;

// Registers a customer key: first shows the Cloud Provider IDs to grant, validates the key id for
// its provider and region, asks for confirmation, then POSTs once (never retried) and reports.
class RegisterKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RegisterKeyDialog(const ApiConnection &connection, const Organization &organization,
                      const QList<ServerlessRegion> &regions, QWidget *parent = nullptr);
    KeySlotPicker *picker() const { return m_picker; }

Q_SIGNALS:
    void registered(); // the key is registered: time to refresh

private:
    void loadAccounts();
    void updateState();
    void submit();

    ApiConnection m_connection;
    Organization m_organization;
    KeySlotPicker *m_picker;
    QListWidget *m_accounts;
    QLabel *m_accountsState;
    QLineEdit *m_keyId;
    QLabel *m_problem;
    QCheckBox *m_confirm;
    QPushButton *m_register;
    QLabel *m_result;
    QPointer<CloudAccountsRequest> m_accountsRequest;
    bool m_sending = false;
};

} // namespace astra
