// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DateFormat.h"

#include "core/letters/JapaneseDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace pd::ui {

QString displayDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Japanese) {
        const QString era = JapaneseDate::formatJapaneseEra(date);
        if (!era.isEmpty())
            return era;
    }
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,、]?\\s*"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

} // namespace pd::ui
