// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/Error.h"
#include "core/services/Session.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/unlock/UnlockDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace pd;
using namespace pd::ui;
using namespace std::chrono_literals;

class TestGuiUnlock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void delaySchedule();
    void unlocksWithRightPassword();
    void wrongPasswordStaysOpen();
    void repeatedFailuresDisableUnlock();
    void accountWaitSurvivesANewDialog();
    void unknownLogin();
    void missingDatabase();
    void remembersLoginPerLocation();
    void unlocksWithRecoveryKey();
    void lockModeFixesLocation();
    void escapeDoesNotQuit();

private:
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    void showAndWait(UnlockDialog& dialog);
    void typePasswordAndUnlock(UnlockDialog& dialog, const QString& password);

    std::unique_ptr<test::TestOffice> m_office;
    QTemporaryDir m_settingsDir;
};

void TestGuiUnlock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    m_office->lock();
}

void TestGuiUnlock::cleanupTestCase()
{
    m_office.reset();
}

void TestGuiUnlock::showAndWait(UnlockDialog& dialog)
{
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void TestGuiUnlock::typePasswordAndUnlock(UnlockDialog& dialog, const QString& password)
{
    auto* edit = child<QLineEdit>(&dialog, "passwordEdit");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, password);
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
}

void TestGuiUnlock::delaySchedule()
{
    QCOMPARE(UnlockDialog::delayAfterFailures(0), 0s);
    QCOMPARE(UnlockDialog::delayAfterFailures(2), 0s);
    QCOMPARE(UnlockDialog::delayAfterFailures(3), 2s);
    QCOMPARE(UnlockDialog::delayAfterFailures(4), 4s);
    QCOMPARE(UnlockDialog::delayAfterFailures(5), 8s);
    QCOMPARE(UnlockDialog::delayAfterFailures(7), 32s);
    QCOMPARE(UnlockDialog::delayAfterFailures(8), 60s);
    QCOMPARE(UnlockDialog::delayAfterFailures(1000), 60s);
}

void TestGuiUnlock::unlocksWithRightPassword()
{
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(m_office->location);
    dialog.setLogin(test::officerLogin());
    showAndWait(dialog);
    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);

    // The password field has the focus and Enter unlocks.
    auto* password = child<QLineEdit>(&dialog, "passwordEdit");
    QCOMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(password, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Session> session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->account().login, test::officerLogin());
    QVERIFY(password->text().isEmpty());
}

void TestGuiUnlock::wrongPasswordStaysOpen()
{
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(m_office->location);
    dialog.setLogin(test::officerLogin());
    showAndWait(dialog);
    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);

    typePasswordAndUnlock(dialog, QStringLiteral("Kiri-no-Mori-7-Hikarx"));
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->text(), (Error{ErrorKind::WrongPassword, {}}.message()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(!dialog.takeSession());
    QCOMPARE(dialog.failedAttempts(), 1);
    // Ready for the next try: field emptied and focused, Unlock enabled (no delay yet).
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "passwordEdit"));
    QVERIFY(child<QPushButton>(&dialog, "unlockButton")->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "delayLabel")->isVisible());

    // Typing again clears the old error.
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("a"));
    QVERIFY(!error->isVisible());
}

void TestGuiUnlock::repeatedFailuresDisableUnlock()
{
    // A unit of its own: the failures of other tests must not count towards the account's wait.
    test::TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(office.location);
    dialog.setLogin(test::officerLogin());
    showAndWait(dialog);
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    auto* delay = child<QLabel>(&dialog, "delayLabel");

    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 30000);
        typePasswordAndUnlock(dialog, QStringLiteral("wrong-password-%1").arg(attempt));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.failedAttempts(), attempt, 30000);
    }
    // Third failure: Unlock is disabled for 2 s with a countdown.
    QVERIFY(!unlock->isEnabled());
    QVERIFY(delay->isVisible());
    QVERIFY2(delay->text().contains(QLatin1Char('2')), qPrintable(delay->text()));
    // Enter and a direct call do nothing meanwhile.
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(child<QLineEdit>(&dialog, "passwordEdit"), Qt::Key_Return);
    dialog.unlock();
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 4000);
    QVERIFY(!delay->isVisible());

    // The fourth failure doubles the delay.
    typePasswordAndUnlock(dialog, QStringLiteral("wrong-password-4"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.failedAttempts(), 4, 30000);
    QVERIFY(!unlock->isEnabled());
    QVERIFY2(delay->text().contains(QLatin1Char('4')), qPrintable(delay->text()));
    QTest::qWait(2500);
    QVERIFY(!unlock->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 3000);

    // And the right password still works afterwards.
    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
    typePasswordAndUnlock(dialog, QString::fromUtf8(test::officerPassword()));
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    QVERIFY(dialog.takeSession());
}

