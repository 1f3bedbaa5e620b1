// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QTcpSocket>
#include <QTest>

#include <optional>

// Test helper: a raw TCP client, to see exactly what the simulator puts on the wire (partial
// bodies, resets, pipelined answers) where QNetworkAccessManager would hide it.
class RawHttp
{
public:
    struct Response
    {
        int status = 0;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 contentLength = -1;
    };

    explicit RawHttp(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_in += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred,
                         [this](QAbstractSocket::SocketError e) { m_errors.append(e); });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }

    bool waitConnected(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // Waits for one complete response (by Content-Length) and removes it from the buffer.
    std::optional<Response> next(int timeoutMs = 10000)
    {
        std::optional<Response> r;
        (void)QTest::qWaitFor([&] { return (r = tryParse()).has_value() || m_closed; }, timeoutMs);
        if (!r)
            r = tryParse();
        return r;
    }

    // Waits until the server closes or resets the connection.
    bool waitClosed(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
    }

    // Parses what has arrived so far without requiring the body to be complete.
    std::optional<Response> partial() const
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Response r = head(end);
        r.body = m_in.mid(end + 4);
        return r;
    }

    bool closed() const { return m_closed; }
    const QList<QAbstractSocket::SocketError> &errors() const { return m_errors; }
    QTcpSocket &socket() { return m_socket; }
    QByteArray buffered() const { return m_in; }

private:
    Response head(qsizetype end) const
    {
        Response r;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        r.contentLength = r.headers.value("content-length", "-1").toLongLong();
        return r;
    }

    std::optional<Response> tryParse()
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Response r = head(end);
        const qint64 length = std::max<qint64>(0, r.contentLength);
        if (m_in.size() < end + 4 + length)
            return std::nullopt;
        r.body = m_in.mid(end + 4, length);
        m_in.remove(0, end + 4 + length);
        return r;
    }

    QByteArray m_in;
    bool m_closed = false;
    QList<QAbstractSocket::SocketError> m_errors;
    QTcpSocket m_socket; // last: destroyed first, while the members its signals touch still live
};
