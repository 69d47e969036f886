// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/BackupService.h"
#include "core/services/Session.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/backup/BackupController.h"
#include "ui/backup/BackupFolders.h"
#include "ui/backup/BackupSettingsDialog.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

class TestGuiBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backUpNowWritesIntoTheFolder();
    void settingsDialogStoresPerDatabase();
    void dailyBackupAtUnlockWhenDue();
    void restoreDialogVerifiesAndRestores();
    void backupOnExit();
    void unreachableFolderIsNotCreated();
    void lockWaitsForTheBackup();

private:
    struct Desk
    {
        test::TestOffice office;
        QTemporaryDir backups;
        AppController controller;
    };
    /// An open office whose backups go into a folder of their own; no daily backup unless asked.
    static std::unique_ptr<Desk> openDesk(bool daily = false, bool onExit = false);
    static QStringList backupsOf(const Desk& desk);
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    QTemporaryDir m_settingsDir;
};

void TestGuiBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
}

void TestGuiBackup::init()
{
    static int round = 0;
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings-%1.ini").arg(++round)));
    MessageBox::setRecordingForTesting(true);
    MessageBox::clearRecordedForTesting();
    MessageBox::setAnswerForTesting(std::nullopt);
}

void TestGuiBackup::cleanup()
{
    MessageBox::setRecordingForTesting(false);
    MessageBox::setAnswerForTesting(std::nullopt);
}

std::unique_ptr<TestGuiBackup::Desk> TestGuiBackup::openDesk(bool daily, bool onExit)
{
    auto desk = std::make_unique<Desk>();
    if (!desk->office.isValid() || !desk->backups.isValid())
        return nullptr;
    UiSettings::BackupSettings settings;
    settings.folder = desk->backups.path();
    settings.generations = 3;
    settings.daily = daily;
    settings.onExit = onExit;
    UiSettings::instance().setBackupSettings(desk->office.location, settings);
    desk->controller.startWithSession(std::move(desk->office.session));
    return desk;
}

QStringList TestGuiBackup::backupsOf(const Desk& desk)
{
    return BackupService::backupsIn(desk.backups.path(), backupUnitName(desk.office.location));
}

void TestGuiBackup::backUpNowWritesIntoTheFolder()
{
    auto desk = openDesk();
    QVERIFY(desk);
    BackupController* backups = desk->controller.backups();
    QAction* backUpNow = backups->backUpNowAction();
    QCOMPARE(backUpNow->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    QVERIFY(backUpNow->isVisible() && backUpNow->isEnabled());
    QVERIFY(backups->menu()->menuAction()->isVisible());
    QVERIFY(backupsOf(*desk).isEmpty());

    QSignalSpy finished(backups, &BackupController::backupFinished);
    backUpNow->trigger();
    QVERIFY(backups->isRunning());
    QVERIFY(!backUpNow->isEnabled()); // one backup at a time
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!backups->isRunning());
    const QStringList written = backupsOf(*desk);
    QCOMPARE(written.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), written.first());
    QVERIFY(MessageBox::recordedForTesting().isEmpty()); // no error

    // The backup opens with the officer's password and holds what the database held.
    auto verified = BackupService::verify(written.first(), test::officerLogin(), test::officerPassword());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message()));
    QCOMPARE(verified->statistics.accounts, 1);

    // The generations setting is kept: three at most.
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(1100); // names carry the second
        backUpNow->trigger();
        QVERIFY(finished.wait(30000));
    }
    QCOMPARE(backupsOf(*desk).size(), 3);
}

