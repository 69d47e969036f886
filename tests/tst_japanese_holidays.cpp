// SPDX-License-Identifier: GPL-3.0-or-later
// National holidays of Japan against the calendars the Cabinet Office published (内閣府「国民の祝日」
// and its syukujitsu.csv): a day missing or extra here would flag or hide a day's work in the
// audit review's "outside office hours" view.
#include "core/model/JapaneseHolidays.h"

#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

using Calendar = QList<std::pair<QDate, QString>>;

Calendar published(int year)
{
    auto d = [year](int month, int day) { return QDate(year, month, day); };
    switch (year) {
    case 2019: // the year of the accession: no 天皇誕生日, two one-off days and two 国民の休日
        return {{d(1, 1), u"元日"_s},          {d(1, 14), u"成人の日"_s},
                {d(2, 11), u"建国記念の日"_s}, {d(3, 21), u"春分の日"_s},
                {d(4, 29), u"昭和の日"_s},     {d(4, 30), u"国民の休日"_s},
                {d(5, 1), u"天皇の即位の日"_s}, {d(5, 2), u"国民の休日"_s},
                {d(5, 3), u"憲法記念日"_s},    {d(5, 4), u"みどりの日"_s},
                {d(5, 5), u"こどもの日"_s},    {d(5, 6), u"振替休日"_s},
                {d(7, 15), u"海の日"_s},       {d(8, 11), u"山の日"_s},
                {d(8, 12), u"振替休日"_s},     {d(9, 16), u"敬老の日"_s},
                {d(9, 23), u"秋分の日"_s},     {d(10, 14), u"体育の日"_s},
                {d(10, 22), u"即位礼正殿の儀の行われる日"_s},
                {d(11, 3), u"文化の日"_s},     {d(11, 4), u"振替休日"_s},
                {d(11, 23), u"勤労感謝の日"_s}};
    case 2020: // Olympics: 海の日 and スポーツの日 around the opening, 山の日 after the closing
        return {{d(1, 1), u"元日"_s},         {d(1, 13), u"成人の日"_s},  {d(2, 11), u"建国記念の日"_s},
                {d(2, 23), u"天皇誕生日"_s},  {d(2, 24), u"振替休日"_s},  {d(3, 20), u"春分の日"_s},
                {d(4, 29), u"昭和の日"_s},    {d(5, 3), u"憲法記念日"_s}, {d(5, 4), u"みどりの日"_s},
                {d(5, 5), u"こどもの日"_s},   {d(5, 6), u"振替休日"_s},   {d(7, 23), u"海の日"_s},
                {d(7, 24), u"スポーツの日"_s}, {d(8, 10), u"山の日"_s},    {d(9, 21), u"敬老の日"_s},
                {d(9, 22), u"秋分の日"_s},    {d(11, 3), u"文化の日"_s},  {d(11, 23), u"勤労感謝の日"_s}};
    case 2021: // the postponed Olympics: 山の日 on a Sunday gives a 振替休日
        return {{d(1, 1), u"元日"_s},         {d(1, 11), u"成人の日"_s},  {d(2, 11), u"建国記念の日"_s},
                {d(2, 23), u"天皇誕生日"_s},  {d(3, 20), u"春分の日"_s},  {d(4, 29), u"昭和の日"_s},
                {d(5, 3), u"憲法記念日"_s},   {d(5, 4), u"みどりの日"_s}, {d(5, 5), u"こどもの日"_s},
                {d(7, 22), u"海の日"_s},      {d(7, 23), u"スポーツの日"_s}, {d(8, 8), u"山の日"_s},
                {d(8, 9), u"振替休日"_s},     {d(9, 20), u"敬老の日"_s},  {d(9, 23), u"秋分の日"_s},
                {d(11, 3), u"文化の日"_s},    {d(11, 23), u"勤労感謝の日"_s}};
    case 2024:
        return {{d(1, 1), u"元日"_s},        {d(1, 8), u"成人の日"_s},   {d(2, 11), u"建国記念の日"_s},
                {d(2, 12), u"振替休日"_s},   {d(2, 23), u"天皇誕生日"_s}, {d(3, 20), u"春分の日"_s},
                {d(4, 29), u"昭和の日"_s},   {d(5, 3), u"憲法記念日"_s}, {d(5, 4), u"みどりの日"_s},
                {d(5, 5), u"こどもの日"_s},  {d(5, 6), u"振替休日"_s},   {d(7, 15), u"海の日"_s},
                {d(8, 11), u"山の日"_s},     {d(8, 12), u"振替休日"_s},  {d(9, 16), u"敬老の日"_s},
                {d(9, 22), u"秋分の日"_s},   {d(9, 23), u"振替休日"_s},  {d(10, 14), u"スポーツの日"_s},
                {d(11, 3), u"文化の日"_s},   {d(11, 4), u"振替休日"_s},  {d(11, 23), u"勤労感謝の日"_s}};
    case 2025: // みどりの日 on a Sunday: the 振替休日 skips こどもの日 to Tuesday 5/6
        return {{d(1, 1), u"元日"_s},        {d(1, 13), u"成人の日"_s},  {d(2, 11), u"建国記念の日"_s},
                {d(2, 23), u"天皇誕生日"_s}, {d(2, 24), u"振替休日"_s},  {d(3, 20), u"春分の日"_s},
                {d(4, 29), u"昭和の日"_s},   {d(5, 3), u"憲法記念日"_s}, {d(5, 4), u"みどりの日"_s},
                {d(5, 5), u"こどもの日"_s},  {d(5, 6), u"振替休日"_s},   {d(7, 21), u"海の日"_s},
                {d(8, 11), u"山の日"_s},     {d(9, 15), u"敬老の日"_s},  {d(9, 23), u"秋分の日"_s},
                {d(10, 13), u"スポーツの日"_s}, {d(11, 3), u"文化の日"_s}, {d(11, 23), u"勤労感謝の日"_s},
                {d(11, 24), u"振替休日"_s}};
    case 2026: // 憲法記念日 on a Sunday: the 振替休日 is Wednesday 5/6; a 国民の休日 in September
        return {{d(1, 1), u"元日"_s},        {d(1, 12), u"成人の日"_s},  {d(2, 11), u"建国記念の日"_s},
                {d(2, 23), u"天皇誕生日"_s}, {d(3, 20), u"春分の日"_s},  {d(4, 29), u"昭和の日"_s},
                {d(5, 3), u"憲法記念日"_s},  {d(5, 4), u"みどりの日"_s}, {d(5, 5), u"こどもの日"_s},
                {d(5, 6), u"振替休日"_s},    {d(7, 20), u"海の日"_s},    {d(8, 11), u"山の日"_s},
                {d(9, 21), u"敬老の日"_s},   {d(9, 22), u"国民の休日"_s}, {d(9, 23), u"秋分の日"_s},
                {d(10, 12), u"スポーツの日"_s}, {d(11, 3), u"文化の日"_s}, {d(11, 23), u"勤労感謝の日"_s}};
    }
    return {};
}

} // namespace

