// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/database.h"

namespace astra {

// GET /v2/databases/{id}: one database.
class DatabaseRequest : public ApiRequest
{
    Q_OBJECT
public:
    DatabaseRequest(const ApiConnection &connection, const QString &databaseId,
                    QObject *parent = nullptr);

Q_SIGNALS:
    void received(const astra::Database &database);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
};

} // namespace astra
