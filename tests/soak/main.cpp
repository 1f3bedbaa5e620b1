// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// astra-soak: the real window on the simulator with seeded random faults of every kind, for many
// refreshes and organization switches (docs/reliability.md, "Fault soak"). Exit code 0 when no
// hang, no lost or wrong data, no unclear error and RSS growth under the limit; 1 otherwise; 2 on
// a usage error; 3 when the watchdog saw the event loop stop.
#include "soakenvironment.h"
#include "soakoptions.h"
#include "soakrun.h"

#include "inventory/inventoryservice.h"
#include "secrets/memorytokenstore.h"
#include "sim/simulator.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

using namespace astra;
using namespace astra::soak;

namespace {

constexpr int WarningsEchoedPerCategory = 3;
QMap<QString, int> *g_warnings = nullptr;
QtMessageHandler g_previousHandler = nullptr;

// Counts warnings per category for the summary, and lets the first few of each through: 500
// iterations of faults log thousands of expected ones ("paging stopped", "retrying").
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg) {
        g_previousHandler(type, context, message);
        return;
    }
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    const int seen = g_warnings ? ++(*g_warnings)[category] : 0;
    if (type != QtWarningMsg || seen <= WarningsEchoedPerCategory)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Settings of its own, never the person's (an auto-refresh there would interfere).
    QApplication::setOrganizationName(QStringLiteral("AstraKeysSoak"));
    QApplication::setApplicationName(QStringLiteral("astra-soak"));

    SoakOptions options;
    QString error;
    if (!parseSoakOptions(QApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "astra-soak: %s\n", qPrintable(error));
        return 2;
    }
    QTextStream out(stdout);
    out << "astra-soak: seed " << options.seed << ", " << options.iterations
        << " iterations, platform " << QGuiApplication::platformName() << ", faults "
        << options.faultSpec() << "\n";
    out.flush();

    SoakEnvironment environment(options);
    if (!environment.start(&error)) {
        std::fprintf(stderr, "astra-soak: the simulator did not start: %s\n", qPrintable(error));
        return 1;
    }
    environment.simulator()->setLatency(options.latencyMs);
    QNetworkAccessManager network;
    InventoryService inventory(environment.tokens(), &network);
    MainWindow window(environment.profiles(), &inventory, false);
    SoakRun soak(options, environment, inventory, window);

    if (!soak.loadGoodDataOnce(&error)) {
        std::fprintf(stderr, "astra-soak: %s\n", qPrintable(error));
        return 1;
    }
    soak.tally().warnings.clear();
    g_warnings = &soak.tally().warnings;
    g_previousHandler = qInstallMessageHandler(countingHandler);
    soak.run();
    qInstallMessageHandler(g_previousHandler);
    g_warnings = nullptr;

    printSummary(soak.tally(), options, out);
    return soak.tally().passed(options.rssLimitMb) ? 0 : 1;
}
