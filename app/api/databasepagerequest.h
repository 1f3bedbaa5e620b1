// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/database.h"

namespace astra {

// GET /v2/databases: one page. DatabaseListJob pages with it.
class DatabasePageRequest : public ApiRequest
{
    Q_OBJECT
public:
    DatabasePageRequest(const ApiConnection &connection, const endpoints::DatabaseQuery &query,
                        const QString &startingAfter, QObject *parent = nullptr);

Q_SIGNALS:
    void received(const QList<astra::Database> &databases);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
};

} // namespace astra
