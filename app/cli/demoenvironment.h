// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/connectionprofile.h"

#include <QObject>

#include <memory>

namespace astra {

namespace sim {
class Simulator;
}
class MemoryTokenStore;

// --demo: the DevOps API simulator on a free loopback port with the built-in data set, one
// profile per organization, and their tokens in memory only.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    bool start(QString *error);
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    MemoryTokenStore *tokens() const { return m_tokens; }
    sim::Simulator *simulator() const { return m_simulator; }

private:
    sim::Simulator *m_simulator = nullptr;
    MemoryTokenStore *m_tokens = nullptr;
    QList<ConnectionProfile> m_profiles;
};

} // namespace astra
