// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "jsonreader.h"

namespace astra {

std::optional<QJsonValue> parseJsonBody(const QByteArray &body, DecodeError *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        *error = DecodeError{QString(), QStringLiteral("empty body")};
        return std::nullopt;
    }
    // QJsonDocument only takes objects and arrays at the top; wrap so scalars (a JSON string
    // error body, "null") parse too.
    QByteArray wrapped;
    wrapped.reserve(trimmed.size() + 2);
    wrapped.append('[').append(trimmed).append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1) {
        *error = DecodeError{QString(), QStringLiteral("malformed JSON at byte %1: %2")
                                            .arg(qMax(0, parseError.offset - 1))
                                            .arg(parseError.errorString())};
        return std::nullopt;
    }
    return document.array().first();
}

QString expectedButGot(const QString &expected, const QJsonValue &got)
{
    return QStringLiteral("expected %1, got %2").arg(expected, describeJsonType(got.type()));
}

std::optional<QJsonArray> parseJsonArrayBody(const QByteArray &body, DecodeError *error)
{
    const auto value = parseJsonBody(body, error);
    if (!value)
        return std::nullopt;
    if (value->isNull())
        return QJsonArray();
    if (!value->isArray()) {
        *error = DecodeError{QString(), expectedButGot(QStringLiteral("an array"), *value)};
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonObject> parseJsonObjectBody(const QByteArray &body, DecodeError *error)
{
    const auto value = parseJsonBody(body, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        *error = DecodeError{QString(), expectedButGot(QStringLiteral("an object"), *value)};
        return std::nullopt;
    }
    return value->toObject();
}

} // namespace astra