class TestJapaneseHolidays : public QObject
{
    Q_OBJECT

private slots:
    void publishedCalendar_data();
    void publishedCalendar();
    void countsPerYear_data();
    void countsPerYear();
    void history_data();
    void history();
    void equinoxes_data();
    void equinoxes();
    void ordinaryDaysAreNotHolidays();
    void unsupportedYearsAreEmpty();
};

void TestJapaneseHolidays::publishedCalendar_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    for (int year : {2019, 2020, 2021, 2024, 2025, 2026})
        for (const auto& [date, name] : published(year))
            QTest::addRow("%s %s", qPrintable(date.toString(Qt::ISODate)), qPrintable(name)) << date << name;
}

void TestJapaneseHolidays::publishedCalendar()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QVERIFY(JapaneseHolidays::isHoliday(date));
    QCOMPARE(JapaneseHolidays::holidayName(date), name);
}

void TestJapaneseHolidays::countsPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("count");
    // The number of 休日 in each published calendar, so that an extra day anywhere is caught too.
    QTest::newRow("2019") << 2019 << 22;
    QTest::newRow("2020") << 2020 << 18;
    QTest::newRow("2021") << 2021 << 17;
    QTest::newRow("2024") << 2024 << 21;
    QTest::newRow("2025") << 2025 << 19;
    QTest::newRow("2026") << 2026 << 18;
}

