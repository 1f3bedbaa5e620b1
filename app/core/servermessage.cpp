// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servermessage.h"

#include "jsondocument.h"

#include <QJsonArray>
#include <QJsonObject>

namespace astra {

namespace {

constexpr qsizetype MaxMessageLength = 300;

QString bounded(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength - 1) + QChar(0x2026);
    return text;
}

QJsonValue findCaseInsensitive(const QJsonObject &object, QStringView name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

ServerMessage messageFromValue(const QJsonValue &value)
{
    if (value.isString())
        return {0, bounded(value.toString())};
    const QJsonObject object = value.toObject();
    const QJsonValue id = findCaseInsensitive(object, u"id");
    qint64 number = 0;
    // An id that is not a whole number in qint64's range is no id: converting it would be
    // undefined behaviour (found by fuzzing: {"errors":[{"id":1e308}]}).
    constexpr double limit = 9223372036854775808.0; // 2^63, exact as a double
    if (id.isDouble()) {
        const double idNumber = id.toDouble();
        if (idNumber >= -limit && idNumber < limit)
            number = static_cast<qint64>(idNumber);
    } else if (id.isString())
        number = id.toString().toLongLong();
    return {number, bounded(findCaseInsensitive(object, u"message").toString())};
}

} // namespace

QList<ServerMessage> parseServerMessages(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    DecodeError error;
    const auto value = parseJsonBody(trimmed, &error);
    if (!value) {
        // Plain text, unless it is markup (a proxy's HTML error page says nothing useful).
        if (trimmed.startsWith('<'))
            return {};
        const QString text = bounded(QString::fromUtf8(trimmed.left(4096)).section(u'\n', 0, 0));
        // Only Unicode spaces (U+00A0, ...) on the first line: nothing was said.
        return text.isEmpty() ? QList<ServerMessage>() : QList<ServerMessage>{{0, text}};
    }
    if (value->isString()) {
        const QString text = bounded(value->toString());
        return text.isEmpty() ? QList<ServerMessage>() : QList<ServerMessage>{{0, text}};
    }
    if (!value->isObject())
        return {};
    const QJsonObject object = value->toObject();
    QList<ServerMessage> messages;
    const QJsonValue errors = findCaseInsensitive(object, u"errors");
    if (errors.isArray()) {
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &entry : array) {
            ServerMessage message = messageFromValue(entry);
            if (message.id != 0 || !message.message.isEmpty())
                messages.append(message);
        }
    } else if (findCaseInsensitive(object, u"message").isString()) {
        const ServerMessage message = messageFromValue(object);
        if (message.id != 0 || !message.message.isEmpty())
            messages.append(message);
    }
    return messages;
}

} // namespace astra
