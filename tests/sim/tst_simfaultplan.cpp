// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultplan.h"

#include <QTest>

using namespace astra::sim;
using Kind = FaultStep::Kind;

namespace {

FaultPlan plan(const QString &spec)
{
    QString error;
    std::optional<FaultPlan> p = FaultPlan::parse(spec, &error);
    if (!p)
        qFatal("unexpected parse error: %s", qPrintable(error));
    return *p;
}

QStringList names(FaultPlan &p, const QByteArray &method, const QString &path, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QString name = p.next(method, path).name();
        out.append(name.isEmpty() ? QStringLiteral("ok") : name);
    }
    return out;
}

} // namespace

class TestSimFaultPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySpec()
    {
        FaultPlan p = plan(QString());
        QVERIFY(p.isEmpty());
        QCOMPARE(p.next("GET", QStringLiteral("/v2/kms")).kind, Kind::Ok);
        QVERIFY(plan(QStringLiteral(" ; ")).isEmpty());
    }

    void sequenceThenOk()
    {
        FaultPlan p = plan(QStringLiteral("/v2/kms=503,503"));
        QCOMPARE(names(p, "GET", QStringLiteral("/v2/kms"), 4),
                 (QStringList{QStringLiteral("503"), QStringLiteral("503"), QStringLiteral("ok"),
                              QStringLiteral("ok")}));
        // Other paths never consume the rule's steps.
        FaultPlan q = plan(QStringLiteral("/v2/kms=500"));
        QCOMPARE(q.next("GET", QStringLiteral("/v2/kms/classic")).kind, Kind::Ok);
        QCOMPARE(q.next("GET", QStringLiteral("/v2/kms")).status, 500);
    }

    void repetition()
    {
        FaultPlan p = plan(QStringLiteral("*=503*3,ok,drop"));
        QCOMPARE(names(p, "GET", QStringLiteral("/x"), 6),
                 (QStringList{QStringLiteral("503"), QStringLiteral("503"), QStringLiteral("503"),
                              QStringLiteral("ok"), QStringLiteral("drop"), QStringLiteral("ok")}));
    }

    void methodAndWildcards()
    {
        FaultPlan p =
            plan(QStringLiteral("POST /v2/kms*=500; /v2/databases*=truncate;*=delay=5*2"));
        QCOMPARE(p.ruleCount(), 3);
        QCOMPARE(p.next("GET", QStringLiteral("/v2/kms")).kind, Kind::Delay); // falls to '*'
        QCOMPARE(p.next("POST", QStringLiteral("/v2/kms/classic")).status, 500);
        QCOMPARE(p.next("GET", QStringLiteral("/v2/databases/abc/datacenters")).kind,
                 Kind::Truncate);
        // The databases rule is used up: it answers ok, it does not fall through to '*'.
        QCOMPARE(p.next("GET", QStringLiteral("/v2/databases")).kind, Kind::Ok);
        QCOMPARE(p.next("GET", QStringLiteral("/v2/currentOrg")).delayMs, 5);
    }

    void patternMatches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QStringLiteral("/v2/kms") << QStringLiteral("/v2/kms") << true;
        QTest::newRow("exact no prefix")
            << QStringLiteral("/v2/kms") << QStringLiteral("/v2/kms/classic") << false;
        QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("/anything/at/all") << true;
        QTest::newRow("suffix star")
            << QStringLiteral("/v2/databases*") << QStringLiteral("/v2/databases") << true;
        QTest::newRow("suffix star deep") << QStringLiteral("/v2/databases*")
                                          << QStringLiteral("/v2/databases/x/datacenters") << true;
        QTest::newRow("middle star")
            << QStringLiteral("/v2/kms/*/region/*")
            << QStringLiteral("/v2/kms/provider/aws/region/us-east-1") << true;
        QTest::newRow("middle star miss")
            << QStringLiteral("/v2/kms/*/accounts")
            << QStringLiteral("/v2/kms/provider/aws/region/r") << false;
        QTest::newRow("two stars")
            << QStringLiteral("*/region/*")
            << QStringLiteral("/v2/kms/classic/provider/gcp/region/x/accounts") << true;
    }

    void patternMatches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(FaultPlan::patternMatches(pattern, path), matches);
    }

    void steps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("body");
        QTest::addColumn<QString>("name");
        auto row = [](const char *text, Kind kind, int status, FaultStep::Body body,
                      const char *name) {
            QTest::newRow(text) << QString::fromLatin1(text) << int(kind) << status << int(body)
                                << QString::fromLatin1(name);
        };
        using B = FaultStep::Body;
        row("ok", Kind::Ok, 0, B::Errors, "");
        row("500", Kind::Status, 500, B::Errors, "500");
        row("503:errors", Kind::Status, 503, B::Errors, "503");
        row("403:string", Kind::Status, 403, B::String, "403:string");
        row("502:text", Kind::Status, 502, B::Text, "502:text");
        row("401:null", Kind::Status, 401, B::Null, "401:null");
        row("404:empty", Kind::Status, 404, B::Empty, "404:empty");
        row("429", Kind::Status, 429, B::Errors, "429");
        row("429:retry-after=3", Kind::Status, 429, B::Errors, "429:retry-after=3");
        row("429:retry-after-date=3", Kind::Status, 429, B::Errors, "429:retry-after-date=3");
        row("truncate", Kind::Truncate, 0, B::Errors, "truncate");
        row("malformed", Kind::Malformed, 0, B::Errors, "malformed");
        row("wrongtype", Kind::WrongType, 0, B::Errors, "wrongtype");
        row("huge", Kind::Huge, 0, B::Errors, "huge");
        row("huge=1000", Kind::Huge, 0, B::Errors, "huge=1000");
        row("drop", Kind::Drop, 0, B::Errors, "drop");
        row("stall", Kind::Stall, 0, B::Errors, "stall");
        row("delay=250", Kind::Delay, 0, B::Errors, "delay=250");
        row("repeat", Kind::Repeat, 0, B::Errors, "repeat");
    }

    void steps()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, body);
        QFETCH(QString, name);
        FaultStep step;
        QString error;
        QVERIFY2(FaultStep::parse(text, &step, &error), qPrintable(error));
        QCOMPARE(int(step.kind), kind);
        QCOMPARE(step.status, status);
        QCOMPARE(int(step.body), body);
        QCOMPARE(step.name(), name);
        if (text == u"huge")
            QCOMPARE(step.bytes, 50LL * 1024 * 1024);
        if (text.startsWith(u"429:retry-after")) {
            QCOMPARE(step.retryAfterSeconds, 3);
            QCOMPARE(step.retryAfterAsDate, text.contains(u"date"));
        }
        // Every step also parses inside a rule.
        FaultPlan p = plan(QStringLiteral("/v2/kms=") + text);
        QCOMPARE(p.next("GET", QStringLiteral("/v2/kms")).name(), name);
    }

    void randomIsSeeded()
    {
        const QString spec =
            QStringLiteral("/v2/*=random(seed=7,p=0.5,kinds=503|truncate|429:retry-after=1)");
        FaultPlan a = plan(spec);
        FaultPlan b = plan(spec);
        const QStringList first = names(a, "GET", QStringLiteral("/v2/kms"), 200);
        QCOMPARE(names(b, "GET", QStringLiteral("/v2/kms"), 200), first);
        const auto faults = 200 - first.count(QStringLiteral("ok"));
        QVERIFY2(faults > 60 && faults < 140, qPrintable(QString::number(faults)));
        QVERIFY(first.contains(QStringLiteral("503")));
        QVERIFY(first.contains(QStringLiteral("truncate")));
        QVERIFY(first.contains(QStringLiteral("429:retry-after=1")));
        QVERIFY(!first.contains(QStringLiteral("drop")));
        FaultPlan c =
            plan(QStringLiteral("*=random(seed=8,p=0.5,kinds=503|truncate|429:retry-after=1)"));
        QVERIFY(names(c, "GET", QStringLiteral("/v2/kms"), 200) != first);

        FaultPlan never = plan(QStringLiteral("*=random(seed=1,p=0)"));
        QCOMPARE(names(never, "GET", QStringLiteral("/v2/kms"), 50).count(QStringLiteral("ok")),
                 50);
        FaultPlan always = plan(QStringLiteral("*=random(seed=1,p=1,kinds=502:text)"));
        QCOMPARE(
            names(always, "GET", QStringLiteral("/v2/kms"), 50).count(QStringLiteral("502:text")),
            50);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no equals") << QStringLiteral("/v2/kms") << QStringLiteral("'/v2/kms'");
        QTest::newRow("no steps") << QStringLiteral("/v2/kms=") << QStringLiteral("no steps");
        QTest::newRow("empty step")
            << QStringLiteral("/v2/kms=503,,ok") << QStringLiteral("empty step");
        QTest::newRow("bad pattern")
            << QStringLiteral("v2/kms=500") << QStringLiteral("must start with");
        QTest::newRow("bad method") << QStringLiteral("get /v2/kms=500") << QStringLiteral("'get'");
        QTest::newRow("unknown step")
            << QStringLiteral("/v2/kms=teapot") << QStringLiteral("'teapot'");
        QTest::newRow("second rule")
            << QStringLiteral("/v2/kms=503;/v2/x=ok,explode") << QStringLiteral("'explode'");
        QTest::newRow("status range") << QStringLiteral("/v2/kms=600") << QStringLiteral("'600'");
        QTest::newRow("body form") << QStringLiteral("/v2/kms=503:xml") << QStringLiteral("'xml'");
        QTest::newRow("retry-after")
            << QStringLiteral("/v2/kms=429:retry-after=soon") << QStringLiteral("retry-after=soon");
        QTest::newRow("delay") << QStringLiteral("/v2/kms=delay=abc")
                               << QStringLiteral("'delay=abc'");
        QTest::newRow("huge") << QStringLiteral("/v2/kms=huge=1") << QStringLiteral("'huge=1'");
        QTest::newRow("repeat count")
            << QStringLiteral("/v2/kms=503*0") << QStringLiteral("'503*0'");
        QTest::newRow("random seed")
            << QStringLiteral("*=random(p=0.5)") << QStringLiteral("seed and p");
        QTest::newRow("random p") << QStringLiteral("*=random(seed=1,p=2)")
                                  << QStringLiteral("'p=2'");
        QTest::newRow("random kind")
            << QStringLiteral("*=random(seed=1,p=1,kinds=503|boom)") << QStringLiteral("'boom'");
        QTest::newRow("random paren")
            << QStringLiteral("*=random(seed=1,p=1") << QStringLiteral("')'");
    }

    void errors()
    {
        QFETCH(QString, spec);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!FaultPlan::parse(spec, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimFaultPlan)
#include "tst_simfaultplan.moc"
