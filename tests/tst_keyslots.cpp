// SPDX-License-Identifier: GPL-3.0-or-later
// Key slots: every account opens the same data with its own password; a password
// change rewrites one slot and never the database pages; the recovery key opens the
// data when every password is lost; a damaged slot copy is repaired from the other.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/storage/KeySlotFile.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;

class TestKeySlots : public QObject
{
    Q_OBJECT

private slots:
    void twoAccountsOpenTheSameData();
    void passwordChangeTouchesOnlyOneSlot();
    void recoveryKeyOpensWhenPasswordsAreForgotten();
    void damagedSlotCopyIsRepaired();
    void slotFileHoldsNoPersonalData();
    void tamperedSlotIsRefused();
    void firstFormatFileStillOpens();

private:
    const QByteArray m_staffPassword = QByteArrayLiteral("Umi-to-Sora-42-Kaze");
};

void TestKeySlots::twoAccountsOpenTheSameData()
{
    test::TestOffice office(QStringLiteral("共有データ健康保険組合"));
    QVERIFY(office.isValid());
    AccountService accounts(*office.session);
    auto added = accounts.addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Staff, m_staffPassword);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
    QVERIFY(added->mustChangePassword);
    office.lock();

    auto officer = office.unlock();
    QVERIFY(officer);
    QCOMPARE(OrganizationService(**officer).organization()->name, QStringLiteral("共有データ健康保険組合"));
    officer->reset();
    auto staff = Session::unlock(office.location, QStringLiteral("suzuki"), m_staffPassword);
    QVERIFY(staff);
    QCOMPARE((*staff)->account().role, Role::Staff);
    QCOMPARE(OrganizationService(**staff).organization()->name, QStringLiteral("共有データ健康保険組合"));
}

void TestKeySlots::passwordChangeTouchesOnlyOneSlot()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(AccountService(*office.session).addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Staff,
                                                       m_staffPassword));
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    const QByteArray databaseBefore = test::readFile(paths.database());
    const auto slotsBefore = storage::KeySlotFile::parse(test::readFile(paths.keySlots()));
    QVERIFY(slotsBefore);

    {
        auto vault = storage::Vault::unlock(office.location, QStringLiteral("suzuki"), m_staffPassword);
        QVERIFY(vault);
        QVERIFY((*vault)->setPassword(QStringLiteral("suzuki"), QByteArrayLiteral("Atarashii-Pass-2026"),
                                      test::fastKdf()));
    }
    QCOMPARE(test::readFile(paths.database()), databaseBefore);

    const auto slotsAfter = storage::KeySlotFile::parse(test::readFile(paths.keySlots()));
    QVERIFY(slotsAfter);
    QCOMPARE(slotsAfter->slotList.size(), slotsBefore->slotList.size());
    int changed = 0;
    for (qsizetype i = 0; i < slotsAfter->slotList.size(); ++i)
        if (slotsAfter->slotList[i].publicKey != slotsBefore->slotList[i].publicKey
            || slotsAfter->slotList[i].sealedKey != slotsBefore->slotList[i].sealedKey)
            ++changed;
    QCOMPARE(changed, 1);

    QVERIFY(!storage::Vault::unlock(office.location, QStringLiteral("suzuki"), m_staffPassword));
    QVERIFY(storage::Vault::unlock(office.location, QStringLiteral("suzuki"), QByteArrayLiteral("Atarashii-Pass-2026")));
    QVERIFY(office.unlock());
}

void TestKeySlots::recoveryKeyOpensWhenPasswordsAreForgotten()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(AccountService(*office.session).addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木 一郎"), Role::Staff,
                                                       m_staffPassword));
    office.lock();
    QCOMPARE(office.unlock(QByteArrayLiteral("forgotten-1")).error().kind, ErrorKind::WrongPassword);
    QCOMPARE(Session::unlock(office.location, QStringLiteral("suzuki"), QByteArrayLiteral("forgotten-2")).error().kind,
             ErrorKind::WrongPassword);

    // Typed by hand: lower case, spaces instead of hyphens.
    const QString typed = office.recoveryKey.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    auto recovered = Session::unlockWithRecoveryKey(office.location, typed);
    QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message()));
    QVERIFY((*recovered)->openedWithRecoveryKey());
    QCOMPARE((*recovered)->account().role, Role::Officer);
    QVERIFY(AccountService(**recovered).changeOwnPassword({}, QByteArrayLiteral("Fukkatsu-no-Jumon-88")));
    recovered->reset();
    QVERIFY(office.unlock(QByteArrayLiteral("Fukkatsu-no-Jumon-88")));
}

