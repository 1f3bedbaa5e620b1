// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QTimeZone>

#include <cmath>

namespace astra {

JsonReader::JsonReader(const QJsonObject &object, QString path, DecodeError *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

std::optional<QJsonValue> JsonReader::find(QStringView name) const
{
    auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        for (auto i = m_object.constBegin(); i != m_object.constEnd(); ++i) {
            if (i.key().compare(name, Qt::CaseInsensitive) == 0) {
                it = i;
                break;
            }
        }
    }
    if (it == m_object.constEnd() || it->isNull() || it->isUndefined())
        return std::nullopt;
    return it.value();
}

QString JsonReader::pathOf(QStringView name) const
{
    return m_path.isEmpty() ? name.toString() : m_path + u'.' + name.toString();
}

void JsonReader::fail(QStringView name, const QString &message)
{
    if (m_error->isNull())
        *m_error = DecodeError{pathOf(name), message};
}

std::optional<QJsonValue> JsonReader::typed(QStringView name, QJsonValue::Type type, bool required)
{
    const auto value = find(name);
    if (!value) {
        if (required)
            fail(name, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (value->type() != type) {
        fail(name, QStringLiteral("expected %1, got %2")
                       .arg(describeJsonType(type), describeJsonType(value->type())));
        return std::nullopt;
    }
    return value;
}

QString JsonReader::string(QStringView name, bool required)
{
    const auto value = typed(name, QJsonValue::String, required);
    return value ? value->toString() : QString();
}

qint64 JsonReader::integer(QStringView name, qint64 fallback)
{
    const auto value = typed(name, QJsonValue::Double, false);
    if (!value)
        return fallback;
    const double number = value->toDouble();
    // Converting a double outside qint64's range is undefined behaviour (found by fuzzing:
    // "capacityUnits": 1.6e24), so the range is checked before the cast. 2^63 is exact as a
    // double; every double below it and at or above -2^63 converts.
    constexpr double limit = 9223372036854775808.0;
    if (!(number >= -limit && number < limit) || number != std::trunc(number)) {
        fail(name, QStringLiteral("expected a whole number"));
        return fallback;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(QStringView name, bool fallback)
{
    const auto value = typed(name, QJsonValue::Bool, false);
    return value ? value->toBool() : fallback;
}

QDateTime JsonReader::dateTime(QStringView name)
{
    const QString text = string(name);
    if (text.isEmpty())
        return {};
    const auto parsed = parseApiTime(text);
    if (!parsed) {
        fail(name, QStringLiteral("not an RFC 3339 time"));
        return {};
    }
    return *parsed;
}

QJsonObject JsonReader::object(QStringView name, bool required)
{
    const auto value = typed(name, QJsonValue::Object, required);
    return value ? value->toObject() : QJsonObject();
}

QJsonArray JsonReader::array(QStringView name, bool required)
{
    const auto value = typed(name, QJsonValue::Array, required);
    return value ? value->toArray() : QJsonArray();
}

QString describeJsonType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<QDateTime> parseApiTime(const QString &text)
{
    // Go's zero time means "never" (terminationTime of a live database).
    if (text.startsWith(u"0001-01-01"))
        return QDateTime();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace astra
