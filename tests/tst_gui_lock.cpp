// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/home/StartPage.h"
#include "ui/organization/OrganizationDialog.h"
#include "ui/organization/PurposeRegisterModel.h"
#include "ui/organization/PurposeRegisterPage.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace std::chrono_literals;

namespace {
const QString kStaffLogin = QStringLiteral("suzuki");
const QString kStaffPassword = QStringLiteral("Umi-no-Oto-42-Sazanami");
} // namespace

class TestGuiLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lockHidesEverythingAndRestoresInput();
    void unlockAsAnotherAccountAdaptsDialogs();
    void idleTimeLocks();
    void messageBoxSurvivesLock();
    void lockDuringNestedEventLoop();

private:
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    void unlockWith(const QString& login, const QString& password);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<AppController> m_controller;
};

void TestGuiLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestGuiLock::init()
{
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    auto staff = AccountService(*m_office->session)
                     .addAccount(kStaffLogin, QStringLiteral("鈴木 一郎"), Role::Staff, kStaffPassword.toUtf8());
    QVERIFY2(staff.has_value(), qPrintable(staff ? QString() : staff.error().message()));

    m_controller = std::make_unique<AppController>();
    m_controller->setKdfParams(test::fastKdf());
    m_controller->startWithSession(std::move(m_office->session));
    QVERIFY(m_controller->mainWindow());
    m_controller->mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_controller->mainWindow()));
}

void TestGuiLock::cleanup()
{
    m_controller.reset();
    m_office.reset();
    MessageBox::setRecordingForTesting(false);
}

