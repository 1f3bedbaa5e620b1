// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

namespace astra {

// POST /v2/kms[/classic]: registers a key. Never retried: a write is sent exactly once.
class RegisterKeyRequest : public ApiRequest
{
    Q_OBJECT
public:
    RegisterKeyRequest(const ApiConnection &connection, KeyType type, const QString &organizationId,
                       const QString &provider, const QString &region, const QString &keyId,
                       QObject *parent = nullptr);
    KeyType keyType() const { return m_type; }

Q_SIGNALS:
    void received(); // the key is registered

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;

private:
    KeyType m_type;
};

} // namespace astra
