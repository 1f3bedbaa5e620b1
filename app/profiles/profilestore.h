// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace astra {

// The user's connection profiles, kept in QSettings (organization "AstraKeys", application
// "astra-keys"), and never a token: that lives in a TokenStore under ConnectionProfile::tokenKey().
//
// Names are unique regardless of case, because they key the keychain entry and the command line
// (`--profile NAME`), where "Prod" and "prod" would be a trap. A profile may be kept for this
// session only (its token is not remembered either): it is listed with the others but never
// reaches the settings file.
//
// Nothing is cached across calls: the settings are read again each time, so a profile added by
// `astra-keys profile add` while the window runs is seen by the next call.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    enum class Persistence { Saved, Session };

    // The user's settings (QSettings with the application's organization and name).
    explicit ProfileStore(QObject *parent = nullptr);
    // The INI file at settingsFile instead (tests, portable setups).
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Saved profiles in the order they were added, then session-only ones.
    QList<ConnectionProfile> profiles() const;
    // By name, regardless of case.
    std::optional<ConnectionProfile> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }
    bool isSessionOnly(const QString &name) const;
    // The enterprise labels in use, first-seen order (for completion and the enterprise filter).
    QStringList enterpriseLabels() const;

    // Why profile cannot be stored (a translated sentence with the next step), or empty. A
    // profile may keep its own name when it replaces the profile named `replacing`.
    QString problem(const ConnectionProfile &profile, const QString &replacing = {}) const;

    bool add(const ConnectionProfile &profile, Persistence persistence = Persistence::Saved,
             QString *error = nullptr);
    // Replaces the profile named `name` (organization, URL, label, and possibly its name) in
    // place. The caller moves the token if the name changes: the token key follows the name.
    bool update(const QString &name, const ConnectionProfile &profile, QString *error = nullptr);
    // Same as update() with only the name changed.
    bool rename(const QString &name, const QString &newName, QString *error = nullptr);
    // Removes the profile; the caller removes its token (TokenStore::remove(tokenKey())).
    bool remove(const QString &name, QString *error = nullptr);

    // Where the saved profiles are (for messages and tests).
    QString fileName() const;

Q_SIGNALS:
    // After any successful add, update, rename or remove.
    void changed();

private:
    QList<ConnectionProfile> savedProfiles() const;
    bool save(const QList<ConnectionProfile> &profiles, QString *error);
    qsizetype indexOf(const QList<ConnectionProfile> &profiles, const QString &name) const;

    std::unique_ptr<QSettings> m_settings;
    QList<ConnectionProfile> m_sessionProfiles;
};

} // namespace astra