void TestGuiLock::unlockWith(const QString& login, const QString& password)
{
    UnlockDialog* dialog = m_controller->unlockDialog();
    QVERIFY(dialog);
    auto* loginEdit = child<QLineEdit>(dialog, "loginEdit");
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    auto* passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestGuiLock::lockHidesEverythingAndRestoresInput()
{
    MainWindow* window = m_controller->mainWindow();
    auto* organizationName = child<QLabel>(window, "organizationNameLabel");
    QCOMPARE(organizationName->text(), QStringLiteral("テスト健康保険組合"));
    QCOMPARE(window->purposeRegisterPage()->model()->rowCount(), 16);
    QCOMPARE(window->accountsPage()->model()->rowCount(), 2);

    // Settings ▸ Organization, and type without saving.
    auto* organizationAction = child<QAction>(window, "organizationAction");
    QVERIFY(organizationAction->isVisible());
    organizationAction->trigger();
    auto* dialog = window->findChild<OrganizationDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* phone = child<QLineEdit>(dialog, "phoneEdit");
    auto* address = child<QLineEdit>(dialog, "addressEdit");
    QTest::keyClicks(phone, QStringLiteral("03-5796-5902"));
    address->setText(QStringLiteral("東京都品川区東品川 2-3-11 JTBビル4階"));

    // Ctrl+L from inside the dialog locks the whole application.
    QTest::keyClick(phone, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_controller->isLocked());
    QVERIFY(!m_controller->context().isOpen());
    QVERIFY(!window->isVisible());
    QVERIFY(!dialog->isVisible());
    UnlockDialog* unlock = m_controller->unlockDialog();
    QVERIFY(unlock);
    QTRY_VERIFY(unlock->isVisible());
    QCOMPARE(unlock->mode(), UnlockDialog::Mode::Lock);
    QCOMPARE(unlock->location(), normalizedLocation(m_office->location));
    QCOMPARE(child<QLineEdit>(unlock, "loginEdit")->text(), test::officerLogin());
    // Nothing of the database stays in the views.
    QVERIFY(organizationName->text().isEmpty());
    QCOMPARE(window->purposeRegisterPage()->model()->rowCount(), 0);
    QCOMPARE(window->accountsPage()->model()->rowCount(), 0);
    // The only visible window is the unlock dialog.
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->isVisible())
            QCOMPARE(widget, static_cast<QWidget*>(unlock));

    // A wrong password keeps everything locked.
    unlockWith(test::officerLogin(), QStringLiteral("not-the-password"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(unlock, "errorLabel")->isVisible(), 30000);
    QVERIFY(m_controller->isLocked());
    QVERIFY(!dialog->isVisible());

    unlockWith(test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QVERIFY(window->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(phone->text(), QStringLiteral("03-5796-5902"));
    QCOMPARE(address->text(), QStringLiteral("東京都品川区東品川 2-3-11 JTBビル4階"));
    QCOMPARE(organizationName->text(), QStringLiteral("テスト健康保険組合"));
    QCOMPARE(window->purposeRegisterPage()->model()->rowCount(), 16);
    QCOMPARE(window->accountsPage()->model()->rowCount(), 2);

    // The restored dialog still works: saving reaches the database and the start page.
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_VERIFY(child<QLabel>(window, "phoneLabel")->text() == QStringLiteral("03-5796-5902"));

    // Lock through the menu action as well.
    window->lockAction()->trigger();
    QTRY_VERIFY(m_controller->isLocked());
    QVERIFY(!window->isVisible());
    unlockWith(test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QVERIFY(window->isVisible());
}

void TestGuiLock::unlockAsAnotherAccountAdaptsDialogs()
{
    MainWindow* window = m_controller->mainWindow();
    window->showOrganizationDialog();
    auto* dialog = window->findChild<OrganizationDialog*>();
    QVERIFY(dialog);
    auto* fax = child<QLineEdit>(dialog, "faxEdit");
    fax->setText(QStringLiteral("03-5796-5927"));

    m_controller->lock();
    QVERIFY(m_controller->isLocked());
    unlockWith(kStaffLogin, kStaffPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QCOMPARE(m_controller->context().session()->account().login, kStaffLogin);

    // The typed text is still there, but a staff member may not change the organization.
    QVERIFY(dialog->isVisible());
    QCOMPARE(fax->text(), QStringLiteral("03-5796-5927"));
    QVERIFY(fax->isReadOnly());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(!child<QAction>(window, "organizationAction")->isVisible());
    QVERIFY(!child<QPushButton>(window, "addAccountButton")->isVisible());
    QCOMPARE(child<QLabel>(window, "accountLoginLabel")->text(), kStaffLogin);
    // The one-time password banner asks the staff member to choose a password.
    QVERIFY(child<QWidget>(window, "passwordBanner")->isVisible());
}

void TestGuiLock::idleTimeLocks()
{
    m_controller->setIdleInterval(400ms);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isLocked(), 5000);
    QVERIFY(!m_controller->mainWindow()->isVisible());
    QVERIFY(!m_controller->context().isOpen());
    unlockWith(test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QVERIFY(m_controller->mainWindow()->isVisible());

    // Activity keeps it unlocked.
    m_controller->setIdleInterval(1500ms);
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(300);
        QTest::mouseMove(m_controller->mainWindow(), QPoint(100 + i * 10, 100));
        QTest::keyClick(m_controller->mainWindow(), Qt::Key_Shift);
    }
    QVERIFY(!m_controller->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isLocked(), 5000);
}

void TestGuiLock::messageBoxSurvivesLock()
{
    // Message boxes open without a nested event loop, so a lock hides and restores them.
    QMessageBox* box = MessageBox::information(m_controller->mainWindow(), QStringLiteral("Title"),
                                               QStringLiteral("Something to read"));
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QPointer<QMessageBox> guard(box);
    m_controller->lock();
    QVERIFY(guard);
    QVERIFY(!box->isVisible());
    unlockWith(test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QVERIFY(guard);
    QVERIFY(box->isVisible());
    box->accept();
    QTRY_VERIFY(!guard);
}

void TestGuiLock::lockDuringNestedEventLoop()
{
    // A dialog someone runs with exec() (a file dialog, a print dialog): locking hides it,
    // which ends its event loop; the code after exec() then runs while locked.
    MainWindow* window = m_controller->mainWindow();
    QDialog nested(window);
    QTimer::singleShot(200, m_controller.get(), &AppController::lock);
    const int result = nested.exec();
    QCOMPARE(result, int(QDialog::Rejected));
    QVERIFY(m_controller->isLocked());
    QVERIFY(!m_controller->context().isOpen());
    QVERIFY(!window->isVisible());
    unlockWith(test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
    QVERIFY(window->isVisible());
    QCOMPARE(window->purposeRegisterPage()->model()->rowCount(), 16);
}

QTEST_MAIN(TestGuiLock)
#include "tst_gui_lock.moc"
