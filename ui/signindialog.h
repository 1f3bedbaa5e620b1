// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace astra {

class ApiRequest;
class ProfileStore;
class TokenStore;
struct ApiError;
struct Organization;

// Adds an organization (a connection profile and its token), or signs in again to one whose
// token the API refused. The token is checked for shape as it is typed, then Verify asks the API
// which organization it belongs to; only a verified token can be saved. On OK the token goes to
// the keychain (or, with "Remember in keychain" off or no keychain, to the session store) and the
// profile to the ProfileStore, then profileSaved() is emitted and the dialog closes. Open it with
// open(); it never blocks in exec().
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // The API environments the dialog offers, and "custom".
    enum class Environment { Production, Test, Development, Custom };
    static QUrl environmentUrl(Environment environment);

    // keychain: the system keychain, or null when there is none this session; session: where
    // tokens kept for this session only go. profiles and the stores are not owned.
    SignInDialog(ProfileStore *profiles, TokenStore *keychain, TokenStore *session,
                 QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Sign in again to an existing profile (after a 401): its name is fixed, its API address
    // preselected; OK replaces the token and updates the organization it belongs to.
    void setProfileToRenew(const ConnectionProfile &profile);
    // Transfer timeout of the verification calls (tests shorten it).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The profile that Verify found, not yet saved (for tests and the window).
    ConnectionProfile profile() const;

Q_SIGNALS:
    // The profile and its token are stored. tokenPersistent is false when the token is kept for
    // this session only (the window then says so).
    void profileSaved(const astra::ConnectionProfile &profile, bool tokenPersistent);

private:
    void buildUi();
    void onTokenEdited(const QString &text);
    void onEnvironmentChanged();
    void invalidate();
    void updateState();
    void verify();
    void onCurrentOrg(const Organization &organization);
    void onUsers(const Organization &organization);
    void onVerifyFailed(const ApiError &error);
    void finishVerify();
    void save();
    void storeProfile(bool persistent);
    void showSaveMessage(const QString &text);
    void abortVerify();
    QUrl chosenUrl() const;
    QString urlProblem() const;

    ProfileStore *m_profiles;
    QPointer<TokenStore> m_keychain;
    QPointer<TokenStore> m_session;
    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs = 20000;

    QLineEdit *m_tokenField = nullptr;
    QCheckBox *m_showTokenCheck = nullptr;
    QLabel *m_tokenMessage = nullptr;
    QComboBox *m_environmentCombo = nullptr;
    QLineEdit *m_customUrlField = nullptr;
    QLabel *m_urlMessage = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLabel *m_verifyStatus = nullptr;
    QLineEdit *m_nameField = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_enterpriseField = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QLabel *m_keychainNotice = nullptr;
    QLabel *m_saveMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    // Verification in flight: both calls run at once; the users call may be forbidden (it needs
    // the Read Organization permission), and then the name comes from /v2/currentOrg alone.
    QPointer<ApiRequest> m_currentOrgRequest;
    QPointer<ApiRequest> m_usersRequest;
    bool m_currentOrgDone = false;
    bool m_usersDone = false;
    QString m_verifyError;
    QString m_organizationId;
    QString m_organizationName;
    QString m_usersId;
    QString m_usersName;

    bool m_verified = false;
    bool m_saving = false;
    bool m_nameEdited = false;
    // After a keychain failure the next OK keeps the token for this session only.
    bool m_keychainFailed = false;
    std::optional<ConnectionProfile> m_renewing;
};

} // namespace astra
