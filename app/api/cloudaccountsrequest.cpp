// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudaccountsrequest.h"

namespace astra {

CloudAccountsRequest::CloudAccountsRequest(const ApiConnection &connection, KeyType type,
                                           const QString &provider, const QString &region,
                                           QObject *parent)
    : ApiRequest(connection, endpoints::cloudAccounts(type, provider, region), parent)
    , m_type(type)
{}

std::optional<QString> CloudAccountsRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto accounts = CloudAccount::listFromJson(body, &error);
    if (!accounts)
        return error.toString();
    Q_EMIT received(*accounts);
    return std::nullopt;
}

} // namespace astra
