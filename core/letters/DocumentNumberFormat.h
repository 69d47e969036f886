// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/FiscalYear.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

/// What a number is made of when it is assigned.
struct NumberContext
{
    qint64 sequence = 0; // the number within the fiscal year, from 1
    FiscalYear fiscalYear = FiscalYear(0); // the fiscal year the sequence belongs to
    QString shortName; // the organization's 略称
    QDate date; // the issue (or receipt) date

    /// The usual case: the fiscal year is the one containing `date`.
    static NumberContext forDate(qint64 sequence, const QString& shortName, QDate date)
    {
        return NumberContext { sequence, FiscalYear::containing(date), shortName, date };
    }
};

/// One token of a number format, for the settings dialog's "insert" list.
struct NumberPlaceholder
{
    QString token; // as written in a pattern, e.g. {n:4}
    QString description; // in the user's language
    QString example; // what it gives for FY 2025, number 12, 略称 テスト, 2025-11-25
};

/// The user-set format of 文書番号 (e.g. {略称}健保発第{n}号 → テスト健保発第12号) and of
/// case numbers (受付番号, e.g. 苦-{年度}-{n:4} → 苦-2025-0001).
///
/// Tokens: {n} the sequence; {n:K} the sequence zero-padded to K digits (1–10; a larger
/// number is written in full, never cut, so numbers cannot collide); {年度} the fiscal
/// start year in 4 digits; {年度和暦} the fiscal year in the Japanese calendar (令和7;
/// see JapaneseDate::fiscalYearEra); {略称} the organization's short name; {yyyy} {mm}
/// {dd} the date. Braces are reserved for tokens; everything else is literal text.
/// Every pattern must contain {n}: without it two letters would carry the same number.
///
/// The sequence itself is assigned elsewhere, in the transaction that issues the letter.
class DocumentNumberFormat
{
public:
    static constexpr int kMaxPadding = 10;

    /// Why a pattern cannot be used, as InvalidInput with a translated reason.
    static Status validate(const QString& pattern);

    /// The number for `context`. Fails (InvalidInput) on an invalid pattern, a sequence
    /// below 1, or a token whose value is missing (no 略称, no date), so that a broken
    /// setting can never issue a malformed number.
    static Result<QString> format(const QString& pattern, const NumberContext& context);

    /// Every token with a translated description, in a sensible order for a menu.
    static QList<NumberPlaceholder> placeholders();
};

} // namespace pd
