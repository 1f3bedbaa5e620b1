// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simharness.h"

#include "inventory/organizationloader.h"

namespace astra::test {

// One organization of the simulator's data set, loaded by the real OrganizationLoader.
inline OrganizationSnapshot loadSnapshot(SimHarness &sim, int organization)
{
    auto *loader = new OrganizationLoader(sim.connection(organization));
    QSignalSpy loaded(loader, &OrganizationLoader::loaded);
    QSignalSpy failed(loader, &OrganizationLoader::failed);
    loader->start();
    if (!loaded.wait(20000) || loaded.isEmpty())
        qFatal("organization %d did not load", organization);
    return loaded.first().first().value<OrganizationSnapshot>();
}

inline QList<OrganizationSnapshot> loadAllSnapshots(SimHarness &sim)
{
    QList<OrganizationSnapshot> all;
    for (int i = 0; i < sim.simulator().data().organizations.size(); ++i)
        all.append(loadSnapshot(sim, i));
    return all;
}

// The index of the organization holding a database of this name in the simulator's data, or -1.
inline int organizationWithDatabase(SimHarness &sim, const QString &name)
{
    const auto &orgs = sim.simulator().data().organizations;
    for (int i = 0; i < orgs.size(); ++i) {
        for (const auto &db : orgs.at(i).databases) {
            if (db.name == name)
                return i;
        }
    }
    return -1;
}

inline const Database *findDatabase(const OrganizationSnapshot &snapshot, const QString &name)
{
    for (const Database &db : snapshot.databases) {
        if (db.name == name)
            return &db;
    }
    return nullptr;
}

} // namespace astra::test
