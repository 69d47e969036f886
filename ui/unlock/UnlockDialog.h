// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QTimer>

#include <chrono>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd {
class Session;
}

namespace pd::ui {

class ErrorLabel;
class PasswordLineEdit;

/// Signs in to a database: location, login and password (or the recovery key).
/// Key derivation runs on a worker thread while the dialog shows that it is busy.
/// After three failed attempts Unlock is disabled for a delay that doubles with each
/// further failure (2 s, 4 s, 8 s … at most 60 s).
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Startup, ///< first window of the application: Cancel quits
        Open,    ///< File ▸ Open while another database is open: Cancel closes the dialog
        Lock,    ///< re-unlock after Lock: location fixed, login prefilled, Cancel quits
    };

    static constexpr int kFreeAttempts = 2;
    static constexpr std::chrono::seconds kMaxDelay{60};

    explicit UnlockDialog(Mode mode, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    Mode mode() const { return m_mode; }
    void setLocation(const QString& location);
    QString location() const;
    void setLogin(const QString& login);
    QString login() const;
    void setRecoveryMode(bool recovery);
    bool isRecoveryMode() const { return m_recoveryMode; }
    bool isBusy() const { return m_busy; }
    int failedAttempts() const { return m_failures; }

    /// The session after `unlocked()`; empty before.
    std::unique_ptr<Session> takeSession();

    /// How long Unlock stays disabled after `failures` consecutive failed attempts.
    static std::chrono::seconds delayAfterFailures(int failures);

public slots:
    void unlock();
    void reject() override;

signals:
    /// A session is ready: take it with takeSession().
    void unlocked();
    void newDatabaseRequested();
    /// Startup and lock modes: the user chose Quit.
    void quitRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void browse();
    void locationChanged();
    void finishUnlock(Result<std::unique_ptr<Session>> result, bool recovery);
    void setBusy(bool busy);
    void startDelay(bool recovery);
    void updateDelay();
    void updateUnlockButton();

    Mode m_mode;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QComboBox* m_location = nullptr;
    QLabel* m_fixedLocation = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_login = nullptr;
    PasswordLineEdit* m_password = nullptr;
    QLineEdit* m_recoveryKey = nullptr;
    QLabel* m_recoveryHint = nullptr;
    QFormLayout* m_form = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_delayLabel = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_recoveryButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer m_delayTimer;
    std::chrono::steady_clock::time_point m_retryAt;
    QString m_autoLogin; // the login we filled in, replaced when the location changes
    std::unique_ptr<Session> m_session;
    int m_failures = 0;
    bool m_busy = false;
    bool m_recoveryMode = false;
};

} // namespace pd::ui
