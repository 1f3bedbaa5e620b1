// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoenvironment.h"

#include "secrets/memorytokenstore.h"
#include "sim/simulator.h"

namespace astra {

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{}

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(QString *error)
{
    sim::DataSet data = sim::DataSet::demo();
    if (data.organizations.isEmpty()) {
        *error = tr("The built-in demo data set could not be loaded.");
        return false;
    }
    m_simulator = new sim::Simulator(data, this);
    if (!m_simulator->listen(0, error))
        return false;
    m_tokens = new MemoryTokenStore(this);
    for (const sim::SimOrganization &org : std::as_const(m_simulator->data().organizations)) {
        if (org.tokens.isEmpty())
            continue;
        ConnectionProfile profile;
        profile.name = org.name;
        profile.organizationId = org.id;
        profile.organizationName = org.name;
        profile.enterprise = org.enterprise;
        profile.apiUrl = m_simulator->baseUrl();
        m_tokens->write(profile.tokenKey(), org.tokens.first().token, this, {});
        m_profiles.append(profile);
    }
    return true;
}

} // namespace astra
