// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/AppController.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/BackupService.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/app/InactivityTimer.h"
#include "ui/app/MainWindow.h"
#include "ui/app/ScreenLockWatcher.h"
#include "ui/app/SessionContext.h"
#include "ui/backup/BackupController.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/UiSettings.h"
#include "ui/setup/CreationWizard.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QKeyEvent>
#include <QTimer>

#include <algorithm>

namespace pd::ui {

namespace {
bool isRestorableWindow(const QWidget* widget)
{
    switch (widget->windowType()) {
    case Qt::Window:
    case Qt::Dialog:
    case Qt::Sheet:
    case Qt::Drawer:
    case Qt::Tool:
        return true;
    default:
        return false; // popups, tooltips, splash screens: closed, not restored
    }
}

// An application-modal dialog is one somebody waits for in exec() (QDialog::exec() makes a
// dialog application-modal unless open() or the caller chose otherwise; our own message
// boxes and file dialogs use open(), which is window-modal). Hiding it would end exec() as
// "cancelled" and showing it again after unlocking would leave a dialog that no code waits for.
QDialog* blockingDialog(QWidget* widget)
{
    auto* dialog = qobject_cast<QDialog*>(widget);
    return dialog && dialog->windowModality() == Qt::ApplicationModal ? dialog : nullptr;
}

void rejectBlockingDialog(QDialog* dialog)
{
    // done(), not reject(): a reject() that asks "discard the changes?" must not hold the lock up.
    dialog->done(QDialog::Rejected);
    if (dialog->isVisible())
        dialog->hide();
}
} // namespace

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_context(std::make_unique<SessionContext>())
    , m_inactivity(new InactivityTimer(this))
    , m_screenLock(new ScreenLockWatcher(this))
{
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, &AppController::lock);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, &AppController::screenLocked);
    // Sees Ctrl+L under modal dialogs and windows that appear while locked (eventFilter()).
    qApp->installEventFilter(this);
    m_backups = new BackupController(*m_context, this);
    m_backups->setRestorer([this](const QString& backupFolder, const QString& login, const QByteArray& password,
                                  std::function<void(Result<QString>)> done) {
        restoreBackup(backupFolder, login, password, std::move(done));
    });
    connect(&UiSettings::instance(), &UiSettings::idleLockMinutesChanged, this, &AppController::applyIdleTime);
    applyIdleTime();
    // Whatever ends the event loop (log-out, a signal), the key does not outlive it.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        m_inactivity->deactivate();
        m_context->close();
    });
}

AppController::~AppController()
{
    qApp->removeEventFilter(this);
    m_inactivity->deactivate();
    // The windows refer to the session context: they go first.
    delete m_wizard;
    delete m_openDialog;
    delete m_unlockDialog;
    delete m_mainWindow;
    m_context.reset();
}

MainWindow* AppController::mainWindow() const
{
    return m_mainWindow;
}

UnlockDialog* AppController::unlockDialog() const
{
    return m_unlockDialog;
}

CreationWizard* AppController::creationWizard() const
{
    return m_wizard;
}

void AppController::start(const QString& location)
{
    QString target = normalizedLocation(location);
    if (target.isEmpty()) {
        for (const QString& recent : UiSettings::instance().recentLocations()) {
            if (storage::Vault::exists(recent)) {
                target = recent;
                break;
            }
        }
    }
    if (target.isEmpty())
        target = normalizedLocation(storage::Vault::defaultLocation());
    if (storage::Vault::exists(target))
        showUnlockDialog(target);
    else
        showWizard(target);
}

void AppController::startWithSession(std::unique_ptr<Session> session)
{
    attachSession(std::move(session));
}

void AppController::setIdleInterval(std::chrono::milliseconds interval)
{
    m_idleOverridden = true;
    m_inactivity->setInterval(interval);
}

void AppController::applyIdleTime()
{
    if (!m_idleOverridden)
        m_inactivity->setInterval(std::chrono::minutes(UiSettings::instance().idleLockMinutes()));
}

