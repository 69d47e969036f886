// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/AddAccountDialog.h"
#include "ui/accounts/ResetPasswordDialog.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/backup/BackupController.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QString kStaffLogin = QStringLiteral("suzuki");
const QString kStaffPassword = QStringLiteral("mz7q-pzgv-6mcz-herb");
const QString kAuditorLogin = QStringLiteral("sato");
const QString kAuditorPassword = QStringLiteral("kt4w-hn8r-p2xv-cafe");
} // namespace

class TestGuiAccountsManage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void officerSeesStatusAndActions();
    void disableAndEnable();
    void removeAsksThenRemovesTheSlot();
    void resetGivesAOneTimePassword();
    void addAccountWithTheKeyboard();
    void ownAccountIsRefused();
    void staffAndAuditorSeeNoAction_data();
    void staffAndAuditorSeeNoAction();

private:
    /// An office with a staff member and an auditor, shown in a main window on the Accounts page.
    struct Desk
    {
        test::TestOffice office;
        AppController controller;
        AccountsPage* page = nullptr;
    };
    static std::unique_ptr<Desk> openDesk();
    static QString statusOf(AccountsPage* page, const QString& login);
    static bool select(AccountsPage* page, const QString& login);
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    QTemporaryDir m_settingsDir;
};

void TestGuiAccountsManage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
}

void TestGuiAccountsManage::init()
{
    static int round = 0;
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings-%1.ini").arg(++round)));
    MessageBox::setRecordingForTesting(true);
    MessageBox::clearRecordedForTesting();
    MessageBox::setAnswerForTesting(std::nullopt);
}

void TestGuiAccountsManage::cleanup()
{
    MessageBox::setRecordingForTesting(false);
    MessageBox::setAnswerForTesting(std::nullopt);
}

std::unique_ptr<TestGuiAccountsManage::Desk> TestGuiAccountsManage::openDesk()
{
    auto desk = std::make_unique<Desk>();
    if (!desk->office.isValid())
        return nullptr;
    AccountService accounts(*desk->office.session);
    if (!accounts.addAccount(kStaffLogin, QStringLiteral("鈴木 一郎"), Role::Staff, kStaffPassword.toUtf8()))
        return nullptr;
    if (!accounts.addAccount(kAuditorLogin, QStringLiteral("佐藤 美咲"), Role::Auditor, kAuditorPassword.toUtf8()))
        return nullptr;
    desk->controller.startWithSession(std::move(desk->office.session));
    MainWindow* window = desk->controller.mainWindow();
    window->showPage(MainWindowPage::Accounts);
    desk->page = window->accountsPage();
    return desk;
}

QString TestGuiAccountsManage::statusOf(AccountsPage* page, const QString& login)
{
    const int row = page->model()->rowOf(login);
    return row < 0 ? QString() : page->model()->index(row, AccountTableModel::StatusColumn).data().toString();
}

bool TestGuiAccountsManage::select(AccountsPage* page, const QString& login)
{
    return page->selectAccount(login);
}

