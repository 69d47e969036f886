// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FiscalYear.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pd {

/// Dates as they are written on Japanese letters and registers.
///
/// The era (元号) comes from ICU's Japanese calendar (`ja_JP@calendar=japanese`), never
/// from a table of our own: a new era then arrives with an ICU data update. ICU writes
/// the first year of an era as 元年 (令和元年5月1日) by itself when the pattern contains
/// 年; there is no post-processing here.
///
/// All functions are thread-safe (each thread keeps its own ICU formatters) and return
/// an empty string for an invalid date. Dates before 1873-01-01 (明治6年, when Japan
/// adopted the Gregorian calendar) are written in 西暦: an era year with a Gregorian
/// month and day would name a day that no document of that time could carry.
class JapaneseDate
{
public:
    /// 令和7年11月25日, 令和元年5月1日, 平成31年4月30日.
    static QString formatJapaneseEra(QDate date);

    /// The era and year alone: 令和7年, 令和元年.
    static QString eraYear(QDate date);

    /// The fiscal year (年度) in the Japanese calendar without 年度: 令和7 for FY 2025,
    /// ready for "{年度和暦}年度" → 令和7年度.
    ///
    /// A fiscal year can straddle an era change (FY 2019 began in 平成31年 and ran into
    /// 令和). Offices wrote 平成31年度 until the new era began and 令和元年度 after, so the
    /// era is the one in force on `asOf` (clamped into the fiscal year's first calendar
    /// year); an invalid `asOf` means the fiscal year's first day.
    static QString fiscalYearEra(FiscalYear fiscalYear, QDate asOf = {});

    /// The 西暦 fallback for users or registers that want it: 2025年11月25日.
    static QString formatWestern(QDate date);

    /// 令和7年11月25日 14時05分, in local time (receipt times in registers).
    static QString formatDateTimeJapanese(const QDateTime& dateTime);

    /// The first day written in the Japanese calendar (see the class comment).
    static QDate firstEraDate() { return QDate(1873, 1, 1); }
};

} // namespace pd
