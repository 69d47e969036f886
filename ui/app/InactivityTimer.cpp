// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace pd::ui {

namespace {
// Mouse moves arrive by the hundred: restarting the timer on each one is wasted work.
constexpr qint64 kRestartGranularityMs = 250;
} // namespace

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        deactivate();
        emit inactivityDetected();
    });
}

InactivityTimer::~InactivityTimer()
{
    deactivate();
}

void InactivityTimer::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_active)
        restart();
}

void InactivityTimer::activate()
{
    if (!m_active) {
        m_active = true;
        QCoreApplication::instance()->installEventFilter(this);
    }
    restart();
}

void InactivityTimer::deactivate()
{
    if (m_active && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
}

void InactivityTimer::restart()
{
    m_timer.start();
    m_sinceRestart.start();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::InputMethod:
        if (m_active && (!m_sinceRestart.isValid() || m_sinceRestart.elapsed() >= kRestartGranularityMs))
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd::ui
