// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 layer: keep-alive, pipelining, partial reads, limits, Connection: close.
#include "httpconnection.h"
#include "rawhttp.h"
#include "simclient.h"
#include "simulator.h"

#include <QJsonObject>
#include <QTest>

using namespace astra::sim;

namespace {

const QString kToken =
    QStringLiteral("AstraCS:TESTalphaFULL00000000001:"
                   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa0001");

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
           kToken.toLatin1() + "\r\n" + extra + "\r\n";
}

} // namespace

class TestSimHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_sim = startSimulatorOn(QStringLiteral("small-dataset.json"), &error);
        QVERIFY2(m_sim, qPrintable(error));
        QVERIFY(m_sim->port() != 0);
        QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void cleanup() { m_sim.reset(); }

    void keepAliveServesManyRequests()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        for (int i = 0; i < 5; ++i) {
            http.send(get("/v2/currentOrg"));
            const std::optional<RawHttp::Response> r = http.next();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QCOMPARE(r->headers.value("content-type"), QByteArray("application/json"));
            QCOMPARE(r->headers.value("connection"), QByteArray("keep-alive"));
            QCOMPARE(r->contentLength, r->body.size());
            QCOMPARE(
                QJsonDocument::fromJson(r->body).object().value(QStringLiteral("name")).toString(),
                QStringLiteral("Test Org Alpha"));
        }
        QVERIFY(!http.closed());
        QCOMPARE(m_sim->requestLog().size(), 5);
    }

    void pipelinedRequestsAnswerInOrder()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send(get("/v2/currentOrg") + get("/v2/kms/classic") + get("/v2/nowhere"));
        const auto a = http.next();
        const auto b = http.next();
        const auto c = http.next();
        QVERIFY(a && b && c);
        QCOMPARE(a->status, 200);
        QVERIFY(QJsonDocument::fromJson(a->body).isObject());
        QCOMPARE(b->status, 200);
        QVERIFY(QJsonDocument::fromJson(b->body).isArray());
        QCOMPARE(c->status, 404);
    }

    void partialReads()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        const QByteArray body =
            R"({"aws": {"keyID": "arn:aws:kms:ap-south-1:1:key/x", "region": "ap-south-1"}})";
        const QByteArray request = "POST /v2/kms HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                                   kToken.toLatin1() +
                                   "\r\nContent-Type: application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        // A few bytes at a time, letting the server see each piece on its own.
        for (qsizetype i = 0; i < request.size(); i += 7) {
            http.send(request.mid(i, 7));
            http.socket().flush();
            QCoreApplication::processEvents();
        }
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 201);
        QCOMPARE(m_sim->data().organizations.first().keys.last().region,
                 QStringLiteral("ap-south-1"));
    }

    void connectionCloseIsHonoured()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send(get("/v2/currentOrg", "Connection: close\r\n"));
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->headers.value("connection"), QByteArray("close"));
        QVERIFY(http.waitClosed());
    }

    void http10ClosesByDefault()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send("GET /v2/currentOrg HTTP/1.0\r\nAuthorization: Bearer " + kToken.toLatin1() +
                  "\r\n\r\n");
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QVERIFY(http.waitClosed());
    }

    void oversizedHeadersGive431()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send(get("/v2/currentOrg", "X-Filler: " + QByteArray(70 * 1024, 'a') + "\r\n"));
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 431);
        QVERIFY(QJsonDocument::fromJson(r->body).object().contains(QStringLiteral("errors")));
        QVERIFY(http.waitClosed());
    }

    void oversizedBodyGives413()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send("POST /v2/kms HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n{");
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(http.waitClosed());
        QCOMPARE(m_sim->requestLog().last().status, 413);
    }

    void garbageGives400()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send("HELLO\r\n\r\n");
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 400);
        QVERIFY(http.waitClosed());
    }

    void chunkedIsRefused()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        http.send(
            "POST /v2/kms HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        const auto r = http.next();
        QVERIFY(r);
        QCOMPARE(r->status, 501);
    }

    void clientCloseMidRequestIsHarmless()
    {
        {
            RawHttp http(m_sim->port());
            QVERIFY(http.waitConnected());
            http.send("GET /v2/currentOrg HTTP/1.1\r\nHo");
            http.socket().flush();
            QCoreApplication::processEvents();
        }
        // The simulator still serves others afterwards.
        SimClient client(m_sim->baseUrl());
        QCOMPARE(client.get(QStringLiteral("/v2/currentOrg"), kToken).status, 200);
    }

    void closedConnectionsAreCleanedUp()
    {
        QVERIFY(m_sim->setFaults(QStringLiteral("/v2/kms=stall")));
        {
            RawHttp idle(m_sim->port());
            RawHttp served(m_sim->port());
            RawHttp stalled(m_sim->port());
            QVERIFY(idle.waitConnected() && served.waitConnected() && stalled.waitConnected());
            served.send(get("/v2/currentOrg"));
            QVERIFY(served.next());
            QSignalSpy log(m_sim.get(), &Simulator::requestServed);
            stalled.send(get("/v2/kms"));
            QVERIFY(log.wait(5000));
            QTRY_COMPARE(m_sim->findChildren<HttpConnection *>().size(), 3);
        }
        // Every client closed: every connection object is gone (deleteLater ran).
        QTRY_COMPARE(m_sim->findChildren<HttpConnection *>().size(), 0);
    }

    void destroyingWithOpenConnectionsIsSafe()
    {
        RawHttp http(m_sim->port());
        QVERIFY(http.waitConnected());
        QVERIFY(m_sim->setFaults(QStringLiteral("*=stall")));
        http.send(get("/v2/currentOrg"));
        QSignalSpy served(m_sim.get(), &Simulator::requestServed);
        QVERIFY(served.wait(5000));
        m_sim.reset();
        QVERIFY(http.waitClosed());
    }
};

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
