// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QProgressDialog;
class QTimer;

namespace pd::ui {

class BackupSettingsDialog;
class RestoreDialog;
class SessionContext;

/// Backups of the open database for the privacy officer: Back Up Now, the daily backup and the
/// backup on exit (all into the folder of the backup settings, keeping N generations), and the
/// restore dialog. A backup runs off the GUI thread on the open session; while it runs, the
/// session must stay open, so the application controller asks isRunning() before it closes it.
class BackupController : public QObject
{
    Q_OBJECT

public:
    /// Closes the session, restores `backupFolder` in its place and opens the restored unit with
    /// `login` and `password`; `done` gets where the previous unit was kept. The application
    /// controller provides it, because it owns the session's lifecycle.
    using Restorer = std::function<void(const QString& backupFolder, const QString& login, const QByteArray& password,
                                        std::function<void(Result<QString>)> done)>;

    explicit BackupController(SessionContext& context, QObject* parent = nullptr);
    ~BackupController() override;

    void setRestorer(Restorer restorer) { m_restorer = std::move(restorer); }
    /// Adds the Backup menu before the Help menu and reports in the window's status bar.
    void installInto(QMainWindow* window);

    QAction* backUpNowAction() const { return m_backUpNowAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QMenu* menu() const { return m_menu; }

    /// True while a backup, a restore or other background work (a key rotation) holds the session.
    bool isRunning() const;
    /// Runs `then` when nothing holds the session any more (SessionContext::whenIdle).
    void whenIdle(std::function<void()> then);
    /// The backup on exit, when the settings ask for one and the officer is signed in; `then`
    /// runs afterwards in every case (at once when there is nothing to do). A failure is shown
    /// and does not keep the application from closing.
    void backUpBeforeQuit(std::function<void()> then);

public slots:
    void backUpNow();
    /// The daily backup, when it is switched on and the newest backup is older than a day.
    void backUpIfDue();
    RestoreDialog* showRestoreDialog();
    BackupSettingsDialog* showSettingsDialog();

signals:
    /// After every backup attempt; `folder` is the new backup (empty on failure).
    void backupFinished(bool succeeded, const QString& folder);
    void restoreFinished(bool succeeded, const QString& previousKeptAs);

private:
    enum class Kind { Manual, Daily, OnExit };
    bool mayBackUp() const;
    QString location() const;
    void start(Kind kind, std::function<void()> then = {});
    void finished(Kind kind, const Result<QString>& written, std::function<void()> then);
    void restore(const QString& backupFolder, const QString& login, const QByteArray& password);
    void sessionChanged();
    void showStatus(const QString& message);
    QWidget* dialogParent() const;

    SessionContext& m_context;
    Restorer m_restorer;
    QPointer<QMainWindow> m_window;
    QMenu* m_menu = nullptr;
    QAction* m_backUpNowAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QTimer* m_dailyTimer = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<RestoreDialog> m_restoreDialog;
    QPointer<BackupSettingsDialog> m_settingsDialog;
    bool m_running = false;
};

} // namespace pd::ui