void TestGuiAccountsManage::officerSeesStatusAndActions()
{
    auto desk = openDesk();
    QVERIFY(desk);
    AccountsPage* page = desk->page;
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->model()->rowCount(), 3);
    QCOMPARE(page->model()->headerData(AccountTableModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    for (const QString& login : {test::officerLogin(), kStaffLogin, kAuditorLogin})
        QCOMPARE(statusOf(page, login), QStringLiteral("Active"));
    for (const char* name : {"addAccountButton", "toggleActiveButton", "removeAccountButton", "resetPasswordButton"}) {
        auto* button = child<QPushButton>(page, name);
        QVERIFY2(button && button->isVisible(), name);
        QVERIFY2(button->text().contains(QLatin1Char('&')), name); // a mnemonic
    }
    // Nothing selected: nothing to act on.
    page->view()->selectionModel()->clear();
    QVERIFY(!child<QPushButton>(page, "removeAccountButton")->isEnabled());
    QVERIFY(select(page, kStaffLogin));
    QVERIFY(child<QPushButton>(page, "removeAccountButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "toggleActiveButton")->isEnabled());
}

void TestGuiAccountsManage::disableAndEnable()
{
    auto desk = openDesk();
    QVERIFY(desk);
    AccountsPage* page = desk->page;
    auto* toggle = child<QPushButton>(page, "toggleActiveButton");
    QVERIFY(select(page, kStaffLogin));
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(statusOf(page, kStaffLogin), QStringLiteral("Disabled"));
    QVERIFY(child<QLabel>(page, "outcomeLabel")->text().contains(QStringLiteral("鈴木 一郎")));
    // The selection stays on the account, and the button now offers the way back.
    QCOMPARE(page->view()->currentIndex().row(), page->model()->rowOf(kStaffLogin));
    QCOMPARE(toggle->text(), QStringLiteral("E&nable"));

    Session* session = desk->controller.context().session();
    auto accounts = AccountService(*session).accountsWithSlots();
    QVERIFY(accounts);
    for (const AccountStatus& status : *accounts)
        if (status.account.login == kStaffLogin)
            QVERIFY(!status.account.active && status.hasKeySlot);

    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(statusOf(page, kStaffLogin), QStringLiteral("Active"));
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
}

void TestGuiAccountsManage::removeAsksThenRemovesTheSlot()
{
    auto desk = openDesk();
    QVERIFY(desk);
    AccountsPage* page = desk->page;
    Session* session = desk->controller.context().session();
    QVERIFY(select(page, kStaffLogin));

    // Cancelled: nothing happens.
    MessageBox::setAnswerForTesting(false);
    QTest::mouseClick(child<QPushButton>(page, "removeAccountButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::recordedForTesting().size(), 1);
    const QString question = MessageBox::recordedForTesting().constFirst();
    QVERIFY2(question.contains(QStringLiteral("audit log")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("rotated")), qPrintable(question));
    QCOMPARE(statusOf(page, kStaffLogin), QStringLiteral("Active"));
    QVERIFY(session->vault().hasPassword(kStaffLogin));

    // Confirmed, from the keyboard: Delete in the list.
    MessageBox::setAnswerForTesting(true);
    QWidget* window = desk->controller.mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    page->view()->setFocus();
    QVERIFY(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QCOMPARE(MessageBox::recordedForTesting().size(), 2);
    QCOMPARE(statusOf(page, kStaffLogin), QStringLiteral("Removed"));
    QVERIFY(!session->vault().hasPassword(kStaffLogin));
    QCOMPARE(page->model()->rowCount(), 3); // the row stays: the audit log names it
    // A removed account offers nothing more.
    QVERIFY(select(page, kStaffLogin));
    for (const char* name : {"toggleActiveButton", "removeAccountButton", "resetPasswordButton"})
        QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), name);

    // For looking at the result: PRIVACYDESK_SCREENSHOT_DIR=/tmp/shots keeps a picture of the page.
    if (const QString shots = qEnvironmentVariable("PRIVACYDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(AccountService(*session).setActive(kAuditorLogin, false).has_value());
        desk->controller.context().notifyAccountsChanged();
        QVERIFY(select(page, kAuditorLogin));
        window->resize(1200, 640);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->grab().save(QDir(shots).filePath(QStringLiteral("account_manager.png"))));
    }
}

void TestGuiAccountsManage::resetGivesAOneTimePassword()
{
    auto desk = openDesk();
    QVERIFY(desk);
    AccountsPage* page = desk->page;
    Session* session = desk->controller.context().session();
    QVERIFY(select(page, kAuditorLogin));
    QTest::mouseClick(child<QPushButton>(page, "resetPasswordButton"), Qt::LeftButton);
    auto* dialog = desk->controller.mainWindow()->findChild<ResetPasswordDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->login(), kAuditorLogin);

    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    QTest::keyClicks(password, QStringLiteral("sato"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible()); // too weak, and the dialog stays
    QVERIFY(dialog->isVisible());
    QVERIFY(session->vault().verifyPassword(kAuditorLogin, kAuditorPassword.toUtf8()).has_value());

    QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
    const QString oneTime = password->text();
    QCOMPARE(oneTime.size(), 19);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!desk->controller.mainWindow()->findChild<ResetPasswordDialog*>());
    QVERIFY(child<QLabel>(page, "outcomeLabel")->text().contains(QStringLiteral("佐藤 美咲")));
    QCOMPARE(page->view()->currentIndex().row(), page->model()->rowOf(kAuditorLogin));

    QVERIFY(session->vault().verifyPassword(kAuditorLogin, oneTime.toUtf8()).has_value());
    QVERIFY(!session->vault().verifyPassword(kAuditorLogin, kAuditorPassword.toUtf8()).has_value());
    const int row = page->model()->rowOf(kAuditorLogin);
    QCOMPARE(page->model()->index(row, AccountTableModel::MustChangePasswordColumn).data().toString(),
             QStringLiteral("Yes"));
}

void TestGuiAccountsManage::addAccountWithTheKeyboard()
{
    auto desk = openDesk();
    QVERIFY(desk);
    AccountsPage* page = desk->page;
    Session* session = desk->controller.context().session();
    QTest::mouseClick(child<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
    auto* dialog = desk->controller.mainWindow()->findChild<AddAccountDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // The form in paper order: login, name, role, one-time password.
    auto* login = child<QLineEdit>(dialog, "loginEdit");
    QTest::keyClicks(login, QStringLiteral("yamada"));
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("山田 太郎")); // typed through the input method
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    // A password built from the person's own login is refused, and the dialog keeps what was typed.
    QTest::keyClicks(password, QStringLiteral("yamada"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(login->text(), QStringLiteral("yamada"));
    QTRY_VERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());

    password->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
    const QString oneTime = password->text();
    QCOMPARE(oneTime.size(), 19);
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible()); // a new password clears the old complaint
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!desk->controller.mainWindow()->findChild<AddAccountDialog*>()
                || !desk->controller.mainWindow()->findChild<AddAccountDialog*>()->isVisible());
    QTRY_VERIFY(page->model()->rowOf(QStringLiteral("yamada")) >= 0);
    QVERIFY(session->vault().verifyPassword(QStringLiteral("yamada"), oneTime.toUtf8()).has_value());
    const int row = page->model()->rowOf(QStringLiteral("yamada"));
    QCOMPARE(page->model()->index(row, AccountTableModel::MustChangePasswordColumn).data().toString(),
             QStringLiteral("Yes"));
}

void TestGuiAccountsManage::ownAccountIsRefused()
{
    auto desk = openDesk();
    QVERIFY(desk);
    AccountsPage* page = desk->page;
    QVERIFY(select(page, test::officerLogin()));
    auto* error = child<QLabel>(page, "accountsErrorLabel");

    QTest::mouseClick(child<QPushButton>(page, "toggleActiveButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("your own account")), qPrintable(error->text()));
    QCOMPARE(statusOf(page, test::officerLogin()), QStringLiteral("Active"));

    MessageBox::setAnswerForTesting(true);
    QTest::mouseClick(child<QPushButton>(page, "removeAccountButton"), Qt::LeftButton);
    QVERIFY(MessageBox::recordedForTesting().isEmpty()); // refused before asking
    QVERIFY(error->text().contains(QStringLiteral("your own account")));
    QVERIFY(desk->controller.context().session()->vault().hasPassword(test::officerLogin()));

    QVERIFY(!page->resetSelectedPassword());
    QVERIFY(error->text().contains(QStringLiteral("Change Password")));
    QVERIFY(!desk->controller.mainWindow()->findChild<ResetPasswordDialog*>());
}

void TestGuiAccountsManage::staffAndAuditorSeeNoAction_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("staff") << kStaffLogin << kStaffPassword;
    QTest::newRow("auditor") << kAuditorLogin << kAuditorPassword;
}

void TestGuiAccountsManage::staffAndAuditorSeeNoAction()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    test::TestOffice office;
    QVERIFY(office.isValid());
    AccountService accounts(*office.session);
    QVERIFY(accounts.addAccount(kStaffLogin, QStringLiteral("鈴木 一郎"), Role::Staff, kStaffPassword.toUtf8()));
    QVERIFY(accounts.addAccount(kAuditorLogin, QStringLiteral("佐藤 美咲"), Role::Auditor, kAuditorPassword.toUtf8()));
    office.lock();
    auto session = Session::unlock(office.location, login, password.toUtf8());
    QVERIFY(session);

    AppController controller;
    controller.startWithSession(std::move(*session));
    MainWindow* window = controller.mainWindow();
    window->showPage(MainWindowPage::Accounts);
    AccountsPage* page = window->accountsPage();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->model()->rowCount(), 3); // the list, read-only
    for (const char* name : {"addAccountButton", "toggleActiveButton", "removeAccountButton", "resetPasswordButton"})
        QVERIFY2(!child<QPushButton>(page, name)->isVisible(), name);

    // Not offered, and not done when reached some other way (Delete in the list, a direct call).
    const int rowsBefore = page->model()->rowCount();
    QVERIFY(page->selectAccount(test::officerLogin()));
    MessageBox::setAnswerForTesting(true);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    page->toggleSelectedActive();
    QVERIFY(!page->resetSelectedPassword());
    QVERIFY(MessageBox::recordedForTesting().isEmpty());
    QCOMPARE(page->model()->rowCount(), rowsBefore);
    QCOMPARE(statusOf(page, test::officerLogin()), QStringLiteral("Active"));

    // Backups and restore are the officer's too.
    QVERIFY(!controller.backups()->backUpNowAction()->isVisible());
    QVERIFY(!controller.backups()->restoreAction()->isVisible());
    QVERIFY(!controller.backups()->menu()->menuAction()->isVisible());
    QVERIFY(!controller.backups()->showRestoreDialog());
}

QTEST_MAIN(TestGuiAccountsManage)
#include "tst_gui_accounts_manage.moc"
