// SPDX-License-Identifier: GPL-3.0-or-later
// Two PrivacyDesk processes on one database: on a local disk both write at once (WAL), no
// update or audit entry is lost and signing in never fails with "busy"; on a network share
// the second one is refused cleanly and told who holds the database.
//
// The test binary doubles as the other processes: started with --writer, --cycler or --holder
// it runs one child role (see runChild) instead of the tests.
#include "TestSupport.h"

#include "core/services/OrganizationService.h"
#include "core/storage/Database.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace pd;
using namespace pd::test;

namespace {

constexpr auto kWriterMode = "--writer";
constexpr auto kHolderMode = "--holder";
constexpr auto kCyclerMode = "--cycler";
constexpr auto kNetworkFsVariable = "PRIVACYDESK_ASSUME_NETWORK_FS";
constexpr int kWritesPerChild = 200;
constexpr int kSignInsPerChild = 30;
// Far above what two writers can cause (each conflict means the other one succeeded).
constexpr int kMaxAttemptsPerWrite = 1000;

enum ChildExit { ChildOk = 0, ChildUsage = 2, ChildUnlockFailed = 3, ChildReadFailed = 4, ChildWriteFailed = 5 };

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void complain(const QString& what, const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message()));
}

/// Waits for the parent's line on stdin (or EOF), so that the interesting part starts when the parent says.
QString waitForParent()
{
    QTextStream in(stdin);
    return in.readLine();
}

/// Child role "writer": N organization saves through the one write path, each retried after a
/// reload when the other process saved in between (optimistic lock → Conflict).
int runWriter(const QString& location, int count)
{
    auto session = Session::unlock(location, officerLogin(), officerPassword());
    if (!session) {
        complain(QStringLiteral("unlock"), session.error());
        return ChildUnlockFailed;
    }
    OrganizationService service(**session);
    say("ready");
    waitForParent();

    const QString me = QString::number(QCoreApplication::applicationPid());
    int conflicts = 0;
    for (int i = 0; i < count; ++i) {
        for (int attempt = 1;; ++attempt) {
            auto organization = service.organization();
            if (!organization) {
                complain(QStringLiteral("load"), organization.error());
                return ChildReadFailed;
            }
            Organization changed = *organization;
            changed.phone = QStringLiteral("%1-%2").arg(me).arg(i);
            auto saved = service.saveOrganization(changed);
            if (saved) {
                // A moment of "think time" as between two real saves, so that the other process
                // gets the write lock now and then and the two really interleave.
                QThread::usleep(500);
                break;
            }
            if (saved.error().kind != ErrorKind::Conflict || attempt >= kMaxAttemptsPerWrite) {
                complain(QStringLiteral("save %1 (attempt %2)").arg(i).arg(attempt), saved.error());
                return ChildWriteFailed;
            }
            ++conflicts;
        }
    }
    say("conflicts " + QByteArray::number(conflicts));
    return ChildOk;
}

/// Child role "holder": opens the database and keeps it open until stdin says so (or closes).
int runHolder(const QString& location)
{
    auto session = Session::unlock(location, officerLogin(), officerPassword());
    if (!session) {
        complain(QStringLiteral("unlock"), session.error());
        return ChildUnlockFailed;
    }
    say((*session)->vault().usesRollbackJournal() ? "ready rollback" : "ready wal");
    waitForParent();
    return ChildOk;
}

/// Child role "cycler": signs in and out N times, as staff do over a day, compressed.
int runCycler(const QString& location, int count)
{
    say("ready");
    waitForParent();
    for (int i = 0; i < count; ++i) {
        auto session = Session::unlock(location, officerLogin(), officerPassword());
        if (!session) {
            complain(QStringLiteral("unlock %1").arg(i), session.error());
            return ChildUnlockFailed;
        }
    }
    return ChildOk;
}

int runChild(const QStringList& arguments)
{
    crypto::initialize();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String(kWriterMode))
        return runWriter(arguments.at(2), arguments.at(3).toInt());
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String(kCyclerMode))
        return runCycler(arguments.at(2), arguments.at(3).toInt());
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String(kHolderMode))
        return runHolder(arguments.at(2));
    std::fputs("usage: --writer LOCATION N | --cycler LOCATION N | --holder LOCATION\n", stderr);
    return ChildUsage;
}

