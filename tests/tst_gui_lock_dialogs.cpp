// SPDX-License-Identifier: GPL-3.0-or-later
// Locking while a dialog is open: whatever kind of dialog it is (one someone waits for in
// exec(), a window-modal box, a non-modal window), the application locks, the unlock dialog
// is the only window left on screen, nothing crashes when the dialog's caller carries on,
// and after unlocking the main window works again.
#include "TestSupport.h"

#include "core/services/Session.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/PreferencesDialog.h"
#include "ui/app/SessionContext.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/UnsavedChangesPrompt.h"
#include "ui/letters/LetterPrintDialog.h"
#include "ui/organization/PurposeRegisterModel.h"
#include "ui/organization/PurposeRegisterPage.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtTest>

#include <functional>

using namespace pd;
using namespace pd::ui;
using namespace std::chrono_literals;

namespace {
// Long enough that the idle lock never strikes while a test unlocks or checks the windows.
constexpr auto kNoIdleLock = std::chrono::hours(1);
constexpr auto kIdleSoon = 300ms;

QList<QWidget*> visibleWindows()
{
    QList<QWidget*> windows;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->isVisible() && widget->isWindow() && !(widget->windowType() == Qt::ToolTip))
            windows.append(widget);
    return windows;
}

QString describe(const QList<QWidget*>& windows)
{
    QStringList names;
    for (const QWidget* window : windows)
        names.append(QStringLiteral("%1(%2)").arg(QLatin1String(window->metaObject()->className()),
                                                  window->objectName()));
    return names.join(QStringLiteral(", "));
}
} // namespace

class TestGuiLockDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void idleLockEndsBlockingDialog_data();
    void idleLockEndsBlockingDialog();
    void idleLockHidesAndRestoresDialog_data();
    void idleLockHidesAndRestoresDialog();
    void ctrlLLocksFromModalDialog();
    void windowOpenedWhileLockedStaysHidden();

private:
    void verifyLockedAlone();
    void unlock();
    void verifyMainWindowWorks();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<AppController> m_controller;
};

void TestGuiLockDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestGuiLockDialogs::init()
{
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    m_controller = std::make_unique<AppController>();
    m_controller->setKdfParams(test::fastKdf());
    m_controller->setIdleInterval(kNoIdleLock);
    m_controller->startWithSession(std::move(m_office->session));
    QVERIFY(m_controller->mainWindow());
    m_controller->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_controller->mainWindow()));
}

