// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/common/Resources.h"
#include "ui/common/SecretClipboard.h"
#include "ui/common/UiSettings.h"
#include "ui/setup/CreationWizard.h"
#include "ui/setup/RecoveryKeyPrinter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QString kOrganization = QStringLiteral("ジェイティービー健康保険組合");
const QString kLogin = QStringLiteral("kojin.sekinin");
const QString kOfficerName = QStringLiteral("品川 花子");
const QString kStrongPassword = QStringLiteral("Kiri-no-Mori-7-Hikari");
} // namespace

class TestGuiWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsDatabase();
    void refusesWeakPasswordAndKeepsInput();
    void refusesNonEmptyFolder();
    void showsCoreErrorInPage();
    void copiesRecoveryKeyAsSecret();

private:
    template <typename T>
    T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }
    void fillOrganizationPage(CreationWizard& wizard);
    void fillOfficerPage(CreationWizard& wizard, const QString& password, const QString& confirm);
    void clickButton(CreationWizard& wizard, QWizard::WizardButton which);

    QTemporaryDir m_settingsDir;
};

void TestGuiWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestGuiWizard::clickButton(CreationWizard& wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard.button(which);
    QVERIFY(button);
    QVERIFY2(button->isVisible(), "button not visible");
    QVERIFY2(button->isEnabled(), "button not enabled");
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestGuiWizard::fillOrganizationPage(CreationWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(CreationWizard::OrganizationPageId));
    auto* name = child<QLineEdit>(&wizard, "nameEdit");
    QVERIFY(name);
    // Next stays disabled until the required name is there.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // Japanese arrives through the input method, i.e. as committed text.
    name->setFocus();
    QInputMethodEvent input;
    input.setCommitString(kOrganization);
    QApplication::sendEvent(name, &input);
    QCOMPARE(name->text(), kOrganization);
    child<QLineEdit>(&wizard, "postalCodeEdit")->setFocus();
    QTest::keyClicks(child<QLineEdit>(&wizard, "postalCodeEdit"), QStringLiteral("1400002"));
    QTest::keyClick(child<QLineEdit>(&wizard, "postalCodeEdit"), Qt::Key_Tab);
    QCOMPARE(child<QLineEdit>(&wizard, "postalCodeEdit")->text(), QStringLiteral("140-0002"));
    child<QLineEdit>(&wizard, "addressEdit")->setText(QStringLiteral("東京都品川区東品川 2-3-11 JTBビル4階"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "phoneEdit"), QStringLiteral("03-5796-5902"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "faxEdit"), QStringLiteral("03-5796-5927"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "emailEdit"), QStringLiteral("jtb_kenpo@jtb.com"));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(CreationWizard::OfficerPageId));
}

void TestGuiWizard::fillOfficerPage(CreationWizard& wizard, const QString& password, const QString& confirm)
{
    QTest::keyClicks(child<QLineEdit>(&wizard, "loginEdit"), kLogin);
    child<QLineEdit>(&wizard, "officerNameEdit")->setText(kOfficerName);
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), password);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmPasswordEdit"), confirm);
}

void TestGuiWizard::createsDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("office.pdesk"));

    CreationWizard wizard(crypto::KdfParams::interactive());
    wizard.setLocation(location);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    fillOrganizationPage(wizard);
    fillOfficerPage(wizard, kStrongPassword, kStrongPassword);
    auto* strength = child<QLabel>(&wizard, "strengthLabel");
    QVERIFY(strength);
    QVERIFY(!strength->text().isEmpty());
    QVERIFY(!child<QLabel>(&wizard, "passwordReasonLabel")->isVisible());
    QVERIFY(!storage::Vault::exists(location));

    clickButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(CreationWizard::RecoveryKeyPageId), 30000);
    QVERIFY(storage::Vault::exists(location));
    QVERIFY(wizard.hasSession());

    // The key is shown, and Finish waits for the confirmation.
    const QString key = wizard.recoveryKey();
    QVERIFY(key.size() > 40);
    QCOMPARE(child<QLabel>(&wizard, "recoveryKeyLabel")->text(), RecoveryKeyPrinter::keyInLines(key));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    wizard.reject(); // Escape/close cannot lose the database's only key screen
    QVERIFY(wizard.isVisible());
    QTest::mouseClick(child<QCheckBox>(&wizard, "storedCheckBox"), Qt::LeftButton,
                      {}, QPoint(8, child<QCheckBox>(&wizard, "storedCheckBox")->height() / 2));
    QVERIFY(child<QCheckBox>(&wizard, "storedCheckBox")->isChecked());
    clickButton(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    std::unique_ptr<Session> session = wizard.takeSession();
    QVERIFY(session);
    QCOMPARE(session->account().login, kLogin);
    QCOMPARE(session->account().displayName, kOfficerName);
    QCOMPARE(session->account().role, Role::Officer);
    session.reset(); // lock

    // The chosen password opens it, and the organization was stored as typed.
    auto unlocked = Session::unlock(location, kLogin, kStrongPassword.toUtf8());
    QVERIFY2(unlocked.has_value(), qPrintable(unlocked ? QString() : unlocked.error().message()));
    auto organization = OrganizationService(**unlocked).organization();
    QVERIFY(organization.has_value());
    QCOMPARE(organization->name, kOrganization);
    QCOMPARE(organization->postalCode, QStringLiteral("140-0002"));
    QCOMPARE(organization->phone, QStringLiteral("03-5796-5902"));
    QCOMPARE(organization->email, QStringLiteral("jtb_kenpo@jtb.com"));
    unlocked->reset();
    QVERIFY(!Session::unlock(location, kLogin, QByteArrayLiteral("Kiri-no-Mori-7-Hikarx")).has_value());
    QVERIFY(Session::unlockWithRecoveryKey(location, key).has_value());
}

