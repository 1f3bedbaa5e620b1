// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include "simulator.h"

#include <memory>
#include <optional>

// Test helper: one request through QNetworkAccessManager, waited for on its finished() signal
// (the simulator runs in the same thread, so the event loop must keep turning).
struct SimReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

class SimClient
{
public:
    explicit SimClient(const QUrl &baseUrl)
        : m_base(baseUrl)
    {}

    QNetworkAccessManager &manager() { return m_manager; }

    QNetworkRequest request(const QString &pathAndQuery, const QString &token) const
    {
        QNetworkRequest r(QUrl(m_base.toString() + pathAndQuery));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        r.setRawHeader("Accept", "application/json");
        r.setRawHeader("User-Agent", "astra-sim-tests");
        return r;
    }

    // Starts a GET without waiting, for concurrency tests.
    QNetworkReply *start(const QString &pathAndQuery, const QString &token = {})
    {
        return m_manager.get(request(pathAndQuery, token));
    }

    SimReply get(const QString &pathAndQuery, const QString &token = {}, int timeoutMs = 15000)
    {
        return wait(m_manager.get(request(pathAndQuery, token)), timeoutMs);
    }

    SimReply post(const QString &pathAndQuery, const QString &token, const QByteArray &body,
                  int timeoutMs = 15000)
    {
        QNetworkRequest r = request(pathAndQuery, token);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return wait(m_manager.post(r, body), timeoutMs);
    }

    static SimReply wait(QNetworkReply *reply, int timeoutMs = 15000)
    {
        SimReply out;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(timeoutMs);
        }
        out.finished = reply->isFinished();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.body = reply->isOpen() ? reply->readAll() : QByteArray();
        out.json = QJsonDocument::fromJson(out.body);
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

// The test fixture in tests/sim/data.
inline QByteArray simTestData(const QString &name)
{
    QFile file(QStringLiteral(ASTRA_SIM_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A simulator on a free loopback port serving tests/sim/data/<name>; nullptr, with *error saying
// why, when the data set does not load or the port cannot be bound.
inline std::unique_ptr<astra::sim::Simulator> startSimulatorOn(const QString &name, QString *error)
{
    std::optional<astra::sim::DataSet> data =
        astra::sim::DataSet::fromJson(simTestData(name), error);
    if (!data)
        return nullptr;
    auto simulator = std::make_unique<astra::sim::Simulator>(*data);
    if (!simulator->listen(0, error))
        return nullptr;
    return simulator;
}
