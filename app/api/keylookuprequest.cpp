// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keylookuprequest.h"

namespace astra {

KeyLookupRequest::KeyLookupRequest(const ApiConnection &connection, KeyType type,
                                   const QString &provider, const QString &region, QObject *parent)
    : ApiRequest(connection, endpoints::keyForRegion(type, provider, region), parent)
    , m_type(type)
{}

std::optional<QString> KeyLookupRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto key = CustomerKey::singleFromJson(body, m_type, &error);
    if (!key)
        return error.toString();
    Q_EMIT received(*key);
    return std::nullopt;
}

} // namespace astra
