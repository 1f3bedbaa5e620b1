// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenformat.h"

#include <QCoreApplication>

namespace astra {

// lupdate takes the context from this class; the strings live in free functions.
struct TokenFormatText
{
    Q_DECLARE_TR_FUNCTIONS(TokenFormat)
};

QString normalizeToken(const QString &pasted)
{
    QString token;
    token.reserve(pasted.size());
    for (const QChar c : pasted) {
        if (!c.isSpace())
            token.append(c);
    }
    return token;
}

QString tokenFormatProblem(const QString &token)
{
    if (token.isEmpty())
        return TokenFormatText::tr(
            "Paste the organization's application token. Create one in the Astra Portal "
            "under Settings > Tokens.");
    // The Client ID and the Secret of a token look like tokens too; the prefix tells them apart.
    if (!token.startsWith(QStringLiteral("AstraCS:")))
        return TokenFormatText::tr(
            "An application token starts with \"AstraCS:\". Copy the token itself, not its "
            "Client ID or Secret.");
    if (token.count(u':') != 2 || token.endsWith(u':') || token.contains(QStringLiteral("::")))
        return TokenFormatText::tr("An application token has three parts separated by colons "
                                   "(AstraCS:…:…). Copy the whole token again.");
    if (token.size() != AstraTokenLength)
        return QCoreApplication::translate("TokenFormat",
                                           "This token has %1 characters; an application token "
                                           "has %2. Copy the whole token again.")
            .arg(token.size())
            .arg(AstraTokenLength);
    return {};
}

} // namespace astra