void TestGuiUnlock::accountWaitSurvivesANewDialog()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    // Five wrong passwords, as if typed in earlier runs of the program: the count is in the slot file.
    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(Session::unlock(office.location, test::officerLogin(), "wrong-password").error().kind,
                 ErrorKind::WrongPassword);
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(office.location);
    dialog.setLogin(test::officerLogin());
    showAndWait(dialog);
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    auto* delay = child<QLabel>(&dialog, "delayLabel");
    // Even the right password is refused while the account waits, and the dialog counts down the wait.
    typePasswordAndUnlock(dialog, QString::fromUtf8(test::officerPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(delay->isVisible(), 30000);
    QVERIFY(!unlock->isEnabled());
    QVERIFY2(delay->text().contains(QLatin1String("30")) || delay->text().contains(QLatin1String("29")),
             qPrintable(delay->text()));
    QVERIFY(!dialog.takeSession());
}

void TestGuiUnlock::unknownLogin()
{
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(m_office->location);
    dialog.setLogin(QStringLiteral("nobody"));
    showAndWait(dialog);
    typePasswordAndUnlock(dialog, QString::fromUtf8(test::officerPassword()));
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->text(), (Error{ErrorKind::UnknownAccount, {}}.message()));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "loginEdit"));
}

void TestGuiUnlock::missingDatabase()
{
    QTemporaryDir dir;
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(dir.filePath(QStringLiteral("nothing-here.pdesk")));
    dialog.setLogin(test::officerLogin());
    showAndWait(dialog);
    typePasswordAndUnlock(dialog, QString::fromUtf8(test::officerPassword()));
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(dialog.failedAttempts(), 0);
    QVERIFY(child<QPushButton>(&dialog, "newDatabaseButton")->isVisible());
}

void TestGuiUnlock::remembersLoginPerLocation()
{
    QTemporaryDir other;
    UiSettings::instance().rememberDatabase(other.filePath(QStringLiteral("other.pdesk")), QStringLiteral("suzuki"));
    UiSettings::instance().rememberDatabase(m_office->location, test::officerLogin());

    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    // The most recent database is preselected with its login.
    QCOMPARE(dialog.location(), normalizedLocation(m_office->location));
    QCOMPARE(child<QLineEdit>(&dialog, "loginEdit")->text(), test::officerLogin());
    auto* combo = child<QComboBox>(&dialog, "locationCombo");
    QCOMPARE(combo->count(), 2);
    // Choosing the other database fills in its login.
    combo->setCurrentIndex(1);
    QCOMPARE(child<QLineEdit>(&dialog, "loginEdit")->text(), QStringLiteral("suzuki"));
    // A login the user typed is not overwritten.
    child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("typed"));
    combo->setCurrentIndex(0);
    QCOMPARE(child<QLineEdit>(&dialog, "loginEdit")->text(), QStringLiteral("typed"));
}

void TestGuiUnlock::unlocksWithRecoveryKey()
{
    UnlockDialog dialog(UnlockDialog::Mode::Startup);
    dialog.setLocation(m_office->location);
    showAndWait(dialog);
    QTest::mouseClick(child<QPushButton>(&dialog, "recoveryButton"), Qt::LeftButton);
    QVERIFY(dialog.isRecoveryMode());
    auto* key = child<QLineEdit>(&dialog, "recoveryKeyEdit");
    QVERIFY(key->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "passwordEdit")->isVisible());

    // A wrong key first.
    QTest::keyClicks(key, QStringLiteral("AAAA-BBBB-CCCC"));
    QTest::keyClick(key, Qt::Key_Return);
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY(dialog.isVisible());

    QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
    key->clear();
    QTest::keyClicks(key, m_office->recoveryKey.toLower()); // lower case is accepted
    QTest::keyClick(key, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    std::unique_ptr<Session> session = dialog.takeSession();
    QVERIFY(session);
    QVERIFY(session->openedWithRecoveryKey());
    QCOMPARE(session->account().role, Role::Officer);
}

void TestGuiUnlock::lockModeFixesLocation()
{
    UnlockDialog dialog(UnlockDialog::Mode::Lock);
    dialog.setLocation(m_office->location);
    dialog.setLogin(test::officerLogin());
    showAndWait(dialog);
    QVERIFY(!child<QComboBox>(&dialog, "locationCombo")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "fixedLocationLabel")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "newDatabaseButton")->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "loginEdit")->text(), test::officerLogin());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "passwordEdit"));
    QCOMPARE(dialog.location(), normalizedLocation(m_office->location));
}

void TestGuiUnlock::escapeDoesNotQuit()
{
    UnlockDialog dialog(UnlockDialog::Mode::Lock);
    dialog.setLocation(m_office->location);
    showAndWait(dialog);
    QSignalSpy quit(&dialog, &UnlockDialog::quitRequested);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(quit.count(), 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QCOMPARE(quit.count(), 1);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestGuiUnlock)
#include "tst_gui_unlock.moc"
