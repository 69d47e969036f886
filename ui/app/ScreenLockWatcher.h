// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace pd::ui {

/// Tells when the desktop's screen locks: listens on the session bus for ActiveChanged(true)
/// of org.freedesktop.ScreenSaver (KDE, Xfce, …; on /ScreenSaver and /org/freedesktop/ScreenSaver)
/// and org.gnome.ScreenSaver (GNOME, on /org/gnome/ScreenSaver). Without a session bus (a
/// terminal server without one, CI, the offscreen platform) it stays silent: the idle time still locks.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    /// Listens on the session bus.
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    /// Listens on `bus` (tests use a private bus).
    explicit ScreenLockWatcher(const QDBusConnection& bus, QObject* parent = nullptr);

    /// False when there is no bus to listen on, or the bus refused every subscription.
    bool isListening() const { return m_listening; }

signals:
    /// The screen has just locked (sent again for each ActiveChanged(true) a desktop sends).
    void screenLocked();

private slots:
    void activeChanged(bool active);

private:
    void subscribe();

    QDBusConnection m_bus;
    bool m_listening = false;
};

} // namespace pd::ui
