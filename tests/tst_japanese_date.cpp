// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/JapaneseDate.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace pd;

class TestJapaneseDate : public QObject
{
    Q_OBJECT

private slots:
    void formatJapaneseEra_data();
    void formatJapaneseEra();
    void eraYear_data();
    void eraYear();
    void fiscalYearEra_data();
    void fiscalYearEra();
    void formatWestern();
    void formatDateTimeJapanese();
    void invalidGivesEmpty();
    void threadsFormatIndependently();
};

void TestJapaneseDate::formatJapaneseEra_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("last day of Showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
    QTest::newRow("first day of Heisei") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
    QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
    QTest::newRow("first day of Reiwa") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
    QTest::newRow("end of Reiwa 1") << QDate(2019, 12, 31) << QStringLiteral("令和元年12月31日");
    QTest::newRow("Reiwa 2") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
    QTest::newRow("today-ish") << QDate(2025, 11, 25) << QStringLiteral("令和7年11月25日");
    QTest::newRow("first day of Showa") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
    QTest::newRow("last day of Taisho") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
    QTest::newRow("first day of Taisho") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
    QTest::newRow("Gregorian adoption") << QDate(1873, 1, 1) << QStringLiteral("明治6年1月1日");
    QTest::newRow("before Gregorian adoption") << QDate(1872, 12, 31) << QStringLiteral("1872年12月31日");
}

void TestJapaneseDate::formatJapaneseEra()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::formatJapaneseEra(date), expected);
}

void TestJapaneseDate::eraYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Reiwa 7") << QDate(2025, 11, 25) << QStringLiteral("令和7年");
    QTest::newRow("Reiwa 1") << QDate(2019, 5, 1) << QStringLiteral("令和元年");
    QTest::newRow("Heisei 31") << QDate(2019, 4, 30) << QStringLiteral("平成31年");
    QTest::newRow("Heisei 1") << QDate(1989, 1, 8) << QStringLiteral("平成元年");
}

void TestJapaneseDate::eraYear()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::eraYear(date), expected);
}

void TestJapaneseDate::fiscalYearEra_data()
{
    QTest::addColumn<int>("startYear");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FY2025") << 2025 << QDate(2025, 11, 25) << QStringLiteral("令和7");
    QTest::newRow("FY2025 in March") << 2025 << QDate(2026, 3, 31) << QStringLiteral("令和7");
    QTest::newRow("FY2025 without date") << 2025 << QDate() << QStringLiteral("令和7");
    // FY2019 began under Heisei: 平成31年度 until 4/30, 令和元年度 from 5/1 on.
    QTest::newRow("FY2019 in April") << 2019 << QDate(2019, 4, 10) << QStringLiteral("平成31");
    QTest::newRow("FY2019 in June") << 2019 << QDate(2019, 6, 1) << QStringLiteral("令和元");
    QTest::newRow("FY2019 in March") << 2019 << QDate(2020, 3, 31) << QStringLiteral("令和元");
    QTest::newRow("date outside FY") << 2019 << QDate(2025, 1, 1) << QStringLiteral("平成31");
    // FY1988 stays 昭和63年度 even though 平成 began in its January.
    QTest::newRow("FY1988 in February") << 1988 << QDate(1989, 2, 1) << QStringLiteral("昭和63");
}

void TestJapaneseDate::fiscalYearEra()
{
    QFETCH(int, startYear);
    QFETCH(QDate, asOf);
    QFETCH(QString, expected);
    QCOMPARE(JapaneseDate::fiscalYearEra(FiscalYear(startYear), asOf), expected);
}

void TestJapaneseDate::formatWestern()
{
    QCOMPARE(JapaneseDate::formatWestern(QDate(2025, 11, 25)), QStringLiteral("2025年11月25日"));
    QCOMPARE(JapaneseDate::formatWestern(QDate(2019, 5, 1)), QStringLiteral("2019年5月1日"));
}

void TestJapaneseDate::formatDateTimeJapanese()
{
    const QDateTime local(QDate(2025, 11, 25), QTime(14, 5, 59));
    QCOMPARE(JapaneseDate::formatDateTimeJapanese(local), QStringLiteral("令和7年11月25日 14時05分"));
    // A stored UTC time is shown in the local time of the office.
    QCOMPARE(JapaneseDate::formatDateTimeJapanese(local.toUTC()), QStringLiteral("令和7年11月25日 14時05分"));
    QCOMPARE(JapaneseDate::formatDateTimeJapanese(QDateTime(QDate(2019, 5, 1), QTime(0, 0))),
        QStringLiteral("令和元年5月1日 0時00分"));
}

void TestJapaneseDate::invalidGivesEmpty()
{
    QVERIFY(JapaneseDate::formatJapaneseEra(QDate()).isEmpty());
    QVERIFY(JapaneseDate::formatJapaneseEra(QDate(2025, 2, 30)).isEmpty());
    QVERIFY(JapaneseDate::eraYear(QDate()).isEmpty());
    QVERIFY(JapaneseDate::formatWestern(QDate()).isEmpty());
    QVERIFY(JapaneseDate::formatDateTimeJapanese(QDateTime()).isEmpty());
}

void TestJapaneseDate::threadsFormatIndependently()
{
    // Each thread formats its own dates at the same time; a shared ICU formatter would mix them up.
    constexpr int kThreads = 8;
    constexpr int kRounds = 500;
    std::vector<int> mismatches(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([t, &mismatches] {
            const QDate date = t % 2 ? QDate(2019, 5, 1) : QDate(1989, 1, 7);
            const QString expected = t % 2 ? QStringLiteral("令和元年5月1日") : QStringLiteral("昭和64年1月7日");
            for (int i = 0; i < kRounds; ++i) {
                if (JapaneseDate::formatJapaneseEra(date) != expected)
                    ++mismatches[t];
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(mismatches[t], 0);
}

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanese_date.moc"
