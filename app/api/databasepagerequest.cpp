// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasepagerequest.h"

#include "core/jsondocument.h"

#include <QJsonArray>

namespace astra {

namespace {

struct ParsedPage
{
    std::optional<QJsonArray> array;
    QString problem;
    QString lastId;
};

struct DecodedPage
{
    std::optional<QList<Database>> databases;
    QString problem;
};

// The same two steps as Database::pageFromJson, split so the cursor is known after the first.
ParsedPage parsePage(const QByteArray &body)
{
    ParsedPage parsed;
    DecodeError error;
    parsed.array = parseJsonArrayBody(body, &error);
    if (!parsed.array) {
        parsed.problem = error.toString();
        return parsed;
    }
    if (!parsed.array->isEmpty()) {
        const QJsonValue id = parsed.array->last().toObject().value(u"id");
        if (id.isString())
            parsed.lastId = id.toString();
    }
    return parsed;
}

DecodedPage decodePage(const QJsonArray &array)
{
    DecodedPage decoded;
    DecodeError error;
    decoded.databases = decodeObjectArray<Database>(array, QString(), &error, &Database::fromJson);
    if (!decoded.databases)
        decoded.problem = error.toString();
    return decoded;
}

} // namespace

DatabasePageRequest::DatabasePageRequest(const ApiConnection &connection,
                                         const endpoints::DatabaseQuery &query,
                                         const QString &startingAfter, QObject *parent)
    : ApiRequest(connection, endpoints::listDatabases(query, startingAfter), parent)
{}

std::optional<QString> DatabasePageRequest::handleSuccess(const QByteArray &body, int httpStatus)
{
    // Only reached if decodesAsynchronously() were false; kept for completeness.
    Q_UNUSED(httpStatus)
    DecodeError error;
    auto page = Database::pageFromJson(body, &error);
    if (!page)
        return error.toString();
    Q_EMIT received(*page);
    return std::nullopt;
}

void DatabasePageRequest::startDecoding(const QByteArray &body, int httpStatus)
{
    Q_UNUSED(httpStatus)
    decodeOffThread<ParsedPage>([body] { return parsePage(body); },
                                [this](const ParsedPage &parsed) {
                                    if (!parsed.array) {
                                        decodingDone(parsed.problem);
                                        return;
                                    }
                                    Q_EMIT cursorKnown(int(parsed.array->size()), parsed.lastId);
                                    if (isFinished())
                                        return; // aborted from a cursorKnown handler
                                    const QJsonArray array = *parsed.array;
                                    decodeOffThread<DecodedPage>(
                                        [array] { return decodePage(array); },
                                        [this](const DecodedPage &decoded) {
                                            if (!decoded.databases) {
                                                decodingDone(decoded.problem);
                                                return;
                                            }
                                            Q_EMIT received(*decoded.databases);
                                            decodingDone(std::nullopt);
                                        });
                                });
}

} // namespace astra
