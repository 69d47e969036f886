// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Icons.h"

namespace pd::ui::Icons {

QIcon themed(const QString& themeName, const QString& fallbackResource)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return fallbackResource.isEmpty() ? QIcon() : QIcon(fallbackResource);
}

QIcon application()
{
    return QIcon(QStringLiteral(":/icons/privacydesk.svg"));
}

// The navigation icons are always ours: they share the application's colours, and a
// theme that has one of them but not the others would look patched together.
QIcon home()
{
    return QIcon(QStringLiteral(":/icons/home.svg"));
}

QIcon letters()
{
    return QIcon(QStringLiteral(":/icons/letters.svg"));
}

QIcon purposeRegister()
{
    return QIcon(QStringLiteral(":/icons/purposes.svg"));
}

QIcon accounts()
{
    return QIcon(QStringLiteral(":/icons/accounts.svg"));
}

QIcon lock()
{
    return themed(QStringLiteral("system-lock-screen"), QStringLiteral(":/icons/lock.svg"));
}

QIcon reveal()
{
    return themed(QStringLiteral("view-visible"), QStringLiteral(":/icons/reveal.svg"));
}

} // namespace pd::ui::Icons
