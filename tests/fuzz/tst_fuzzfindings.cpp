// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What fuzzing found (docs/reliability.md), pinned down as the behaviour the fix promises. The raw
// crash inputs are replayed by fuzz_regressions; these tests say what the answer must be, so they
// fail with a plain compiler too, where undefined behaviour would go unnoticed.
#include "core/database.h"
#include "core/jsonreader.h"
#include "core/servermessage.h"
#include "dataset.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace astra;
using namespace Qt::StringLiterals;

class TestFuzzFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // UBSan: "1.66667e+24 is outside the range of representable values of type 'long long'" in
    // JsonReader::integer (reproducers/datacenters/capacityunits-beyond-int64.json).
    void wholeNumbersBeyondInt64AreDecodeErrors_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1.6e24") << "1666666666666666666666666"_ba;
        QTest::newRow("2^63") << "9223372036854775808"_ba;
        QTest::newRow("-1e300") << "-1e300"_ba;
        QTest::newRow("1e308") << "1e308"_ba;
    }
    void wholeNumbersBeyondInt64AreDecodeErrors()
    {
        QFETCH(QByteArray, number);
        DecodeError error;
        const auto dcs = Database::datacentersFromJson(
            R"([{"cloudProvider":"AWS","region":"us-east-1","capacityUnits":)" + number + "}]",
            &error);
        QVERIFY(!dcs);
        QCOMPARE(error.path, u"[0].capacityUnits"_s);
        QCOMPARE(error.message, u"expected a whole number"_s);
    }

    void int64BoundsStillRead()
    {
        const QJsonObject object =
            QJsonDocument::fromJson(R"({"low": -9223372036854775808, "high": 4611686018427387904,
                                        "fraction": 2.5})")
                .object();
        DecodeError error;
        JsonReader reader(object, QString(), &error);
        QCOMPARE(reader.integer(u"low"), std::numeric_limits<qint64>::min());
        QCOMPARE(reader.integer(u"high"), Q_INT64_C(4611686018427387904));
        QVERIFY(reader.ok());
        QCOMPARE(reader.integer(u"fraction", 7), 7);
        QCOMPARE(error.toString(), u"fraction: expected a whole number"_s);
    }

    // Found while fixing the above: capacityUnits was truncated into an int, so 2^32 + 1 read as 1.
    void capacityUnitsBeyondIntIsADecodeError()
    {
        DecodeError error;
        const auto dcs = Database::datacentersFromJson(
            R"([{"cloudProvider":"AWS","region":"us-east-1","capacityUnits":4294967297}])", &error);
        QVERIFY(!dcs);
        QCOMPARE(error.toString(), u"[0].capacityUnits: out of range"_s);

        DecodeError none;
        const auto ok = Database::datacentersFromJson(
            R"([{"cloudProvider":"AWS","region":"us-east-1","capacityUnits":2147483647}])", &none);
        QVERIFY(ok);
        QCOMPARE(ok->first().capacityUnits, 2147483647);
    }

    // UBSan: "1e+308 is outside the range of representable values" in parseServerMessages
    // (reproducers/errorbodies/error-id-1e308.json): such an id is no id, the message stays.
    void errorIdsBeyondInt64AreNoIds()
    {
        const auto messages =
            parseServerMessages(R"({"errors":[{"ID":1e308,"message":"quota exceeded"}]})");
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().id, 0);
        QCOMPARE(messages.first().message, u"quota exceeded"_s);
        QVERIFY(parseServerMessages(R"({"errors":[{"id":1e308},{"ID":2,"message":""}]})").size() ==
                1);
        QVERIFY(parseServerMessages(R"({"errors":[{"id":-1e308}]})").isEmpty());
    }

    // The invariant "every message says something" broke on bodies that say nothing
    // (reproducers/errorbodies/only-unicode-space.txt, blank-message-object.json): the caller
    // then falls back to the HTTP reason phrase instead of quoting an empty string.
    void blankErrorBodiesSayNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no-break space, newline") << "\xc2\xa0\nsecond line"_ba;
        QTest::newRow("em space") << "\xe2\x80\x83"_ba;
        QTest::newRow("blank message object") << R"({"message":"  "})"_ba;
        QTest::newRow("empty message object") << R"({"message":""})"_ba;
    }
    void blankErrorBodiesSayNothing()
    {
        QFETCH(QByteArray, body);
        QVERIFY(parseServerMessages(body).isEmpty());
    }

    // The data-set loader's round trip broke on two databases with one id in an organization
    // (reproducers/dataset/duplicate-database-ids.json): the unstable sort put them in either
    // order, and paging by id cannot tell them apart. The loader should name the field.
    void datasetRejectsDuplicateDatabaseIds()
    {
        QByteArray json = R"({"organizations":[{"id":"org-1","databases":[)";
        for (int i = 0; i < 40; ++i)
            json += (i ? "," : "") + QByteArray(R"({"id":"db-)") + QByteArray::number(i % 20) +
                    R"(","name":"n)" + QByteArray::number(i) + "\"}";
        json += "]}]}";
        QString error;
        const auto data = sim::DataSet::fromJson(json, &error);
        QVERIFY2(!data, "a data set with duplicate database ids loaded");
        QVERIFY2(error.startsWith(u"organizations[0].databases[20].id"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
