// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shape check of application tokens: what a paste brings along is dropped, and each wrong
// shape gets its own sentence, which never quotes the token.
#include "profiles/tokenformat.h"

#include "../keychain/testtokens.h"

#include <QTest>

using namespace astra;
using namespace Qt::StringLiterals;

class TestTokenFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWellFormedTokenPasses()
    {
        const QString token = test::fakeToken();
        QCOMPARE(token.size(), AstraTokenLength);
        QCOMPARE(tokenFormatProblem(token), QString());
    }

    void whitespaceFromAPasteIsDropped()
    {
        const QString token = test::fakeToken();
        const QString pasted = u"  \t"_s + token.left(30) + u"\n"_s + token.mid(30, 40) +
                               u"\r\n "_s + token.mid(70) + u"\n"_s;
        QCOMPARE(normalizeToken(pasted), token);
        QCOMPARE(tokenFormatProblem(normalizeToken(pasted)), QString());
    }

    void wrongShapesAreExplained_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        const QString good = test::fakeToken();
        QTest::newRow("empty") << QString() << u"Paste"_s;
        QTest::newRow("client id") << u"rWlYNyZdXXXXXXXXXXXXXXXX"_s << u"AstraCS:"_s;
        QTest::newRow("lower-case prefix") << (u"astracs:"_s + good.mid(8)) << u"AstraCS:"_s;
        QTest::newRow("two parts") << good.left(8 + 24) << u"three parts"_s;
        QTest::newRow("four parts") << (good + u":abc"_s) << u"three parts"_s;
        QTest::newRow("empty part") << (u"AstraCS::"_s + good.mid(33)) << u"three parts"_s;
        QTest::newRow("cut short") << good.left(90) << u"90 characters"_s;
        QTest::newRow("too long") << (good + u"00"_s) << u"99 characters"_s;
    }

    void wrongShapesAreExplained()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        const QString problem = tokenFormatProblem(token);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
        if (token.size() > 8)
            QVERIFY(!problem.contains(token.mid(8)));
    }
};

QTEST_GUILESS_MAIN(TestTokenFormat)
#include "tst_tokenformat.moc"