/// Sets an environment variable for the lifetime of the guard.
class EnvironmentGuard
{
public:
    EnvironmentGuard(const char* name, const QByteArray& value)
        : m_name(name)
        , m_hadValue(qEnvironmentVariableIsSet(name))
        , m_oldValue(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentGuard()
    {
        if (m_hadValue)
            qputenv(m_name, m_oldValue);
        else
            qunsetenv(m_name);
    }
    EnvironmentGuard(const EnvironmentGuard&) = delete;
    EnvironmentGuard& operator=(const EnvironmentGuard&) = delete;

private:
    const char* m_name;
    bool m_hadValue;
    QByteArray m_oldValue;
};

/// Reads stdout lines until one starts with `prefix`; returns it (empty on timeout or exit).
QByteArray waitForLine(QProcess& process, const QByteArray& prefix, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
        }
        if (process.state() == QProcess::NotRunning)
            return {};
        process.waitForReadyRead(200);
    }
    return {};
}

/// For failure messages. QVERIFY2 evaluates its message even when the check passes, so the
/// child's stderr is kept on the process object instead of being consumed by the first call.
QString describe(QProcess& process)
{
    const QByteArray log = process.property("stderrLog").toByteArray() + process.readAllStandardError();
    process.setProperty("stderrLog", log);
    return QStringLiteral("exit status %1, code %2, stderr: %3")
        .arg(int(process.exitStatus()))
        .arg(process.exitCode())
        .arg(QString::fromLocal8Bit(log));
}

Result<qint64> scalar(storage::Database& db, const char* sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->integer(0);
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoWritersLoseNothing();
    void signInAndOutAtOnceIsNeverBusy();
    void networkShareAllowsOneProcess();
    void networkShareLockOfCrashedProcessIsReleased();

private:
    void startChild(QProcess& process, const QStringList& arguments, bool networkFs = false);
    /// Starts two children with the same role and lets them begin on the same signal, once both are
    /// ready (signed in), so that their work really overlaps; then expects both to succeed.
    void runTwoAtOnce(const QStringList& arguments, QProcess& first, QProcess& second);
};

void TestConcurrency::initTestCase()
{
    QVERIFY(crypto::initialize());
    qunsetenv(kNetworkFsVariable);
}

void TestConcurrency::startChild(QProcess& process, const QStringList& arguments, bool networkFs)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (networkFs)
        environment.insert(QString::fromLatin1(kNetworkFsVariable), QStringLiteral("1"));
    else
        environment.remove(QString::fromLatin1(kNetworkFsVariable));
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), arguments);
}

void TestConcurrency::runTwoAtOnce(const QStringList& arguments, QProcess& first, QProcess& second)
{
    startChild(first, arguments);
    startChild(second, arguments);
    QVERIFY2(!waitForLine(first, "ready").isEmpty(), qPrintable(describe(first)));
    QVERIFY2(!waitForLine(second, "ready").isEmpty(), qPrintable(describe(second)));
    // QProcess buffers writes until its event loop runs: flush both before waiting on either.
    first.write("go\n");
    second.write("go\n");
    QVERIFY(first.waitForBytesWritten(10000));
    QVERIFY(second.waitForBytesWritten(10000));
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0, qPrintable(describe(first)));
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, qPrintable(describe(second)));
}

void TestConcurrency::twoWritersLoseNothing()
{
    TestOffice office;
    QVERIFY(office.isValid());
    qint64 auditBefore = 0;
    qint64 updatesBefore = 0;
    qint64 revisionBefore = 0;
    {
        storage::Database& db = office.session->vault().database();
        auto head = storage::AuditLog::head(db);
        QVERIFY(head);
        auditBefore = head->seq;
        auto updates
            = scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'update' AND record_type = 'organization'");
        QVERIFY(updates);
        updatesBefore = *updates;
        auto revision = scalar(db, "SELECT revision FROM organization WHERE id = 1");
        QVERIFY(revision);
        revisionBefore = *revision;
    }
    office.lock();

    QProcess first;
    QProcess second;
    runTwoAtOnce(
        { QString::fromLatin1(kWriterMode), office.location, QString::number(kWritesPerChild) }, first, second);
    if (QTest::currentTestFailed())
        return;
    qInfo("conflicts retried: %s / %s", waitForLine(first, "conflicts").constData(),
        waitForLine(second, "conflicts").constData());

    // The chain verifies end to end and holds exactly one entry per login and per save.
    auto head = Session::checkUnit(office.location, officerLogin(), officerPassword());
    QVERIFY2(head, qPrintable(head ? QString() : head.error().message()));
    const qint64 perChild = 1 /* login */ + kWritesPerChild;
    const qint64 byCheck = 2; // checkUnit's own login and check entries
    QCOMPARE(head->seq, auditBefore + 2 * perChild + byCheck);

    auto session = office.unlock();
    QVERIFY(session);
    storage::Database& db = (*session)->vault().database();
    // No lost update: every save moved the revision on by one and left its audit entry.
    auto revision = scalar(db, "SELECT revision FROM organization WHERE id = 1");
    QVERIFY(revision);
    QCOMPARE(*revision, revisionBefore + 2 * kWritesPerChild);
    auto updates
        = scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'update' AND record_type = 'organization'");
    QVERIFY(updates);
    QCOMPARE(*updates, updatesBefore + 2 * kWritesPerChild);
    auto entries = scalar(db, "SELECT count(*) FROM audit_log");
    QVERIFY(entries);
    QCOMPARE(*entries, head->seq + 1); // every checked entry is there, plus this session's login
}

