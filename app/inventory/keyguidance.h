// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cloudaccount.h"
#include "core/customerkey.h"

#include <QList>
#include <QString>

namespace astra {

// How a key is rotated with its provider: the providers rotate through key versions, managed in
// their key management consoles; Astra keeps using the same key registration.
QString rotationGuidance(CloudProvider provider);

// What to grant the Cloud Provider IDs (principals from /accounts) so Astra can use the key:
// an AWS key-policy statement, a gcloud binding, an az keyvault policy. Ready to copy.
QString keyPolicySnippet(const CustomerKey &key, const QList<CloudAccount> &accounts);

} // namespace astra
