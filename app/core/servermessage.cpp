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
    if (id.isDouble())
        number = static_cast<qint64>(id.toDouble());
    else if (id.isString())
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
        const QString text = QString::fromUtf8(trimmed.left(4096));
        return {ServerMessage{0, bounded(text.section(u'\n', 0, 0))}};
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
        messages.append(messageFromValue(object));
    }
    return messages;
}

} // namespace astra
