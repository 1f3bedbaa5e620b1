// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/organization.h"

namespace astra {

// GET /v2/currentOrg: the organization the token belongs to.
class CurrentOrgRequest : public ApiRequest
{
    Q_OBJECT
public:
    CurrentOrgRequest(const ApiConnection &connection, QObject *parent = nullptr);

Q_SIGNALS:
    void received(const astra::Organization &organization);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
};

} // namespace astra