MainWindow* AppController::ensureMainWindow()
{
    if (m_mainWindow)
        return m_mainWindow;
    m_mainWindow = new MainWindow(*m_context);
    connect(m_mainWindow, &MainWindow::newDatabaseRequested, this, &AppController::newDatabase);
    connect(m_mainWindow, &MainWindow::openDatabaseRequested, this, &AppController::openDatabase);
    connect(m_mainWindow, &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &AppController::quit);
    m_backups->installInto(m_mainWindow);
    m_mainWindow->restoreLayout();
    return m_mainWindow;
}

void AppController::showUnlockDialog(const QString& location)
{
    if (m_unlockDialog) {
        m_unlockDialog->show();
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    auto* dialog = new UnlockDialog(UnlockDialog::Mode::Startup);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!location.isEmpty())
        dialog->setLocation(location);
    m_unlockDialog = dialog;
    connect(dialog, &UnlockDialog::unlocked, this, [this, dialog] { attachSession(dialog->takeSession()); });
    connect(dialog, &UnlockDialog::quitRequested, this, &AppController::quit);
    connect(dialog, &UnlockDialog::newDatabaseRequested, this, [this, dialog] {
        dialog->hide();
        showWizard(CreationWizard::suggestedLocation());
    });
    dialog->show();
}

void AppController::showWizard(const QString& location)
{
    if (m_wizard) {
        m_wizard->show();
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto* wizard = new CreationWizard(m_kdf, m_context->isOpen() ? m_mainWindow.data() : nullptr);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!location.isEmpty())
        wizard->setLocation(location);
    m_wizard = wizard;
    auto openExisting = std::make_shared<bool>(false);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        std::unique_ptr<Session> session = wizard->takeSession();
        if (!session)
            return;
        if (m_unlockDialog && m_unlockDialog->mode() == UnlockDialog::Mode::Startup)
            m_unlockDialog->deleteLater(); // hidden behind the wizard; closing it would mean Quit
        if (m_context->isOpen())
            switchToSession(std::move(session));
        else
            attachSession(std::move(session));
    });
    connect(wizard, &QDialog::rejected, this, [this, openExisting] {
        if (m_context->isOpen() || m_quitting) {
            if (*openExisting && m_context->isOpen())
                openDatabase();
            return;
        }
        // Nothing is open: back to the unlock dialog, or quit when the wizard was the first window.
        if (m_unlockDialog || *openExisting)
            showUnlockDialog(UiSettings::instance().mostRecentLocation());
        else
            quit();
    });
    connect(wizard, &CreationWizard::openExistingRequested, this, [wizard, openExisting] {
        *openExisting = true;
        wizard->reject();
    });
    wizard->show();
}

void AppController::attachSession(std::unique_ptr<Session> session)
{
    if (!session)
        return;
    UiSettings::instance().rememberDatabase(session->location(),
                                            session->openedWithRecoveryKey() ? QString() : session->account().login);
    const bool mustChangePassword = session->account().mustChangePassword && !session->openedWithRecoveryKey();
    const bool rolledBack = session->rollbackWarning().has_value();
    MainWindow* window = ensureMainWindow(); // first: its pages load on sessionChanged
    m_context->open(std::move(session));
    m_locked = false;
    window->showPage(MainWindowPage::Start);
    window->show();
    window->raise();
    window->activateWindow();
    m_inactivity->activate();
    if (rolledBack)
        warnAboutOlderCopy(window);
    if (mustChangePassword)
        window->showChangePasswordDialog();
}

void AppController::switchToSession(std::unique_ptr<Session> session)
{
    if (!session)
        return;
    if (m_backups->isRunning()) {
        // A backup is being written from the open session: it closes once the backup is complete.
        auto pending = std::make_shared<std::unique_ptr<Session>>(std::move(session));
        m_backups->whenIdle([this, pending] { switchToSession(std::move(*pending)); });
        return;
    }
    if (m_mainWindow)
        m_mainWindow->closeSessionWindows();
    m_context->close();
    attachSession(std::move(session));
}

void AppController::newDatabase()
{
    showWizard(CreationWizard::suggestedLocation());
}

