// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations from every earlier version: an office that skipped releases must
// still open its database, keep its accounts and audit chain, and never lose data when a
// migration fails or the database comes from a newer release.
#include "TestSupport.h"

#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/FileSystem.h"
#include "core/storage/KeySlotFile.h"
#include "core/storage/Migrations.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"
#include "core/storage/WipingAllocator.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::storage;
using namespace pd::test;

namespace {

const QString kLegacyLogin = QStringLiteral("suzuki");
const QString kLegacyName = QStringLiteral("鈴木 一郎");
const QByteArray kLegacyPassword = QByteArrayLiteral("Umi-to-Yama-42-Kaze");
// A fixed, old creation time: it must come through every migration unchanged.
const QString kLegacyCreated = QStringLiteral("2024-04-01T00:00:00Z");

/// A database unit as an older release left it, built at storage level (no Session, no services)
/// so that it only contains what existed at that version.
struct LegacyUnit
{
    QString location;
    SecureBytes dataKey;
    KeySlotFile slotFile;

    VaultPaths paths() const { return VaultPaths::resolve(location); }

    /// Opens the raw database the way an older release would (no migration).
    Status open(Database& db) const
    {
        return db.open(paths().database(), dataKey, false, JournalMode::Wal, slotFile.cipher);
    }
};

#define RETURN_IF_ERROR(expression)                                                                                    \
    if (auto status_ = (expression); !status_)                                                                         \
        return std::unexpected(status_.error());

Status insertLegacyOfficer(Database& db, const SecureBytes& dataKey)
{
    Transaction transaction(db);
    RETURN_IF_ERROR(transaction.begin());
    // Plain SQL with the columns of version 1 only, as the first release wrote it.
    auto insert = db.prepare("INSERT INTO accounts (login, display_name, role, active, must_change_password, "
                             "created_utc, updated_utc) VALUES (?, ?, 'officer', 1, 0, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, kLegacyLogin).bind(2, kLegacyName).bind(3, kLegacyCreated).bind(4, kLegacyCreated);
    RETURN_IF_ERROR(insert->run());
    // The first release audited the account creation too: the chain must survive the migration.
    AuditEntry entry;
    entry.accountId = db.lastInsertId();
    entry.login = kLegacyLogin;
    entry.role = QStringLiteral("officer");
    entry.action = QStringLiteral("create");
    entry.recordType = QStringLiteral("account");
    entry.recordId = entry.accountId;
    entry.atUtc = QDateTime::fromString(kLegacyCreated, Qt::ISODate);
    auto appended = AuditLog::append(db, AuditLog::chainKey(dataKey), entry);
    if (!appended)
        return std::unexpected(appended.error());
    return transaction.commit();
}

Result<LegacyUnit> buildUnitAtVersion(const QString& location, int version)
{
    LegacyUnit unit;
    unit.location = location;
    const VaultPaths paths = unit.paths();
    RETURN_IF_ERROR(makePrivateDirectory(paths.folder));
    unit.dataKey = SecureBytes::random(crypto::kDataKeySize);
    unit.slotFile.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto slot = KeySlotFile::makePasswordSlot(
        unit.slotFile.databaseId, kLegacyLogin, kLegacyPassword, unit.dataKey, fastKdf());
    if (!slot)
        return std::unexpected(slot.error());
    unit.slotFile.slotList.append(*slot);
    RETURN_IF_ERROR(unit.slotFile.save(paths.keySlots(), paths.keySlotsBackup()));

    Database db;
    RETURN_IF_ERROR(db.open(paths.database(), unit.dataKey, true, JournalMode::Wal, unit.slotFile.cipher));
    RETURN_IF_ERROR(Migrations::migrate(db, version));
    RETURN_IF_ERROR(insertLegacyOfficer(db, unit.dataKey));
    db.close();
    return unit;
}

Result<qint64> scalar(Database& db, const QString& sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->integer(0);
}

Result<QStringList> schemaObjects(Database& db)
{
    auto statement = db.prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name");
    if (!statement)
        return std::unexpected(statement.error());
    QStringList names;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return names;
        names.append(statement->text(0));
    }
}

QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    for (const QString& path : filesBelow(folder))
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    return files;
}

