// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/ScreenLockWatcher.h"

namespace pd::ui {

namespace {
struct Source
{
    const char* path;
    const char* interface;
};

// KDE sends the freedesktop signal on both paths, GNOME its own interface: all are heard,
// and a second ActiveChanged(true) for the same lock costs nothing (locking is idempotent).
constexpr Source kSources[] = {
    {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"},
};
} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : ScreenLockWatcher(QDBusConnection::sessionBus(), parent)
{
}

ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    subscribe();
}

void ScreenLockWatcher::subscribe()
{
    // Checked first: QDBusConnection::connect() on a bus that is not there warns on every call.
    if (!m_bus.isConnected())
        return;
    for (const Source& source : kSources) {
        // Any sender: the screen saver's bus name differs between desktops. QtDBus matches
        // signals to slots by signature, so this one connect is string-based.
        if (m_bus.connect(QString(), QLatin1String(source.path), QLatin1String(source.interface),
                          QStringLiteral("ActiveChanged"), this, SLOT(activeChanged(bool))))
            m_listening = true;
    }
}

void ScreenLockWatcher::activeChanged(bool active)
{
    if (active)
        emit screenLocked();
}

} // namespace pd::ui
