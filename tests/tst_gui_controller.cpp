// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/accounts/ChangePasswordDialog.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/setup/CreationWizard.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

class TestGuiController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstStartRunsWizardIntoMainWindow();
    void existingDatabaseOpensUnlockDialog();
    void oneTimePasswordMustBeChanged();
    void openSwitchesDatabase();
    void menusHaveShortcuts();
    void quitClosesSession();

private:
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    static void signIn(UnlockDialog* dialog, const QString& login, const QString& password);

    QTemporaryDir m_settingsDir;
};

void TestGuiController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
}

void TestGuiController::init()
{
    static int round = 0;
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings-%1.ini").arg(++round)));
}

void TestGuiController::signIn(UnlockDialog* dialog, const QString& login, const QString& password)
{
    QVERIFY(dialog);
    auto* loginEdit = child<QLineEdit>(dialog, "loginEdit");
    loginEdit->setText(login);
    auto* passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestGuiController::firstStartRunsWizardIntoMainWindow()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("office.pdesk"));
    AppController controller;
    controller.setKdfParams(test::fastKdf());
    controller.start(location);
    CreationWizard* wizard = controller.creationWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(!controller.unlockDialog());
    QCOMPARE(wizard->location(), normalizedLocation(location));

    child<QLineEdit>(wizard, "nameEdit")->setText(QStringLiteral("ジェイティービー健康保険組合"));
    wizard->next();
    child<QLineEdit>(wizard, "loginEdit")->setText(test::officerLogin());
    child<QLineEdit>(wizard, "officerNameEdit")->setText(QStringLiteral("田中 花子"));
    child<QLineEdit>(wizard, "passwordEdit")->setText(QString::fromUtf8(test::officerPassword()));
    child<QLineEdit>(wizard, "confirmPasswordEdit")->setText(QString::fromUtf8(test::officerPassword()));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreationWizard::RecoveryKeyPageId), 30000);
    child<QCheckBox>(wizard, "storedCheckBox")->setChecked(true);
    wizard->button(QWizard::FinishButton)->click();

    QTRY_VERIFY(controller.mainWindow() && controller.mainWindow()->isVisible());
    QVERIFY(controller.context().isOpen());
    QCOMPARE(child<QLabel>(controller.mainWindow(), "organizationNameLabel")->text(),
             QStringLiteral("ジェイティービー健康保険組合"));
    QCOMPARE(UiSettings::instance().mostRecentLocation(), normalizedLocation(location));
    QCOMPARE(UiSettings::instance().lastLogin(location), test::officerLogin());
}

void TestGuiController::existingDatabaseOpensUnlockDialog()
{
    test::TestOffice office;
    office.lock();
    AppController controller;
    controller.start(office.location);
    QVERIFY(!controller.creationWizard());
    UnlockDialog* dialog = controller.unlockDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), UnlockDialog::Mode::Startup);
    QCOMPARE(dialog->location(), normalizedLocation(office.location));
    signIn(dialog, test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 30000);
    QCOMPARE(controller.context().session()->account().login, test::officerLogin());
    QCOMPARE(child<QLabel>(controller.mainWindow(), "locationStatusLabel")->text(),
             QDir::toNativeSeparators(normalizedLocation(office.location)));

    // Without an explicit location, the most recent one is offered next time.
    AppController second;
    second.start();
    QVERIFY(second.unlockDialog());
    QCOMPARE(second.unlockDialog()->location(), normalizedLocation(office.location));
    QCOMPARE(child<QLineEdit>(second.unlockDialog(), "loginEdit")->text(), test::officerLogin());
}

