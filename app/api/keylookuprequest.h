// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/customerkey.h"

#include <optional>

namespace astra {

// GET /v2/kms[/classic]/provider/P/region/R: the key of one provider and region, if any.
// A 404 is "no key registered" and arrives as received(nullopt), as an empty answer does.
class KeyLookupRequest : public ApiRequest
{
    Q_OBJECT
public:
    KeyLookupRequest(const ApiConnection &connection, KeyType type, const QString &provider,
                     const QString &region, QObject *parent = nullptr);
    KeyType keyType() const { return m_type; }

Q_SIGNALS:
    void received(const std::optional<astra::CustomerKey> &key);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
    bool notFoundIsAnAnswer() const override { return true; }

private:
    KeyType m_type;
};

} // namespace astra
