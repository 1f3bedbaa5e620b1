// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The local key history of one organization: when this computer first saw each key slot
// (type/provider/region) filled, when another key id took a slot, and when a key went away.
// The API has no registration time, so this is what bounds it for deriveKeyUsage().
//
// Stored as <AppDataLocation>/history/<organizationId>.json, one file per organization. Why JSON:
// - it is small (a few slots per organization, events capped per slot) and read once per load, so
//   a database engine (QtSql + SQLite) would add a dependency and a driver for kilobytes;
// - an administrator or auditor can read it, diff it and attach it to a ticket as it is;
// - QtCore reads and writes it with no extra library, and QSaveFile replaces the whole file
//   atomically, so a crash or a full disk leaves the previous history intact;
// - one file per organization keeps organizations independent: a damaged file costs one
//   organization's history only, and removing a profile can remove its file.
// The file carries "format" and "version"; a file that does not parse, belongs to another
// organization or comes from a newer version is set aside (renamed *.corrupt-<time>), reported,
// and a new history begins, so the new observations are never lost. It holds key ids (which the
// Portal shows to every member of the organization) and times: never a token, never a URL.
#pragma once

#include "keyusage.h"
#include "organizationsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace astra {

struct KeyHistoryEvent
{
    enum class Kind {
        FirstSeen, // seen on this computer's first load of the organization: registered earlier
        Added,     // appeared in a slot seen empty (or not seen at all) at the previous load
        Changed,   // another key id took the slot
        Removed,   // the slot is empty now
    };
    Kind kind = Kind::FirstSeen;
    QDateTime at;
    QString slot;
    QString keyId;         // the key after the event (empty for Removed)
    QString previousKeyId; // Changed and Removed: the key before

    friend bool operator==(const KeyHistoryEvent &, const KeyHistoryEvent &) = default;
};

QString keyHistoryEventText(const KeyHistoryEvent &event);

class KeyHistory
{
public:
    static constexpr int MaxEventsPerSlot = 32; // the newest are kept; sightings do not need more
    static constexpr int MaxSlots = 2000;       // removed slots seen longest ago go first
    static constexpr int FormatVersion = 1;

    enum class LoadResult {
        Loaded,
        NoFile,   // nothing recorded yet: a new history begins
        SetAside, // the file was unreadable: renamed, reported, a new history begins
    };

    // folder: where <organizationId>.json lives; defaultFolder() in the application.
    explicit KeyHistory(QString organizationId, QString folder = defaultFolder());

    // <AppDataLocation>/history
    static QString defaultFolder();

    QString organizationId() const { return m_organizationId; }
    QString filePath() const;
    // Where an unreadable file was moved by the last load(), or empty.
    QString setAsidePath() const { return m_setAsidePath; }

    // Replaces what is in memory with the file. Never fails hard: *error gets a translated
    // sentence when the file was set aside.
    LoadResult load(QString *error = nullptr);
    // Writes atomically (QSaveFile). *error gets a translated sentence on failure; what is in
    // memory is kept either way.
    bool save(QString *error = nullptr) const;

    // Updates the history from a freshly fetched snapshot of this organization (never from the
    // cache: a cached snapshot says nothing new). Returns true when something changed.
    // Ignored (false) for another organization or a time before the last record.
    bool record(const OrganizationSnapshot &snapshot, const QDateTime &now);

    // For deriveKeyUsage(), keyed by CustomerKey::slot(). For a slot that holds a key, firstSeen
    // is when this key id was first seen there and lastSeenAbsent the last time the slot was seen
    // without it (empty, or with another key id).
    QHash<QString, KeySighting> sightings() const;
    KeySighting sighting(const QString &slot) const;
    // Oldest first; events(slot) for one key's details panel.
    QList<KeyHistoryEvent> events(const QString &slot) const;
    QList<KeyHistoryEvent> allEvents() const;
    QDateTime lastRecorded() const { return m_lastRecorded; }
    bool isEmpty() const { return m_slots.isEmpty() && !m_lastRecorded.isValid(); }

    QByteArray toJson() const;

private:
    struct Slot
    {
        QString keyId;            // current key, or the last one when removed
        bool present = false;     // a key is registered there now
        QDateTime firstSeen;      // when the current key id was first seen there
        QDateTime lastSeenAbsent; // last time seen empty or holding another key id
        QList<KeyHistoryEvent> events;
    };
    bool fromJson(const QByteArray &json, QString *reason);
    void addEvent(Slot &slot, KeyHistoryEvent event);
    void enforceSlotCap();
    void setAside(const QString &reason, QString *error);

    QString m_organizationId;
    QString m_folder;
    QDateTime m_lastRecorded;
    QMap<QString, Slot> m_slots;
    QString m_setAsidePath;
};

// A file name for an organization id that cannot leave the folder: the id itself when it is a
// plain identifier (UUIDs are), a hash of it otherwise.
QString organizationFileStem(const QString &organizationId);

} // namespace astra