QString errorText(const Error& error)
{
    return error.message();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void newerDatabaseIsRefusedUntouched_data();
    void newerDatabaseIsRefusedUntouched();
    void failedStepKeepsPreviousVersion_data();
    void failedStepKeepsPreviousVersion();

private:
    QString freshLocation() const { return m_dir.path() + QStringLiteral("/unit-%1.pdesk").arg(++m_counter); }

    QTemporaryDir m_dir;
    mutable int m_counter = 0;
};

void TestMigrations::initTestCase()
{
    QVERIFY(crypto::initialize());
    // Production installs it before the first connection; so must we, since we open connections directly.
    QVERIFY(installWipingAllocator());
    QVERIFY(m_dir.isValid());
    QVERIFY(Migrations::latestVersion() >= 2);
    QCOMPARE(seedPurposeRegister().size(), 16);
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    auto unit = buildUnitAtVersion(freshLocation(), version);
    QVERIFY2(unit, qPrintable(unit ? QString() : errorText(unit.error())));
    {
        Database db;
        QVERIFY(unit->open(db));
        auto stored = db.userVersion();
        QVERIFY(stored);
        QCOMPARE(*stored, version);
    }

    // The old account signs in with its old password; opening migrates on the way.
    auto session = Session::unlock(unit->location, kLegacyLogin, kLegacyPassword);
    QVERIFY2(session, qPrintable(session ? QString() : errorText(session.error())));
    const Account& account = (*session)->account();
    QCOMPARE(account.login, kLegacyLogin);
    QCOMPARE(account.displayName, kLegacyName);
    QCOMPARE(account.role, Role::Officer);
    QVERIFY(account.active);
    QCOMPARE(account.createdUtc, QDateTime::fromString(kLegacyCreated, Qt::ISODate));

    Database& db = (*session)->vault().database();
    auto migrated = db.userVersion();
    QVERIFY(migrated);
    QCOMPARE(*migrated, Migrations::latestVersion());
    auto accounts = AccountTable::count(db);
    QVERIFY(accounts);
    QCOMPARE(*accounts, 1);

    // The purpose register of the public notice, all 16 categories in its order.
    OrganizationService organizations(**session);
    auto purposes = organizations.purposeRegister();
    QVERIFY2(purposes, qPrintable(purposes ? QString() : errorText(purposes.error())));
    QCOMPARE(purposes->size(), seedPurposeRegister().size());
    for (qsizetype i = 0; i < purposes->size(); ++i) {
        QCOMPARE(purposes->at(i).name, seedPurposeRegister().at(i).category);
        QCOMPARE(purposes->at(i).purposes, seedPurposeRegister().at(i).purposes);
    }
    QVERIFY(organizations.organization());
    session->reset();

    // The chain written before the migration still verifies after it.
    auto head = Session::checkUnit(unit->location, kLegacyLogin, kLegacyPassword);
    QVERIFY2(head, qPrintable(head ? QString() : errorText(head.error())));
    QCOMPARE(head->seq, qint64(1 /* legacy create */ + 1 /* login */ + 1 /* check's login */ + 1 /* check */));

    // Opening again does not run any step twice.
    auto again = Session::unlock(unit->location, kLegacyLogin, kLegacyPassword);
    QVERIFY(again);
    OrganizationService reopened(**again);
    auto purposesAgain = reopened.purposeRegister();
    QVERIFY(purposesAgain);
    QCOMPARE(purposesAgain->size(), seedPurposeRegister().size());
    auto categories = scalar((*again)->vault().database(), QStringLiteral("SELECT count(*) FROM purpose_categories"));
    QVERIFY(categories);
    QCOMPARE(*categories, qint64(seedPurposeRegister().size()));
}

void TestMigrations::newerDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("entry");
    QTest::newRow("Session::unlock") << QStringLiteral("unlock");
    QTest::newRow("Session::checkUnit") << QStringLiteral("check");
    QTest::newRow("Migrations::migrate") << QStringLiteral("migrate");
}