void AppController::openDatabase()
{
    if (m_openDialog) {
        m_openDialog->show();
        m_openDialog->raise();
        m_openDialog->activateWindow();
        return;
    }
    auto* dialog = new UnlockDialog(UnlockDialog::Mode::Open, m_mainWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Offer another database than the open one.
    const QString current = m_context->isOpen() ? normalizedLocation(m_context->session()->location()) : QString();
    QString suggestion;
    for (const QString& recent : UiSettings::instance().recentLocations()) {
        if (recent != current) {
            suggestion = recent;
            break;
        }
    }
    dialog->setLocation(suggestion);
    m_openDialog = dialog;
    connect(dialog, &UnlockDialog::unlocked, this, [this, dialog] {
        std::unique_ptr<Session> session = dialog->takeSession();
        if (m_locked)
            return; // finished behind the lock screen: the user opens it again after unlocking
        switchToSession(std::move(session));
    });
    dialog->show(); // non-modal, so that Ctrl+L still locks
}

void AppController::lock()
{
    if (m_locked || !m_context->isOpen() || m_quitting)
        return;
    if (m_backups->isRunning()) {
        // The backup reads from the session: the lock follows as soon as it is written.
        m_backups->whenIdle([this] { lock(); });
        return;
    }
    m_locked = true;
    m_inactivity->deactivate();
    const QString location = m_context->session()->location();
    const QString login = m_context->session()->account().login;
    if (m_mainWindow && m_mainWindow->isVisible())
        m_mainWindow->saveLayout();

    // Menus and other popups close; real windows are remembered to be shown again.
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    m_activeBeforeLock = QApplication::activeWindow();
    m_hiddenWindows.clear();
    QList<QPointer<QDialog>> blocking;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (!widget->isVisible() || !isRestorableWindow(widget))
            continue;
        if (QDialog* dialog = blockingDialog(widget))
            blocking.append(dialog);
        else
            m_hiddenWindows.append(widget);
    }
    // Before the session goes: their exec() returns Rejected once this call has returned.
    for (const QPointer<QDialog>& dialog : std::as_const(blocking))
        if (dialog)
            rejectBlockingDialog(dialog);
    // The main window first, so that dialogs come back on top of it.
    std::stable_partition(m_hiddenWindows.begin(), m_hiddenWindows.end(),
                          [this](const QPointer<QWidget>& widget) { return widget == m_mainWindow; });
    for (const QPointer<QWidget>& widget : std::as_const(m_hiddenWindows))
        if (widget)
            widget->hide();

    // Records the lock, lets the views drop their data, wipes the key.
    m_context->close(SessionContext::CloseReason::Lock);
    SecretClipboard::instance().clearIfUnchanged();

    auto* dialog = new UnlockDialog(UnlockDialog::Mode::Lock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocation(location);
    dialog->setLogin(login);
    m_unlockDialog = dialog;
    connect(dialog, &UnlockDialog::unlocked, this, &AppController::unlockedAfterLock);
    connect(dialog, &UnlockDialog::quitRequested, this, &AppController::quit);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::screenLocked()
{
    if (UiSettings::instance().lockOnScreenLock())
        lock();
}

bool AppController::isLockShortcut(const QEvent* event) const
{
    if (!m_mainWindow)
        return false;
    const QKeySequence pressed(static_cast<const QKeyEvent*>(event)->keyCombination());
    const QList<QKeySequence> shortcuts = m_mainWindow->lockAction()->shortcuts();
    return std::any_of(shortcuts.cbegin(), shortcuts.cend(),
                       [&pressed](const QKeySequence& shortcut) { return shortcut == pressed; });
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        // The lock action is an application shortcut, but Qt does not trigger shortcuts of a
        // window a modal dialog blocks: the key press reaches the dialog instead.
        if (!m_locked && QApplication::activeModalWidget() && m_context->isOpen() && isLockShortcut(event)) {
            lock();
            return true;
        }
        break;
    case QEvent::Show:
        if (m_locked && !m_quitting && watched->isWidgetType())
            keepHiddenWhileLocked(static_cast<QWidget*>(watched));
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppController::keepHiddenWhileLocked(QWidget* window)
{
    // Code that ran on after the lock (after an exec() that returned, a task that finished)
    // may open a window; only the unlock dialog and what it opens may be seen while locked.
    if (!window->isWindow() || !isRestorableWindow(window))
        return;
    for (QWidget* ancestor = window; ancestor; ancestor = ancestor->parentWidget())
        if (ancestor == m_unlockDialog)
            return;
    // Not from inside its show event: the window finishes showing, then goes.
    QTimer::singleShot(0, this, [this, guard = QPointer<QWidget>(window)] {
        if (!guard || !m_locked || !guard->isVisible())
            return;
        if (QDialog* dialog = blockingDialog(guard)) {
            rejectBlockingDialog(dialog);
            return;
        }
        guard->hide();
        if (!m_hiddenWindows.contains(guard))
            m_hiddenWindows.append(guard);
    });
}

void AppController::unlockedAfterLock()
{
    if (!m_unlockDialog)
        return;
    std::unique_ptr<Session> session = m_unlockDialog->takeSession();
    if (!session)
        return;
    UiSettings::instance().rememberDatabase(session->location(),
                                            session->openedWithRecoveryKey() ? QString() : session->account().login);
    const bool mustChangePassword = session->account().mustChangePassword && !session->openedWithRecoveryKey();
    const bool rolledBack = session->rollbackWarning().has_value();
    // Pages reload and open dialogs adapt to the (possibly different) account on sessionChanged.
    m_context->open(std::move(session));
    m_locked = false;
    restoreHiddenWindows();
    m_inactivity->activate();
    if (rolledBack)
        warnAboutOlderCopy(m_mainWindow);
    if (mustChangePassword && m_mainWindow)
        m_mainWindow->showChangePasswordDialog();
}

void AppController::warnAboutOlderCopy(QWidget* parent)
{
    MessageBox::warning(parent, tr("Older copy of the database"),
                        errorKindMessage(ErrorKind::RolledBack) + QStringLiteral("\n\n")
                            + tr("This finding has been recorded in the audit log. From now on this copy is the "
                                 "record; ask the auditor to review the audit log."));
}

void AppController::restoreHiddenWindows()
{
    for (const QPointer<QWidget>& widget : std::as_const(m_hiddenWindows))
        if (widget)
            widget->show();
    m_hiddenWindows.clear();
    QWidget* active = m_activeBeforeLock ? m_activeBeforeLock.data() : m_mainWindow.data();
    if (active && active->isVisible()) {
        active->raise();
        active->activateWindow();
    }
    m_activeBeforeLock.clear();
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_inactivity->deactivate();
    if (m_mainWindow && m_mainWindow->isVisible())
        m_mainWindow->saveLayout();
    // The backup on exit needs the open session; the windows close after it (at once without one).
    m_backups->backUpBeforeQuit([this] { finishQuit(); });
}

void AppController::finishQuit()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->isVisible())
            widget->hide();
    m_context->close();
    UiSettings::instance().sync();
    emit quitRequested();
}

void AppController::restoreBackup(const QString& backupFolder, const QString& login, const QByteArray& password,
                                  std::function<void(Result<QString>)> done)
{
    if (!m_context->isOpen() || m_locked || m_quitting) {
        if (done)
            done(fail(ErrorKind::Busy));
        return;
    }
    const QString location = m_context->session()->location();
    // The unit must be closed while it is replaced; its windows go with the session.
    m_inactivity->deactivate();
    if (m_mainWindow)
        m_mainWindow->closeSessionWindows();
    m_context->close();

    struct Outcome
    {
        Result<QString> aside;
        Result<std::unique_ptr<Session>> session = std::unexpected(Error{ErrorKind::Internal, {}});
    };
    auto secret = std::make_shared<QByteArray>(password);
    // Restoring checks the backup (a key derivation, every page) and opening derives the key again.
    runInBackground(
        this,
        [backupFolder, location, login, secret]() {
            Outcome outcome{BackupService::restore(backupFolder, location, login, *secret)};
            if (outcome.aside)
                outcome.session = Session::unlock(location, login, *secret);
            wipe(*secret);
            return outcome;
        },
        [this, location, done = std::move(done)](Outcome outcome) {
            if (outcome.aside && outcome.session)
                attachSession(std::move(*outcome.session));
            else
                showUnlockDialog(location); // the unit in place (restored or not) opens as at start
            if (done)
                done(std::move(outcome.aside));
        });
}

} // namespace pd::ui
