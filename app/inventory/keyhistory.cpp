// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyhistory.h"

#include "storagelogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace astra {

namespace {

const QString formatName = QStringLiteral("astra-keys/key-history");

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString kindCode(KeyHistoryEvent::Kind kind)
{
    switch (kind) {
    case KeyHistoryEvent::Kind::FirstSeen:
        return QStringLiteral("first-seen");
    case KeyHistoryEvent::Kind::Added:
        return QStringLiteral("added");
    case KeyHistoryEvent::Kind::Changed:
        return QStringLiteral("changed");
    case KeyHistoryEvent::Kind::Removed:
        break;
    }
    return QStringLiteral("removed");
}

std::optional<KeyHistoryEvent::Kind> kindFromCode(const QString &code)
{
    for (auto kind : {KeyHistoryEvent::Kind::FirstSeen, KeyHistoryEvent::Kind::Added,
                      KeyHistoryEvent::Kind::Changed, KeyHistoryEvent::Kind::Removed}) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

bool sameKeyId(const QString &a, const QString &b)
{
    // The endpoints do not agree on case (tests/data/key-single-gcp-upper.json): a difference in
    // case alone is the same key, not a change worth an event.
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString organizationFileStem(const QString &organizationId)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$"));
    if (plain.match(organizationId).hasMatch())
        return organizationId;
    return QStringLiteral("org-") +
           QString::fromLatin1(
               QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(32));
}

QString keyHistoryEventText(const KeyHistoryEvent &event)
{
    switch (event.kind) {
    case KeyHistoryEvent::Kind::FirstSeen:
        return QCoreApplication::translate("KeyHistory",
                                           "First seen on this computer (registered earlier)");
    case KeyHistoryEvent::Kind::Added:
        return QCoreApplication::translate("KeyHistory", "Registered (first seen)");
    case KeyHistoryEvent::Kind::Changed:
        return QCoreApplication::translate("KeyHistory", "Replaced key %1")
            .arg(event.previousKeyId);
    case KeyHistoryEvent::Kind::Removed:
        break;
    }
    return QCoreApplication::translate("KeyHistory", "Removed (key %1)").arg(event.previousKeyId);
}

KeyHistory::KeyHistory(QString organizationId, QString folder)
    : m_organizationId(std::move(organizationId))
    , m_folder(std::move(folder))
{}

QString KeyHistory::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history");
}

QString KeyHistory::filePath() const
{
    return m_folder + u'/' + organizationFileStem(m_organizationId) + QStringLiteral(".json");
}

void KeyHistory::setAside(const QString &reason, QString *error)
{
    const QString path = filePath();
    QString target = path + QStringLiteral(".corrupt-") +
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    if (!QFile::rename(path, target)) {
        // Could not keep it: it must not block the new history either.
        QFile::remove(path);
        target.clear();
    }
    m_setAsidePath = target;
    qCWarning(lcStorage) << "key history" << path << "unreadable:" << reason << "- set aside as"
                         << (target.isEmpty() ? QStringLiteral("(removed)") : target);
    if (error) {
        *error = target.isEmpty()
                     ? QCoreApplication::translate(
                           "KeyHistory",
                           "The key history for this organization could not be read (%1) and was "
                           "removed; a new history begins now.")
                           .arg(reason)
                     : QCoreApplication::translate(
                           "KeyHistory",
                           "The key history for this organization could not be read (%1). It was "
                           "kept as %2 and a new history begins now.")
                           .arg(reason, QDir::toNativeSeparators(target));
    }
}

KeyHistory::LoadResult KeyHistory::load(QString *error)
{
    m_slots.clear();
    m_lastRecorded = QDateTime();
    m_setAsidePath.clear();
    QFile file(filePath());
    if (!file.exists())
        return LoadResult::NoFile;
    if (!file.open(QIODevice::ReadOnly)) {
        setAside(file.errorString(), error);
        return LoadResult::SetAside;
    }
    // A history is kilobytes; anything far larger is not ours.
    if (file.size() > 64 * 1024 * 1024) {
        file.close();
        setAside(QCoreApplication::translate("KeyHistory", "the file is too large"), error);
        return LoadResult::SetAside;
    }
    const QByteArray json = file.readAll();
    file.close();
    QString reason;
    if (!fromJson(json, &reason)) {
        m_slots.clear();
        m_lastRecorded = QDateTime();
        setAside(reason, error);
        return LoadResult::SetAside;
    }
    return LoadResult::Loaded;
}

bool KeyHistory::fromJson(const QByteArray &json, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason = parseError.error != QJsonParseError::NoError
                      ? QCoreApplication::translate("KeyHistory", "not valid JSON at offset %1")
                            .arg(parseError.offset)
                      : QCoreApplication::translate("KeyHistory", "not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != formatName) {
        *reason = QCoreApplication::translate("KeyHistory", "not a key history file");
        return false;
    }
    const int version = root.value(u"version").toInt(-1);
    if (version < 1 || version > FormatVersion) {
        *reason =
            QCoreApplication::translate("KeyHistory", "unknown format version %1").arg(version);
        return false;
    }
    if (root.value(u"organizationId").toString() != m_organizationId) {
        *reason = QCoreApplication::translate("KeyHistory", "it belongs to another organization");
        return false;
    }
    m_lastRecorded = timeFrom(root.value(u"lastRecorded"));
    int skipped = 0;
    const QJsonArray slots = root.value(u"slots").toArray();
    for (const QJsonValue &value : slots) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(u"slot").toString();
        if (name.isEmpty()) {
            ++skipped;
            continue;
        }
        Slot slot;
        slot.keyId = object.value(u"keyId").toString();
        slot.present = object.value(u"present").toBool();
        slot.firstSeen = timeFrom(object.value(u"firstSeen"));
        slot.lastSeenAbsent = timeFrom(object.value(u"lastSeenAbsent"));
        for (const QJsonValue &e : object.value(u"events").toArray()) {
            const QJsonObject eo = e.toObject();
            const auto kind = kindFromCode(eo.value(u"kind").toString());
            const QDateTime at = timeFrom(eo.value(u"at"));
            if (!kind || !at.isValid()) {
                ++skipped;
                continue;
            }
            slot.events.append({*kind, at, name, eo.value(u"keyId").toString(),
                                eo.value(u"previousKeyId").toString()});
        }
        if (slot.events.size() > MaxEventsPerSlot)
            slot.events.remove(0, slot.events.size() - MaxEventsPerSlot);
        m_slots.insert(name, slot);
    }
    if (skipped > 0)
        qCWarning(lcStorage) << "key history" << filePath() << ": skipped" << skipped
                             << "unreadable entries";
    enforceSlotCap();
    return true;
}

