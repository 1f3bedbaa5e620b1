// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakenvironment.h"

#include "soakoptions.h"

#include "secrets/memorytokenstore.h"
#include "sim/simulator.h"

namespace astra::soak {

QString keySignature(const QString &keyId, const QString &region)
{
    return keyId + u'|' + region;
}

SoakEnvironment::SoakEnvironment(const SoakOptions &options)
{
    m_spec.organizations = options.organizations;
    m_spec.keys = options.keys;
    m_spec.databases = options.databases;
    m_spec.seed = options.seed;
}

SoakEnvironment::~SoakEnvironment() = default;

bool SoakEnvironment::start(QString *error)
{
    m_simulator = std::make_unique<sim::Simulator>(sim::DataSet::generate(m_spec));
    if (!m_simulator->listen(0, error))
        return false;
    m_tokens = std::make_unique<MemoryTokenStore>();
    const sim::Simulator &simulator = *m_simulator;
    for (const sim::SimOrganization &org : simulator.data().organizations) {
        if (org.tokens.isEmpty())
            continue;
        ConnectionProfile profile;
        profile.name = org.name;
        profile.organizationId = org.id;
        profile.organizationName = org.name;
        profile.enterprise = org.enterprise;
        profile.apiUrl = m_simulator->baseUrl();
        m_tokens->write(profile.tokenKey(), org.tokens.first().token, nullptr, {});
        m_profiles.append(profile);
    }
    if (m_profiles.size() < 2) {
        *error = QStringLiteral("the generated data set has fewer than two organizations");
        return false;
    }
    return true;
}

QSet<QString> SoakEnvironment::keysOf(const QString &organizationId) const
{
    QSet<QString> keys;
    const sim::Simulator &simulator = *m_simulator; // const: data() would drop its caches
    for (const sim::SimOrganization &org : simulator.data().organizations) {
        if (org.id != organizationId)
            continue;
        for (const sim::SimKey &key : org.keys)
            keys.insert(keySignature(key.keyId, key.region));
    }
    return keys;
}

int SoakEnvironment::databasesOf(const QString &organizationId) const
{
    const sim::Simulator &simulator = *m_simulator;
    for (const sim::SimOrganization &org : simulator.data().organizations) {
        if (org.id != organizationId)
            continue;
        return int(std::count_if(
            org.databases.cbegin(), org.databases.cend(), [](const sim::SimDatabase &db) {
                return db.status.compare(u"TERMINATED", Qt::CaseInsensitive) != 0;
            }));
    }
    return 0;
}

} // namespace astra::soak
