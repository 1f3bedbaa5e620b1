// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "simlogging.h"
#include "wireformat.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace astra::sim {

namespace {

constexpr qint64 kHugeChunk = 256 * 1024;
constexpr qint64 kHugeHighWater = 1024 * 1024;
const QByteArray kHugePrefix = QByteArrayLiteral("{\"padding\":\"");
const QByteArray kHugeSuffix = QByteArrayLiteral("\"}");

const QByteArray &paddingChunk()
{
    static const QByteArray chunk(kHugeChunk, 'x');
    return chunk;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Bounded read buffer: while a request is answered, pipelined data waits in the kernel
    // instead of growing our memory without limit.
    m_socket->setReadBufferSize(kMaxHeaderBytes + kMaxBodyBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_hugeRemaining > 0 || m_resetWhenFlushed)
            pumpHuge();
    });
    QTimer::singleShot(0, this, &HttpConnection::readIncoming);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readIncoming()
{
    if (m_closing) {
        m_socket->readAll(); // discard: nothing more is answered on this connection
        return;
    }
    if (m_busy)
        return; // picked up by processBuffer once the current answer is out
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_closing || m_finished)
        return;
    m_in += m_socket->readAll();

    qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_in.size() > kMaxHeaderBytes)
            reject({}, 431, QStringLiteral("request headers exceed %1 bytes").arg(kMaxHeaderBytes));
        return;
    }
    if (headerEnd > kMaxHeaderBytes) {
        reject({}, 431, QStringLiteral("request headers exceed %1 bytes").arg(kMaxHeaderBytes));
        return;
    }

    HttpRequest request;
    const QList<QByteArray> lines = m_in.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") ||
        requestLine.at(1).isEmpty()) {
        reject({}, 400, QStringLiteral("malformed request line"));
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    const qsizetype question = request.target.indexOf('?');
    request.path =
        QString::fromLatin1(question < 0 ? request.target : request.target.left(question));
    request.query =
        question < 0 ? QString() : QString::fromLatin1(request.target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            reject(request, 400, QStringLiteral("malformed header line"));
            return;
        }
        request.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close")
                                                      : connection.contains("keep-alive");
    if (!request.header("transfer-encoding").isEmpty()) {
        reject(request, 501,
               QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
        return;
    }
    qint64 length = 0;
    const QByteArray lengthText = request.header("content-length");
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            reject(request, 400, QStringLiteral("invalid Content-Length"));
            return;
        }
        if (length > kMaxBodyBytes) {
            reject(request, 413,
                   QStringLiteral("request body exceeds %1 bytes").arg(kMaxBodyBytes));
            return;
        }
    }
    const qsizetype total = headerEnd + 4 + length;
    if (m_in.size() < total)
        return; // the rest of the body is still on its way
    request.body = m_in.mid(headerEnd + 4, length);
    m_in.remove(0, total);
    m_busy = true;
    Q_EMIT requestReceived(request);
}

void HttpConnection::reject(HttpRequest request, int status, const QString &message)
{
    m_closing = true;
    m_busy = true;
    m_in.clear();
    HttpResponse response = WireFormat::errorResponse(status, WireFormat::kBadRequestId, message);
    m_socket->write(response.head(response.body.size(), false) + response.body);
    m_socket->disconnectFromHost();
    qCInfo(lcSim).noquote() << "rejected request:" << status << message;
    Q_EMIT rejected(request, status);
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    if (m_finished)
        return;
    m_socket->write(response.head(response.body.size(), keepAlive) + response.body);
    afterResponse(keepAlive);
}

void HttpConnection::afterResponse(bool keepAlive)
{
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    m_busy = false;
    // Queued, so that the next pipelined request never nests inside the current answer.
    QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::respondTruncated(const HttpResponse &response)
{
    if (m_finished)
        return;
    m_closing = true;
    m_socket->write(response.head(response.body.size(), false) +
                    response.body.left(response.body.size() / 2));
    m_socket->disconnectFromHost();
}

void HttpConnection::respondDropped(const HttpResponse &response)
{
    if (m_finished)
        return;
    m_closing = true;
    m_socket->write(response.head(response.body.size(), true) +
                    response.body.left(response.body.size() / 3));
    m_socket->flush();
    // Reset only once the partial answer has reached the kernel, so the peer really sees
    // a body cut short rather than nothing at all.
    m_resetWhenFlushed = true;
    if (m_socket->bytesToWrite() == 0)
        QTimer::singleShot(0, this, &HttpConnection::resetConnection);
}

void HttpConnection::resetConnection()
{
    if (m_finished)
        return;
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout turns close() into a RST: a connection reset mid-body.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
    }
#endif
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::respondHuge(qint64 bytes, bool keepAlive)
{
    if (m_finished)
        return;
    HttpResponse response;
    m_socket->write(response.head(bytes, keepAlive) + kHugePrefix);
    m_hugeRemaining = std::max<qint64>(0, bytes - kHugePrefix.size() - kHugeSuffix.size());
    m_hugeKeepAlive = keepAlive;
    if (m_hugeRemaining == 0) {
        m_socket->write(kHugeSuffix);
        afterResponse(keepAlive);
        return;
    }
    pumpHuge();
}

void HttpConnection::pumpHuge()
{
    if (m_resetWhenFlushed) {
        if (m_socket->bytesToWrite() == 0) {
            m_resetWhenFlushed = false;
            QTimer::singleShot(0, this, &HttpConnection::resetConnection);
        }
        return;
    }
    // Keep about a megabyte queued: the 50 MB body never exists in memory at once.
    while (m_hugeRemaining > 0 && m_socket->bytesToWrite() < kHugeHighWater) {
        const qint64 n = std::min(m_hugeRemaining, kHugeChunk);
        m_socket->write(paddingChunk().constData(), n);
        m_hugeRemaining -= n;
    }
    if (m_hugeRemaining == 0) {
        m_socket->write(kHugeSuffix);
        afterResponse(m_hugeKeepAlive);
    }
}

void HttpConnection::stall()
{
    // Stay busy forever: nothing else is answered, and the socket waits for the peer to close.
    m_busy = true;
}

void HttpConnection::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_hugeRemaining = 0;
    Q_EMIT finished();
    deleteLater();
}

} // namespace astra::sim
