// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportrequest.h"

#include <QCoreApplication>

namespace astra {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SupportRequest", text);
}

} // namespace

QString supportActionText(SupportAction action)
{
    switch (action) {
    case SupportAction::ReplaceKey:
        return tr("Replace the customer key with another key");
    case SupportAction::DeleteRegistration:
        return tr("Delete the customer key registration");
    case SupportAction::RevertToDefaultEncryption:
        return tr("Revert to default (DataStax-managed) encryption");
    }
    return QString();
}

QString composeSupportRequest(SupportAction action, const Organization &organization,
                              const KeyUsage &usage)
{
    const CustomerKey &key = usage.key;
    QStringList lines;
    lines << tr("Subject: %1 for %2 %3")
                 .arg(supportActionText(action), key.providerText.toUpper(), key.region)
          << QString() << tr("Requested change: %1").arg(supportActionText(action))
          << tr("Organization: %1 (%2)").arg(organization.name, organization.id)
          << tr("Key type: %1").arg(keyTypeDisplayName(key.type))
          << tr("Cloud provider: %1").arg(cloudProviderDisplayName(key.provider))
          << tr("Region: %1").arg(key.region) << tr("Key ID: %1").arg(key.keyId);
    if (action == SupportAction::ReplaceKey)
        lines << tr("New key ID: <the new key's identifier, already granted to the Cloud "
                    "Provider IDs>");
    lines << QString();
    if (usage.uses.isEmpty()) {
        lines << tr("Databases affected: none found (derived by Astra Keys from the databases "
                    "deployed in this provider and region).");
    } else {
        lines << tr("Databases affected (derived by Astra Keys from the databases deployed in "
                    "this provider and region):");
        for (const KeyUse &use : usage.uses)
            lines << QStringLiteral("  - %1 (%2), region %3")
                         .arg(use.databaseName, use.databaseId, use.region);
        if (action != SupportAction::ReplaceKey)
            lines << QString()
                  << tr("Warning: these databases are encrypted with this key. Removing the key "
                        "or its registration before they are re-encrypted causes an outage.");
    }
    lines << QString()
          << tr("Please confirm the steps and the expected downtime before making the change.");
    return lines.join(u'\n');
}

} // namespace astra
