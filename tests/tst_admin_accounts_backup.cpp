// SPDX-License-Identifier: GPL-3.0-or-later
// The administration commands of the accounts and backups (issue 5) as an administrator runs
// them: add-account with a one-time password, passwd, remove-account, audit-log, and the monthly
// restore drill (backup → verify-backup → restore → check). Also the account rules in core that
// the commands rely on: never yourself, never the last officer, staff refused and audited.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/BackupService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestAdminAccountsBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accountLifecycleThroughTheCommandLine();
    void restoreDrill();
    void auditLogNeedsReviewRights();
    void accountRulesInCore();

private:
    QStringList withCredentials(QStringList arguments, const QString& location, const QString& user = officerLogin()) const
    {
        arguments << u"--database"_s << location << u"--user"_s << user << u"--password-stdin"_s;
        return arguments;
    }
};

namespace {
const QByteArray kOneTime = QByteArrayLiteral("Asa-no-Kiri-42-Tsubame");
const QByteArray kChosen = QByteArrayLiteral("Yoru-no-Niji-77-Hotaru");
} // namespace

void TestAdminAccountsBackup::initTestCase()
{
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
}

void TestAdminAccountsBackup::accountLifecycleThroughTheCommandLine()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    QString out;
    QString err;

    int code = runAdmin(withCredentials({u"add-account"_s, u"--login"_s, u"sato"_s, u"--name"_s, u"佐藤 一郎"_s,
                                         u"--role"_s, u"staff"_s},
                                        office.location),
                        officerPassword() + '\n' + kOneTime + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    auto staff = Session::unlock(office.location, u"sato"_s, kOneTime);
    QVERIFY(staff);
    QVERIFY((*staff)->account().mustChangePassword);
    QCOMPARE((*staff)->account().role, Role::Staff);
    staff->reset();

    // A weak one-time password is refused with the reason, and nothing is added.
    code = runAdmin(withCredentials({u"add-account"_s, u"--login"_s, u"ito"_s, u"--name"_s, u"伊藤"_s, u"--role"_s,
                                     u"auditor"_s},
                                    office.location),
                    officerPassword() + "\npassword\n", &out, &err);
    QCOMPARE(code, 1);
    QCOMPARE(Session::unlock(office.location, u"ito"_s, "password").error().kind, ErrorKind::UnknownAccount);

    code = runAdmin(withCredentials({u"passwd"_s}, office.location, u"sato"_s), kOneTime + '\n' + kChosen + '\n', &out,
                    &err);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(Session::unlock(office.location, u"sato"_s, kOneTime).error().kind, ErrorKind::WrongPassword);
    staff = Session::unlock(office.location, u"sato"_s, kChosen);
    QVERIFY(staff);
    QVERIFY(!(*staff)->account().mustChangePassword);
    staff->reset();

    code = runAdmin(withCredentials({u"remove-account"_s, u"--login"_s, u"sato"_s}, office.location),
                    officerPassword() + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(Session::unlock(office.location, u"sato"_s, kChosen).error().kind, ErrorKind::UnknownAccount);

    // The officer cannot remove themselves (the last officer at that).
    code = runAdmin(withCredentials({u"remove-account"_s, u"--login"_s, officerLogin()}, office.location),
                    officerPassword() + '\n', &out, &err);
    QCOMPARE(code, 1);
    QVERIFY(office.unlock());

    code = runAdmin(withCredentials({u"audit-log"_s}, office.location), officerPassword() + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    for (const QString& action : {u"add_key_slot"_s, u"change_password"_s, u"remove_key_slot"_s, u"login_failed"_s})
        QVERIFY2(out.contains(u'\t' + action + u'\t'), qPrintable(action));
    // Never the passwords.
    QVERIFY(!out.contains(QString::fromLatin1(kOneTime)));
    QVERIFY(!out.contains(QString::fromLatin1(kChosen)));
}

void TestAdminAccountsBackup::restoreDrill()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(DemoGenerator(*office.session).generate(40, 11));
    office.lock();
    QTemporaryDir backups;
    QString out;
    QString err;

    int code = runAdmin(withCredentials({u"backup"_s, u"--to"_s, backups.path()}, office.location),
                        officerPassword() + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    const QStringList written = BackupService::backupsIn(backups.path(), QFileInfo(office.location).completeBaseName());
    QCOMPARE(written.size(), 1);
    QVERIFY(out.contains(QDir::toNativeSeparators(written.first())));

    code = runAdmin({u"verify-backup"_s, written.first(), u"--user"_s, officerLogin(), u"--password-stdin"_s},
                    officerPassword() + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));
    const QRegularExpression counts(u"Complaints: (\\d+), issued letters: (\\d+), accounts: (\\d+)"_s);
    const auto backupCounts = counts.match(out);
    QVERIFY(backupCounts.hasMatch());
    QVERIFY(backupCounts.captured(1).toInt() >= 40);

    code = runAdmin(withCredentials({u"restore"_s, written.first()}, office.location), officerPassword() + '\n', &out,
                    &err);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(out.contains(u"kept as"_s));
    code = runAdmin({u"check"_s, u"--database"_s, office.location, u"--user"_s, officerLogin(), u"--password-stdin"_s},
                    officerPassword() + '\n', &out, &err);
    QVERIFY2(code == 0, qPrintable(err));

    // A wrong password on verify-backup is refused without naming anything inside.
    code = runAdmin({u"verify-backup"_s, written.first(), u"--user"_s, officerLogin(), u"--password-stdin"_s},
                    "wrong-password\n", &out, &err);
    QCOMPARE(code, 1);
    QVERIFY(err.contains(u"password"_s));
}

void TestAdminAccountsBackup::auditLogNeedsReviewRights()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray staffPassword = QByteArrayLiteral("Hoshi-no-Umi-4-Kaze");
    const QByteArray auditorPassword = QByteArrayLiteral("Mizu-no-Oto-9-Sakura");
    AccountService accounts(*office.session);
    QVERIFY(accounts.addAccount(u"suzuki"_s, u"鈴木"_s, Role::Staff, staffPassword));
    QVERIFY(accounts.addAccount(u"kansa"_s, u"監事 一"_s, Role::Auditor, auditorPassword));
    office.lock();
    QString out;
    QString err;
    QCOMPARE(runAdmin(withCredentials({u"audit-log"_s}, office.location, u"suzuki"_s), staffPassword + '\n', &out, &err),
             1);
    QVERIFY(err.contains(u"role"_s));
    QCOMPARE(runAdmin(withCredentials({u"audit-log"_s, u"--from"_s, QDate::currentDate().toString(Qt::ISODate)},
                                      office.location, u"kansa"_s),
                      auditorPassword + '\n', &out, &err),
             0);
    // The staff member's refused attempt is in the trail the auditor reads.
    QVERIFY(out.contains(u"suzuki\tstaff\tdenied\taudit_log"_s));
    QCOMPARE(runAdmin(withCredentials({u"audit-log"_s, u"--from"_s, u"2025-13-01"_s}, office.location, u"kansa"_s),
                      auditorPassword + '\n', &out, &err),
             2);
}

