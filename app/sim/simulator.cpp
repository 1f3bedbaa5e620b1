// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "faultplan.h"
#include "httpconnection.h"
#include "router.h"
#include "simlogging.h"
#include "wireformat.h"

#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace astra::sim {

namespace {

// Beyond this the oldest entries go: a long benchmark must not grow memory without bound.
constexpr qsizetype kMaxLogEntries = 100000;

HttpResponse faultStatusResponse(const FaultStep &step)
{
    HttpResponse r;
    r.status = step.status;
    const QString message = QStringLiteral("simulated fault: %1 %2")
                                .arg(step.status)
                                .arg(QString::fromLatin1(HttpResponse::reasonPhrase(step.status)));
    switch (step.body) {
    case FaultStep::Body::Errors:
        r.body = WireFormat::errorsBody(
            step.status == 401 ? WireFormat::kInvalidTokenId : 340000 + step.status, message);
        break;
    case FaultStep::Body::String:
        r.body = '"' + message.toUtf8() + '"';
        break;
    case FaultStep::Body::Text:
        r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        r.body = message.toUtf8();
        break;
    case FaultStep::Body::Null:
        r.body = QByteArrayLiteral("null");
        break;
    case FaultStep::Body::Empty:
        break;
    }
    if (step.retryAfterSeconds >= 0) {
        QByteArray value;
        if (step.retryAfterAsDate) {
            const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(step.retryAfterSeconds);
            value =
                QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
                " GMT";
        } else {
            value = QByteArray::number(step.retryAfterSeconds);
        }
        r.headers.append({QByteArrayLiteral("Retry-After"), value});
    }
    return r;
}

} // namespace

struct Simulator::Private
{
    explicit Private(DataSet set)
        : data(std::move(set))
        , router(&data)
    {}

    DataSet data;
    Router router;
    QTcpServer server;
    FaultPlan faults;
    int latency = 0;
    QElapsedTimer clock;
    QList<RequestLogEntry> log;
    QList<QPointer<HttpConnection>> connections;
};

Simulator::Simulator(DataSet data, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(data)))
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server.nextPendingConnection()) {
            auto *connection = new HttpConnection(socket, this);
            d->connections.removeIf([](const QPointer<HttpConnection> &c) { return c.isNull(); });
            d->connections.append(connection);
            connect(
                connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { handle(connection, request); });
            connect(connection, &HttpConnection::rejected, this,
                    [this](const HttpRequest &request, int status) {
                        RequestLogEntry entry;
                        entry.receivedMs = d->clock.isValid() ? d->clock.elapsed() : 0;
                        entry.method = request.method;
                        entry.path = request.path;
                        entry.query = request.query;
                        entry.status = status;
                        entry.userAgent = request.header("user-agent");
                        record(entry);
                    });
        }
    });
}

Simulator::~Simulator()
{
    // Connections go first, without signals, so that nothing reaches a half-destroyed simulator.
    for (const QPointer<HttpConnection> &c : std::as_const(d->connections)) {
        if (c) {
            c->disconnect(this);
            delete c.data();
        }
    }
    d->server.close();
}

bool Simulator::listen(quint16 port, QString *error)
{
    if (!d->server.listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(d->server.errorString());
        return false;
    }
    d->clock.start();
    qCDebug(lcSim).noquote() << "listening on" << baseUrl().toString();
    return true;
}

quint16 Simulator::port() const
{
    return d->server.serverPort();
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

const DataSet &Simulator::data() const
{
    return d->data;
}

DataSet &Simulator::data()
{
    d->router.invalidate(); // the caller may change databases: re-sort and drop cached JSON
    return d->data;
}

void Simulator::setDatabaseOrder(Router::DatabaseOrder order)
{
    d->router.setDatabaseOrder(order);
}

void Simulator::setRefuseTerminatedCursors(bool refuse)
{
    d->router.setRefuseTerminatedCursors(refuse);
}

void Simulator::setLatency(int ms)
{
    d->latency = std::max(0, ms);
}

int Simulator::latency() const
{
    return d->latency;
}

bool Simulator::setFaults(const QString &spec, QString *error)
{
    std::optional<FaultPlan> plan = FaultPlan::parse(spec, error);
    if (!plan)
        return false;
    d->faults = std::move(*plan);
    return true;
}

void Simulator::clearFaults()
{
    d->faults = FaultPlan();
}

QList<RequestLogEntry> Simulator::requestLog() const
{
    return d->log;
}

void Simulator::clearRequestLog()
{
    d->log.clear();
}

void Simulator::record(const RequestLogEntry &entry)
{
    qCDebug(lcSim).noquote() << entry.method << entry.path << "->" << entry.status
                             << (entry.fault.isEmpty() ? QString()
                                                       : QStringLiteral("fault ") + entry.fault);
    if (d->log.size() >= kMaxLogEntries)
        d->log.removeFirst();
    d->log.append(entry);
    Q_EMIT requestServed(entry);
}

void Simulator::handle(HttpConnection *connection, const HttpRequest &request)
{
    RequestLogEntry entry;
    entry.receivedMs = d->clock.isValid() ? d->clock.elapsed() : 0;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.userAgent = request.header("user-agent");
    if (const SimOrganization *org =
            std::as_const(d->data).organizationForToken(Router::bearerToken(request)))
        entry.organizationId = org->id;

    const FaultStep step = d->faults.next(request.method, request.path);
    entry.fault = step.name();
    const qint64 delay = d->latency + (step.kind == FaultStep::Kind::Delay ? step.delayMs : 0);
    // Always through the event loop, even without latency: answers never nest in the read path,
    // and one slow answer never holds up another connection.
    QTimer::singleShot(std::chrono::milliseconds(delay), connection,
                       [this, connection, request, step, entry]() mutable {
                           answer(connection, request, step, entry);
                       });
}

void Simulator::answer(HttpConnection *connection, const HttpRequest &request,
                       const FaultStep &step, RequestLogEntry entry)
{
    using Kind = FaultStep::Kind;
    switch (step.kind) {
    case Kind::Ok:
    case Kind::Delay:
    case Kind::Repeat: {
        Router::Options options;
        options.ignoreStartingAfter = step.kind == Kind::Repeat;
        const HttpResponse response = d->router.handle(request, options);
        entry.status = response.status;
        connection->respond(response, request.keepAlive);
        break;
    }
    case Kind::Status: {
        const HttpResponse response = faultStatusResponse(step);
        entry.status = response.status;
        connection->respond(response, request.keepAlive);
        break;
    }
    case Kind::Truncate: {
        const HttpResponse response = d->router.handle(request);
        entry.status = response.status;
        connection->respondTruncated(response);
        break;
    }
    case Kind::Drop:
        entry.status = 0;
        connection->respondDropped(d->router.handle(request));
        break;
    case Kind::Malformed: {
        HttpResponse response;
        response.body = QByteArrayLiteral("{\"errors\": [{\"ID\": 1, \"message\": \"unterminated");
        entry.status = 200;
        connection->respond(response, request.keepAlive);
        break;
    }
    case Kind::WrongType: {
        HttpResponse response;
        response.body = WireFormat::wrongTypes(d->router.handle(request).body);
        entry.status = 200;
        connection->respond(response, request.keepAlive);
        break;
    }
    case Kind::Huge:
        entry.status = 200;
        connection->respondHuge(step.bytes, request.keepAlive);
        break;
    case Kind::Stall:
        entry.status = 0;
        connection->stall();
        break;
    }
    record(entry);
}

} // namespace astra::sim