QByteArray KeyHistory::toJson() const
{
    QJsonArray slots;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        QJsonArray events;
        for (const KeyHistoryEvent &e : it->events) {
            QJsonObject eo{{QStringLiteral("kind"), kindCode(e.kind)},
                           {QStringLiteral("at"), timeText(e.at)}};
            if (!e.keyId.isEmpty())
                eo.insert(QStringLiteral("keyId"), e.keyId);
            if (!e.previousKeyId.isEmpty())
                eo.insert(QStringLiteral("previousKeyId"), e.previousKeyId);
            events.append(eo);
        }
        slots.append(QJsonObject{{QStringLiteral("slot"), it.key()},
                                 {QStringLiteral("keyId"), it->keyId},
                                 {QStringLiteral("present"), it->present},
                                 {QStringLiteral("firstSeen"), timeText(it->firstSeen)},
                                 {QStringLiteral("lastSeenAbsent"), timeText(it->lastSeenAbsent)},
                                 {QStringLiteral("events"), events}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("organizationId"), m_organizationId},
                           {QStringLiteral("lastRecorded"), timeText(m_lastRecorded)},
                           {QStringLiteral("slots"), slots}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool KeyHistory::save(QString *error) const
{
    auto fail = [&](const QString &why) {
        qCWarning(lcStorage) << "key history" << filePath() << "not saved:" << why;
        if (error)
            *error = QCoreApplication::translate(
                         "KeyHistory",
                         "The key history could not be saved to %1 (%2). Check that the folder "
                         "is writable and the disk is not full.")
                         .arg(QDir::toNativeSeparators(filePath()), why);
        return false;
    };
    if (!QDir().mkpath(m_folder))
        return fail(QCoreApplication::translate("KeyHistory", "the folder cannot be created"));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray json = toJson();
    if (file.write(json) != json.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void KeyHistory::addEvent(Slot &slot, KeyHistoryEvent event)
{
    slot.events.append(std::move(event));
    if (slot.events.size() > MaxEventsPerSlot)
        slot.events.remove(0, slot.events.size() - MaxEventsPerSlot);
}

void KeyHistory::enforceSlotCap()
{
    if (m_slots.size() <= MaxSlots)
        return;
    // Empty slots seen empty longest ago say the least; filled slots are never dropped.
    QList<std::pair<QDateTime, QString>> removable;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (!it->present)
            removable.append({it->lastSeenAbsent, it.key()});
    }
    std::sort(removable.begin(), removable.end());
    for (const auto &entry : removable) {
        if (m_slots.size() <= MaxSlots)
            break;
        m_slots.remove(entry.second);
    }
}

bool KeyHistory::record(const OrganizationSnapshot &snapshot, const QDateTime &nowLocal)
{
    if (snapshot.organization.id != m_organizationId) {
        qCWarning(lcStorage) << "key history of" << m_organizationId
                             << "ignored a snapshot of another organization";
        return false;
    }
    const QDateTime now = nowLocal.toUTC();
    if (!now.isValid() || (m_lastRecorded.isValid() && now < m_lastRecorded)) {
        qCWarning(lcStorage) << "key history ignored a snapshot older than its last record";
        return false;
    }
    const bool firstRecord = !m_lastRecorded.isValid();
    const QDateTime previous = m_lastRecorded;
    bool changed = false;

    QHash<QString, const CustomerKey *> present;
    for (const CustomerKey &key : snapshot.keys)
        present.insert(key.slot(), &key);

    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        const CustomerKey &key = *it.value();
        auto found = m_slots.find(it.key());
        if (found == m_slots.end()) {
            Slot slot;
            slot.keyId = key.keyId;
            slot.present = true;
            slot.firstSeen = now;
            // Every load lists every key, so a slot new since the previous load was empty then.
            if (!firstRecord)
                slot.lastSeenAbsent = previous;
            addEvent(slot,
                     {firstRecord ? KeyHistoryEvent::Kind::FirstSeen : KeyHistoryEvent::Kind::Added,
                      now, it.key(), key.keyId, QString()});
            m_slots.insert(it.key(), slot);
            changed = true;
        } else if (!found->present) {
            found->present = true;
            found->firstSeen = now;
            found->keyId = key.keyId;
            addEvent(*found, {KeyHistoryEvent::Kind::Added, now, it.key(), key.keyId, QString()});
            changed = true;
        } else if (!sameKeyId(found->keyId, key.keyId)) {
            // Until the previous load the slot held the other key: regions deployed before then
            // were not encrypted with this one.
            found->lastSeenAbsent = previous.isValid() ? previous : now;
            found->firstSeen = now;
            addEvent(*found,
                     {KeyHistoryEvent::Kind::Changed, now, it.key(), key.keyId, found->keyId});
            found->keyId = key.keyId;
            changed = true;
        }
    }
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (present.contains(it.key()))
            continue;
        if (it->present) {
            it->present = false;
            addEvent(*it, {KeyHistoryEvent::Kind::Removed, now, it.key(), QString(), it->keyId});
        }
        it->lastSeenAbsent = now;
        changed = true;
    }
    m_lastRecorded = now;
    enforceSlotCap();
    return changed || firstRecord;
}

KeySighting KeyHistory::sighting(const QString &slot) const
{
    const auto it = m_slots.constFind(slot);
    if (it == m_slots.cend())
        return {};
    return {it->present ? it->firstSeen : QDateTime(), it->lastSeenAbsent};
}

QHash<QString, KeySighting> KeyHistory::sightings() const
{
    QHash<QString, KeySighting> result;
    result.reserve(m_slots.size());
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        result.insert(it.key(), {it->present ? it->firstSeen : QDateTime(), it->lastSeenAbsent});
    return result;
}

QList<KeyHistoryEvent> KeyHistory::events(const QString &slot) const
{
    return m_slots.value(slot).events;
}

QList<KeyHistoryEvent> KeyHistory::allEvents() const
{
    QList<KeyHistoryEvent> all;
    for (const Slot &slot : m_slots)
        all.append(slot.events);
    std::stable_sort(
        all.begin(), all.end(),
        [](const KeyHistoryEvent &a, const KeyHistoryEvent &b) { return a.at < b.at; });
    return all;
}

} // namespace astra
