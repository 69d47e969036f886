// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/crypto/Crypto.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

namespace pd {
class Session;
}

namespace pd::ui {

class BackupController;
class CreationWizard;
class InactivityTimer;
class MainWindow;
class ScreenLockWatcher;
class SessionContext;
class UnlockDialog;

/// Runs the GUI: decides between the creation wizard and the unlock dialog at start,
/// owns the session (through SessionContext) and the main window, and locks:
/// on Ctrl+L (even from a modal dialog), after the idle time or when the desktop's screen
/// locks (a preference) it records the lock, destroys the session (the key is wiped),
/// hides every window and shows the unlock dialog; after unlocking it shows exactly the
/// hidden windows again, with whatever was typed into them. Dialogs that block their
/// caller in exec() are rejected instead, so that exec() returns at once and the dialog
/// does not come back over a session its caller no longer expects.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    /// Opens the wizard when no database exists at `location` (default: the most recent
    /// one, else Vault::defaultLocation()), else the unlock dialog.
    void start(const QString& location = {});
    /// Tests and the wizard: continue with an open session.
    void startWithSession(std::unique_ptr<Session> session);

    /// Key derivation cost for databases created from the GUI (tests use interactive()).
    void setKdfParams(const crypto::KdfParams& kdf) { m_kdf = kdf; }
    /// Overrides the idle time from the preferences (tests).
    void setIdleInterval(std::chrono::milliseconds interval);

    SessionContext& context() const { return *m_context; }
    MainWindow* mainWindow() const;
    /// The dialog shown while locked (or at start); null when none is shown.
    UnlockDialog* unlockDialog() const;
    CreationWizard* creationWizard() const;
    bool isLocked() const { return m_locked; }
    /// Backups and restore of the open database (the Backup menu).
    BackupController* backups() const { return m_backups; }
    ScreenLockWatcher* screenLockWatcher() const { return m_screenLock; }

public slots:
    void lock();
    void newDatabase();
    void openDatabase();
    void quit();

signals:
    /// The user chose to quit: main() ends the event loop.
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void screenLocked();
    bool isLockShortcut(const QEvent* event) const;
    void keepHiddenWhileLocked(QWidget* window);
    void showUnlockDialog(const QString& location);
    void showWizard(const QString& location);
    void attachSession(std::unique_ptr<Session> session);
    void switchToSession(std::unique_ptr<Session> session);
    void unlockedAfterLock();
    void restoreHiddenWindows();
    void warnAboutOlderCopy(QWidget* parent);
    void applyIdleTime();
    MainWindow* ensureMainWindow();
    void finishQuit();
    void restoreBackup(const QString& backupFolder, const QString& login, const QByteArray& password,
                       std::function<void(Result<QString>)> done);

    std::unique_ptr<SessionContext> m_context;
    InactivityTimer* m_inactivity = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    BackupController* m_backups = nullptr;
    QPointer<MainWindow> m_mainWindow;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<UnlockDialog> m_openDialog;
    QPointer<CreationWizard> m_wizard;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QPointer<QWidget> m_activeBeforeLock;
    crypto::KdfParams m_kdf = crypto::KdfParams::moderate();
    bool m_idleOverridden = false;
    bool m_locked = false;
    bool m_quitting = false;
};

} // namespace pd::ui
