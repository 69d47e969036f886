// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd {

/// The society as it presents itself on letters and the public notice (seed section 4).
struct Organization
{
    QString name;      // 組合名
    QString shortName; // 略称, used in document numbers
    QString postalCode;
    QString address;
    QString phone;
    QString fax;
    QString email;
    qint64 revision = 0;
};

} // namespace pd
