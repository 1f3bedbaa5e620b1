// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "endpoints.h"

#include "core/database.h"

namespace astra {

// GET /v2/databases: one page. DatabaseListJob pages with it.
//
// The body (~450 KiB for 100 databases) is decoded on a worker thread in two steps: the JSON is
// parsed first and cursorKnown() reports the page's length and last id, so the next page can be
// requested while the 100 databases are still being decoded; then received() brings them. A body
// that does not decode fails the request exactly as Database::pageFromJson would, and then no
// received() follows (cursorKnown() may have: a caller that acted on it must undo on failed()).
class DatabasePageRequest : public ApiRequest
{
    Q_OBJECT
public:
    DatabasePageRequest(const ApiConnection &connection, const endpoints::DatabaseQuery &query,
                        const QString &startingAfter, QObject *parent = nullptr);

Q_SIGNALS:
    // The page's element count and the id of its last element (empty when the page is empty or
    // the last element has no string id), before the elements are decoded.
    void cursorKnown(int count, const QString &lastId);
    void received(const QList<astra::Database> &databases);

protected:
    std::optional<QString> handleSuccess(const QByteArray &body, int httpStatus) override;
    bool decodesAsynchronously() const override { return true; }
    void startDecoding(const QByteArray &body, int httpStatus) override;
};

} // namespace astra
