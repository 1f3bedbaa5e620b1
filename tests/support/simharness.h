// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiconnection.h"
#include "api/apierror.h"
#include "api/apirequest.h"
#include "sim/simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace astra::test {

// A simulator on loopback and a client connection to it, for integration tests.
class SimHarness
{
public:
    explicit SimHarness(sim::DataSet data = sim::DataSet::demo())
        : m_simulator(std::make_unique<sim::Simulator>(std::move(data)))
    {
        QString error;
        if (!m_simulator->listen(0, &error))
            qFatal("simulator did not start: %s", qPrintable(error));
    }

    sim::Simulator &simulator() { return *m_simulator; }
    QNetworkAccessManager *network() { return &m_network; }

    // The first token of organization index (or a token chosen by predicate), with fast retries.
    ApiConnection connection(int organization = 0, int token = 0) const
    {
        return connectionWithToken(
            m_simulator->data().organizations.at(organization).tokens.at(token).token);
    }

    ApiConnection connectionWithToken(const QString &token) const
    {
        ApiConnection c;
        c.baseUrl = m_simulator->baseUrl();
        c.token = token;
        c.network = const_cast<QNetworkAccessManager *>(&m_network);
        c.transferTimeoutMs = 5000;
        c.retry.baseDelayMs = 20; // backoff stays exponential, only faster
        c.retry.maxDelayMs = 2000;
        return c;
    }

    const sim::SimOrganization &organization(int index) const
    {
        return m_simulator->data().organizations.at(index);
    }

private:
    std::unique_ptr<sim::Simulator> m_simulator;
    QNetworkAccessManager m_network;
};

// Starts request and waits until it finished; returns the error it failed with, if any.
// T must have a received(...) signal; its arguments are in the returned spy.
template <typename Request> struct Outcome
{
    std::unique_ptr<QSignalSpy> received;
    std::optional<ApiError> error;
    int attempts = 0;
};

template <typename Request> Outcome<Request> runRequest(Request *request, int timeoutMs = 20000)
{
    Outcome<Request> outcome;
    outcome.received = std::make_unique<QSignalSpy>(request, &Request::received);
    QSignalSpy failed(request, &ApiRequest::failed);
    QSignalSpy finished(request, &ApiRequest::finished);
    QObject::connect(request, &ApiRequest::finished, request,
                     [&outcome, request] { outcome.attempts = request->attempts(); });
    request->start();
    if (!finished.wait(timeoutMs))
        qWarning("request did not finish within %d ms", timeoutMs);
    if (!failed.isEmpty())
        outcome.error = failed.first().first().value<ApiError>();
    return outcome;
}

} // namespace astra::test