void TestJapaneseHolidays::countsPerYear()
{
    QFETCH(int, year);
    QFETCH(int, count);
    const QList<QDate> holidays = JapaneseHolidays::holidaysIn(year);
    QCOMPARE(holidays.size(), count);
    QList<QDate> expected;
    for (const auto& [date, name] : published(year))
        expected.append(date);
    QCOMPARE(holidays, expected); // the same days, in date order
}

void TestJapaneseHolidays::history_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name"); // empty: an ordinary day
    QTest::newRow("天皇誕生日 12/23 in 2018") << QDate(2018, 12, 23) << u"天皇誕生日"_s;
    QTest::newRow("12/24/2018 振替休日") << QDate(2018, 12, 24) << u"振替休日"_s;
    QTest::newRow("no 天皇誕生日 in 2019 (12/23)") << QDate(2019, 12, 23) << QString();
    QTest::newRow("no 天皇誕生日 in 2019 (2/23)") << QDate(2019, 2, 23) << QString();
    QTest::newRow("12/23 ordinary from 2020") << QDate(2020, 12, 23) << QString();
    QTest::newRow("no 山の日 in 2015") << QDate(2015, 8, 11) << QString();
    QTest::newRow("first 山の日 2016") << QDate(2016, 8, 11) << u"山の日"_s;
    QTest::newRow("8/11/2020 moved away") << QDate(2020, 8, 11) << QString();
    QTest::newRow("7/19/2021 moved away (3rd Monday)") << QDate(2021, 7, 19) << QString();
    QTest::newRow("10/12/2020 moved away") << QDate(2020, 10, 12) << QString();
    QTest::newRow("体育の日 until 2019") << QDate(2019, 10, 14) << u"体育の日"_s;
    QTest::newRow("スポーツの日 from 2022") << QDate(2022, 10, 10) << u"スポーツの日"_s;
    QTest::newRow("みどりの日 4/29 until 2006") << QDate(2006, 4, 29) << u"みどりの日"_s;
    QTest::newRow("5/4/2006 国民の休日") << QDate(2006, 5, 4) << u"国民の休日"_s;
    QTest::newRow("昭和の日 from 2007") << QDate(2007, 4, 29) << u"昭和の日"_s;
    QTest::newRow("成人の日 1/15 until 1999") << QDate(1999, 1, 15) << u"成人の日"_s;
    QTest::newRow("成人の日 2nd Monday from 2000") << QDate(2000, 1, 10) << u"成人の日"_s;
    QTest::newRow("海の日 7/20 in 2002") << QDate(2002, 7, 20) << u"海の日"_s;
    QTest::newRow("敬老の日 9/15 in 2002") << QDate(2002, 9, 15) << u"敬老の日"_s;
    QTest::newRow("敬老の日 3rd Monday 2003") << QDate(2003, 9, 15) << u"敬老の日"_s;
    // Before 2007 a Sunday 祝日 gave only the Monday: 5/3/1998 (Sunday) gave 5/4 as 振替休日.
    QTest::newRow("5/4/1998 振替休日") << QDate(1998, 5, 4) << u"振替休日"_s;
    // From 2007 it moves on past other 祝日: 5/3/2009 (Sunday) gave Wednesday 5/6.
    QTest::newRow("5/6/2009 振替休日") << QDate(2009, 5, 6) << u"振替休日"_s;
    QTest::newRow("9/22/2015 国民の休日 (Silver Week)") << QDate(2015, 9, 22) << u"国民の休日"_s;
    QTest::newRow("9/21/2032 国民の休日") << QDate(2032, 9, 21) << u"国民の休日"_s;
    QTest::newRow("大喪の礼 1989") << QDate(1989, 2, 24) << u"昭和天皇の大喪の礼"_s;
    QTest::newRow("1/1/2023 on Sunday") << QDate(2023, 1, 2) << u"振替休日"_s;
    QTest::newRow("2099 元日") << QDate(2099, 1, 1) << u"元日"_s;
}

