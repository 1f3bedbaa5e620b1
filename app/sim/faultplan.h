// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultstep.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace astra::sim {

// The parsed --faults SPEC (grammar in docs/simulator.md, "Faults"): an ordered list of rules,
// each with its own position in its step sequence. No I/O, so it is unit-tested on its own.
class FaultPlan
{
public:
    // An empty spec gives an empty plan (no faults). On a syntax error returns nullopt and sets
    // *error to a sentence naming the rule or step at fault.
    static std::optional<FaultPlan> parse(const QString &spec, QString *error);

    bool isEmpty() const { return m_rules.isEmpty(); }
    qsizetype ruleCount() const { return m_rules.size(); }

    // The step to apply to this request. The first rule that matches method and path answers
    // (and advances); a rule past its last step answers Ok. No rule matches: Ok.
    FaultStep next(const QByteArray &method, const QString &path);

    // '*' matches any run of characters (also '/'); everything else matches itself.
    static bool patternMatches(QStringView pattern, QStringView path);

private:
    struct Rule
    {
        QByteArray method; // empty: any method
        QString pattern;
        QList<FaultStep> steps;
        qsizetype position = 0;
        bool random = false;
        double probability = 0;
        QList<FaultStep> kinds;
        QRandomGenerator rng;
    };
    static bool parseRule(const QString &text, Rule *rule, QString *error);
    static bool parseRandom(const QString &text, Rule *rule, QString *error);

    QList<Rule> m_rules;
};

} // namespace astra::sim
