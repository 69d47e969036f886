// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pd {

/// One row of the purpose register (利用目的): a category of personal information and its purposes.
struct PurposeCategory
{
    qint64 id = 0;
    int position = 0;
    QString name;
    QString purposes;
    QDate validFrom;
};

} // namespace pd
