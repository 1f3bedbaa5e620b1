// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Error bodies as seen in the wild: Errors object, JSON string, plain text, null, HTML.
#include "core/servermessage.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestServerMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("count");
        QTest::newRow("errors, ID upper")
            << QByteArray(R"({"errors":[{"ID":340018,"message":"invalid token"}]})")
            << qint64(340018) << u"invalid token"_s << 1;
        QTest::newRow("errors, id lower")
            << QByteArray(R"({"errors":[{"id":340012,"message":"invalid token format"}]})")
            << qint64(340012) << u"invalid token format"_s << 1;
        QTest::newRow("errors, id as string")
            << QByteArray(R"({"errors":[{"ID":"42","message":"m"}]})") << qint64(42) << u"m"_s << 1;
        QTest::newRow("two errors")
            << QByteArray(R"({"errors":[{"ID":1,"message":"a"},{"ID":2,"message":"b"}]})")
            << qint64(1) << u"a"_s << 2;
        QTest::newRow("json string") << QByteArray(R"("role lacks permission")") << qint64(0)
                                     << u"role lacks permission"_s << 1;
        QTest::newRow("plain text") << QByteArray("upstream connect error\nmore") << qint64(0)
                                    << u"upstream connect error"_s << 1;
        QTest::newRow("single message object")
            << QByteArray(R"({"message":"nope"})") << qint64(0) << u"nope"_s << 1;
        QTest::newRow("null") << QByteArray("null") << qint64(0) << QString() << 0;
        QTest::newRow("empty") << QByteArray("") << qint64(0) << QString() << 0;
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << qint64(0)
                              << QString() << 0;
        QTest::newRow("errors wrong type")
            << QByteArray(R"({"errors":"x"})") << qint64(0) << QString() << 0;
        QTest::newRow("number") << QByteArray("12") << qint64(0) << QString() << 0;
    }

    void bodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, id);
        QFETCH(QString, message);
        QFETCH(int, count);
        const QList<ServerMessage> messages = parseServerMessages(body);
        QCOMPARE(messages.size(), count);
        if (count > 0) {
            QCOMPARE(messages.first().id, id);
            QCOMPARE(messages.first().message, message);
        }
    }

    void longTextIsBounded()
    {
        const QList<ServerMessage> messages = parseServerMessages(QByteArray(100000, 'x'));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().message.size() <= 300);
    }
};

QTEST_GUILESS_MAIN(TestServerMessages)
#include "tst_servermessages.moc"