void TestMigrations::newerDatabaseIsRefusedUntouched()
{
    QFETCH(QString, entry);
    auto unit = buildUnitAtVersion(freshLocation(), Migrations::latestVersion());
    QVERIFY2(unit, qPrintable(unit ? QString() : errorText(unit.error())));
    const int newer = Migrations::latestVersion() + 1;
    {
        Database db;
        QVERIFY(unit->open(db));
        QVERIFY(db.setUserVersion(newer));
    }
    const auto before = snapshot(unit->location);

    Error error;
    if (entry == QLatin1String("unlock")) {
        auto session = Session::unlock(unit->location, kLegacyLogin, kLegacyPassword);
        QVERIFY2(!session, "a database from a newer release must not be opened");
        error = session.error();
    } else if (entry == QLatin1String("check")) {
        auto head = Session::checkUnit(unit->location, kLegacyLogin, kLegacyPassword);
        QVERIFY(!head);
        error = head.error();
    } else {
        Database db;
        QVERIFY(unit->open(db));
        auto status = Migrations::migrate(db);
        QVERIFY(!status);
        error = status.error();
        auto version = db.userVersion();
        QVERIFY(version);
        QCOMPARE(*version, newer);
    }
    QCOMPARE(error.kind, ErrorKind::UnsupportedVersion);
    QVERIFY2(error.message().contains(QStringLiteral("newer version")), qPrintable(error.message()));
    // Not one byte written: the newer release must still find its database as it left it.
    QCOMPARE(snapshot(unit->location), before);
}

void TestMigrations::failedStepKeepsPreviousVersion_data()
{
    QTest::addColumn<QByteArray>("obstacle");
    // Migration 2 creates `organization` first, then fills it, then creates `purpose_categories`:
    // the second row makes it fail after it has already changed the schema and written a row.
    QTest::newRow("fails at its first statement") << QByteArray("CREATE TABLE organization (id INTEGER PRIMARY KEY)");
    QTest::newRow("fails midway") << QByteArray("CREATE TABLE purpose_categories (id INTEGER PRIMARY KEY)");
}

void TestMigrations::failedStepKeepsPreviousVersion()
{
    QFETCH(QByteArray, obstacle);
    auto unit = buildUnitAtVersion(freshLocation(), 1);
    QVERIFY2(unit, qPrintable(unit ? QString() : errorText(unit.error())));
    QStringList schemaBefore;
    {
        Database db;
        QVERIFY(unit->open(db));
        QVERIFY(db.exec(obstacle.constData()));
        auto schema = schemaObjects(db);
        QVERIFY(schema);
        schemaBefore = *schema;
    }

    auto session = Session::unlock(unit->location, kLegacyLogin, kLegacyPassword);
    QVERIFY2(!session, "the migration was expected to fail on the planted table");

    {
        Database db;
        QVERIFY(unit->open(db));
        auto version = db.userVersion();
        QVERIFY(version);
        QCOMPARE(*version, 1);
        // Everything migration 2 did before failing was rolled back with it.
        auto schema = schemaObjects(db);
        QVERIFY(schema);
        QCOMPARE(*schema, schemaBefore);
        auto account = AccountTable::findByLogin(db, kLegacyLogin);
        QVERIFY(account);
        QVERIFY(account->has_value());
        QCOMPARE((*account)->displayName, kLegacyName);
        auto chain = AuditLog::verify(db, AuditLog::chainKey(unit->dataKey));
        QVERIFY(chain);
        QCOMPARE(chain->seq, qint64(1));
        // Once the cause is removed, the same database migrates normally.
        const QByteArray table = obstacle.split(' ').at(2);
        QVERIFY(db.exec(("DROP TABLE " + table).constData()));
    }

    auto retried = Session::unlock(unit->location, kLegacyLogin, kLegacyPassword);
    QVERIFY2(retried, qPrintable(retried ? QString() : errorText(retried.error())));
    auto version = (*retried)->vault().database().userVersion();
    QVERIFY(version);
    QCOMPARE(*version, Migrations::latestVersion());
    QCOMPARE((*retried)->account().displayName, kLegacyName);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
