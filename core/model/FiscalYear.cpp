// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/FiscalYear.h"

namespace pd {

FiscalYear FiscalYear::containing(QDate date)
{
    return FiscalYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

} // namespace pd
