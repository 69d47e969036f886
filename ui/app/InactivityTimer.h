// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace pd::ui {

/// Emits inactivityDetected() when the user has not pressed a key, clicked, scrolled or
/// moved the mouse in any window of the application for the interval. An event filter
/// on the application sees input to every window, dialogs included.
class InactivityTimer : public QObject
{
    Q_OBJECT

public:
    explicit InactivityTimer(QObject* parent = nullptr);
    ~InactivityTimer() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void activate();
    void deactivate();
    bool isActive() const { return m_active; }

signals:
    void inactivityDetected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    QElapsedTimer m_sinceRestart;
    bool m_active = false;
};

} // namespace pd::ui
