// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace astra::bench {

// One organization as the simulator announced it. The token is the data set's fake test token;
// it goes into requests and child environments, never onto a command line or into the output.
struct SimOrganizationInfo
{
    QString name;
    QString id;
    QString token;
};

// astra-devops-sim in its own process, so that the server never shares an event loop (or a
// core's worth of scheduling luck) with the client being measured.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Starts `program --port 0 --generate SPEC --latency MS` and waits for its announcement.
    bool start(const QString &program, const QString &generateSpec, int latencyMs,
               int expectedOrganizations, QString *error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    const QList<SimOrganizationInfo> &organizations() const { return m_organizations; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QList<SimOrganizationInfo> m_organizations;
};

} // namespace astra::bench