void TestGuiWizard::refusesWeakPasswordAndKeepsInput()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("office.pdesk"));
    CreationWizard wizard(crypto::KdfParams::interactive());
    wizard.setLocation(location);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    fillOrganizationPage(wizard);

    const QString weak = QStringLiteral("password1");
    fillOfficerPage(wizard, weak, weak);
    // Live feedback: the policy's reason is on screen before any attempt.
    auto* reason = child<QLabel>(&wizard, "passwordReasonLabel");
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());

    clickButton(wizard, QWizard::CommitButton);
    QTest::qWait(200);
    QCOMPARE(wizard.currentId(), int(CreationWizard::OfficerPageId));
    auto* error = child<QLabel>(&wizard, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(reason->text()), qPrintable(error->text()));
    QVERIFY(!storage::Vault::exists(location));
    QVERIFY(!wizard.hasSession());
    // Nothing typed is lost.
    QCOMPARE(child<QLineEdit>(&wizard, "loginEdit")->text(), kLogin);
    QCOMPARE(child<QLineEdit>(&wizard, "officerNameEdit")->text(), kOfficerName);
    QCOMPARE(child<QLineEdit>(&wizard, "passwordEdit")->text(), weak);

    // A password that contains the login is refused too, with the policy's reason.
    auto* password = child<QLineEdit>(&wizard, "passwordEdit");
    auto* confirm = child<QLineEdit>(&wizard, "confirmPasswordEdit");
    password->clear();
    confirm->clear();
    QTest::keyClicks(password, kLogin + QStringLiteral("-Mori-7-Hikari"));
    QTest::keyClicks(confirm, kLogin + QStringLiteral("-Mori-7-Hikari"));
    QVERIFY(reason->isVisible());
    clickButton(wizard, QWizard::CommitButton);
    QTest::qWait(200);
    QCOMPARE(wizard.currentId(), int(CreationWizard::OfficerPageId));
    QVERIFY(!storage::Vault::exists(location));

    // Mismatched confirmation.
    password->clear();
    confirm->clear();
    QTest::keyClicks(password, kStrongPassword);
    QTest::keyClicks(confirm, kStrongPassword + QLatin1Char('x'));
    clickButton(wizard, QWizard::CommitButton);
    QTest::qWait(200);
    QCOMPARE(wizard.currentId(), int(CreationWizard::OfficerPageId));
    QVERIFY(error->isVisible());

    // Corrected: the database is created from the same page.
    confirm->clear();
    QTest::keyClicks(confirm, kStrongPassword);
    clickButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(CreationWizard::RecoveryKeyPageId), 30000);
    QVERIFY(storage::Vault::exists(location));
}

void TestGuiWizard::refusesNonEmptyFolder()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("office.pdesk"));
    QVERIFY(QDir().mkpath(location));
    QFile stray(location + QStringLiteral("/notes.txt"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("x");
    stray.close();

    CreationWizard wizard(crypto::KdfParams::interactive());
    wizard.setLocation(location);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    fillOrganizationPage(wizard);
    fillOfficerPage(wizard, kStrongPassword, kStrongPassword);
    clickButton(wizard, QWizard::CommitButton);
    QTest::qWait(200);
    QCOMPARE(wizard.currentId(), int(CreationWizard::OfficerPageId));
    QVERIFY(child<QLabel>(&wizard, "errorLabel")->isVisible());
    QVERIFY(!storage::Vault::exists(location));
    QCOMPARE(QDir(location).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void TestGuiWizard::showsCoreErrorInPage()
{
    // The parent "folder" is a file: the core cannot create the unit and says why.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString location = dir.filePath(QStringLiteral("blocker/office.pdesk"));

    CreationWizard wizard(crypto::KdfParams::interactive());
    wizard.setLocation(location);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    fillOrganizationPage(wizard);
    fillOfficerPage(wizard, kStrongPassword, kStrongPassword);
    clickButton(wizard, QWizard::CommitButton);
    auto* error = child<QLabel>(&wizard, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(wizard.currentId(), int(CreationWizard::OfficerPageId));
    QVERIFY(!wizard.hasSession());
    QCOMPARE(child<QLineEdit>(&wizard, "passwordEdit")->text(), kStrongPassword);
    QVERIFY(child<QLineEdit>(&wizard, "passwordEdit")->isEnabled());
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
}

void TestGuiWizard::copiesRecoveryKeyAsSecret()
{
    QTemporaryDir dir;
    CreationWizard wizard(crypto::KdfParams::interactive());
    wizard.setLocation(dir.filePath(QStringLiteral("office.pdesk")));
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    fillOrganizationPage(wizard);
    fillOfficerPage(wizard, kStrongPassword, kStrongPassword);
    clickButton(wizard, QWizard::CommitButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(CreationWizard::RecoveryKeyPageId), 30000);

    SecretClipboard::instance().setClearDelay(std::chrono::milliseconds(300));
    QTest::mouseClick(child<QAbstractButton>(&wizard, "copyButton"), Qt::LeftButton);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), wizard.recoveryKey());
    QCOMPARE(mime->data(QLatin1String(SecretClipboard::kPasswordManagerHint)), QByteArrayLiteral("secret"));
    QVERIFY(!child<QLabel>(&wizard, "copiedLabel")->text().isEmpty());
    QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());

    // Something the user copied afterwards is left alone.
    QTest::mouseClick(child<QAbstractButton>(&wizard, "copyButton"), Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("unrelated"));
    QTest::qWait(500);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("unrelated"));
    SecretClipboard::instance().setClearDelay(SecretClipboard::kDefaultClearDelay);
}

QTEST_MAIN(TestGuiWizard)
#include "tst_gui_wizard.moc"
