// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating the data key: every account keeps its password, the records and the audit chain come
// through whole, checkpoints issued before still verify, and a copy of an older key-slot file (a
// removed account's) no longer opens the database. Refused while another program has the database
// open and while a slot of the first format cannot take the new key; cancelling changes nothing.
#include "TestSupport.h"

#include "core/crypto/Crypto.h"
#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditQueries.h"
#include "core/storage/KeySlotFile.h"
#include "core/storage/UnitStatistics.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyoneKeepsTheirPasswordAndTheRecordsComeThrough();
    void olderSlotFileNoLongerOpens();
    void recoveryKeyKeptOrReplaced();
    void checkpointIssuedBeforeStillVerifies();
    void refusedWhileAnotherConnectionIsOpen();
    void cancelledRotationChangesNothing();
    void formatOneSlotBlocksUntilItsOwnerSignsIn();
    void interruptedBeforeTheSwitchIsForgotten();
    void nonOfficerIsRefusedAndAudited();

private:
    static storage::UnitStatistics statistics(Session& session);
    static QByteArray fileHeader(const QString& path);
};

namespace {
const QByteArray kStaffPassword = QByteArrayLiteral("Haru-Ichiban-48-Tsubame");
const QByteArray kAuditorPassword = QByteArrayLiteral("Yuki-Akari-Shizuku-57");

/// Adds a staff member and an auditor who have set their own passwords, and some records.
bool populate(TestOffice& office)
{
    AccountService accounts(*office.session);
    if (!accounts.addAccount(u"sato"_s, u"佐藤 一郎"_s, Role::Staff, kStaffPassword)
        || !accounts.addAccount(u"kansa"_s, u"監事 次郎"_s, Role::Auditor, kAuditorPassword))
        return false;
    DemoGenerator demo(*office.session);
    return demo.generate(120, 7).has_value();
}

bool opens(const QString& location, const QString& login, const QByteArray& password)
{
    return Session::unlock(location, login, password).has_value();
}
} // namespace

storage::UnitStatistics TestKeyRotation::statistics(Session& session)
{
    auto read = storage::UnitStatistics::read(session.vault().database());
    return read ? *read : storage::UnitStatistics{};
}

QByteArray TestKeyRotation::fileHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}

void TestKeyRotation::initTestCase()
{
    QVERIFY(crypto::initialize());
}

void TestKeyRotation::everyoneKeepsTheirPasswordAndTheRecordsComeThrough()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const storage::UnitStatistics before = statistics(*office.session);
    const storage::VaultPaths paths = office.session->vault().paths();
    const QByteArray saltBefore = fileHeader(paths.database());

    QList<int> reported;
    auto rotated = AccountService(*office.session).rotateDataKey(false, [&](int percent) {
        reported.append(percent);
        return true;
    });
    QVERIFY2(rotated, qPrintable(rotated ? QString() : rotated.error().message()));
    QVERIFY(rotated->newRecoveryKey.isEmpty());
    QCOMPARE(rotated->databaseBytes, QFileInfo(paths.database()).size());
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.first(), 0);
    QCOMPARE(reported.last(), 100);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QVERIFY(fileHeader(paths.database()) != saltBefore);
    QVERIFY(!QFile::exists(paths.rotatingDatabase()));
    QVERIFY(!office.session->vault().keySlots().hasPendingKey());

    // The session goes on under the new key.
    QCOMPARE(statistics(*office.session).complaints, before.complaints);
    QVERIFY(office.session->vault().checkIntegrity());
    office.lock();

    for (auto [login, password] : {std::pair{officerLogin(), officerPassword()}, std::pair{u"sato"_s, kStaffPassword},
                                   std::pair{u"kansa"_s, kAuditorPassword}}) {
        auto session = Session::unlock(office.location, login, password);
        QVERIFY2(session, qPrintable(login));
        QVERIFY((*session)->vault().checkIntegrity());
        const storage::UnitStatistics after = statistics(**session);
        QCOMPARE(after.complaints, before.complaints);
        QCOMPARE(after.accounts, before.accounts);
        QVERIFY(after.auditEntries > before.auditEntries);
        QVERIFY(!(*session)->rollbackWarning().has_value());
    }

    auto session = office.unlock();
    QVERIFY(session);
    storage::AuditQuery query;
    query.actions = {u"rotate_data_key"_s};
    auto entries = storage::AuditQueries::all((*session)->vault().database(), query);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().login, officerLogin());
    QVERIFY(entries->first().detail.contains(u"severity=high"_s));
}

