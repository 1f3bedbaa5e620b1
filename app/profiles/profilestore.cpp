// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QSettings>

namespace astra {

namespace {

// The settings layout: an array "profiles" of groups with these keys. Never a token.
const QString ArrayKey = QStringLiteral("profiles");
const QString NameKey = QStringLiteral("name");
const QString OrganizationIdKey = QStringLiteral("organizationId");
const QString OrganizationNameKey = QStringLiteral("organizationName");
const QString EnterpriseKey = QStringLiteral("enterprise");
const QString ApiUrlKey = QStringLiteral("apiUrl");

constexpr qsizetype MaxNameLength = 100;

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(
          std::make_unique<QSettings>(QStringLiteral("AstraKeys"), QStringLiteral("astra-keys")))
{}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<ConnectionProfile> ProfileStore::savedProfiles() const
{
    // Another process (the command line) may have changed the file since we last looked.
    m_settings->sync();
    QList<ConnectionProfile> profiles;
    const int size = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings->value(NameKey).toString();
        profile.organizationId = m_settings->value(OrganizationIdKey).toString();
        profile.organizationName = m_settings->value(OrganizationNameKey).toString();
        profile.enterprise = m_settings->value(EnterpriseKey).toString();
        profile.apiUrl = QUrl(m_settings->value(ApiUrlKey).toString());
        // A hand-edited file may hold a nameless entry; it could never be selected or removed.
        if (!profile.name.isEmpty())
            profiles.append(profile);
    }
    m_settings->endArray();
    return profiles;
}

bool ProfileStore::save(const QList<ConnectionProfile> &profiles, QString *error)
{
    // Rewritten whole: an array shrinks only by being removed first.
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey, int(profiles.size()));
    for (int i = 0; i < int(profiles.size()); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(NameKey, profile.name);
        m_settings->setValue(OrganizationIdKey, profile.organizationId);
        m_settings->setValue(OrganizationNameKey, profile.organizationName);
        m_settings->setValue(EnterpriseKey, profile.enterprise);
        m_settings->setValue(ApiUrlKey, profile.apiUrl.toString());
    }
    m_settings->endArray();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The profiles could not be saved to %1. Check "
                        "that the folder exists and is writable.")
                         .arg(m_settings->fileName());
        return false;
    }
    return true;
}

qsizetype ProfileStore::indexOf(const QList<ConnectionProfile> &profiles, const QString &name) const
{
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    return savedProfiles() + m_sessionProfiles;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    const qsizetype i = indexOf(all, name);
    if (i < 0)
        return std::nullopt;
    return all.at(i);
}

bool ProfileStore::isSessionOnly(const QString &name) const
{
    return indexOf(m_sessionProfiles, name) >= 0;
}

QStringList ProfileStore::enterpriseLabels() const
{
    return astra::enterpriseLabels(profiles());
}

QString ProfileStore::problem(const ConnectionProfile &profile, const QString &replacing) const
{
    const QString &name = profile.name;
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the profile, for example the organization's name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with a space.");
    if (name.size() > MaxNameLength)
        return tr("A profile name can have at most %1 characters.").arg(MaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A profile name cannot contain control characters such as line breaks.");
    }
    const bool keepsItsName =
        !replacing.isEmpty() && name.compare(replacing, Qt::CaseInsensitive) == 0;
    if (!keepsItsName && contains(name))
        return tr("A profile named \"%1\" already exists (names are "
                  "compared regardless of case). Choose another name.")
            .arg(name);
    if (!profile.apiUrl.isValid() || profile.apiUrl.host().isEmpty() ||
        (profile.apiUrl.scheme() != u"https" && profile.apiUrl.scheme() != u"http"))
        return tr("The profile needs an API address such as https://api.astra.datastax.com.");
    if (profile.enterprise != profile.enterprise.trimmed())
        return tr("An enterprise label cannot start or end with a space.");
    return {};
}

bool ProfileStore::add(const ConnectionProfile &profile, Persistence persistence, QString *error)
{
    const QString why = problem(profile);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (persistence == Persistence::Session) {
        m_sessionProfiles.append(profile);
    } else {
        QList<ConnectionProfile> saved = savedProfiles();
        saved.append(profile);
        if (!save(saved, error))
            return false;
    }
    Q_EMIT changed();
    return true;
}

bool ProfileStore::update(const QString &name, const ConnectionProfile &profile, QString *error)
{
    const qsizetype session = indexOf(m_sessionProfiles, name);
    QList<ConnectionProfile> saved = savedProfiles();
    const qsizetype index = indexOf(saved, name);
    if (session < 0 && index < 0) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    const QString why = problem(profile, name);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (session >= 0) {
        m_sessionProfiles[session] = profile;
    } else {
        saved[index] = profile;
        if (!save(saved, error))
            return false;
    }
    Q_EMIT changed();
    return true;
}

bool ProfileStore::rename(const QString &name, const QString &newName, QString *error)
{
    std::optional<ConnectionProfile> profile = find(name);
    if (!profile) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    profile->name = newName;
    return update(name, *profile, error);
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    const qsizetype session = indexOf(m_sessionProfiles, name);
    if (session >= 0) {
        m_sessionProfiles.removeAt(session);
        Q_EMIT changed();
        return true;
    }
    QList<ConnectionProfile> saved = savedProfiles();
    const qsizetype index = indexOf(saved, name);
    if (index < 0) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    saved.removeAt(index);
    if (!save(saved, error))
        return false;
    Q_EMIT changed();
    return true;
}

} // namespace astra
