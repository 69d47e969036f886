// SPDX-License-Identifier: GPL-3.0-or-later
// Every way an open can fail gives its own typed error, and a failed open never
// modifies the database file.
#include "TestSupport.h"

#include "core/crypto/RecoveryKey.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;

class TestOpenErrors : public QObject
{
    Q_OBJECT

private slots:
    void typedErrorLeavesFileUnchanged_data();
    void typedErrorLeavesFileUnchanged();
    void messagesDiffer();
    void emptyFileIsNotADatabase();
    void plainSqliteIsNotADatabase();
    void unknownLogin();
};

namespace {
enum class Damage { None, WrongPassword, WrongRecoveryKey, MistypedRecoveryKey, FlippedByte, Truncated, NotADatabaseFile, MissingSlotFile };
}
Q_DECLARE_METATYPE(Damage)

void TestOpenErrors::typedErrorLeavesFileUnchanged_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<int>("expected");
    QTest::newRow("wrong password") << Damage::WrongPassword << int(ErrorKind::WrongPassword);
    QTest::newRow("wrong recovery key") << Damage::WrongRecoveryKey << int(ErrorKind::WrongRecoveryKey);
    QTest::newRow("mistyped recovery key") << Damage::MistypedRecoveryKey << int(ErrorKind::WrongRecoveryKey);
    QTest::newRow("flipped byte in the middle") << Damage::FlippedByte << int(ErrorKind::Corrupt);
    QTest::newRow("truncated file") << Damage::Truncated << int(ErrorKind::Corrupt);
    QTest::newRow("not a database file") << Damage::NotADatabaseFile << int(ErrorKind::NotADatabase);
    QTest::newRow("missing slot file") << Damage::MissingSlotFile << int(ErrorKind::MissingKeySlots);
}

void TestOpenErrors::typedErrorLeavesFileUnchanged()
{
    QFETCH(Damage, damage);
    QFETCH(int, expected);

    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    const QString recoveryKey = office.recoveryKey;
    office.lock();

    QByteArray bytes = test::readFile(paths.database());
    QVERIFY(bytes.size() >= 8 * 4096);
    switch (damage) {
    case Damage::FlippedByte:
        bytes[bytes.size() / 2 + 100] = char(bytes[bytes.size() / 2 + 100] ^ 0x01);
        QVERIFY(test::writeFile(paths.database(), bytes));
        break;
    case Damage::Truncated:
        bytes.truncate(bytes.size() / 2 + 1234);
        QVERIFY(test::writeFile(paths.database(), bytes));
        break;
    case Damage::NotADatabaseFile:
        bytes = QByteArray("Quarterly report\n", 17).repeated(4000);
        QVERIFY(test::writeFile(paths.database(), bytes));
        break;
    case Damage::MissingSlotFile:
        QVERIFY(QFile::remove(paths.keySlots()));
        QVERIFY(QFile::remove(paths.keySlotsBackup()));
        break;
    default:
        break;
    }

    Result<storage::ChainHead> result = fail(ErrorKind::Internal);
    switch (damage) {
    case Damage::WrongPassword:
        result = Session::checkUnit(office.location, test::officerLogin(), QByteArrayLiteral("not-the-password-123"));
        break;
    case Damage::WrongRecoveryKey: {
        const QString other = crypto::RecoveryKey::format(crypto::RecoveryKey::generateSecret());
        result = Session::checkUnit(office.location, {}, other.toUtf8());
        break;
    }
    case Damage::MistypedRecoveryKey: {
        QString typo = recoveryKey;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        result = Session::checkUnit(office.location, {}, typo.toUtf8());
        break;
    }
    default:
        result = Session::checkUnit(office.location, test::officerLogin(), test::officerPassword());
        break;
    }
    QVERIFY(!result);
    QCOMPARE(int(result.error().kind), expected);
    QVERIFY(!result.error().message().isEmpty());
    QCOMPARE(test::readFile(paths.database()), bytes);

    // The GUI path (unlock) must refuse in the same way and leave the file as it was.
    // Damage deep inside the file is found by the full check only; the others stop the unlock too.
    if (damage == Damage::FlippedByte || damage == Damage::Truncated)
        return;
    Result<std::unique_ptr<Session>> unlocked = fail(ErrorKind::Internal);
    if (damage == Damage::WrongRecoveryKey || damage == Damage::MistypedRecoveryKey)
        unlocked = Session::unlockWithRecoveryKey(office.location, QStringLiteral("AAAA-BBBB"));
    else
        unlocked = office.unlock(damage == Damage::WrongPassword ? QByteArrayLiteral("not-the-password-123")
                                                                 : test::officerPassword());
    QVERIFY(!unlocked);
    QCOMPARE(int(unlocked.error().kind), expected);
    QCOMPARE(test::readFile(paths.database()), bytes);
}

void TestOpenErrors::messagesDiffer()
{
    // "Wrong password" and "damaged file" must read differently to the user.
    auto message = [](ErrorKind kind) { return Error{kind, {}}.message(); };
    QVERIFY(message(ErrorKind::WrongPassword) != message(ErrorKind::Corrupt));
    QVERIFY(message(ErrorKind::NotADatabase) != message(ErrorKind::Corrupt));
    QVERIFY(message(ErrorKind::MissingKeySlots) != message(ErrorKind::NotADatabase));
}

void TestOpenErrors::emptyFileIsNotADatabase()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    QVERIFY(test::writeFile(paths.database(), {}));
    auto unlocked = office.unlock();
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().kind, ErrorKind::NotADatabase);
    QCOMPARE(QFileInfo(paths.database()).size(), 0);
}

void TestOpenErrors::plainSqliteIsNotADatabase()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    QByteArray plain("SQLite format 3\0", 16);
    plain += QByteArray(4096 - 16, '\0');
    QVERIFY(test::writeFile(paths.database(), plain));
    auto unlocked = office.unlock();
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().kind, ErrorKind::NotADatabase);
    QCOMPARE(test::readFile(paths.database()), plain);
}

void TestOpenErrors::unknownLogin()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    auto unlocked = Session::unlock(office.location, QStringLiteral("nobody"), test::officerPassword());
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().kind, ErrorKind::UnknownAccount);
}

QTEST_GUILESS_MAIN(TestOpenErrors)
#include "tst_open_errors.moc"
