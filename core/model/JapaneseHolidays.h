// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

/// The national holidays of Japan (国民の祝日 and the other 休日 of 国民の祝日に関する法律), computed
/// from the law as amended, without data files or network:
/// - fixed-date holidays and the Happy Monday ones (成人の日, 海の日, 敬老の日, 体育の日/スポーツの日),
///   with the history of each (天皇誕生日 12/23 until 2018, none in 2019, 2/23 from 2020; 山の日 from
///   2016; the Olympic moves of 2020 and 2021);
/// - 春分の日 and 秋分の日 by the standard approximation of the equinox, valid 1980–2099 (the
///   Cabinet announces them each February for the next year; the formula has matched every one);
/// - 振替休日: a 祝日 on a Sunday moves to the next day that is not a 祝日 (only to Monday before 2007);
/// - 国民の休日: a day that is not a 祝日 between two 祝日;
/// - the one-off days of special laws (2019: 天皇の即位の日 5/1 and 即位礼正殿の儀の行われる日 10/22).
///
/// Names are the law's own (data, not interface text): 元日, 振替休日, 国民の休日, ….
/// Years outside kFirstYear–kLastYear have no holidays here: the equinox formula does not reach them.
/// Thread-safe: the table is computed once, on first use.
class JapaneseHolidays
{
public:
    static constexpr int kFirstYear = 1980;
    static constexpr int kLastYear = 2099;

    static bool isSupportedYear(int year) { return year >= kFirstYear && year <= kLastYear; }
    /// True for every 休日 of the law: 祝日, 振替休日 and 国民の休日. Sundays are not holidays by themselves.
    static bool isHoliday(QDate date);
    /// The law's name of the holiday on `date`, or an empty string.
    static QString holidayName(QDate date);
    /// The holidays of `year`, in date order.
    static QList<QDate> holidaysIn(int year);

    /// 春分日 and 秋分日 of `year` (invalid outside the supported years).
    static QDate vernalEquinox(int year);
    static QDate autumnalEquinox(int year);
};

} // namespace pd
