// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/cloudaccount.h"

namespace astra {

// GET /v2/kms[/classic]/provider/P/region/R/accounts: the principals to grant in a key policy.
class CloudAccountsRequest : public ApiRequest
{
    Q_OBJECT
public:
    CloudAccountsRequest(const ApiConnection &connection, KeyType type, const QString &provider,
                         const QString &region, QObject *parent = nullptr);
    KeyType keyType() const { return m_type; }

Q_SIGNALS:
    void received(const QList<astra::CloudAccount> &accounts);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;

private:
    KeyType m_type;
};

} // namespace astra
