// SPDX-License-Identifier: GPL-3.0-or-later
// A key rotation killed with SIGKILL at any moment leaves a database that opens: privacydesk-admin
// rotate-key is killed between each pair of its durable steps (crash points) and at moments spread
// over its run. Afterwards every account opens the unit with its own password, the integrity check
// and the audit chain pass, no record is lost, no pending key or partial copy is left, and a copy
// of the slot file from before opens the database exactly when the rotation had not yet replaced it.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/UnitStatistics.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

class TestRotationCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtEachStep_data();
    void killedAtEachStep();
    void killedAtSpreadMoments();

private:
    struct Unit
    {
        std::unique_ptr<TestOffice> office;
        storage::UnitStatistics before;
        QByteArray slotsBefore;
        QByteArray headerBefore;
    };
    Unit makeUnit();
    /// Opens the unit as each account, checks it whole, and says whether the rotation took effect.
    void verifyAfterCrash(const Unit& unit, bool* rotated);
    QStringList rotateArguments(const Unit& unit) const;
    int m_rotateMs = 0;
};

namespace {
const QByteArray kStaffPassword = QByteArrayLiteral("Haru-Ichiban-48-Tsubame");

QByteArray headerOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}
} // namespace

TestRotationCrash::Unit TestRotationCrash::makeUnit()
{
    Unit unit;
    unit.office = std::make_unique<TestOffice>();
    if (!unit.office->isValid())
        return unit;
    Session& session = *unit.office->session;
    if (auto added = AccountService(session).addAccount(u"sato"_s, u"佐藤 一郎"_s, Role::Staff, kStaffPassword); !added) {
        qWarning("addAccount: %s", qPrintable(added.error().message()));
        return {};
    }
    if (auto generated = DemoGenerator(session).generate(400, 11); !generated) {
        qWarning("demo: %s", qPrintable(generated.error().message()));
        return {};
    }
    if (auto statistics = storage::UnitStatistics::read(session.vault().database()))
        unit.before = *statistics;
    const storage::VaultPaths paths = session.vault().paths();
    unit.office->lock();
    unit.slotsBefore = readFile(paths.keySlots());
    unit.headerBefore = headerOf(paths.database());
    return unit;
}

QStringList TestRotationCrash::rotateArguments(const Unit& unit) const
{
    return {u"rotate-key"_s, u"--database"_s, unit.office->location, u"--user"_s, officerLogin(), u"--password-stdin"_s};
}

void TestRotationCrash::verifyAfterCrash(const Unit& unit, bool* rotated)
{
    const storage::VaultPaths paths = storage::VaultPaths::resolve(unit.office->location);
    for (auto [login, password] : {std::pair{officerLogin(), officerPassword()}, std::pair{u"sato"_s, kStaffPassword}}) {
        auto session = Session::unlock(unit.office->location, login, password);
        QVERIFY2(session, qPrintable(login + u": "_s + (session ? QString() : session.error().message())));
        storage::Vault& vault = (*session)->vault();
        QVERIFY(vault.checkIntegrity());
        QVERIFY(!vault.keySlots().hasPendingKey());
        QVERIFY(!(*session)->rollbackWarning().has_value());
        auto statistics = storage::UnitStatistics::read(vault.database());
        QVERIFY(statistics);
        QCOMPARE(statistics->complaints, unit.before.complaints);
        QCOMPARE(statistics->accounts, unit.before.accounts);
    }
    QVERIFY(!QFile::exists(paths.rotatingDatabase()));
    *rotated = headerOf(paths.database()) != unit.headerBefore;

    // The slot file from before: opens the database if and only if the key did not change.
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.path() + u"/copy.pdesk"_s;
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(QFile::copy(paths.database(), copy + u"/privacydesk.db"_s));
    QVERIFY(writeFile(copy + u"/keyslots"_s, unit.slotsBefore));
    const bool oldSlotsOpen = Session::unlock(copy, u"sato"_s, kStaffPassword).has_value();
    QCOMPARE(oldSlotsOpen, !*rotated);
}

void TestRotationCrash::initTestCase()
{
    qputenv("LC_ALL", "C.UTF-8");
    Unit unit = makeUnit();
    QVERIFY(unit.office && !unit.slotsBefore.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QString err;
    const int code = runAdmin(rotateArguments(unit), officerPassword() + '\n', nullptr, &err);
    QVERIFY2(code == 0, qPrintable(err));
    m_rotateMs = int(timer.elapsed());
    bool rotated = false;
    verifyAfterCrash(unit, &rotated);
    QVERIFY(rotated);
}

void TestRotationCrash::killedAtEachStep_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("expectRotated");
    QTest::newRow("pending keys sealed") << u"rotation-pending-sealed"_s << false;
    QTest::newRow("copy written") << u"rotation-copy-written"_s << false;
    QTest::newRow("file replaced") << u"rotation-file-replaced"_s << true;
    QTest::newRow("slots sealed") << u"rotation-slots-sealed"_s << true;
}

void TestRotationCrash::killedAtEachStep()
{
    QFETCH(QString, point);
    QFETCH(bool, expectRotated);
    Unit unit = makeUnit();
    QVERIFY(unit.office && !unit.slotsBefore.isEmpty());

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PRIVACYDESK_CRASH_POINT"_s, point);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PRIVACYDESK_ADMIN_BINARY), rotateArguments(unit));
    QVERIFY(process.waitForStarted(10000));
    process.write(officerPassword() + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QCOMPARE(process.exitCode(), SIGKILL);

    bool rotated = false;
    verifyAfterCrash(unit, &rotated);
    QCOMPARE(rotated, expectRotated);
}

void TestRotationCrash::killedAtSpreadMoments()
{
    // Kill moments from the start to a little past the time a whole rotation takes.
    constexpr int kRuns = 8;
    int killed = 0;
    for (int run = 0; run < kRuns; ++run) {
        Unit unit = makeUnit();
        QVERIFY(unit.office && !unit.slotsBefore.isEmpty());
        const int delayMs = m_rotateMs * (run + 1) / kRuns;
        QProcess process;
        process.start(QStringLiteral(PRIVACYDESK_ADMIN_BINARY), rotateArguments(unit));
        QVERIFY(process.waitForStarted(10000));
        process.write(officerPassword() + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(delayMs)) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(10000);
            ++killed;
        }
        bool rotated = false;
        verifyAfterCrash(unit, &rotated);
        if (QTest::currentTestFailed()) {
            qWarning("failed after a kill at %d ms of %d", delayMs, m_rotateMs);
            return;
        }
    }
    QVERIFY(killed > 0);
}

QTEST_GUILESS_MAIN(TestRotationCrash)
#include "tst_rotation_crash.moc"
