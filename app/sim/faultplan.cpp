// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultplan.h"

namespace astra::sim {

namespace {

// Parses STEP or STEP*N (a step repeated N times) and appends the result.
bool appendSteps(const QString &text, QList<FaultStep> *steps, QString *error)
{
    QString stepText = text.trimmed();
    int repeat = 1;
    const qsizetype star = stepText.lastIndexOf(u'*');
    if (star > 0) {
        bool ok = false;
        repeat = stepText.mid(star + 1).toInt(&ok);
        if (!ok || repeat < 1 || repeat > 100000) {
            if (error)
                *error = QStringLiteral("fault step '%1': expected STEP*N with 1 <= N <= 100000")
                             .arg(stepText);
            return false;
        }
        stepText.truncate(star);
    }
    FaultStep step;
    if (!FaultStep::parse(stepText, &step, error))
        return false;
    for (int i = 0; i < repeat; ++i)
        steps->append(step);
    return true;
}

} // namespace

std::optional<FaultPlan> FaultPlan::parse(const QString &spec, QString *error)
{
    FaultPlan plan;
    const QStringList rules = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &ruleText : rules) {
        if (ruleText.trimmed().isEmpty())
            continue;
        Rule rule;
        if (!parseRule(ruleText.trimmed(), &rule, error))
            return std::nullopt;
        plan.m_rules.append(std::move(rule));
    }
    return plan;
}

bool FaultPlan::parseRule(const QString &text, Rule *rule, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("fault rule '%1': %2").arg(text, why);
        return false;
    };
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return fail(QStringLiteral("expected [METHOD ]PATTERN=STEPS"));
    QString target = text.left(eq).trimmed();
    const QString steps = text.mid(eq + 1).trimmed();
    const qsizetype space = target.indexOf(u' ');
    if (space > 0) {
        const QString method = target.left(space);
        for (QChar c : method) {
            if (c < u'A' || c > u'Z')
                return fail(QStringLiteral("'%1' is not an upper-case HTTP method").arg(method));
        }
        rule->method = method.toLatin1();
        target = target.mid(space + 1).trimmed();
    }
    if (target.isEmpty() || (!target.startsWith(u'/') && !target.startsWith(u'*')))
        return fail(QStringLiteral("the pattern must start with '/' or '*'"));
    if (target.contains(u' '))
        return fail(QStringLiteral("the pattern must not contain spaces"));
    rule->pattern = target;
    if (steps.isEmpty())
        return fail(QStringLiteral("no steps after '='"));
    if (steps.startsWith(u"random(")) {
        if (!steps.endsWith(u')'))
            return fail(QStringLiteral("random(...) is missing its ')'"));
        return parseRandom(steps.mid(7, steps.size() - 8), rule, error);
    }
    for (const QString &step : steps.split(u',')) {
        if (step.trimmed().isEmpty())
            return fail(QStringLiteral("empty step"));
        if (!appendSteps(step, &rule->steps, error))
            return false;
    }
    return true;
}

bool FaultPlan::parseRandom(const QString &text, Rule *rule, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("random(%1): %2").arg(text, why);
        return false;
    };
    rule->random = true;
    bool haveSeed = false;
    bool haveProbability = false;
    QStringList kinds{QStringLiteral("500"),  QStringLiteral("503"),
                      QStringLiteral("429"),  QStringLiteral("truncate"),
                      QStringLiteral("drop"), QStringLiteral("malformed")};
    for (const QString &rawPart : text.split(u',', Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        bool ok = false;
        if (part.startsWith(u"seed=")) {
            const quint32 seed = part.mid(5).toUInt(&ok);
            if (!ok)
                return fail(QStringLiteral("'%1': expected seed=UNSIGNED").arg(part));
            rule->rng.seed(seed);
            haveSeed = true;
        } else if (part.startsWith(u"p=")) {
            rule->probability = part.mid(2).toDouble(&ok);
            if (!ok || rule->probability < 0 || rule->probability > 1)
                return fail(QStringLiteral("'%1': expected p=P with 0 <= P <= 1").arg(part));
            haveProbability = true;
        } else if (part.startsWith(u"kinds=")) {
            kinds = part.mid(6).split(u'|');
        } else {
            return fail(QStringLiteral("'%1': expected seed=S, p=P or kinds=a|b|c").arg(part));
        }
    }
    if (!haveSeed || !haveProbability)
        return fail(QStringLiteral("seed and p are required"));
    for (const QString &kind : kinds) {
        FaultStep step;
        if (kind.trimmed().isEmpty())
            return fail(QStringLiteral("empty fault kind"));
        if (!FaultStep::parse(kind, &step, error))
            return false;
        rule->kinds.append(step);
    }
    return true;
}

FaultStep FaultPlan::next(const QByteArray &method, const QString &path)
{
    for (Rule &rule : m_rules) {
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!patternMatches(rule.pattern, path))
            continue;
        if (rule.random) {
            // Draw both numbers every time, so a request's fate depends only on its position.
            const double roll = rule.rng.generateDouble();
            const auto pick = qsizetype(rule.rng.bounded(quint32(rule.kinds.size())));
            return roll < rule.probability ? rule.kinds.at(pick) : FaultStep{};
        }
        if (rule.position < rule.steps.size())
            return rule.steps.at(rule.position++);
        return {};
    }
    return {};
}

bool FaultPlan::patternMatches(QStringView pattern, QStringView path)
{
    // Iterative glob with backtracking to the last '*': linear in practice for our patterns.
    qsizetype p = 0, s = 0, starP = -1, starS = 0;
    while (s < path.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starS = s;
        } else if (p < pattern.size() && pattern[p] == path[s]) {
            ++p;
            ++s;
        } else if (starP >= 0) {
            p = starP + 1;
            s = ++starS;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace astra::sim
