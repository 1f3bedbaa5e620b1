// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/keyhistory.h"
#include "inventory/organizationsnapshot.h"
#include "profiles/connectionprofile.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <map>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableView;
class QToolButton;
class QWidget;

namespace astra {

class InventoryService;
class ProfileStore;
class TokenStore;
class KeyFilterProxy;
class KeyTableModel;
struct ApiError;

// The Key Encryption page: pick an enterprise and one of its organizations (or all of them), see
// their customer keys with their status; open a key's details, look up or register a key, export.
// The last good data stays visible, marked stale, when a refresh fails.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With localStorage, the last inventory of each organization is shown at once from the cache
    // and each refresh updates the key history (--demo and tests run without).
    MainWindow(QList<ConnectionProfile> profiles, InventoryService *inventory,
               bool tokensPersistent, QWidget *parent = nullptr, bool localStorage = false);
    ~MainWindow() override;

    KeyTableModel *keyModel() const { return m_model; }
    // Enables "Add organization…" and "Sign out" over the saved profiles and their tokens
    // (keychain may be null when there is none this session).
    void setSignInSupport(ProfileStore *profiles, TokenStore *keychain, TokenStore *session,
                          QNetworkAccessManager *network);
    // Writes the table's inventory (keys, as shown after filters: all rows) to path.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void refresh();
    void openDetailsOfCurrentKey();

Q_SIGNALS:
    // The first load after start-up ended, with data or with an error (used by --screenshot).
    void firstLoadFinished();
    // The table shows rows for the first time since start-up, from the cache or from the first
    // load (astra-bench times a warm start with it, through the log line it also writes).
    void firstContentShown();

private:
    void buildUi();
    QWidget *buildFilterRow(QWidget *parent);
    QWidget *buildBanner(QWidget *parent);
    void buildActions();
    void fillEnterprises();
    void fillOrganizations();
    QList<ConnectionProfile> selectedProfiles() const;
    const OrganizationSnapshot *snapshotOf(const QString &organizationId) const;
    const ConnectionProfile *profileOf(const QString &organizationId) const;
    const ConnectionProfile *singleSelectedProfile() const;
    // InBackground at the end of a refresh (the window must stay responsive); Now for the cache
    // at start, so that the window's first paint already has the rows.
    enum class HandOver { InBackground, Now };
    void showSnapshots(HandOver handOver = HandOver::InBackground);
    void onLoaded(const ConnectionProfile &profile, const OrganizationSnapshot &snapshot);
    void onFailed(const ConnectionProfile &profile, const ApiError &error);
    void onAllFinished();
    void showBanner(const QString &text);
    void noteFirstLoad();
    void copyCurrentKeyId();
    void startExport();
    void openLookup();
    void openRegistration();
    void setAutoRefreshMinutes(int minutes);
    void addOrganization(const ConnectionProfile *renew = nullptr);
    void signOut();
    void setProfiles(QList<ConnectionProfile> profiles);
    void openRegionUsage(const QString &organizationId, const QString &databaseId);
    QHash<QString, OrganizationSnapshot> readCachedSnapshots();
    void showCachedSnapshots(const QHash<QString, OrganizationSnapshot> &cached);
    void onKeyRowsApplied();
    void recordHistory(const OrganizationSnapshot &snapshot);
    QHash<QString, QHash<QString, KeySighting>> sightings() const;

    QList<ConnectionProfile> m_profiles;
    InventoryService *m_inventory;
    bool m_tokensPersistent;
    bool m_localStorage;
    // Per organization id: its local key history, loaded on first use.
    std::map<QString, KeyHistory> m_histories;
    KeyTableModel *m_model;
    KeyFilterProxy *m_proxy;
    // Last good snapshot per organization profile name: kept when a refresh fails.
    QHash<QString, OrganizationSnapshot> m_snapshots;
    QStringList m_failures;
    QComboBox *m_enterpriseCombo = nullptr;
    QComboBox *m_organizationCombo = nullptr;
    QComboBox *m_providerFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_autoRefresh = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    class DatabasesView *m_databasesView = nullptr;
    QAction *m_lookupAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_addOrganizationAction = nullptr;
    QAction *m_signOutAction = nullptr;
    ProfileStore *m_profileStore = nullptr;
    TokenStore *m_keychain = nullptr;
    TokenStore *m_sessionTokens = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPushButton *m_signInAgain = nullptr;
    ConnectionProfile m_needsSignIn;
    QTimer m_autoRefreshTimer;
    bool m_firstLoadDone = false;
    // The hand-over to the models: key rows are built off the GUI thread (KeyTableModel), the
    // databases table follows in its own event-loop turn; m_handOver drops superseded turns.
    QList<OrganizationSnapshot> m_shown;
    QString m_keyToKeepCurrent;
    quint64 m_handOver = 0;
    bool m_firstLoadPending = false; // firstLoadFinished waits for the rows to be in
    bool m_firstContentShown = false;
    class SnapshotCacheWriter *m_cacheWriter = nullptr;
};

} // namespace astra
