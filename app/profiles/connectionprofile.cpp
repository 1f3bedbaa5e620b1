// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

namespace astra {

QStringList enterpriseLabels(const QList<ConnectionProfile> &profiles)
{
    QStringList labels;
    for (const ConnectionProfile &profile : profiles) {
        if (!profile.enterprise.isEmpty() && !labels.contains(profile.enterprise))
            labels.append(profile.enterprise);
    }
    return labels;
}

} // namespace astra
