// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerkeyrequest.h"

namespace astra {

RegisterKeyRequest::RegisterKeyRequest(const ApiConnection &connection, KeyType type,
                                       const QString &organizationId, const QString &provider,
                                       const QString &region, const QString &keyId, QObject *parent)
    : ApiRequest(connection, endpoints::registerKey(type, organizationId, provider, region, keyId),
                 parent)
    , m_type(type)
{}

std::optional<QString> RegisterKeyRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    Q_UNUSED(body)
    Q_EMIT received(); // the spec says 200, the real API answers 201: any 2xx is success
    return std::nullopt;
}

} // namespace astra
