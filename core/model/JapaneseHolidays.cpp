// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/JapaneseHolidays.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

using HolidayTable = QMap<QDate, QString>;

/// The n-th Monday of a month: the Happy Monday holidays (ハッピーマンデー制度, from 2000 and 2003).
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int firstMonday = 1 + (8 - first.dayOfWeek()) % 7;
    return QDate(year, month, firstMonday + 7 * (n - 1));
}

/// The 国民の祝日 of one year (Article 2 of the law and the special laws), without the 休日 of
/// Article 3 that follow from them.
HolidayTable nationalHolidays(int year)
{
    HolidayTable days;
    auto add = [&days](QDate date, const QString& name) { days.insert(date, name); };

    add(QDate(year, 1, 1), u"元日"_s);
    add(year < 2000 ? QDate(year, 1, 15) : nthMonday(year, 1, 2), u"成人の日"_s);
    add(QDate(year, 2, 11), u"建国記念の日"_s);
    // 天皇誕生日 follows the reigning emperor; 2019 had none (the new emperor's birthday had passed).
    if (year >= 1989 && year <= 2018)
        add(QDate(year, 12, 23), u"天皇誕生日"_s);
    else if (year >= 2020)
        add(QDate(year, 2, 23), u"天皇誕生日"_s);
    add(JapaneseHolidays::vernalEquinox(year), u"春分の日"_s);
    if (year <= 1988)
        add(QDate(year, 4, 29), u"天皇誕生日"_s);
    else if (year <= 2006)
        add(QDate(year, 4, 29), u"みどりの日"_s);
    else
        add(QDate(year, 4, 29), u"昭和の日"_s);
    add(QDate(year, 5, 3), u"憲法記念日"_s);
    if (year >= 2007) // until then 5/4 was a 国民の休日 between two 祝日 (Article 3), which the rule below gives
        add(QDate(year, 5, 4), u"みどりの日"_s);
    add(QDate(year, 5, 5), u"こどもの日"_s);

    // The Tokyo Olympics moved 海の日, スポーツの日 and 山の日 around the opening and closing (2020),
    // and again when the games were postponed (2021).
    if (year == 2020)
        add(QDate(2020, 7, 23), u"海の日"_s);
    else if (year == 2021)
        add(QDate(2021, 7, 22), u"海の日"_s);
    else if (year >= 2003)
        add(nthMonday(year, 7, 3), u"海の日"_s);
    else if (year >= 1996)
        add(QDate(year, 7, 20), u"海の日"_s);

    if (year == 2020)
        add(QDate(2020, 8, 10), u"山の日"_s);
    else if (year == 2021)
        add(QDate(2021, 8, 8), u"山の日"_s);
    else if (year >= 2016)
        add(QDate(year, 8, 11), u"山の日"_s);

    add(year >= 2003 ? nthMonday(year, 9, 3) : QDate(year, 9, 15), u"敬老の日"_s);
    add(JapaneseHolidays::autumnalEquinox(year), u"秋分の日"_s);

    if (year == 2020)
        add(QDate(2020, 7, 24), u"スポーツの日"_s);
    else if (year == 2021)
        add(QDate(2021, 7, 23), u"スポーツの日"_s);
    else if (year >= 2020)
        add(nthMonday(year, 10, 2), u"スポーツの日"_s);
    else if (year >= 2000)
        add(nthMonday(year, 10, 2), u"体育の日"_s);
    else
        add(QDate(year, 10, 10), u"体育の日"_s);

    add(QDate(year, 11, 3), u"文化の日"_s);
    add(QDate(year, 11, 23), u"勤労感謝の日"_s);

    // Days made 祝日 by special laws, once.
    static const QList<std::pair<QDate, QString>> oneOff = {
        {QDate(1989, 2, 24), u"昭和天皇の大喪の礼"_s},
        {QDate(1990, 11, 12), u"即位礼正殿の儀"_s},
        {QDate(1993, 6, 9), u"皇太子徳仁親王の結婚の儀"_s},
        {QDate(2019, 5, 1), u"天皇の即位の日"_s},
        {QDate(2019, 10, 22), u"即位礼正殿の儀の行われる日"_s},
    };
    for (const auto& [date, name] : oneOff)
        if (date.year() == year)
            add(date, name);
    return days;
}

/// Adds the 休日 of Article 3 to a year's 祝日.
void addArticle3Holidays(int year, HolidayTable& days)
{
    const HolidayTable holidays = days; // 祝日 only: neither rule chains on the 休日 it creates
    const auto isNational = [&holidays](QDate date) { return holidays.contains(date); };
    // 振替休日 (since 1973): a 祝日 on a Sunday gives the next day that is not a 祝日. Before 2007 only
    // the Monday, and only when the Monday was not a 祝日 itself.
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        if (it.key().dayOfWeek() != Qt::Sunday)
            continue;
        QDate substitute = it.key().addDays(1);
        if (year >= 2007) {
            while (isNational(substitute))
                substitute = substitute.addDays(1);
        } else if (isNational(substitute)) {
            continue;
        }
        days.insert(substitute, u"振替休日"_s);
    }
    // 国民の休日 (since 1985-12-27): a day between two 祝日 that is not one itself. Until 2006 the
    // law left out Sundays and 振替休日; from 2007 it leaves out only 祝日, but a 振替休日 there has
    // already been given its name.
    if (year < 1986)
        return;
    for (QDate day(year, 1, 2); day.year() == year && day.month() * 100 + day.day() < 1231; day = day.addDays(1)) {
        if (days.contains(day) || !isNational(day.addDays(-1)) || !isNational(day.addDays(1)))
            continue;
        if (year < 2007 && day.dayOfWeek() == Qt::Sunday)
            continue;
        days.insert(day, u"国民の休日"_s);
    }
}

const HolidayTable& table()
{
    static const HolidayTable all = [] {
        HolidayTable built;
        for (int year = JapaneseHolidays::kFirstYear; year <= JapaneseHolidays::kLastYear; ++year) {
            HolidayTable days = nationalHolidays(year);
            addArticle3Holidays(year, days);
            built.insert(days);
        }
        return built;
    }();
    return all;
}

/// The standard approximation of the equinox day in Japan time, valid 1980–2099: the mean
/// tropical year (0.242194 days a year) against the calendar's leap days.
QDate equinox(int year, int month, double base)
{
    if (!JapaneseHolidays::isSupportedYear(year))
        return {};
    const int elapsed = year - 1980;
    const int day = int(base + 0.242194 * elapsed - double(elapsed / 4));
    return QDate(year, month, day);
}

} // namespace

QDate JapaneseHolidays::vernalEquinox(int year)
{
    return equinox(year, 3, 20.8431);
}

QDate JapaneseHolidays::autumnalEquinox(int year)
{
    return equinox(year, 9, 23.2488);
}

bool JapaneseHolidays::isHoliday(QDate date)
{
    return date.isValid() && table().contains(date);
}

QString JapaneseHolidays::holidayName(QDate date)
{
    return date.isValid() ? table().value(date) : QString();
}

QList<QDate> JapaneseHolidays::holidaysIn(int year)
{
    QList<QDate> dates;
    if (!isSupportedYear(year))
        return dates;
    const HolidayTable& all = table();
    for (auto it = all.lowerBound(QDate(year, 1, 1)); it != all.cend() && it.key().year() == year; ++it)
        dates.append(it.key());
    return dates;
}

} // namespace pd
