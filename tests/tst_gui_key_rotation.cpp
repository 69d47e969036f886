// SPDX-License-Identifier: GPL-3.0-or-later
// The officer rotates the data key from the Accounts page: progress, the outcome, the new recovery
// key shown once; a lock asked for meanwhile waits for the end; staff are not offered the action.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/KeyRotationDialog.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QString kStaffLogin = QStringLiteral("suzuki");
const QByteArray kStaffPassword = QByteArrayLiteral("mz7q-pzgv-6mcz-herb");

QByteArray fileHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}
} // namespace

class TestGuiKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void officerRotatesAndGetsANewRecoveryKey();
    void lockDuringTheRotationWaitsForItsEnd();
    void staffIsNotOffered();

private:
    struct Desk
    {
        test::TestOffice office;
        AppController controller;
        AccountsPage* page = nullptr;
        QString location;
    };
    static std::unique_ptr<Desk> openDesk();
    QTemporaryDir m_settingsDir;
};

void TestGuiKeyRotation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
}

void TestGuiKeyRotation::init()
{
    static int round = 0;
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings-%1.ini").arg(++round)));
    MessageBox::setRecordingForTesting(true);
    MessageBox::clearRecordedForTesting();
}

void TestGuiKeyRotation::cleanup()
{
    MessageBox::setRecordingForTesting(false);
}

std::unique_ptr<TestGuiKeyRotation::Desk> TestGuiKeyRotation::openDesk()
{
    auto desk = std::make_unique<Desk>();
    if (!desk->office.isValid())
        return nullptr;
    if (!AccountService(*desk->office.session).addAccount(kStaffLogin, QStringLiteral("鈴木 一郎"), Role::Staff, kStaffPassword))
        return nullptr;
    desk->location = desk->office.location;
    desk->controller.startWithSession(std::move(desk->office.session));
    MainWindow* window = desk->controller.mainWindow();
    window->showPage(MainWindowPage::Accounts);
    desk->page = window->accountsPage();
    return desk;
}

void TestGuiKeyRotation::officerRotatesAndGetsANewRecoveryKey()
{
    auto desk = openDesk();
    QVERIFY(desk);
    const QString oldRecoveryKey = desk->office.recoveryKey;
    const QString database = storage::VaultPaths::resolve(desk->location).database();
    const QByteArray saltBefore = fileHeader(database);

    auto* button = desk->page->findChild<QPushButton*>(QStringLiteral("rotateKeyButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QVERIFY(button->text().contains(QLatin1Char('&')));
    button->click();
    auto* dialog = desk->page->window()->findChild<KeyRotationDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* rotate = dialog->findChild<QPushButton*>(QStringLiteral("rotateButton"));
    auto* newKey = dialog->findChild<QCheckBox*>(QStringLiteral("newRecoveryKeyCheckBox"));
    QVERIFY(rotate && newKey);
    QVERIFY(rotate->isEnabled());
    QVERIFY(rotate->isDefault());
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Keyboard: Alt+K ticks the recovery-key box, Enter starts.
    QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(newKey->isChecked()); // a mnemonic clicks with a short animation
    QTest::keyClick(dialog, Qt::Key_Return);

    QVERIFY(dialog->isRotating());
    auto* outcome = dialog->findChild<QLabel*>(QStringLiteral("outcomeLabel"));
    QVERIFY(outcome);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRotating(), 60000);
    QVERIFY2(outcome->isVisible(), qPrintable(MessageBox::recordedForTesting().join(u'\n')));
    QVERIFY(!dialog->findChild<QProgressDialog*>(QStringLiteral("rotationProgressDialog"))
            || !dialog->findChild<QProgressDialog*>(QStringLiteral("rotationProgressDialog"))->isVisible());
    QVERIFY(fileHeader(database) != saltBefore);

    auto* keyLabel = dialog->findChild<QLabel*>(QStringLiteral("recoveryKeyLabel"));
    QVERIFY(keyLabel && keyLabel->isVisible());
    const QString shownKey = keyLabel->text().simplified().remove(u' ');
    QVERIFY(shownKey.size() > 40);
    QVERIFY(!rotate->isEnabled());

    // Locked and opened again: the new recovery key works, the old one does not, passwords stay.
    dialog->close();
    desk->controller.lock();
    QVERIFY(!Session::unlockWithRecoveryKey(desk->location, oldRecoveryKey));
    QVERIFY(Session::unlockWithRecoveryKey(desk->location, shownKey));
    QVERIFY(Session::unlock(desk->location, kStaffLogin, kStaffPassword));
    QVERIFY(Session::unlock(desk->location, test::officerLogin(), test::officerPassword()));
}

void TestGuiKeyRotation::lockDuringTheRotationWaitsForItsEnd()
{
    auto desk = openDesk();
    QVERIFY(desk);
    const QString database = storage::VaultPaths::resolve(desk->location).database();
    const QByteArray saltBefore = fileHeader(database);
    KeyRotationDialog* dialog = desk->page->rotateDataKey();
    QVERIFY(dialog);
    auto* rotate = dialog->findChild<QPushButton*>(QStringLiteral("rotateButton"));
    QVERIFY(rotate);
    rotate->click();
    QVERIFY(dialog->isRotating());
    // Ctrl+L (or the idle timer) now: the session is in use by the rotation, so the lock waits.
    desk->controller.lock();
    QVERIFY(!desk->controller.isLocked());
    QVERIFY(desk->controller.mainWindow()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(desk->controller.isLocked(), 60000);
    QVERIFY(fileHeader(database) != saltBefore);
    QVERIFY(Session::unlock(desk->location, kStaffLogin, kStaffPassword));
}

void TestGuiKeyRotation::staffIsNotOffered()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(AccountService(*office.session).addAccount(kStaffLogin, QStringLiteral("鈴木 一郎"), Role::Staff, kStaffPassword));
    office.lock();
    auto session = Session::unlock(office.location, kStaffLogin, kStaffPassword);
    QVERIFY(session);
    AppController controller;
    controller.startWithSession(std::move(*session));
    controller.mainWindow()->showPage(MainWindowPage::Accounts);
    AccountsPage* page = controller.mainWindow()->accountsPage();
    auto* button = page->findChild<QPushButton*>(QStringLiteral("rotateKeyButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QVERIFY(page->rotateDataKey() == nullptr);
}

QTEST_MAIN(TestGuiKeyRotation)
#include "tst_gui_key_rotation.moc"
