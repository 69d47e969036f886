// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/JapaneseDate.h"

#include <QtGlobal>

#include <unicode/udat.h>
#include <unicode/utypes.h>

#include <array>
#include <memory>

namespace pd {

namespace {

enum class Pattern { Date, EraYear, DateTime, Count };

constexpr std::array<const char16_t*, static_cast<std::size_t>(Pattern::Count)> kPatterns = {
    u"GGGGy年M月d日",
    u"GGGGy年",
    u"GGGGy年M月d日 H時mm分",
};

struct FormatCloser
{
    void operator()(UDateFormat* format) const { udat_close(format); }
};
using FormatPtr = std::unique_ptr<UDateFormat, FormatCloser>;

// A UDateFormat keeps a mutable calendar inside, so it must not be shared between
// threads; one per thread and pattern is cheap and avoids reopening ICU data per call.
UDateFormat* formatterFor(Pattern pattern)
{
    thread_local std::array<FormatPtr, static_cast<std::size_t>(Pattern::Count)> cache;
    FormatPtr& slot = cache[static_cast<std::size_t>(pattern)];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        // The formatter works in UTC and is fed wall-clock fields encoded as UTC, so the
        // process time zone (ICU's and Qt's may even differ) can never shift the day.
        UDateFormat* format = udat_open(UDAT_PATTERN, UDAT_PATTERN, "ja_JP@calendar=japanese", u"UTC", -1,
            kPatterns[static_cast<std::size_t>(pattern)], -1, &status);
        if (U_FAILURE(status)) {
            // Only possible with broken ICU data; callers then print no date, so say why.
            qWarning("ICU cannot format Japanese-calendar dates: %s", u_errorName(status));
            udat_close(format);
            return nullptr;
        }
        slot.reset(format);
    }
    return slot.get();
}

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMsecsPerDay = 86400000.0;

UDate wallClockAsUtc(QDate date, QTime time = QTime(0, 0))
{
    // QDate is proleptic Gregorian; going through the Julian day avoids ICU's own
    // Gregorian/Julian cutover in the conversion.
    return static_cast<double>(date.toJulianDay() - kUnixEpochJulianDay) * kMsecsPerDay
        + static_cast<double>(time.msecsSinceStartOfDay());
}

QString formatWithIcu(Pattern pattern, QDate date, QTime time = QTime(0, 0))
{
    UDateFormat* format = formatterFor(pattern);
    if (!format)
        return {};
    const UDate when = wallClockAsUtc(date, time);
    QString out(64, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = udat_format(
        format, when, reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), nullptr, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        status = U_ZERO_ERROR;
        length = udat_format(
            format, when, reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), nullptr, &status);
    }
    if (U_FAILURE(status))
        return {};
    out.resize(length);
    return out;
}

bool useEra(QDate date)
{
    return date >= JapaneseDate::firstEraDate();
}

} // namespace

QString JapaneseDate::formatJapaneseEra(QDate date)
{
    if (!date.isValid())
        return {};
    if (!useEra(date))
        return formatWestern(date);
    return formatWithIcu(Pattern::Date, date);
}

QString JapaneseDate::eraYear(QDate date)
{
    if (!date.isValid())
        return {};
    if (!useEra(date))
        return QStringLiteral("%1年").arg(date.year());
    return formatWithIcu(Pattern::EraYear, date);
}

QString JapaneseDate::fiscalYearEra(FiscalYear fiscalYear, QDate asOf)
{
    QDate day = fiscalYear.firstDay();
    if (asOf.isValid() && fiscalYear.contains(asOf))
        day = qMin(asOf, QDate(fiscalYear.startYear(), 12, 31));
    QString year = eraYear(day);
    // ICU only writes 元 when the pattern has 年 after the year, so format with 年 and drop it.
    if (year.endsWith(u'年'))
        year.chop(1);
    return year;
}

QString JapaneseDate::formatWestern(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString JapaneseDate::formatDateTimeJapanese(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    if (!useEra(local.date())) {
        return QStringLiteral("%1 %2時%3分")
            .arg(formatWestern(local.date()))
            .arg(local.time().hour())
            .arg(local.time().minute(), 2, 10, QLatin1Char('0'));
    }
    return formatWithIcu(Pattern::DateTime, local.date(), local.time());
}

} // namespace pd
