// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any error answer's body: parseServerMessages (an Errors object, a JSON string, plain text).
#include "fuzzsupport.h"

#include "core/servermessage.h"

using namespace astra;

ASTRA_FUZZ_TARGET(errorbodies)
{
    const QList<ServerMessage> messages = parseServerMessages(fuzz::toBytes(data, size));
    for (const ServerMessage &m : messages) {
        // What the server said ends up in a sentence on screen: one line, bounded.
        ASTRA_FUZZ_CHECK(m.message.size() <= 300);
        ASTRA_FUZZ_CHECK(!m.message.contains(u'\n'));
        ASTRA_FUZZ_CHECK(m.id != 0 || !m.message.isEmpty());
    }
    return 0;
}