void TestGuiLockDialogs::cleanup()
{
    m_controller.reset();
    m_office.reset();
    // Whatever a failed test left open goes with it.
    for (QWidget* widget : QApplication::topLevelWidgets())
        widget->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestGuiLockDialogs::verifyLockedAlone()
{
    QVERIFY(m_controller->isLocked());
    QVERIFY(!m_controller->context().isOpen());
    QCOMPARE(m_controller->context().session(), nullptr);
    UnlockDialog* unlock = m_controller->unlockDialog();
    QVERIFY(unlock);
    QTRY_VERIFY(unlock->isVisible());
    // Windows that code opens after the lock go at the next turn of the event loop.
    QTRY_VERIFY2(visibleWindows() == QList<QWidget*>{unlock}, qPrintable(describe(visibleWindows())));
    QCOMPARE(m_controller->mainWindow()->purposeRegisterPage()->model()->rowCount(), 0);
}

void TestGuiLockDialogs::unlock()
{
    UnlockDialog* dialog = m_controller->unlockDialog();
    QVERIFY(dialog);
    auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QVERIFY(login && password);
    login->setText(test::officerLogin());
    password->clear();
    QTest::keyClicks(password, QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QVERIFY(m_controller->context().isOpen());
}

void TestGuiLockDialogs::verifyMainWindowWorks()
{
    MainWindow* window = m_controller->mainWindow();
    QVERIFY(window->isVisible());
    QCOMPARE(window->purposeRegisterPage()->model()->rowCount(), 16);
    // Not blocked by a dialog that nobody closes any more: the lock action reaches the window.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(window->isEnabled());
    window->lockAction()->trigger();
    QVERIFY(m_controller->isLocked());
    unlock();
    QVERIFY(window->isVisible());
}

// Dialogs that their caller waits for in exec() (Qt's static helpers, stack dialogs): the lock
// ends exec() as Rejected, and the dialog does not come back after unlocking.
void TestGuiLockDialogs::idleLockEndsBlockingDialog_data()
{
    QTest::addColumn<std::function<bool(QWidget*)>>("run"); // true when the dialog was cancelled

    // A dialog its owner keeps (and would exec() again): not shown again by itself after unlocking.
    QTest::newRow("QDialog::exec, kept") << std::function<bool(QWidget*)>([](QWidget* parent) {
        auto* dialog = new QDialog(parent);
        dialog->setObjectName(QStringLiteral("keptDialog"));
        return dialog->exec() == QDialog::Rejected && !dialog->isVisible();
    });
    QTest::newRow("QMessageBox::question") << std::function<bool(QWidget*)>([](QWidget* parent) {
        return QMessageBox::question(parent, QStringLiteral("Delete?"), QStringLiteral("Delete the record?"))
            != QMessageBox::Yes;
    });
    QTest::newRow("QFileDialog") << std::function<bool(QWidget*)>([](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, QStringLiteral("Open"), QDir::tempPath(), {}, nullptr,
                                            QFileDialog::DontUseNativeDialog)
            .isEmpty();
    });
    QTest::newRow("QInputDialog") << std::function<bool(QWidget*)>([](QWidget* parent) {
        bool ok = true;
        QInputDialog::getText(parent, QStringLiteral("Note"), QStringLiteral("Note:"), QLineEdit::Normal,
                              QStringLiteral("typed"), &ok);
        return !ok;
    });
    QTest::newRow("QProgressDialog") << std::function<bool(QWidget*)>([](QWidget* parent) {
        QProgressDialog progress(QStringLiteral("Working…"), QStringLiteral("Cancel"), 0, 0, parent);
        progress.setMinimumDuration(0);
        return progress.exec() == QDialog::Rejected;
    });
}

void TestGuiLockDialogs::idleLockEndsBlockingDialog()
{
    QFETCH(std::function<bool(QWidget*)>, run);
    MainWindow* window = m_controller->mainWindow();
    QPointer<QWidget> opened;
    QTimer::singleShot(50, this, [&opened] { opened = QApplication::activeModalWidget(); });
    m_controller->setIdleInterval(kIdleSoon);

    // The code after exec() runs while locked, as it would in the application.
    const bool cancelled = run(window);
    QVERIFY(cancelled);
    QVERIFY(m_controller->isLocked());
    m_controller->setIdleInterval(kNoIdleLock);
    verifyLockedAlone();

    unlock();
    QTRY_VERIFY2(visibleWindows() == QList<QWidget*>{window}, qPrintable(describe(visibleWindows())));
    QVERIFY(!opened || !opened->isVisible());
    verifyMainWindowWorks();
}

// Window-modal boxes (MessageBox, UnsavedChangesPrompt) and non-modal windows (Preferences,
// the letter dialog) do not block anybody: they are hidden and come back with their input.
void TestGuiLockDialogs::idleLockHidesAndRestoresDialog_data()
{
    QTest::addColumn<std::function<QWidget*(AppController*)>>("open");

    QTest::newRow("MessageBox::warning") << std::function<QWidget*(AppController*)>([](AppController* app) {
        return MessageBox::warning(app->mainWindow(), QStringLiteral("Title"), QStringLiteral("Text"));
    });
    QTest::newRow("UnsavedChangesPrompt") << std::function<QWidget*(AppController*)>([](AppController* app) {
        UnsavedChangesPrompt::ask(app->mainWindow(), QStringLiteral("Save the changes?"),
                                  [app](UnsavedChangesPrompt::Choice) {
                                      // Whatever the answer, it must come with an open session.
                                      QVERIFY(app->context().isOpen());
                                  });
        return QApplication::activeModalWidget();
    });
    QTest::newRow("PreferencesDialog") << std::function<QWidget*(AppController*)>([](AppController* app) {
        app->mainWindow()->showPreferencesDialog();
        return app->mainWindow()->findChild<PreferencesDialog*>();
    });
    QTest::newRow("LetterPrintDialog") << std::function<QWidget*(AppController*)>([](AppController* app) {
        return app->mainWindow()->showNewLetterDialog();
    });
}

void TestGuiLockDialogs::idleLockHidesAndRestoresDialog()
{
    QFETCH(std::function<QWidget*(AppController*)>, open);
    MainWindow* window = m_controller->mainWindow();
    QPointer<QWidget> dialog = open(m_controller.get());
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    m_controller->setIdleInterval(kIdleSoon);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isLocked(), 5000);
    m_controller->setIdleInterval(kNoIdleLock);
    verifyLockedAlone();
    QVERIFY(dialog);

    unlock();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(window->isVisible());
    dialog->close();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    verifyMainWindowWorks();
}

// Ctrl+L is an application shortcut, yet Qt does not trigger the main window's shortcuts while
// a modal dialog blocks it.
void TestGuiLockDialogs::ctrlLLocksFromModalDialog()
{
    MainWindow* window = m_controller->mainWindow();
    QPointer<QMessageBox> box = MessageBox::warning(window, QStringLiteral("Title"), QStringLiteral("Text"));
    QVERIFY(box);
    box->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(box));
    QTest::keyClick(box, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_controller->isLocked());
    verifyLockedAlone();
    unlock();
    QTRY_VERIFY(box && box->isVisible());
    box->accept();
    QTRY_VERIFY(!box);

    // The same from a dialog waited for in exec().
    QDialog dialog(window);
    QTimer::singleShot(100, this, [&dialog] {
        dialog.activateWindow();
        QTest::keyClick(&dialog, Qt::Key_L, Qt::ControlModifier);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    QVERIFY(m_controller->isLocked());
    verifyLockedAlone();
    unlock();
    QVERIFY(!dialog.isVisible());
    verifyMainWindowWorks();
}

// Code that carries on after the lock (after an exec() that returned, a task that finished)
// and opens a window: it stays hidden until the user has unlocked.
void TestGuiLockDialogs::windowOpenedWhileLockedStaysHidden()
{
    MainWindow* window = m_controller->mainWindow();
    m_controller->lock();
    verifyLockedAlone();

    QPointer<QMessageBox> box = MessageBox::information(window, QStringLiteral("Done"), QStringLiteral("Finished"));
    QVERIFY(box);
    QTRY_VERIFY(!box->isVisible());
    // One somebody waits for is not shown later over a session its caller no longer expects.
    QPointer<QDialog> blocking = new QDialog(window);
    QCOMPARE(blocking->exec(), int(QDialog::Rejected));
    verifyLockedAlone();

    unlock();
    QTRY_VERIFY(box && box->isVisible());
    QVERIFY(blocking && !blocking->isVisible());
    box->accept();
    delete blocking;
    verifyMainWindowWorks();
}

QTEST_MAIN(TestGuiLockDialogs)
#include "tst_gui_lock_dialogs.moc"