void TestGuiBackup::settingsDialogStoresPerDatabase()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QTemporaryDir folder;
    AppController controller;
    controller.startWithSession(std::move(office.session));
    BackupSettingsDialog* dialog = controller.backups()->showSettingsDialog();
    QVERIFY(dialog);
    auto* folderEdit = child<QLineEdit>(dialog, "backupFolderEdit");
    QVERIFY(folderEdit->text().isEmpty());
    QCOMPARE(child<QSpinBox>(dialog, "generationsSpinBox")->value(), 14);
    QVERIFY(child<QCheckBox>(dialog, "onExitCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "dailyCheckBox")->isChecked());

    if (const QString shots = qEnvironmentVariable("PRIVACYDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        folderEdit->setText(folder.path());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("backup_settings.png"))));
    }

    // A folder inside the database is refused: it would be lost with the database.
    folderEdit->setText(QDir(office.location).filePath(QStringLiteral("backups")));
    dialog->accept();
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY(UiSettings::instance().backupSettings(office.location).folder.isEmpty());

    folderEdit->setText(folder.path());
    child<QSpinBox>(dialog, "generationsSpinBox")->setValue(7);
    child<QCheckBox>(dialog, "dailyCheckBox")->setChecked(false);
    dialog->accept();
    const UiSettings::BackupSettings stored = UiSettings::instance().backupSettings(office.location);
    QCOMPARE(stored.folder, normalizedLocation(folder.path()));
    QCOMPARE(stored.generations, 7);
    QVERIFY(stored.onExit);
    QVERIFY(!stored.daily);
    // Another database has settings of its own.
    QVERIFY(UiSettings::instance().backupSettings(folder.filePath(QStringLiteral("other.pdesk"))).folder.isEmpty());
}

void TestGuiBackup::dailyBackupAtUnlockWhenDue()
{
    auto desk = openDesk(/*daily=*/true);
    QVERIFY(desk);
    // None in the folder yet: the daily backup is due at once after sign-in.
    QTRY_COMPARE_WITH_TIMEOUT(backupsOf(*desk).size(), 1, 30000);
    QTRY_VERIFY(!desk->controller.backups()->isRunning());

    // After a lock and unlock within the day there is no second one.
    desk->controller.lock();
    UnlockDialog* unlock = desk->controller.unlockDialog();
    QVERIFY(unlock);
    child<QLineEdit>(unlock, "loginEdit")->setText(test::officerLogin());
    auto* password = child<QLineEdit>(unlock, "passwordEdit");
    QTest::keyClicks(password, QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->controller.isLocked(), 30000);
    QTest::qWait(200); // the check at unlock has run
    desk->controller.backups()->backUpIfDue();
    QVERIFY(!desk->controller.backups()->isRunning());
    QCOMPARE(backupsOf(*desk).size(), 1);
}

void TestGuiBackup::restoreDialogVerifiesAndRestores()
{
    auto desk = openDesk();
    QVERIFY(desk);
    BackupController* backups = desk->controller.backups();
    QSignalSpy finished(backups, &BackupController::backupFinished);
    backups->backUpNow();
    QVERIFY(finished.wait(30000));
    const QString backup = backupsOf(*desk).value(0);
    QVERIFY(!backup.isEmpty());

    // After the backup someone is added: the restored database will not have them.
    SessionContext& context = desk->controller.context();
    QVERIFY(AccountService(*context.session())
                .addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Staff,
                            QByteArrayLiteral("mz7q-pzgv-6mcz-herb"))
                .has_value());
    context.notifyAccountsChanged();
    MainWindow* window = desk->controller.mainWindow();
    QCOMPARE(window->accountsPage()->model()->rowCount(), 2);

    RestoreDialog* dialog = backups->showRestoreDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTreeWidget* list = dialog->backupList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(dialog->selectedBackup(), backup);
    QVERIFY(!list->topLevelItem(0)->text(0).isEmpty()); // the date
    QVERIFY(list->topLevelItem(0)->text(1).endsWith(QStringLiteral(" MB")));
    auto* restoreButton = child<QPushButton>(dialog, "restoreButton");
    QVERIFY(!restoreButton->isEnabled());
    QVERIFY(!restoreButton->isDefault() && !restoreButton->autoDefault());
    QCOMPARE(child<QLineEdit>(dialog, "loginEdit")->text(), test::officerLogin());

    // A wrong password: refused with a sentence, nothing offered.
    QSignalSpy verified(dialog, &RestoreDialog::verified);
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::keyClick(password, Qt::Key_Return); // Enter verifies
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.takeFirst().at(0).toBool(), false);
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("when it was made")), qPrintable(error->text()));
    QVERIFY(!restoreButton->isEnabled());

    password->setText(QString::fromUtf8(test::officerPassword()));
    QTest::mouseClick(child<QPushButton>(dialog, "verifyButton"), Qt::LeftButton);
    QVERIFY(verified.wait(30000));
    QCOMPARE(verified.takeFirst().at(0).toBool(), true);
    QCOMPARE(child<QLabel>(dialog, "accountsValue")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(dialog, "complaintsValue")->text(), QStringLiteral("0"));
    QVERIFY(child<QLabel>(dialog, "auditEntriesValue")->text().toInt() > 0);
    QVERIFY(child<QLabel>(dialog, "writtenValue")->text().contains(QString::number(QDate::currentDate().year())));
    QVERIFY(child<QLabel>(dialog, "chainHeadValue")->text().startsWith(QStringLiteral("entry ")));
    QVERIFY(restoreButton->isEnabled());

    // For looking at the result: PRIVACYDESK_SCREENSHOT_DIR=/tmp/shots keeps a picture of the dialog.
    if (const QString shots = qEnvironmentVariable("PRIVACYDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("restore_dialog.png"))));
    }

    // Declined: nothing happens.
    MessageBox::setAnswerForTesting(false);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    QCOMPARE(MessageBox::recordedForTesting().size(), 1);
    QVERIFY(MessageBox::recordedForTesting().constFirst().contains(QStringLiteral("kept aside")));
    QVERIFY(context.isOpen());
    QCOMPARE(window->accountsPage()->model()->rowCount(), 2);

    QSignalSpy restored(backups, &BackupController::restoreFinished);
    MessageBox::setAnswerForTesting(true);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    QVERIFY(restored.wait(30000));
    QCOMPARE(restored.first().at(0).toBool(), true);
    const QString aside = restored.first().at(1).toString();
    QVERIFY(QFileInfo(aside).isDir()); // the previous unit, kept
    QVERIFY(MessageBox::recordedForTesting().last().contains(QDir::toNativeSeparators(aside)));

    // The restored unit is open again and the window shows its data.
    QVERIFY(context.isOpen());
    QCOMPARE(normalizedLocation(context.session()->location()), normalizedLocation(desk->office.location));
    QTRY_COMPARE(window->accountsPage()->model()->rowCount(), 1);
    QVERIFY(window->isVisible());
    QVERIFY(!window->findChild<RestoreDialog*>() || !window->findChild<RestoreDialog*>()->isVisible());

    // The kept-aside unit still holds the later account.
    auto previous = Session::unlock(aside, test::officerLogin(), test::officerPassword());
    QVERIFY2(previous, previous ? "" : qPrintable(previous.error().message()));
    QCOMPARE(AccountService(**previous).accounts()->size(), 2);
}

