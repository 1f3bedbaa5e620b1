// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/customerkey.h"

namespace astra {

// GET /v2/kms or /v2/kms/classic: every customer key of one type.
class KeyListRequest : public ApiRequest
{
    Q_OBJECT
public:
    KeyListRequest(const ApiConnection &connection, KeyType type, QObject *parent = nullptr);
    KeyType keyType() const { return m_type; }

Q_SIGNALS:
    void received(const QList<astra::CustomerKey> &keys);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;

private:
    KeyType m_type;
};

} // namespace astra