void TestKeyRotation::olderSlotFileNoLongerOpens()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const storage::VaultPaths paths = office.session->vault().paths();
    // Someone keeps a copy of the slot file, then loses their account.
    const QByteArray keptSlots = readFile(paths.keySlots());
    QVERIFY(AccountService(*office.session).removeAccount(u"sato"_s));
    QVERIFY(AccountService(*office.session).rotateDataKey(false));
    office.lock();

    // The copy put back beside the current database (or beside a copy of it) opens nothing.
    QTemporaryDir elsewhere;
    const QString stolen = elsewhere.path() + u"/stolen.pdesk"_s;
    QVERIFY(QDir().mkpath(stolen));
    QVERIFY(QFile::copy(paths.database(), stolen + u"/privacydesk.db"_s));
    QVERIFY(writeFile(stolen + u"/keyslots"_s, keptSlots));
    auto refused = Session::unlock(stolen, u"sato"_s, kStaffPassword);
    QVERIFY(!refused);
    QVERIFY(refused.error().kind == ErrorKind::NotADatabase || refused.error().kind == ErrorKind::Corrupt);
    QVERIFY(!opens(stolen, officerLogin(), officerPassword()));

    // The removed account has no slot in the current file; the others open it.
    QCOMPARE(Session::unlock(office.location, u"sato"_s, kStaffPassword).error().kind, ErrorKind::UnknownAccount);
    QVERIFY(opens(office.location, u"kansa"_s, kAuditorPassword));
}

void TestKeyRotation::recoveryKeyKeptOrReplaced()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QString firstKey = office.recoveryKey;
    QVERIFY(AccountService(*office.session).rotateDataKey(false));
    office.lock();
    QVERIFY(Session::unlockWithRecoveryKey(office.location, firstKey));

    auto session = office.unlock();
    QVERIFY(session);
    auto rotated = AccountService(**session).rotateDataKey(true);
    QVERIFY(rotated);
    QVERIFY(!rotated->newRecoveryKey.isEmpty());
    QVERIFY(rotated->newRecoveryKey != firstKey);
    session->reset();
    auto old = Session::unlockWithRecoveryKey(office.location, firstKey);
    QVERIFY(!old);
    QCOMPARE(old.error().kind, ErrorKind::WrongRecoveryKey);
    QVERIFY(Session::unlockWithRecoveryKey(office.location, rotated->newRecoveryKey));
}

void TestKeyRotation::checkpointIssuedBeforeStillVerifies()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(1);
    auto checkpoint = AuditReview(*office.session).exportCheckpoint(from, until);
    QVERIFY(checkpoint);
    QVERIFY(AccountService(*office.session).rotateDataKey(false));
    office.lock();
    auto session = office.unlock();
    QVERIFY(session);
    auto verified = AuditReview(**session).verifyCheckpoint(*checkpoint);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
}

void TestKeyRotation::refusedWhileAnotherConnectionIsOpen()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const storage::VaultPaths paths = office.session->vault().paths();
    const QByteArray slotsBefore = readFile(paths.keySlots());
    {
        auto other = Session::unlock(office.location, u"sato"_s, kStaffPassword);
        QVERIFY(other);
        auto refused = AccountService(*office.session).rotateDataKey(false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::LockedByOtherProcess);
        // Both sessions go on working, under the old key.
        QVERIFY((*other)->vault().checkIntegrity());
        QVERIFY(office.session->vault().checkIntegrity());
    }
    QVERIFY(!QFile::exists(paths.rotatingDatabase()));
    QVERIFY(!office.session->vault().keySlots().hasPendingKey());
    // Once alone, the same session can rotate.
    QVERIFY(AccountService(*office.session).rotateDataKey(false));
    office.lock();
    QVERIFY(opens(office.location, u"sato"_s, kStaffPassword));
}

void TestKeyRotation::cancelledRotationChangesNothing()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const storage::VaultPaths paths = office.session->vault().paths();
    const QByteArray salt = fileHeader(paths.database());
    for (int cancelAt : {0, 2, 50, 85, 95}) {
        auto cancelled = AccountService(*office.session).rotateDataKey(false, [cancelAt](int percent) {
            return percent < cancelAt;
        });
        QVERIFY2(!cancelled, qPrintable(QString::number(cancelAt)));
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(fileHeader(paths.database()), salt);
        QVERIFY(!QFile::exists(paths.rotatingDatabase()));
        QVERIFY(!office.session->vault().keySlots().hasPendingKey());
        QVERIFY(office.session->vault().checkIntegrity());
    }
    office.lock();
    QVERIFY(opens(office.location, u"sato"_s, kStaffPassword));
}

