// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/serverlessregion.h"

namespace astra {

// GET /v2/regions/serverless: region codes and their display names.
class RegionsRequest : public ApiRequest
{
    Q_OBJECT
public:
    RegionsRequest(const ApiConnection &connection, QObject *parent = nullptr);

Q_SIGNALS:
    void received(const QList<astra::ServerlessRegion> &regions);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
};

} // namespace astra
