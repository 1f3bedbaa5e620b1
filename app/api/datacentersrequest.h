// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/database.h"

namespace astra {

// GET /v2/databases/{id}/datacenters[?all=true]: the regions of one database.
class DatacentersRequest : public ApiRequest
{
    Q_OBJECT
public:
    DatacentersRequest(const ApiConnection &connection, const QString &databaseId,
                       bool includeTerminated, QObject *parent = nullptr);

Q_SIGNALS:
    void received(const QList<astra::Datacenter> &datacenters);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
};

} // namespace astra
