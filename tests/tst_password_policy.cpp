// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PasswordPolicy.h"

#include <QTest>

using namespace pd;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void assess_data();
    void assess();
    void scoreGrowsWithStrength();
};

void TestPasswordPolicy::assess_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << QString() << false << QStringLiteral("10");
    QTest::newRow("short") << QStringLiteral("Ab3$x") << false << QStringLiteral("10");
    QTest::newRow("common word") << QStringLiteral("password123") << false << QStringLiteral("guess");
    QTest::newRow("keyboard run") << QStringLiteral("qwertyuiop") << false << QStringLiteral("guess");
    QTest::newRow("contains login") << QStringLiteral("tanaka-Zebra-91") << false << QStringLiteral("login");
    QTest::newRow("passphrase") << QStringLiteral("Kiri-no-Mori-7-Hikari") << true << QString();
    QTest::newRow("japanese passphrase") << QStringLiteral("さくら並木の向こう側へ7") << true << QString();
}

void TestPasswordPolicy::assess()
{
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QFETCH(QString, reasonContains);
    const PasswordAssessment result = PasswordPolicy::assess(password, {QStringLiteral("tanaka"), QStringLiteral("田中 花子")});
    QCOMPARE(result.acceptable, acceptable);
    if (acceptable) {
        QVERIFY(result.reason.isEmpty());
    } else {
        QVERIFY(!result.reason.isEmpty());
        QVERIFY2(result.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(result.reason));
    }
}

void TestPasswordPolicy::scoreGrowsWithStrength()
{
    const int weak = PasswordPolicy::assess(QStringLiteral("abc")).score;
    const int strong = PasswordPolicy::assess(QStringLiteral("Kiri-no-Mori-7-Hikari-Yama")).score;
    QVERIFY(weak < strong);
    QCOMPARE(strong, 4);
    QVERIFY(!PasswordPolicy::scoreLabel(weak).isEmpty());
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