void TestKeyRotation::formatOneSlotBlocksUntilItsOwnerSignsIn()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();

    // Rewrites sato's slot as the first format had it: the data key encrypted under the password.
    auto slotFile = storage::KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    QVERIFY(slotFile);
    const storage::KeySlot* officerSlot = slotFile->findPasswordSlot(officerLogin());
    QVERIFY(officerSlot);
    auto keys = slotFile->unwrapWithPassword(*officerSlot, officerPassword());
    QVERIFY(keys);
    storage::KeySlot legacy = *slotFile->findPasswordSlot(u"sato"_s);
    legacy.publicKey.clear();
    legacy.sealedKey.clear();
    auto wrappingKey = crypto::deriveKey(kStaffPassword, legacy.salt, legacy.kdf);
    QVERIFY(wrappingKey);
    legacy.wrappedKey =
        crypto::seal(*wrappingKey, keys->dataKey.data(), keys->dataKey.size(), legacy.associatedData(slotFile->databaseId));
    slotFile->replaceOrAdd(legacy);
    QVERIFY(slotFile->save(paths.keySlots(), paths.keySlotsBackup()));

    {
        auto session = office.unlock();
        QVERIFY(session);
        auto blocking = AccountService(**session).accountsBlockingKeyRotation();
        QVERIFY(blocking);
        QCOMPARE(blocking->size(), 1);
        QCOMPARE(blocking->first().login, u"sato"_s);
        auto refused = AccountService(**session).rotateDataKey(false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
        QVERIFY(refused.error().detail.contains(u"sato"_s));
    }
    // Sato signs in once: the slot is rewritten in the sealed form, and nothing blocks any more.
    QVERIFY(opens(office.location, u"sato"_s, kStaffPassword));
    auto upgraded = storage::KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    QVERIFY(upgraded);
    QVERIFY(upgraded->findPasswordSlot(u"sato"_s)->isSealed());
    QVERIFY(upgraded->findPasswordSlot(u"sato"_s)->wrappedKey.isEmpty());
    auto session = office.unlock();
    QVERIFY(session);
    QVERIFY(AccountService(**session).rotateDataKey(false));
    session->reset();
    QVERIFY(opens(office.location, u"sato"_s, kStaffPassword));
}

void TestKeyRotation::interruptedBeforeTheSwitchIsForgotten()
{
    // What a rotation killed while writing its copy leaves: pending keys sealed to the slots and a
    // partial copy. The next unlock opens with the old key and forgets both.
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    auto slotFile = storage::KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    QVERIFY(slotFile);
    slotFile->sealPendingKey(SecureBytes::random(crypto::kDataKeySize));
    QVERIFY(slotFile->save(paths.keySlots(), paths.keySlotsBackup()));
    QVERIFY(writeFile(paths.rotatingDatabase(), QByteArray(4096, '\x5a')));

    auto session = Session::unlock(office.location, u"sato"_s, kStaffPassword);
    QVERIFY(session);
    QVERIFY(!(*session)->vault().finishedInterruptedRotation());
    QVERIFY(!(*session)->vault().keySlots().hasPendingKey());
    QVERIFY(!QFile::exists(paths.rotatingDatabase()));
    QVERIFY((*session)->vault().checkIntegrity());
}

void TestKeyRotation::nonOfficerIsRefusedAndAudited()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(populate(office));
    office.lock();
    for (auto [login, password] : {std::pair{u"sato"_s, kStaffPassword}, std::pair{u"kansa"_s, kAuditorPassword}}) {
        auto session = Session::unlock(office.location, login, password);
        QVERIFY(session);
        const QByteArray salt = fileHeader((*session)->vault().paths().database());
        auto refused = AccountService(**session).rotateDataKey(false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
        QCOMPARE(fileHeader((*session)->vault().paths().database()), salt);
        storage::AuditQuery query;
        query.actions = {u"denied"_s};
        auto denied = storage::AuditQueries::all((*session)->vault().database(), query);
        QVERIFY(denied);
        QVERIFY(std::any_of(denied->cbegin(), denied->cend(), [&](const storage::AuditEntry& entry) {
            return entry.login == login && entry.recordType == u"key_rotation"_s;
        }));
    }
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_key_rotation.moc"