void TestGuiController::oneTimePasswordMustBeChanged()
{
    test::TestOffice office;
    const QString oneTime = QStringLiteral("mz7q-pzgv-6mcz-herb");
    QVERIFY(AccountService(*office.session)
                .addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Staff, oneTime.toUtf8())
                .has_value());
    office.lock();

    AppController controller;
    controller.start(office.location);
    signIn(controller.unlockDialog(), QStringLiteral("suzuki"), oneTime);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 30000);
    MainWindow* window = controller.mainWindow();
    QVERIFY(child<QWidget>(window, "passwordBanner")->isVisible());
    auto* dialog = window->findChild<ChangePasswordDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const QString chosen = QStringLiteral("Hoshi-ga-Oka-58-Tsubame");
    QTest::keyClicks(child<QLineEdit>(dialog, "currentPasswordEdit"), QStringLiteral("wrong-one-time"));
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), chosen);
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmPasswordEdit"), chosen);
    QTest::mouseClick(child<QPushButton>(dialog, "changeButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible()); // the current password is checked
    QVERIFY(dialog->isVisible());

    child<QLineEdit>(dialog, "currentPasswordEdit")->setText(oneTime);
    QTest::mouseClick(child<QPushButton>(dialog, "changeButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible() || !window->findChild<ChangePasswordDialog*>());
    QVERIFY(!child<QWidget>(window, "passwordBanner")->isVisible());

    // The new password opens the database, the one-time password no longer does.
    controller.lock();
    QVERIFY(!Session::unlock(office.location, QStringLiteral("suzuki"), oneTime.toUtf8()).has_value());
    signIn(controller.unlockDialog(), QStringLiteral("suzuki"), chosen);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isLocked(), 30000);
    QVERIFY(!controller.context().session()->account().mustChangePassword);
}

void TestGuiController::openSwitchesDatabase()
{
    test::TestOffice first(QStringLiteral("第一健康保険組合"));
    test::TestOffice second(QStringLiteral("第二健康保険組合"));
    second.lock();
    AppController controller;
    controller.startWithSession(std::move(first.session));
    MainWindow* window = controller.mainWindow();
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(child<QLabel>(window, "organizationNameLabel")->text(), QStringLiteral("第一健康保険組合"));
    window->showOrganizationDialog();

    child<QAction>(window, "openAction")->trigger();
    auto* open = window->findChild<UnlockDialog*>();
    QVERIFY(open);
    QCOMPARE(open->mode(), UnlockDialog::Mode::Open);
    QTRY_VERIFY(open->isVisible());
    open->setLocation(second.location);
    signIn(open, test::officerLogin(), QString::fromUtf8(test::officerPassword()));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "organizationNameLabel")->text(),
                              QStringLiteral("第二健康保険組合"), 30000);
    QCOMPARE(controller.context().session()->location(), normalizedLocation(second.location));
    // Windows that showed the first database are closed.
    QTRY_VERIFY(!window->findChild<QDialog*>(QStringLiteral("organizationDialog")));
}

void TestGuiController::menusHaveShortcuts()
{
    test::TestOffice office;
    AppController controller;
    controller.startWithSession(std::move(office.session));
    MainWindow* window = controller.mainWindow();
    QCOMPARE(child<QAction>(window, "newDatabaseAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QCOMPARE(child<QAction>(window, "openAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
    QCOMPARE(child<QAction>(window, "lockAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    QCOMPARE(child<QAction>(window, "quitAction")->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    for (const char* name : {"newDatabaseAction", "openAction", "lockAction", "quitAction", "organizationAction",
                             "preferencesAction", "changePasswordAction", "aboutAction"}) {
        const QString text = child<QAction>(window, name)->text();
        QVERIFY2(text.contains(QLatin1Char('&')), name); // a mnemonic
    }
}

void TestGuiController::quitClosesSession()
{
    test::TestOffice office;
    AppController controller;
    controller.startWithSession(std::move(office.session));
    QSignalSpy quit(&controller, &AppController::quitRequested);
    child<QAction>(controller.mainWindow(), "quitAction")->trigger();
    QCOMPARE(quit.count(), 1);
    QVERIFY(!controller.context().isOpen());
    QVERIFY(!controller.mainWindow()->isVisible());
}

QTEST_MAIN(TestGuiController)
#include "tst_gui_controller.moc"