void TestAdminAccountsBackup::accountRulesInCore()
{
    TestOffice office;
    QVERIFY(office.isValid());
    AccountService accounts(*office.session);
    const QByteArray secondOfficerPassword = QByteArrayLiteral("Kumo-no-Ue-31-Tsuki");
    QCOMPARE(accounts.setActive(officerLogin(), false).error().kind, ErrorKind::InvalidInput);
    QVERIFY(accounts.addAccount(u"yamada"_s, u"山田"_s, Role::Officer, secondOfficerPassword));
    QVERIFY(accounts.setActive(u"yamada"_s, false));
    QCOMPARE(Session::unlock(office.location, u"yamada"_s, secondOfficerPassword).error().kind,
             ErrorKind::AccountDisabled);
    QVERIFY(accounts.setActive(u"yamada"_s, true));
    QVERIFY(Session::unlock(office.location, u"yamada"_s, secondOfficerPassword));
    QVERIFY(accounts.resetPassword(u"yamada"_s, kOneTime));
    auto reset = Session::unlock(office.location, u"yamada"_s, kOneTime);
    QVERIFY(reset);
    QVERIFY((*reset)->account().mustChangePassword);
    // The second officer may remove the first: one active officer remains.
    QVERIFY(AccountService(**reset).removeAccount(officerLogin()));
    QCOMPARE(AccountService(**reset).removeAccount(u"nobody"_s).error().kind, ErrorKind::UnknownAccount);
}

QTEST_GUILESS_MAIN(TestAdminAccountsBackup)
#include "tst_admin_accounts_backup.moc"