void TestConcurrency::signInAndOutAtOnceIsNeverBusy()
{
    // Two people signing in and out at the same moment: the last connection to close checkpoints
    // the WAL under an exclusive lock, and an opener arriving then must wait, not fail with "busy".
    TestOffice office;
    QVERIFY(office.isValid());
    auto before = storage::AuditLog::head(office.session->vault().database());
    QVERIFY(before);
    const qint64 auditBefore = before->seq;
    office.lock();

    QProcess first;
    QProcess second;
    runTwoAtOnce(
        { QString::fromLatin1(kCyclerMode), office.location, QString::number(kSignInsPerChild) }, first, second);
    if (QTest::currentTestFailed())
        return;

    auto head = Session::checkUnit(office.location, officerLogin(), officerPassword());
    QVERIFY2(head, qPrintable(head ? QString() : head.error().message()));
    QCOMPARE(head->seq, auditBefore + 2 * kSignInsPerChild + 2);
}

void TestConcurrency::networkShareAllowsOneProcess()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();

    QProcess holder;
    startChild(holder, { QString::fromLatin1(kHolderMode), office.location }, true);
    const QByteArray ready = waitForLine(holder, "ready");
    QVERIFY2(!ready.isEmpty(), qPrintable(describe(holder)));
    // On a network share WAL cannot work: the holder runs with a rollback journal.
    QCOMPARE(ready, QByteArray("ready rollback"));

    {
        EnvironmentGuard networkFs(kNetworkFsVariable, "1");
        auto refused = office.unlock();
        QVERIFY2(!refused, "a second process must not open a database held on a network share");
        QCOMPARE(refused.error().kind, ErrorKind::LockedByOtherProcess);
        // The user is told where the database is open, so that they can ask that person to close it.
        const QString message = refused.error().message();
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(QString::number(holder.processId())), qPrintable(message));
    }

    holder.write("done\n");
    QVERIFY(holder.waitForBytesWritten(10000));
    QVERIFY(holder.waitForFinished(30000));
    QVERIFY2(holder.exitStatus() == QProcess::NormalExit && holder.exitCode() == 0, qPrintable(describe(holder)));

    {
        EnvironmentGuard networkFs(kNetworkFsVariable, "1");
        auto session = office.unlock();
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
        QVERIFY((*session)->vault().usesRollbackJournal());
    }
    // Back on a local disk the same unit opens in WAL mode again, with its chain intact.
    auto session = office.unlock();
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    QVERIFY(!(*session)->vault().usesRollbackJournal());
    QVERIFY((*session)->vault().store().verifyChain());
}

void TestConcurrency::networkShareLockOfCrashedProcessIsReleased()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();

    QProcess holder;
    startChild(holder, { QString::fromLatin1(kHolderMode), office.location }, true);
    QVERIFY2(!waitForLine(holder, "ready").isEmpty(), qPrintable(describe(holder)));
    // A crash (or power loss) leaves the lock file behind; the office must not be locked out for good.
    holder.kill();
    QVERIFY(holder.waitForFinished(30000));
    QVERIFY(QFileInfo::exists(storage::VaultPaths::resolve(office.location).writerLock()));

    EnvironmentGuard networkFs(kNetworkFsVariable, "1");
    auto session = office.unlock();
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    QVERIFY((*session)->vault().store().verifyChain());
}

int main(int argc, char* argv[])
{
    // Child roles are decided before QTest sees the arguments.
    if (argc >= 2
        && (qstrcmp(argv[1], kWriterMode) == 0 || qstrcmp(argv[1], kHolderMode) == 0
            || qstrcmp(argv[1], kCyclerMode) == 0)) {
        QCoreApplication app(argc, argv);
        return runChild(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    TestConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
