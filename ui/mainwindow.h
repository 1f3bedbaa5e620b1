// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/organizationsnapshot.h"
#include "profiles/connectionprofile.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QWidget;

namespace astra {

class InventoryService;
class KeyFilterProxy;
class KeyTableModel;
struct ApiError;

// The Key Encryption page: pick an enterprise and one of its organizations, see its customer
// keys with their status. The last good data stays visible, marked stale, when a refresh fails.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QList<ConnectionProfile> profiles, InventoryService *inventory,
               bool tokensPersistent, QWidget *parent = nullptr);
    ~MainWindow() override;

    KeyTableModel *keyModel() const { return m_model; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The first load after start-up ended, with data or with an error (used by --screenshot).
    void firstLoadFinished();

private:
    void buildUi();
    void fillEnterprises();
    void fillOrganizations();
    void onLoaded(const ConnectionProfile &profile, const OrganizationSnapshot &snapshot);
    void onFailed(const ConnectionProfile &profile, const ApiError &error);
    void showBanner(const QString &text);
    void noteFirstLoad();
    const ConnectionProfile *currentProfile() const;

    QList<ConnectionProfile> m_profiles;
    InventoryService *m_inventory;
    bool m_tokensPersistent;
    KeyTableModel *m_model;
    KeyFilterProxy *m_proxy;
    QComboBox *m_enterpriseCombo = nullptr;
    QComboBox *m_organizationCombo = nullptr;
    QLineEdit *m_searchField = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    bool m_firstLoadDone = false;
    bool m_hasData = false;
};

} // namespace astra