void TestGuiBackup::backupOnExit()
{
    auto desk = openDesk(/*daily=*/false, /*onExit=*/true);
    QVERIFY(desk);
    QSignalSpy quit(&desk->controller, &AppController::quitRequested);
    desk->controller.quit();
    // The session stays open until the backup is written; then the application quits.
    QVERIFY(quit.wait(30000));
    QCOMPARE(quit.count(), 1);
    QVERIFY(!desk->controller.context().isOpen());
    QCOMPARE(backupsOf(*desk).size(), 1);
    QVERIFY(MessageBox::recordedForTesting().isEmpty());
}

void TestGuiBackup::unreachableFolderIsNotCreated()
{
    // A backup folder on a USB stick that is not plugged in: its mount point is missing too.
    auto desk = openDesk(/*daily=*/true, /*onExit=*/true);
    QVERIFY(desk);
    const QString unplugged = desk->backups.filePath(QStringLiteral("media/STICK/backups"));
    UiSettings::BackupSettings settings = UiSettings::instance().backupSettings(desk->office.location);
    settings.folder = unplugged;
    UiSettings::instance().setBackupSettings(desk->office.location, settings);

    BackupController* backups = desk->controller.backups();
    backups->backUpIfDue(); // daily: quietly tried again later
    QVERIFY(!backups->isRunning());
    QVERIFY(MessageBox::recordedForTesting().isEmpty());

    QSignalSpy finished(backups, &BackupController::backupFinished);
    backups->backUpNow();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(MessageBox::recordedForTesting().size(), 1);
    QVERIFY(MessageBox::recordedForTesting().constFirst().contains(QDir::toNativeSeparators(unplugged)));
    QVERIFY(!QFileInfo::exists(desk->backups.filePath(QStringLiteral("media"))));

    // Quitting is not kept from: the message is shown and the application closes.
    QSignalSpy quit(&desk->controller, &AppController::quitRequested);
    desk->controller.quit();
    QCOMPARE(quit.count(), 1);
    QVERIFY(!desk->controller.context().isOpen());
    QVERIFY(!QFileInfo::exists(desk->backups.filePath(QStringLiteral("media"))));
}

void TestGuiBackup::lockWaitsForTheBackup()
{
    auto desk = openDesk();
    QVERIFY(desk);
    BackupController* backups = desk->controller.backups();
    QSignalSpy finished(backups, &BackupController::backupFinished);
    backups->backUpNow();
    QVERIFY(backups->isRunning());
    desk->controller.lock();
    QVERIFY(!desk->controller.isLocked()); // not while the backup reads from the session
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QTRY_VERIFY(desk->controller.isLocked());
    QVERIFY(!desk->controller.context().isOpen());
}

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
