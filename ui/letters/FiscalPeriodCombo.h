// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace pd::ui {

class JapaneseDateEdit;

/// The period of a list or a register: one of the last fiscal years (April–March, named with
/// its 和暦 year) or "Other period", dates of one's own. Used wherever a period is chosen.
class FiscalPeriodCombo : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int kOtherPeriod = 0;

    explicit FiscalPeriodCombo(int yearsOffered, QWidget* parent = nullptr);

    static QString fiscalYearLabel(int startYear);

    /// The start year of the chosen fiscal year, or kOtherPeriod.
    int fiscalYear() const { return currentData().toInt(); }
    bool isOtherPeriod() const { return fiscalYear() == kOtherPeriod; }
    /// Chooses the fiscal year starting in `startYear`; one older than the list is offered for
    /// this time, just above "Other period". Emits currentIndexChanged only if the choice changed.
    void selectFiscalYear(int startYear);
    /// Chooses "Other period" without a signal (the caller sets the dates next).
    void selectOtherPeriodQuietly();
    /// Puts the chosen fiscal year's first and last day into the date fields (without their
    /// signals); the dates can be edited only for "Other period".
    void applyTo(JapaneseDateEdit* from, JapaneseDateEdit* until) const;
};

} // namespace pd::ui
