// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationsnapshot.h"

namespace astra {

QString OrganizationSnapshot::regionDisplayName(const QString &provider,
                                                const QString &region) const
{
    const CloudProvider wanted = cloudProviderFromString(provider);
    for (const ServerlessRegion &r : regions) {
        if (r.name == region && (r.provider == wanted || wanted == CloudProvider::Unknown))
            return r.displayName.isEmpty() ? region : r.displayName;
    }
    return region;
}

} // namespace astra
