// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace astra {

// The length of an Astra application token: "AstraCS:" + 24 characters + ':' + 64 hex digits.
inline constexpr qsizetype AstraTokenLength = 97;

// The token as pasted, without the whitespace that copying from a browser, a terminal or a
// wrapped e-mail adds (spaces, tabs, line breaks, anywhere): a token never contains any.
QString normalizeToken(const QString &pasted);

// Why a (normalized) token cannot be an Astra application token, as one translated sentence with
// the next step; empty when its shape is right. Never quotes the token. The shape only: whether
// the API accepts it is for the API to say.
QString tokenFormatProblem(const QString &token);

} // namespace astra
