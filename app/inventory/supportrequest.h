// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyusage.h"

#include "core/organization.h"

#include <QString>

namespace astra {

// What only DataStax support can do with a key registration: the API has no DELETE.
enum class SupportAction { ReplaceKey, DeleteRegistration, RevertToDefaultEncryption };

QString supportActionText(SupportAction action);

// A prefilled support request (organization, key, provider, region, type, the databases affected
// and the action), ready to copy into a ticket. Says plainly when removing the key would cause
// an outage.
QString composeSupportRequest(SupportAction action, const Organization &organization,
                              const KeyUsage &usage);

} // namespace astra
