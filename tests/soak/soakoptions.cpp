// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakoptions.h"

#include <QCommandLineParser>

namespace astra::soak {

using namespace Qt::StringLiterals;

int SoakOptions::warmup() const
{
    if (warmupIterations > 0)
        return qMin(warmupIterations, iterations);
    return qMin(iterations, qMax(5, iterations / 10));
}

QString SoakOptions::faultSpec() const
{
    return QStringLiteral("*=random(seed=%1,p=%2,kinds=%3)")
        .arg(seed)
        .arg(faultProbability)
        .arg(faultKinds.join(u'|'));
}

QStringList SoakOptions::allFaultKinds()
{
    // Every STEP of docs/simulator.md, "Faults", with each error-body shape at least once. The
    // Retry-After values stay short: the client honours them, and the soak has 500 iterations.
    return {
        QStringLiteral("401"),
        QStringLiteral("403"),
        QStringLiteral("404:string"),
        QStringLiteral("429:retry-after=1"),
        QStringLiteral("429:retry-after-date=1"),
        QStringLiteral("500"),
        QStringLiteral("502:text"),
        QStringLiteral("503"),
        QStringLiteral("504:null"),
        QStringLiteral("400:empty"),
        QStringLiteral("301"),
        QStringLiteral("truncate"),
        QStringLiteral("drop"),
        QStringLiteral("malformed"),
        QStringLiteral("wrongtype"),
        QStringLiteral("huge"),
        QStringLiteral("stall"),
        QStringLiteral("delay=300"),
        QStringLiteral("repeat"),
    };
}

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *value,
             QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        *error = QStringLiteral("--%1: expected a whole number of at least %2, got '%3'")
                     .arg(name)
                     .arg(minimum)
                     .arg(parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

bool readDouble(const QCommandLineParser &parser, const QString &name, double minimum,
                double maximum, double *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double parsed = parser.value(name).toDouble(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = QStringLiteral("--%1: expected a number from %2 to %3, got '%4'")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

bool parseSoakOptions(const QStringList &arguments, SoakOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {u"iterations"_s, u"refreshes and switches in all"_s, u"N"_s},
        {u"seed"_s, u"seed of the faults and the switches"_s, u"S"_s},
        {u"probability"_s, u"fault probability per request"_s, u"P"_s},
        {u"timeout"_s, u"transfer timeout in ms"_s, u"MS"_s},
        {u"latency"_s, u"simulator latency in ms"_s, u"MS"_s},
        {u"organizations"_s, u"generated organizations"_s, u"N"_s},
        {u"warmup"_s, u"iterations before the first RSS sample"_s, u"N"_s},
        {u"rss-limit"_s, u"allowed RSS growth in MiB"_s, u"MB"_s},
        {u"kinds"_s, u"fault kinds, separated by |"_s, u"LIST"_s},
        // Qt's own, handled by QApplication; accepted here so that they are not an error.
        {u"platform"_s, u"Qt platform plugin"_s, u"NAME"_s},
        {u"display"_s, u"X display"_s, u"NAME"_s},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    int seed = int(options->seed);
    if (!readInt(parser, u"iterations"_s, 1, &options->iterations, error) ||
        !readInt(parser, u"seed"_s, 0, &seed, error) ||
        !readDouble(parser, u"probability"_s, 0.0, 1.0, &options->faultProbability, error) ||
        !readInt(parser, u"timeout"_s, 100, &options->transferTimeoutMs, error) ||
        !readInt(parser, u"latency"_s, 0, &options->latencyMs, error) ||
        !readInt(parser, u"organizations"_s, 2, &options->organizations, error) ||
        !readInt(parser, u"warmup"_s, 1, &options->warmupIterations, error) ||
        !readDouble(parser, u"rss-limit"_s, 0.1, 10000.0, &options->rssLimitMb, error))
        return false;
    options->seed = quint32(seed);
    options->faultKinds = parser.isSet(u"kinds"_s)
                              ? parser.value(u"kinds"_s).split(u'|', Qt::SkipEmptyParts)
                              : SoakOptions::allFaultKinds();
    return true;
}

} // namespace astra::soak
