// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>

class QTcpSocket;

namespace astra::sim {

// One accepted TCP connection speaking HTTP/1.1: parses requests (partial reads, pipelining),
// answers one request at a time in order, and can misbehave on purpose (truncate, drop, stall,
// stream a huge body). It deletes itself (deleteLater) once the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // Takes ownership of the connected socket.
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Exactly one of these answers each requestReceived; the next pipelined request is parsed
    // only after that. `keepAlive` is the request's wish (HttpRequest::keepAlive).
    void respond(const HttpResponse &response, bool keepAlive);
    // Content-Length of the whole body, half of the body, then an orderly close.
    void respondTruncated(const HttpResponse &response);
    // Headers and a third of the body, then a reset (RST) instead of an orderly close.
    void respondDropped(const HttpResponse &response);
    // 200 with a JSON body of exactly `bytes` bytes, written in chunks as the socket drains.
    void respondHuge(qint64 bytes, bool keepAlive);
    // Never answers; the socket stays open until the peer closes it.
    void stall();

Q_SIGNALS:
    void requestReceived(const astra::sim::HttpRequest &request);
    // A request the connection answered itself (400, 413, 431, 501) before closing.
    void rejected(const astra::sim::HttpRequest &request, int status);
    void finished();

private:
    void readIncoming();
    void processBuffer();
    void reject(HttpRequest request, int status, const QString &message);
    void afterResponse(bool keepAlive);
    void pumpHuge();
    void resetConnection();
    void onDisconnected();

    QTcpSocket *m_socket = nullptr;
    QByteArray m_in;
    bool m_busy = false;    // a request is being answered; pipelined ones wait in m_in
    bool m_closing = false; // no more requests on this connection
    bool m_finished = false;
    bool m_resetWhenFlushed = false;
    qint64 m_hugeRemaining = 0; // padding bytes of a huge body still to write
    bool m_hugeKeepAlive = false;
};

} // namespace astra::sim
