// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace pd {

/// The Japanese fiscal year (年度): April to March, named after the year it starts in.
/// Document numbers, case numbers and statistics restart with each fiscal year.
class FiscalYear
{
public:
    explicit FiscalYear(int startYear)
        : m_startYear(startYear)
    {
    }

    static FiscalYear containing(QDate date);

    int startYear() const { return m_startYear; }
    QDate firstDay() const { return QDate(m_startYear, 4, 1); }
    QDate lastDay() const { return QDate(m_startYear + 1, 3, 31); }
    bool contains(QDate date) const { return date >= firstDay() && date <= lastDay(); }

    friend bool operator==(const FiscalYear&, const FiscalYear&) = default;

private:
    int m_startYear;
};

} // namespace pd
