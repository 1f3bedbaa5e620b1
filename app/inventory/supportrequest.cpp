// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportrequest.h"

#include <QCoreApplication>

namespace astra {

namespace {

// lupdate takes the context from this class; the strings live in free functions.
struct SupportRequestText
{
    Q_DECLARE_TR_FUNCTIONS(SupportRequest)
};

} // namespace

QString supportActionText(SupportAction action)
{
    switch (action) {
    case SupportAction::ReplaceKey:
        return SupportRequestText::tr("Replace the customer key with another key");
    case SupportAction::DeleteRegistration:
        return SupportRequestText::tr("Delete the customer key registration");
    case SupportAction::RevertToDefaultEncryption:
        return SupportRequestText::tr("Revert to default (DataStax-managed) encryption");
    }
    return QString();
}

QString composeSupportRequest(SupportAction action, const Organization &organization,
                              const KeyUsage &usage)
{
    const CustomerKey &key = usage.key;
    QStringList lines;
    lines
        << SupportRequestText::tr("Subject: %1 for %2 %3")
               .arg(supportActionText(action), key.providerText.toUpper(), key.region)
        << QString()
        << SupportRequestText::tr("Requested change: %1").arg(supportActionText(action))
        << SupportRequestText::tr("Organization: %1 (%2)").arg(organization.name, organization.id)
        << SupportRequestText::tr("Key type: %1").arg(keyTypeDisplayName(key.type))
        << SupportRequestText::tr("Cloud provider: %1").arg(cloudProviderDisplayName(key.provider))
        << SupportRequestText::tr("Region: %1").arg(key.region)
        << SupportRequestText::tr("Key ID: %1").arg(key.keyId);
    if (action == SupportAction::ReplaceKey)
        lines << SupportRequestText::tr(
            "New key ID: <the new key's identifier, already granted to the Cloud "
            "Provider IDs>");
    lines << QString();
    if (usage.uses.isEmpty()) {
        lines << SupportRequestText::tr(
            "Databases affected: none found (derived by Astra Keys from the databases "
            "deployed in this provider and region).");
    } else {
        lines << SupportRequestText::tr(
            "Databases affected (derived by Astra Keys from the databases deployed in "
            "this provider and region):");
        for (const KeyUse &use : usage.uses)
            lines << QStringLiteral("  - %1 (%2), region %3")
                         .arg(use.databaseName, use.databaseId, use.region);
        if (action != SupportAction::ReplaceKey)
            lines << QString()
                  << SupportRequestText::tr(
                         "Warning: these databases are encrypted with this key. Removing the key "
                         "or its registration before they are re-encrypted causes an outage.");
    }
    lines << QString()
          << SupportRequestText::tr(
                 "Please confirm the steps and the expected downtime before making the change.");
    return lines.join(u'\n');
}

} // namespace astra
