// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "router.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace astra::sim {

// One request as the simulator saw it. Never holds the Authorization header or the token.
struct RequestLogEntry
{
    qint64 receivedMs = 0; // milliseconds since the simulator started listening
    QByteArray method;
    QString path;           // without query
    QString query;          // raw query string, without '?'
    QString organizationId; // resolved from the token, empty if the token was unknown
    int status = 0;         // status sent, 0 when the connection was dropped or stalled
    QString fault;          // name of the injected fault, empty if none
    QByteArray userAgent;
};

class FaultPlan; // see faultplan.h
class HttpConnection;
struct HttpRequest;
struct FaultStep;

// The DevOps API simulator: a real HTTP/1.1 server (keep-alive) on a loopback address.
// It lives in the thread it was created in (or moved to); all replies are asynchronous, so
// injected latency never blocks that thread.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(DataSet data, QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1:port (0 picks a free port). Returns false with *error on failure.
    bool listen(quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (the API paths start with /v2)

    const DataSet &data() const;
    DataSet &data();

    // The order database pages come in (Router::DatabaseOrder; the default is by id).
    void setDatabaseOrder(Router::DatabaseOrder order);
    // Answer 400 to a starting_after that is a terminated database's id (Router).
    void setRefuseTerminatedCursors(bool refuse);

    // Latency added before every answer, in milliseconds.
    void setLatency(int ms);
    int latency() const;

    // Faults (docs/simulator.md, "Faults"). setFaults replaces all rules; returns false and
    // sets *error when the spec does not parse (nothing is changed then).
    bool setFaults(const QString &spec, QString *error = nullptr);
    void clearFaults();

    QList<RequestLogEntry> requestLog() const;
    void clearRequestLog();

Q_SIGNALS:
    void requestServed(const astra::sim::RequestLogEntry &entry);

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    void answer(HttpConnection *connection, const HttpRequest &request, const FaultStep &step,
                RequestLogEntry entry);
    void record(const RequestLogEntry &entry);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace astra::sim
