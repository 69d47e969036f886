// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupController.h"

#include "core/services/BackupService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/backup/BackupFolders.h"
#include "ui/backup/BackupSettingsDialog.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/MessageBox.h"
#include "ui/common/UiSettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <utility>

namespace pd::ui {

namespace {
// Often enough that a desk left open overnight gets its daily backup in the morning hour.
constexpr auto kDailyCheckInterval = std::chrono::hours(1);
constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

/// The folder, or at least the folder it goes into. A USB stick that is not plugged in has
/// neither: then no backup must quietly land in an empty mount point on the local disk.
bool folderAvailable(const QString& folder)
{
    const QFileInfo info(folder);
    return info.isDir() || QFileInfo(info.absolutePath()).isDir();
}
} // namespace

BackupController::BackupController(SessionContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_dailyTimer(new QTimer(this))
{
    m_backUpNowAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Back Up Now"), this);
    m_backUpNowAction->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUpNowAction->setStatusTip(tr("Write a complete, encrypted copy of the database into the backup folder"));
    connect(m_backUpNowAction, &QAction::triggered, this, &BackupController::backUpNow);

    m_restoreAction = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Restore…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Put a backup in place of the database; the current one is kept aside"));
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::showRestoreDialog);

    m_settingsAction = new QAction(tr("Backup &Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("backupSettingsAction"));
    m_settingsAction->setStatusTip(tr("Backup folder, generations kept, backups on exit and daily"));
    connect(m_settingsAction, &QAction::triggered, this, &BackupController::showSettingsDialog);

    m_dailyTimer->setInterval(kDailyCheckInterval);
    connect(m_dailyTimer, &QTimer::timeout, this, &BackupController::backUpIfDue);
    connect(&m_context, &SessionContext::sessionChanged, this, &BackupController::sessionChanged);
    sessionChanged();
}

BackupController::~BackupController() = default;

void BackupController::installInto(QMainWindow* window)
{
    m_window = window;
    if (!window)
        return;
    m_menu = new QMenu(tr("&Backup"), window);
    m_menu->setObjectName(QStringLiteral("backupMenu"));
    m_menu->addAction(m_backUpNowAction);
    m_menu->addAction(m_restoreAction);
    m_menu->addSeparator();
    m_menu->addAction(m_settingsAction);
    // The shortcuts work while the menu is closed only when the window holds the actions.
    window->addActions({m_backUpNowAction, m_restoreAction, m_settingsAction});
    const QList<QAction*> menus = window->menuBar()->actions();
    // Before Help, which stays last by convention.
    QAction* before = menus.isEmpty() ? nullptr : menus.last();
    window->menuBar()->insertMenu(before, m_menu);
    sessionChanged();
}

bool BackupController::mayBackUp() const
{
    Session* session = m_context.session();
    return session && session->may(Permission::ManageBackups);
}

QString BackupController::location() const
{
    Session* session = m_context.session();
    return session ? normalizedLocation(session->location()) : QString();
}

QWidget* BackupController::dialogParent() const
{
    return m_window ? static_cast<QWidget*>(m_window.data()) : QApplication::activeWindow();
}

void BackupController::sessionChanged()
{
    const bool allowed = mayBackUp();
    // Only the officer is offered backups and restore: the menu is not there for other roles.
    for (QAction* action : {m_backUpNowAction, m_restoreAction, m_settingsAction}) {
        action->setVisible(allowed);
        action->setEnabled(allowed && !m_running);
    }
    if (m_menu)
        m_menu->menuAction()->setVisible(allowed);
    if (!allowed) {
        m_dailyTimer->stop();
        return;
    }
    m_dailyTimer->start();
    // After the window has come up: the daily backup at unlock.
    QTimer::singleShot(0, this, &BackupController::backUpIfDue);
}

void BackupController::showStatus(const QString& message)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, 10000);
}

bool BackupController::isRunning() const
{
    return m_running || m_context.isInBackgroundUse();
}

void BackupController::whenIdle(std::function<void()> then)
{
    m_context.whenIdle(std::move(then));
}

void BackupController::backUpNow()
{
    if (!mayBackUp() || isRunning())
        return;
    if (UiSettings::instance().backupSettings(location()).folder.isEmpty()) {
        // The first backup asks where backups go; the settings dialog starts the backup once it has a folder.
        BackupSettingsDialog* dialog = showSettingsDialog();
        if (dialog)
            connect(dialog, &QDialog::accepted, this, [this] {
                if (!UiSettings::instance().backupSettings(location()).folder.isEmpty())
                    start(Kind::Manual);
            });
        return;
    }
    start(Kind::Manual);
}

void BackupController::backUpIfDue()
{
    if (!mayBackUp() || isRunning())
        return;
    const UiSettings::BackupSettings settings = UiSettings::instance().backupSettings(location());
    // A removable medium that is not plugged in: the next check tries again, without a message every hour.
    if (!settings.daily || settings.folder.isEmpty() || !folderAvailable(settings.folder))
        return;
    const QList<BackupEntry> backups = backupEntries(settings.folder, location());
    if (!backups.isEmpty() && backups.first().written.secsTo(QDateTime::currentDateTime()) < kSecondsPerDay)
        return;
    start(Kind::Daily);
}

void BackupController::backUpBeforeQuit(std::function<void()> then)
{
    if (m_running) {
        // The backup that is running is as fresh as one on exit would be.
        whenIdle(std::move(then));
        return;
    }
    if (isRunning()) {
        // Other work holds the session (a key rotation): the backup on exit comes after it.
        whenIdle([this, then = std::move(then)]() mutable { backUpBeforeQuit(std::move(then)); });
        return;
    }
    const UiSettings::BackupSettings settings =
        mayBackUp() ? UiSettings::instance().backupSettings(location()) : UiSettings::BackupSettings();
    if (!mayBackUp() || !settings.onExit || settings.folder.isEmpty()) {
        if (then)
            then();
        return;
    }
    start(Kind::OnExit, std::move(then));
}

void BackupController::start(Kind kind, std::function<void()> then)
{
    Session* session = m_context.session();
    const UiSettings::BackupSettings settings = UiSettings::instance().backupSettings(location());
    if (!session || settings.folder.isEmpty()) {
        if (then)
            then();
        return;
    }
    if (!folderAvailable(settings.folder)) {
        QMessageBox* box = MessageBox::warning(
            kind == Kind::OnExit ? nullptr : dialogParent(), tr("Backup folder not available"),
            tr("No backup was made: the backup folder %1 cannot be reached. Connect the disk or USB stick that "
               "holds it, or choose another folder under Backup ▸ Backup Settings.")
                .arg(QDir::toNativeSeparators(settings.folder)));
        emit backupFinished(false, QString());
        if (then) {
            if (box)
                connect(box, &QMessageBox::finished, this, [then] { then(); });
            else
                then();
        }
        return;
    }
    m_running = true;
    m_context.beginBackgroundUse();
    for (QAction* action : {m_backUpNowAction, m_restoreAction})
        action->setEnabled(false);

    const QString text = kind == Kind::OnExit ? tr("Backing up the database before PrivacyDesk closes…")
        : kind == Kind::Daily                 ? tr("Writing the daily backup…")
                                              : tr("Backing up the database…");
    // Application-modal: while the copy is written the session must stay as it is, so nothing
    // else (another database, a restore) may start.
    auto* progress = new QProgressDialog(text, QString(), 0, 0, kind == Kind::OnExit ? nullptr : dialogParent());
    progress->setObjectName(QStringLiteral("backupProgressDialog"));
    progress->setWindowTitle(tr("Backup"));
    progress->setWindowModality(Qt::ApplicationModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->show();
    m_progress = progress;

    // The session outlives the thread: lock, quit, restore and switching databases wait for
    // isRunning() to end (AppController), and the progress dialog keeps the user from them.
    const QString folder = settings.folder;
    const int generations = settings.generations;
    runInBackground(
        this,
        [session, folder, generations]() -> Result<QString> {
            auto written = BackupService(*session).backupTo(folder, generations);
            if (!written)
                return std::unexpected(written.error());
            return written->folder;
        },
        [this, kind, then = std::move(then)](Result<QString> written) mutable {
            finished(kind, written, std::move(then));
        });
}

void BackupController::finished(Kind kind, const Result<QString>& written, std::function<void()> then)
{
    m_running = false;
    if (m_progress)
        m_progress->close();
    sessionChanged(); // actions enabled again (and the officer is still the one signed in)

    if (written) {
        showStatus(tr("Backup written: %1").arg(QDir::toNativeSeparators(*written)));
        emit backupFinished(true, *written);
        if (then)
            then();
    } else {
        emit backupFinished(false, QString());
        const QString title = kind == Kind::OnExit ? tr("Backup on exit failed")
            : kind == Kind::Daily                  ? tr("Daily backup failed")
                                                   : tr("Backup failed");
        QMessageBox* box = MessageBox::error(kind == Kind::OnExit ? nullptr : dialogParent(), title, written.error());
        // The application closes once the failure has been read, never before and never not at all.
        if (then) {
            if (box)
                connect(box, &QMessageBox::finished, this, [then] { then(); });
            else
                then();
        }
    }
    m_context.endBackgroundUse();
}

RestoreDialog* BackupController::showRestoreDialog()
{
    if (!mayBackUp() || isRunning())
        return nullptr;
    if (!m_restoreDialog) {
        m_restoreDialog =
            new RestoreDialog(m_context, UiSettings::instance().backupSettings(location()).folder, dialogParent());
        m_restoreDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_restoreDialog->setRestoreHandler(
            [this](const QString& backupFolder, const QString& login, const QByteArray& password) {
                restore(backupFolder, login, password);
            });
    }
    // Non-modal like the other dialogs: Ctrl+L must still lock.
    m_restoreDialog->show();
    m_restoreDialog->raise();
    m_restoreDialog->activateWindow();
    return m_restoreDialog;
}

BackupSettingsDialog* BackupController::showSettingsDialog()
{
    if (!mayBackUp())
        return nullptr;
    if (!m_settingsDialog) {
        m_settingsDialog = new BackupSettingsDialog(m_context, dialogParent());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void BackupController::restore(const QString& backupFolder, const QString& login, const QByteArray& password)
{
    if (!m_restorer || !mayBackUp() || isRunning())
        return;
    m_running = true;
    m_context.beginBackgroundUse();
    auto* progress = new QProgressDialog(tr("Restoring the backup…"), QString(), 0, 0, nullptr);
    progress->setObjectName(QStringLiteral("restoreProgressDialog"));
    progress->setWindowTitle(tr("Restore"));
    progress->setWindowModality(Qt::ApplicationModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->show();
    m_progress = progress;
    m_restorer(backupFolder, login, password, [this](Result<QString> aside) {
        m_running = false;
        if (m_progress)
            m_progress->close();
        sessionChanged();
        if (!aside) {
            MessageBox::error(dialogParent(), tr("Restore failed"), aside.error());
            emit restoreFinished(false, QString());
        } else {
            MessageBox::information(
                dialogParent(), tr("Backup restored"),
                aside->isEmpty()
                    ? tr("The backup has been restored and opened.")
                    : tr("The backup has been restored and opened.\n\nThe database as it was before is kept, "
                         "untouched, in:\n%1\n\nDelete that folder once you no longer need it.")
                          .arg(QDir::toNativeSeparators(*aside)));
            emit restoreFinished(true, *aside);
        }
        m_context.endBackgroundUse();
    });
}

} // namespace pd::ui
