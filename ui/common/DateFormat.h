// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pd::ui {

/// A date for the screen: in Japanese in the Japanese calendar (令和7年11月25日), as on
/// the society's letters; otherwise the locale's long format without the weekday.
QString displayDate(QDate date);

} // namespace pd::ui
