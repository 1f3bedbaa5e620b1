// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keylistrequest.h"

namespace astra {

KeyListRequest::KeyListRequest(const ApiConnection &connection, KeyType type, QObject *parent)
    : ApiRequest(connection, endpoints::listKeys(type), parent)
    , m_type(type)
{}

std::optional<QString> KeyListRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto keys = CustomerKey::listFromJson(body, m_type, &error);
    if (!keys)
        return error.toString();
    Q_EMIT received(*keys);
    return std::nullopt;
}

} // namespace astra
