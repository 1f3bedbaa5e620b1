// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// astra-devops-sim: the DevOps API simulator on its own (docs/simulator.md).
#include "dataset.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

constexpr int kUsageError = 2;

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    print(stderr, QStringLiteral("astra-devops-sim: ") + message);
    return kUsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace astra::sim;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("astra-devops-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves a simulated Astra DevOps API (the subset Astra Keys uses) on "
                       "127.0.0.1, with test data and injectable faults."));
    const QCommandLineOption portOption(
        QStringList{QStringLiteral("p"), QStringLiteral("port")},
        QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Serve the data set in FILE (JSON)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"),
        QStringLiteral(
            "Serve a generated data set: keys=K,databases=D[,orgs=N][,seed=S][,aws=P][,gcp=P]."),
        QStringLiteral("SPEC"));
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
                                          QStringLiteral("Inject faults (see docs/simulator.md)."),
                                          QStringLiteral("SPEC"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Delay every answer by MS milliseconds."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({portOption, dataOption, generateOption, faultsOption, latencyOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port: expected a number from 0 to 65535"));
    const int latency = parser.value(latencyOption).toInt(&ok);
    if (!ok || latency < 0)
        return usageError(QStringLiteral("--latency: expected milliseconds, 0 or more"));
    if (parser.isSet(dataOption) && parser.isSet(generateOption))
        return usageError(QStringLiteral("--data and --generate exclude each other"));

    DataSet data;
    QString error;
    if (parser.isSet(dataOption)) {
        QFile file(parser.value(dataOption));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("--data: cannot read %1: %2")
                                  .arg(file.fileName(), file.errorString()));
        std::optional<DataSet> loaded = DataSet::fromJson(file.readAll(), &error);
        if (!loaded)
            return usageError(QStringLiteral("--data: %1: %2").arg(file.fileName(), error));
        data = std::move(*loaded);
    } else if (parser.isSet(generateOption)) {
        const std::optional<GenerateSpec> spec =
            DataSet::parseGenerateSpec(parser.value(generateOption), &error);
        if (!spec)
            return usageError(QStringLiteral("--generate: %1").arg(error));
        data = DataSet::generate(*spec);
    } else {
        data = DataSet::demo();
        if (data.organizations.isEmpty())
            return usageError(QStringLiteral("the built-in demo data set is missing or invalid"));
    }

    Simulator simulator(std::move(data));
    if (parser.isSet(faultsOption) && !simulator.setFaults(parser.value(faultsOption), &error))
        return usageError(QStringLiteral("--faults: %1").arg(error));
    simulator.setLatency(latency);
    if (!simulator.listen(quint16(port), &error)) {
        print(stderr, QStringLiteral("astra-devops-sim: ") + error);
        return 1;
    }

    print(stdout, QStringLiteral("Astra DevOps API simulator listening on %1")
                      .arg(simulator.baseUrl().toString()));
    // One line per organization, tab-separated: enterprise ("-" when none), name, id, token.
    // The tokens are the data set's test tokens, never real ones.
    for (const SimOrganization &org : simulator.data().organizations) {
        print(stdout,
              QStringLiteral("%1\t%2\t%3\t%4")
                  .arg(org.enterprise.isEmpty() ? QStringLiteral("-") : org.enterprise, org.name,
                       org.id,
                       org.tokens.isEmpty() ? QStringLiteral("-") : org.tokens.first().token));
    }
    return QCoreApplication::exec();
}
