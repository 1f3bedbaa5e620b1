// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/connectionprofile.h"
#include "sim/dataset.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

namespace astra {
class MemoryTokenStore;
namespace sim {
class Simulator;
}
} // namespace astra

namespace astra::soak {

struct SoakOptions;

// The simulator on a generated data set with several organizations (some in enterprises, some
// not), one profile per organization and its token in memory, as --demo has them.
class SoakEnvironment
{
public:
    explicit SoakEnvironment(const SoakOptions &options);
    ~SoakEnvironment();

    bool start(QString *error);
    sim::Simulator *simulator() const { return m_simulator.get(); }
    MemoryTokenStore *tokens() const { return m_tokens.get(); }
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }

    // What the table must show for one organization: "keyId|region" of each of its keys.
    QSet<QString> keysOf(const QString &organizationId) const;
    // Non-terminated databases of one organization, as the first page request counts them.
    int databasesOf(const QString &organizationId) const;

private:
    sim::GenerateSpec m_spec;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    QList<ConnectionProfile> m_profiles;
};

// The same "keyId|region" form for a row of the key table.
QString keySignature(const QString &keyId, const QString &region);

} // namespace astra::soak
