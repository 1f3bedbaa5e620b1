// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodeerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace astra {

// Reads fields of one JSON object the way every official Astra client does: field names match
// case-insensitively (the API spells one concept three ways), null or absent optional fields
// take their default, and a field of the wrong type records a DecodeError naming the field.
// The first error sticks; later reads keep returning defaults so callers can read straight on.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, DecodeError *error);

    // The value of a field, case-insensitively; nullopt when absent or null.
    std::optional<QJsonValue> find(QStringView name) const;
    bool has(QStringView name) const { return find(name).has_value(); }

    QString string(QStringView name, bool required = false);
    qint64 integer(QStringView name, qint64 fallback = 0);
    bool boolean(QStringView name, bool fallback = false);
    // RFC 3339; an unparsable text is an error, "0001-01-01T00:00:00Z" reads as an invalid
    // QDateTime.
    QDateTime dateTime(QStringView name);
    QJsonObject object(QStringView name, bool required = false);
    QJsonArray array(QStringView name, bool required = false);

    bool ok() const { return m_error->isNull(); }
    QString pathOf(QStringView name) const;
    void fail(QStringView name, const QString &message);

private:
    std::optional<QJsonValue> typed(QStringView name, QJsonValue::Type type, bool required);

    QJsonObject m_object;
    QString m_path;
    DecodeError *m_error;
};

// Names a JSON type for error messages ("a number", "an object", ...).
QString describeJsonType(QJsonValue::Type type);
// Parses RFC 3339 times as the API writes them; the Go zero time gives an invalid QDateTime.
std::optional<QDateTime> parseApiTime(const QString &text);

} // namespace astra