void TestKeySlots::damagedSlotCopyIsRepaired()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    QByteArray primary = test::readFile(paths.keySlots());
    primary[primary.size() / 2] = char(primary[primary.size() / 2] ^ 0x20);
    QVERIFY(test::writeFile(paths.keySlots(), primary));
    QVERIFY(office.unlock());
    QCOMPARE(test::readFile(paths.keySlots()), test::readFile(paths.keySlotsBackup()));

    QVERIFY(QFile::remove(paths.keySlotsBackup()));
    QVERIFY(office.unlock());
    QVERIFY(QFile::exists(paths.keySlotsBackup()));
}

void TestKeySlots::slotFileHoldsNoPersonalData()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    for (const QString& file : {paths.keySlots(), paths.keySlotsBackup()}) {
        const QByteArray bytes = test::readFile(file);
        QVERIFY(!bytes.contains(test::officerLogin().toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("田中").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("テスト健康保険組合").toUtf8()));
        QVERIFY(bytes.contains("\"pageSize\": 4096"));
        QVERIFY(bytes.contains("argon2id13"));
    }
}

void TestKeySlots::tamperedSlotIsRefused()
{
    // Raising the KDF cost field (or any other field) breaks the AEAD's associated data.
    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    auto slotFile = storage::KeySlotFile::parse(test::readFile(paths.keySlots()));
    QVERIFY(slotFile);
    slotFile->slotList[0].kdf.opsLimit += 1;
    QVERIFY(test::writeFile(paths.keySlots(), slotFile->serialize()));
    QVERIFY(test::writeFile(paths.keySlotsBackup(), slotFile->serialize()));
    auto unlocked = office.unlock();
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().kind, ErrorKind::WrongPassword);
}

void TestKeySlots::firstFormatFileStillOpens()
{
    // A slot file as the first format wrote it: version 1, the data key encrypted under the
    // password's wrapping key, no public key. It parses (its checksum covers version 1), opens,
    // and is rewritten in the sealed form at the unlock.
    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    auto current = storage::KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    QVERIFY(current);
    auto keys = current->unwrapWithPassword(*current->findPasswordSlot(test::officerLogin()), test::officerPassword());
    QVERIFY(keys);

    storage::KeySlotFile old = *current;
    old.formatVersion = 1;
    for (storage::KeySlot& slot : old.slotList) {
        if (slot.kind != storage::KeySlot::Kind::Password)
            continue;
        auto wrappingKey = crypto::deriveKey(test::officerPassword(), slot.salt, slot.kdf);
        QVERIFY(wrappingKey);
        slot.publicKey.clear();
        slot.sealedKey.clear();
        slot.wrappedKey = crypto::seal(*wrappingKey, keys->dataKey.data(), keys->dataKey.size(),
                                       slot.associatedData(old.databaseId));
    }
    const QByteArray bytes = old.serialize();
    QVERIFY(bytes.contains("\"version\": 1"));
    QVERIFY(test::writeFile(paths.keySlots(), bytes));
    QVERIFY(test::writeFile(paths.keySlotsBackup(), bytes));
    auto parsed = storage::KeySlotFile::parse(bytes);
    QVERIFY(parsed);
    QCOMPARE(parsed->formatVersion, 1);
    QVERIFY(!parsed->findPasswordSlot(test::officerLogin())->isSealed());

    QVERIFY(office.unlock());
    auto upgraded = storage::KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    QVERIFY(upgraded);
    QCOMPARE(upgraded->formatVersion, storage::KeySlotFile::kFormatVersion);
    QVERIFY(upgraded->findPasswordSlot(test::officerLogin())->isSealed());
    QVERIFY(office.unlock());
}

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
