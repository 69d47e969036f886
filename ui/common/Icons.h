// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace pd::ui::Icons {

/// The desktop theme's icon when there is one, else our own from the resources.
QIcon themed(const QString& themeName, const QString& fallbackResource = {});

QIcon application();
QIcon home();
QIcon letters();
QIcon purposeRegister();
QIcon accounts();
QIcon lock();
QIcon reveal();

} // namespace pd::ui::Icons
