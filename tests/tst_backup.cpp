// SPDX-License-Identifier: GPL-3.0-or-later
// Backups are complete units written by sqlcipher_export (never a copy of the live file), as
// encrypted as the database; a restore puts one in place with identical counts and a valid chain,
// keeps the current unit aside, and is audited; only the officer makes or restores them.
#include "TestSupport.h"

#include "core/complaints/ComplaintService.h"
#include "core/services/AccountService.h"
#include "core/services/BackupService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/UnitStatistics.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupIsEncryptedAndRestoresIdentically();
    void generationsAreKept();
    void onlyTheOfficerBacksUp();
    void damagedBackupFailsVerification();
    void restoreNeedsTheBackupsOfficer();
};

namespace {

const QString kMarker = u"蛍火ミチルBACKUPMARK7"_s;

Result<Complaint> plantMarker(Session& session)
{
    Complaint draft;
    draft.receivedAt = QDateTime::currentDateTime();
    draft.channel = ComplaintChannel::Phone;
    draft.complainant.name = kMarker;
    draft.content = kMarker + u" の申出"_s;
    draft.category = ComplaintCategory::Other;
    return ComplaintService(session).create(draft);
}

storage::UnitStatistics statisticsOf(Session& session)
{
    auto statistics = storage::UnitStatistics::read(session.vault().database());
    return statistics ? *statistics : storage::UnitStatistics{};
}

bool containsMarker(const QString& root)
{
    for (const QString& file : filesBelow(root)) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& encoded : markerEncodings(kMarker))
            if (bytes.contains(encoded))
                return true;
    }
    return false;
}

} // namespace

void TestBackup::backupIsEncryptedAndRestoresIdentically()
{
    TestOffice office;
    QVERIFY(office.isValid());
    DemoGenerator demo(*office.session);
    QVERIFY(demo.generate(60, 7));
    QVERIFY(plantMarker(*office.session));
    QTemporaryDir backupRoot;
    const QString backups = backupRoot.filePath(u"バックアップ"_s);

    BackupService service(*office.session);
    auto backup = service.backupTo(backups);
    QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message()));
    QVERIFY(QFileInfo(backup->folder).isDir());
    QVERIFY(!QFileInfo(backup->folder).fileName().startsWith(u'.'));
    QCOMPARE(QFileInfo(backups).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // The live unit has one entry more now: the audit entry of the backup itself.
    const storage::UnitStatistics before = backup->statistics;
    QCOMPARE(statisticsOf(*office.session).auditEntries, before.auditEntries + 1);
    QCOMPARE(statisticsOf(*office.session).complaints, before.complaints);
    QVERIFY(before.complaints >= 61);
    QVERIFY(!containsMarker(backups));

    auto verified = BackupService::verify(backup->folder, officerLogin(), officerPassword());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message()));
    QCOMPARE(verified->statistics, before);
    QCOMPARE(verified->head.seq, backup->head.seq);
    QVERIFY(verified->bytes > 0);

    // Work goes on after the backup; then the unit is restored to it.
    QVERIFY(plantMarker(*office.session));
    const storage::UnitStatistics later = statisticsOf(*office.session);
    QCOMPARE(later.complaints, before.complaints + 1);
    office.lock();

    auto aside = BackupService::restore(backup->folder, office.location, officerLogin(), officerPassword());
    QVERIFY2(aside, aside ? "" : qPrintable(aside.error().message()));
    QVERIFY(QFileInfo(*aside).isDir());
    QVERIFY(!containsMarker(office.dir.path()));

    auto session = office.unlock();
    QVERIFY(session);
    QVERIFY(!(*session)->rollbackWarning().has_value());
    const storage::UnitStatistics restored = statisticsOf(**session);
    QCOMPARE(restored.complaints, before.complaints);
    QCOMPARE(restored.issuedLetters, before.issuedLetters);
    QCOMPARE(restored.accounts, before.accounts);
    QVERIFY((*session)->vault().store().verifyChain());
    storage::AuditLog::Filter filter;
    auto entries = storage::AuditLog::entries((*session)->vault().database(), filter);
    QVERIFY(entries);
    bool restoreAudited = false;
    for (const storage::AuditEntry& entry : *entries)
        restoreAudited |= entry.action == QLatin1String("restore") && entry.detail.contains(QLatin1String("severity=high"));
    QVERIFY(restoreAudited);
    session->reset();
    QVERIFY(Session::checkUnit(office.location, officerLogin(), officerPassword()));

    // The unit kept aside is the newer one, whole and openable.
    auto asideSession = Session::unlock(*aside, officerLogin(), officerPassword());
    QVERIFY(asideSession);
    QCOMPARE(statisticsOf(**asideSession).complaints, later.complaints);
}

void TestBackup::generationsAreKept()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QTemporaryDir backups;
    BackupService service(*office.session);
    QStringList written;
    for (int i = 0; i < 4; ++i) {
        auto backup = service.backupTo(backups.path(), 3);
        QVERIFY(backup);
        written.append(backup->folder);
    }
    const QString unitName = QFileInfo(office.location).completeBaseName();
    const QStringList kept = BackupService::backupsIn(backups.path(), unitName);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first(), written.last());
    QVERIFY(!QFileInfo::exists(written.first()));
    // No half-written folder is ever left behind.
    for (const QString& name : QDir(backups.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
}

void TestBackup::onlyTheOfficerBacksUp()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray staffPassword = QByteArrayLiteral("Hoshi-no-Umi-4-Kaze");
    QVERIFY(AccountService(*office.session).addAccount(u"suzuki"_s, u"鈴木"_s, Role::Staff, staffPassword));
    office.lock();
    auto staff = Session::unlock(office.location, u"suzuki"_s, staffPassword);
    QVERIFY(staff);
    QTemporaryDir backups;
    auto refused = BackupService(**staff).backupTo(backups.path());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    QVERIFY(QDir(backups.path()).isEmpty());
}

void TestBackup::damagedBackupFailsVerification()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(DemoGenerator(*office.session).generate(30, 3));
    QTemporaryDir backups;
    auto backup = BackupService(*office.session).backupTo(backups.path());
    QVERIFY(backup);
    const QString database = storage::VaultPaths::resolve(backup->folder).database();
    QByteArray bytes = readFile(database);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    QVERIFY(writeFile(database, bytes));
    auto verified = BackupService::verify(backup->folder, officerLogin(), officerPassword());
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::Corrupt);
    office.lock();
    // A damaged backup is never put in place.
    QVERIFY(!BackupService::restore(backup->folder, office.location, officerLogin(), officerPassword()));
    QVERIFY(office.unlock());
}

void TestBackup::restoreNeedsTheBackupsOfficer()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray staffPassword = QByteArrayLiteral("Hoshi-no-Umi-4-Kaze");
    QVERIFY(AccountService(*office.session).addAccount(u"suzuki"_s, u"鈴木"_s, Role::Staff, staffPassword));
    QTemporaryDir backups;
    auto backup = BackupService(*office.session).backupTo(backups.path());
    QVERIFY(backup);
    office.lock();
    const QStringList before = QDir(office.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    auto refused = BackupService::restore(backup->folder, office.location, u"suzuki"_s, staffPassword);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(QDir(office.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
