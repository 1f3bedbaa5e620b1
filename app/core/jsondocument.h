// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodeerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace astra {

// "expected X, got a number"
QString expectedButGot(const QString &expected, const QJsonValue &got);

// Parses a whole answer body into a JSON value (object, array, string, number, or null),
// turning malformed JSON into a DecodeError rather than a silently empty document.
std::optional<QJsonValue> parseJsonBody(const QByteArray &body, DecodeError *error);

// A body that must be a JSON array; a bare null reads as an empty array.
std::optional<QJsonArray> parseJsonArrayBody(const QByteArray &body, DecodeError *error);
// A body that must be a JSON object.
std::optional<QJsonObject> parseJsonObjectBody(const QByteArray &body, DecodeError *error);

// Decodes every element of an array with decode(object, path, error); the first element that is
// not an object, or does not decode, fails the whole array with its path.
template <typename T, typename Decode>
std::optional<QList<T>> decodeObjectArray(const QJsonArray &array, const QString &prefix,
                                          DecodeError *error, Decode decode)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = prefix + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            *error = DecodeError{path, expectedButGot(QStringLiteral("an object"), array.at(i))};
            return std::nullopt;
        }
        auto item = decode(array.at(i).toObject(), path, error);
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

} // namespace astra
