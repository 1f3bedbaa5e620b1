// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The last OrganizationSnapshot of each organization, kept so the window can show it at once on
// start ("instant start") while the background refresh runs. One JSON file per organization in
// <CacheLocation>/snapshots/<organizationId>.json, with the snapshot's fetchedAt so the age can be
// shown. Only known fields are written, field by field: never a token (a snapshot holds none),
// never a secureBundle*Url (Datacenter does not even decode them), so nothing the API adds later
// can slip in. A cache is disposable: a file that does not parse or has another format version is
// ignored with a log line and replaced by the next save.
#pragma once

#include "organizationsnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace astra {

class SnapshotCache
{
public:
    static constexpr int FormatVersion = 1;

    explicit SnapshotCache(QString folder = defaultFolder());

    // <CacheLocation>/snapshots
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    QString filePath(const QString &organizationId) const;

    // Atomic (QSaveFile). *error gets a translated sentence on failure.
    bool save(const OrganizationSnapshot &snapshot, QString *error = nullptr) const;
    // The cached snapshot, or nullopt when there is none or it is unreadable (logged).
    std::optional<OrganizationSnapshot> load(const QString &organizationId) const;
    bool remove(const QString &organizationId) const;

    static QByteArray toJson(const OrganizationSnapshot &snapshot);
    static std::optional<OrganizationSnapshot> fromJson(const QByteArray &json, QString *reason);

private:
    QString m_folder;
};

// "Cached data from 5 minutes ago": how old a snapshot shown from the cache is, translated.
QString snapshotAgeText(const QDateTime &fetchedAt, const QDateTime &now);

} // namespace astra