void TestJapaneseHolidays::history()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(JapaneseHolidays::holidayName(date), name);
    QCOMPARE(JapaneseHolidays::isHoliday(date), !name.isEmpty());
}

void TestJapaneseHolidays::equinoxes_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("vernal");
    QTest::addColumn<QDate>("autumnal");
    // As announced in the 官報 (and, for later years, the National Astronomical Observatory's forecasts).
    QTest::newRow("2000") << 2000 << QDate(2000, 3, 20) << QDate(2000, 9, 23);
    QTest::newRow("2012") << 2012 << QDate(2012, 3, 20) << QDate(2012, 9, 22);
    QTest::newRow("2019") << 2019 << QDate(2019, 3, 21) << QDate(2019, 9, 23);
    QTest::newRow("2023") << 2023 << QDate(2023, 3, 21) << QDate(2023, 9, 23);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 21) << QDate(2027, 9, 23);
    QTest::newRow("2044") << 2044 << QDate(2044, 3, 20) << QDate(2044, 9, 22);
    QTest::newRow("2092") << 2092 << QDate(2092, 3, 19) << QDate(2092, 9, 22);
}

void TestJapaneseHolidays::equinoxes()
{
    QFETCH(int, year);
    QFETCH(QDate, vernal);
    QFETCH(QDate, autumnal);
    QCOMPARE(JapaneseHolidays::vernalEquinox(year), vernal);
    QCOMPARE(JapaneseHolidays::autumnalEquinox(year), autumnal);
    QCOMPARE(JapaneseHolidays::holidayName(vernal), u"春分の日"_s);
    QCOMPARE(JapaneseHolidays::holidayName(autumnal), u"秋分の日"_s);
}

void TestJapaneseHolidays::ordinaryDaysAreNotHolidays()
{
    // Sundays and 年末年始 are days off, not 休日 of the law: the office-hours policy handles them.
    QVERIFY(!JapaneseHolidays::isHoliday(QDate(2026, 11, 29))); // Sunday
    QVERIFY(!JapaneseHolidays::isHoliday(QDate(2026, 12, 29)));
    QVERIFY(!JapaneseHolidays::isHoliday(QDate(2027, 1, 2)));
    QVERIFY(!JapaneseHolidays::isHoliday(QDate(2026, 11, 24))); // Tuesday after 勤労感謝の日 (a Monday)
    QVERIFY(!JapaneseHolidays::isHoliday(QDate()));
    QVERIFY(JapaneseHolidays::holidayName(QDate()).isEmpty());
    // Every year in range has between 12 (before 海の日 and 国民の休日) and 25 holidays, each named.
    for (int year = JapaneseHolidays::kFirstYear; year <= JapaneseHolidays::kLastYear; ++year) {
        const QList<QDate> holidays = JapaneseHolidays::holidaysIn(year);
        QVERIFY2(holidays.size() >= 12 && holidays.size() <= 25, qPrintable(QString::number(year)));
        for (const QDate& date : holidays)
            QVERIFY(!JapaneseHolidays::holidayName(date).isEmpty());
    }
}

void TestJapaneseHolidays::unsupportedYearsAreEmpty()
{
    QVERIFY(JapaneseHolidays::holidaysIn(1979).isEmpty());
    QVERIFY(JapaneseHolidays::holidaysIn(2100).isEmpty());
    QVERIFY(!JapaneseHolidays::isHoliday(QDate(2100, 1, 1)));
    QVERIFY(!JapaneseHolidays::vernalEquinox(2100).isValid());
}

QTEST_GUILESS_MAIN(TestJapaneseHolidays)
#include "tst_japanese_holidays.moc"
