// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "api/apiconnection.h"
#include "api/currentorgrequest.h"
#include "api/organizationusersrequest.h"
#include "api/transportpolicy.h"
#include "profiles/profilestore.h"
#include "profiles/tokenformat.h"
#include "secrets/tokenstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace astra {

namespace {

QLabel *newMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

QUrl SignInDialog::environmentUrl(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return productionApiUrl();
    case Environment::Test:
        return QUrl(QStringLiteral("https://api.test.cloud.datastax.com"));
    case Environment::Development:
        return QUrl(QStringLiteral("https://api.dev.cloud.datastax.com"));
    case Environment::Custom:
        break;
    }
    return {};
}

SignInDialog::SignInDialog(ProfileStore *profiles, TokenStore *keychain, TokenStore *session,
                           QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session)
    , m_network(network)
{
    Q_ASSERT(profiles && session && network);
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Add Organization"));
    buildUi();
    onEnvironmentChanged();
    updateState();
}

SignInDialog::~SignInDialog()
{
    abortVerify();
}

void SignInDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste an application token of the organization. Create one in the "
                                "Astra Portal under Settings > Tokens; a role with Read CMK Key "
                                "(org-cmk-read) and View DB (org-db-view) is enough."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_tokenField = new QLineEdit(this);
    m_tokenField->setObjectName(QStringLiteral("tokenField"));
    m_tokenField->setAccessibleName(tr("Application token"));
    m_tokenField->setEchoMode(QLineEdit::Password);
    m_tokenField->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                      Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase);
    m_tokenField->setPlaceholderText(tr("AstraCS:…"));
    m_showTokenCheck = new QCheckBox(tr("Sho&w", "show the token"), this);
    m_showTokenCheck->setObjectName(QStringLiteral("showTokenCheck"));
    m_showTokenCheck->setAccessibleName(tr("Show the token"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenField, 1);
    tokenRow->addWidget(m_showTokenCheck);
    auto *tokenLabel = new QLabel(tr("Application &token:"), this);
    tokenLabel->setObjectName(QStringLiteral("tokenLabel"));
    tokenLabel->setBuddy(m_tokenField);
    form->addRow(tokenLabel, tokenRow);
    m_tokenMessage = newMessageLabel(QStringLiteral("tokenMessage"), this);
    form->addRow(QString(), m_tokenMessage);

    m_environmentCombo = new QComboBox(this);
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_environmentCombo->setAccessibleName(tr("Environment"));
    m_environmentCombo->addItem(tr("Production"), int(Environment::Production));
    m_environmentCombo->addItem(tr("Test", "API environment"), int(Environment::Test));
    m_environmentCombo->addItem(tr("Development", "API environment"),
                                int(Environment::Development));
    m_environmentCombo->addItem(tr("Custom address", "API environment"), int(Environment::Custom));
    auto *environmentLabel = new QLabel(tr("&Environment:"), this);
    environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    environmentLabel->setBuddy(m_environmentCombo);
    form->addRow(environmentLabel, m_environmentCombo);

    m_customUrlField = new QLineEdit(this);
    m_customUrlField->setObjectName(QStringLiteral("apiUrlField"));
    m_customUrlField->setAccessibleName(tr("API address"));
    m_customUrlField->setPlaceholderText(QStringLiteral("https://"));
    auto *urlLabel = new QLabel(tr("API &address:"), this);
    urlLabel->setObjectName(QStringLiteral("apiUrlLabel"));
    urlLabel->setBuddy(m_customUrlField);
    form->addRow(urlLabel, m_customUrlField);
    m_urlMessage = newMessageLabel(QStringLiteral("apiUrlMessage"), this);
    form->addRow(QString(), m_urlMessage);

    m_verifyButton = new QPushButton(tr("&Verify"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the token"));
    m_verifyButton->setAutoDefault(false);
    m_verifyStatus = newMessageLabel(QStringLiteral("verifyStatus"), this);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_verifyStatus, 1);
    form->addRow(QString(), verifyRow);

    m_nameField = new QLineEdit(this);
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_nameField->setAccessibleName(tr("Profile name"));
    m_nameField->setPlaceholderText(tr("The organization's name, once verified"));
    auto *nameLabel = new QLabel(tr("Profile &name:"), this);
    nameLabel->setObjectName(QStringLiteral("nameLabel"));
    nameLabel->setBuddy(m_nameField);
    form->addRow(nameLabel, m_nameField);
    m_nameMessage = newMessageLabel(QStringLiteral("nameMessage"), this);
    form->addRow(QString(), m_nameMessage);

    m_enterpriseField = new QLineEdit(this);
    m_enterpriseField->setObjectName(QStringLiteral("enterpriseField"));
    m_enterpriseField->setAccessibleName(tr("Enterprise label"));
    m_enterpriseField->setPlaceholderText(tr("Optional: groups organizations in the filter"));
    auto *completer = new QCompleter(m_profiles->enterpriseLabels(), m_enterpriseField);
    completer->setObjectName(QStringLiteral("enterpriseCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_enterpriseField->setCompleter(completer);
    auto *enterpriseLabel = new QLabel(tr("E&nterprise:"), this);
    enterpriseLabel->setObjectName(QStringLiteral("enterpriseLabel"));
    enterpriseLabel->setBuddy(m_enterpriseField);
    form->addRow(enterpriseLabel, m_enterpriseField);

    m_rememberCheck = new QCheckBox(tr("&Remember in keychain"), this);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_rememberCheck->setAccessibleName(tr("Remember the token in the system keychain"));
    m_rememberCheck->setChecked(!m_keychain.isNull());
    form->addRow(QString(), m_rememberCheck);
    m_keychainNotice = newMessageLabel(QStringLiteral("keychainNotice"), this);
    form->addRow(QString(), m_keychainNotice);
    if (m_keychain.isNull())
        setMessage(m_keychainNotice, tr("No system keychain is available: the token is kept for "
                                        "this session only, and you sign in again after a "
                                        "restart."));

    m_saveMessage = newMessageLabel(QStringLiteral("saveMessage"), this);
    layout->addWidget(m_saveMessage);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Save", "sign-in dialog button"));
    ok->setAccessibleName(tr("Save the profile"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel", "sign-in dialog button"));
    layout->addWidget(m_buttons);

    connect(m_tokenField, &QLineEdit::textChanged, this, &SignInDialog::onTokenEdited);
    connect(m_showTokenCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_tokenField->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this,
            &SignInDialog::onEnvironmentChanged);
    connect(m_customUrlField, &QLineEdit::textEdited, this, [this] {
        invalidate();
        setMessage(m_urlMessage, urlProblem());
        updateState();
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &SignInDialog::verify);
    connect(m_nameField, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateState();
    });
    connect(m_enterpriseField, &QLineEdit::textEdited, this, &SignInDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SignInDialog::setProfileToRenew(const ConnectionProfile &profile)
{
    m_renewing = profile;
    setWindowTitle(tr("Sign In Again"));
    m_nameField->setText(profile.name);
    m_nameField->setReadOnly(true);
    m_nameEdited = true;
    m_enterpriseField->setText(profile.enterprise);
    int index = m_environmentCombo->findData(int(Environment::Custom));
    for (Environment environment :
         {Environment::Production, Environment::Test, Environment::Development}) {
        if (environmentUrl(environment).matches(profile.apiUrl, QUrl::StripTrailingSlash))
            index = m_environmentCombo->findData(int(environment));
    }
    m_environmentCombo->setCurrentIndex(index);
    if (m_environmentCombo->currentData().toInt() == int(Environment::Custom))
        m_customUrlField->setText(profile.apiUrl.toString());
    onEnvironmentChanged();
    updateState();
}

QUrl SignInDialog::chosenUrl() const
{
    const auto environment = Environment(m_environmentCombo->currentData().toInt());
    if (environment != Environment::Custom)
        return environmentUrl(environment);
    return QUrl(m_customUrlField->text().trimmed(), QUrl::StrictMode);
}

QString SignInDialog::urlProblem() const
{
    if (m_environmentCombo->currentData().toInt() == int(Environment::Custom) &&
        m_customUrlField->text().trimmed().isEmpty())
        return tr("Enter the DevOps API address, for example https://api.astra.datastax.com.");
    return transportProblem(chosenUrl());
}

ConnectionProfile SignInDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_nameField->text().trimmed();
    profile.organizationId = m_organizationId;
    // The users list names the organization too; only the same organization's name counts.
    const bool sameOrganization = m_usersId.isEmpty() || m_usersId == m_organizationId;
    profile.organizationName =
        m_organizationName.isEmpty() && sameOrganization ? m_usersName : m_organizationName;
    profile.enterprise = m_enterpriseField->text().trimmed();
    profile.apiUrl = chosenUrl();
    return profile;
}

void SignInDialog::onTokenEdited(const QString &text)
{
    // Pasting from a browser, a terminal or an e-mail brings spaces and line breaks along; a
    // token never has any, so they go at once and the user sees what will be sent.
    const QString token = normalizeToken(text);
    if (token != text) {
        const QSignalBlocker blocker(m_tokenField);
        m_tokenField->setText(token);
    }
    invalidate();
    setMessage(m_tokenMessage, token.isEmpty() ? QString() : tokenFormatProblem(token));
    updateState();
}

void SignInDialog::onEnvironmentChanged()
{
    const bool custom = m_environmentCombo->currentData().toInt() == int(Environment::Custom);
    m_customUrlField->setEnabled(custom);
    m_customUrlField->setReadOnly(!custom);
    if (!custom)
        m_customUrlField->setText(chosenUrl().toString());
    invalidate();
    setMessage(m_urlMessage,
               custom && m_customUrlField->text().isEmpty() ? QString() : urlProblem());
    updateState();
}

void SignInDialog::invalidate()
{
    // A different token or address means another organization, perhaps: verify again.
    abortVerify();
    m_verified = false;
    m_keychainFailed = false;
    m_organizationId.clear();
    m_organizationName.clear();
    m_usersId.clear();
    m_usersName.clear();
    setMessage(m_verifyStatus, QString());
    setMessage(m_saveMessage, QString());
}

void SignInDialog::updateState()
{
    const bool verifying = m_currentOrgRequest || m_usersRequest;
    const QString token = m_tokenField->text();
    const bool tokenOk = tokenFormatProblem(token).isEmpty();
    const bool urlOk = urlProblem().isEmpty();
    m_verifyButton->setEnabled(tokenOk && urlOk && !verifying && !m_saving);

    QString nameProblem;
    if (m_verified || !m_nameField->text().isEmpty())
        nameProblem = m_profiles->problem(profile(), m_renewing ? m_renewing->name : QString());
    // The address problem is shown next to the address already.
    setMessage(m_nameMessage, urlOk ? nameProblem : QString());

    const bool keychainUsable = !m_keychain.isNull() && !m_keychainFailed;
    m_rememberCheck->setEnabled(keychainUsable && !m_saving);
    if (!keychainUsable)
        m_rememberCheck->setChecked(false);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_verified && tokenOk && urlOk && nameProblem.isEmpty() && !m_saving);
    for (QWidget *input :
         {static_cast<QWidget *>(m_tokenField), static_cast<QWidget *>(m_environmentCombo),
          static_cast<QWidget *>(m_nameField), static_cast<QWidget *>(m_enterpriseField)})
        input->setEnabled(!m_saving);
    m_customUrlField->setEnabled(!m_saving && m_environmentCombo->currentData().toInt() ==
                                                  int(Environment::Custom));
}

void SignInDialog::abortVerify()
{
    // Disconnected first: an aborted request reports failed(Cancelled), which is not news.
    for (QPointer<ApiRequest> *request : {&m_currentOrgRequest, &m_usersRequest}) {
        if (*request) {
            (*request)->disconnect(this);
            (*request)->abort();
        }
        *request = nullptr;
    }
}

void SignInDialog::verify()
{
    if (!tokenFormatProblem(m_tokenField->text()).isEmpty() || !urlProblem().isEmpty())
        return;
    invalidate();
    m_currentOrgDone = false;
    m_usersDone = false;
    m_verifyError.clear();

    ApiConnection connection;
    connection.baseUrl = chosenUrl();
    connection.token = m_tokenField->text();
    connection.network = m_network;
    connection.transferTimeoutMs = m_timeoutMs;
    // Someone is waiting for this answer: one more try on a hiccup, not a minute of backoff.
    connection.retry.maxAttempts = 2;

    auto *currentOrg = new CurrentOrgRequest(connection, this);
    m_currentOrgRequest = currentOrg;
    connect(currentOrg, &CurrentOrgRequest::received, this, &SignInDialog::onCurrentOrg);
    connect(currentOrg, &ApiRequest::failed, this, &SignInDialog::onVerifyFailed);
    connect(currentOrg, &ApiRequest::finished, this, [this] {
        m_currentOrgDone = true;
        finishVerify();
    });

    auto *users = new OrganizationUsersRequest(connection, this);
    m_usersRequest = users;
    connect(users, &OrganizationUsersRequest::received, this, &SignInDialog::onUsers);
    // A failure here (most often 403: the role lacks Read Organization) only costs the name's
    // second source; /v2/currentOrg decides whether the token works.
    connect(users, &ApiRequest::finished, this, [this] {
        m_usersDone = true;
        finishVerify();
    });

    setMessage(m_verifyStatus, tr("Verifying the token…"));
    currentOrg->start();
    users->start();
    updateState();
}

void SignInDialog::onCurrentOrg(const Organization &organization)
{
    m_organizationId = organization.id;
    m_organizationName = organization.name;
}

void SignInDialog::onUsers(const Organization &organization)
{
    m_usersId = organization.id;
    m_usersName = organization.name;
}

void SignInDialog::onVerifyFailed(const ApiError &error)
{
    m_verifyError = error.message;
}

void SignInDialog::finishVerify()
{
    if (!m_currentOrgDone || !m_usersDone)
        return;
    m_currentOrgRequest = nullptr;
    m_usersRequest = nullptr;
    if (m_verifyError.isEmpty() && m_organizationId.isEmpty())
        m_verifyError = tr("The API did not say which organization the token belongs to. Check "
                           "the API address and try again.");
    if (m_verifyError.isEmpty() && m_renewing && !m_renewing->organizationId.isEmpty() &&
        m_renewing->organizationId != m_organizationId)
        m_verifyError = tr("This token belongs to another organization (%1). Paste a token of "
                           "%2.")
                            .arg(m_organizationId, m_renewing->displayName());
    if (!m_verifyError.isEmpty()) {
        m_verified = false;
        //: %1 is the reason, with its next step
        setMessage(m_verifyStatus, tr("Not verified: %1").arg(m_verifyError));
        updateState();
        return;
    }
    m_verified = true;
    const ConnectionProfile found = profile();
    setMessage(m_verifyStatus, found.organizationName.isEmpty()
                                   ? tr("Verified: organization %1.").arg(found.organizationId)
                                   : tr("Verified: %1 (organization %2).")
                                         .arg(found.organizationName, found.organizationId));
    if (!m_nameEdited)
        m_nameField->setText(found.organizationName.isEmpty() ? found.organizationId
                                                              : found.organizationName);
    updateState();
}

void SignInDialog::showSaveMessage(const QString &text)
{
    setMessage(m_saveMessage, text);
}

void SignInDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled() || m_saving)
        return;
    const bool persistent =
        m_rememberCheck->isChecked() && !m_keychain.isNull() && !m_keychainFailed;
    TokenStore *store = persistent ? m_keychain.data() : m_session.data();
    if (!store)
        return;
    m_saving = true;
    setMessage(m_saveMessage,
               persistent ? tr("Saving the token in the system keychain…") : QString());
    updateState();
    const ConnectionProfile target = profile();
    store->write(target.tokenKey(), m_tokenField->text(), this,
                 [this, persistent](const TokenResult &result) {
                     if (result.ok()) {
                         storeProfile(persistent);
                         return;
                     }
                     m_saving = false;
                     if (persistent) {
                         // The product's rule: without a keychain the token is kept for the
                         // session only, and the user is told. One more Save confirms that.
                         m_keychainFailed = true;
                         //: %1 explains the keychain failure
                         showSaveMessage(tr("%1 Press Save again to keep the token for this "
                                            "session only, or Cancel.")
                                             .arg(result.message));
                     } else {
                         showSaveMessage(result.message);
                     }
                     updateState();
                 });
}

void SignInDialog::storeProfile(bool persistent)
{
    const ConnectionProfile saved = profile();
    QString error;
    const bool ok = m_renewing ? m_profiles->update(m_renewing->name, saved, &error)
                               : m_profiles->add(saved,
                                                 persistent ? ProfileStore::Persistence::Saved
                                                            : ProfileStore::Persistence::Session,
                                                 &error);
    if (!ok) {
        // A new profile that could not be saved must not leave its token behind. A renewed one
        // keeps the new token: it is the one that works.
        if (!m_renewing) {
            TokenStore *store = persistent ? m_keychain.data() : m_session.data();
            if (store)
                store->remove(saved.tokenKey(), this, {});
        }
        m_saving = false;
        showSaveMessage(error);
        updateState();
        return;
    }
    m_saving = false;
    m_tokenField->clear();
    Q_EMIT profileSaved(saved, persistent);
    QDialog::accept();
}

} // namespace astra
