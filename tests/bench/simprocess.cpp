// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simprocess.h"

#include <QDeadlineTimer>

namespace astra::bench {

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QString &program, const QString &generateSpec, int latencyMs,
                       int expectedOrganizations, QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program,
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
                     generateSpec, QStringLiteral("--latency"), QString::number(latencyMs)});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // "Astra DevOps API simulator listening on URL", then one tab-separated line per
    // organization: enterprise, name, id, token. Generating 10,000 databases takes a moment.
    const QDeadlineTimer deadline(60000);
    while (m_organizations.size() < expectedOrganizations) {
        while (!m_process.canReadLine()) {
            if (deadline.hasExpired() || m_process.state() != QProcess::Running ||
                !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
                if (!m_process.canReadLine()) {
                    *error = QStringLiteral("the simulator did not announce itself");
                    return false;
                }
            }
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QString listening = QStringLiteral("listening on ");
        if (const qsizetype at = line.indexOf(listening); at >= 0) {
            m_baseUrl = QUrl(line.mid(at + listening.size()));
            continue;
        }
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 4)
            m_organizations.append({fields.at(1), fields.at(2), fields.at(3)});
    }
    if (!m_baseUrl.isValid()) {
        *error = QStringLiteral("the simulator did not say where it listens");
        return false;
    }
    return true;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace astra::bench
