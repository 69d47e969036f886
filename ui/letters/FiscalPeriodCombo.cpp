// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/FiscalPeriodCombo.h"

#include "core/letters/JapaneseDate.h"
#include "core/model/FiscalYear.h"
#include "ui/letters/JapaneseDateEdit.h"

#include <QSignalBlocker>

namespace pd::ui {

FiscalPeriodCombo::FiscalPeriodCombo(int yearsOffered, QWidget* parent)
    : QComboBox(parent)
{
    const int current = FiscalYear::containing(QDate::currentDate()).startYear();
    for (int year = current; year > current - yearsOffered; --year)
        addItem(fiscalYearLabel(year), year);
    addItem(tr("Other period"), kOtherPeriod);
}

QString FiscalPeriodCombo::fiscalYearLabel(int startYear)
{
    return tr("Fiscal year %1 (%2)")
        .arg(startYear)
        .arg(JapaneseDate::fiscalYearEra(FiscalYear(startYear)) + QStringLiteral("年度"));
}

void FiscalPeriodCombo::selectFiscalYear(int startYear)
{
    int index = findData(startYear);
    if (index < 0) {
        insertItem(count() - 1, fiscalYearLabel(startYear), startYear);
        index = findData(startYear);
    }
    setCurrentIndex(index);
}

void FiscalPeriodCombo::selectOtherPeriodQuietly()
{
    const QSignalBlocker quiet(this);
    setCurrentIndex(findData(kOtherPeriod));
}

void FiscalPeriodCombo::applyTo(JapaneseDateEdit* from, JapaneseDateEdit* until) const
{
    const bool other = isOtherPeriod();
    if (!other) {
        const QSignalBlocker blockFrom(from);
        const QSignalBlocker blockUntil(until);
        from->setDate(FiscalYear(fiscalYear()).firstDay());
        until->setDate(FiscalYear(fiscalYear()).lastDay());
    }
    from->setEnabled(other);
    until->setEnabled(other);
}

} // namespace pd::ui
