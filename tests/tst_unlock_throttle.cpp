// SPDX-License-Identifier: GPL-3.0-or-later
// Wrong passwords: after five for one account the wait grows (30 s, doubling), the count survives
// a restart because it lives in the slot file, each failure reaches the audit log at the next
// successful unlock, and the right password ends the run. The clock is injected, never slept on.
#include "TestSupport.h"

#include "core/crypto/RecoveryKey.h"
#include "core/services/AccountService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/KeySlotFile.h"
#include "core/storage/Store.h"
#include "core/storage/UnlockThrottle.h"
#include "core/storage/Vault.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace pd;
using namespace pd::test;
using namespace std::chrono_literals;

class TestUnlockThrottle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void waitGrowsAndDoubles();
    void rightPasswordIsRefusedWhileWaiting();
    void failuresAreAuditedAndTheRunEnds();
    void accountsAreCountedSeparately();
    void recoveryKeyGuessesCount();

private:
    void advance(std::chrono::seconds by) { m_now = m_now.addSecs(by.count()); }
    QDateTime m_now;
};

namespace {
const QByteArray kWrong = QByteArrayLiteral("not-the-password-1");

int failuresRecorded(const QString& location, const QString& login)
{
    auto slotFile = storage::Vault::readKeySlots(location);
    if (!slotFile)
        return -1;
    const storage::FailedUnlocks* record = slotFile->failuresFor(storage::KeySlotFile::loginTag(slotFile->databaseId, login));
    return record ? record->count : 0;
}

QList<storage::AuditEntry> entriesWithAction(Session& session, const QString& action)
{
    QList<storage::AuditEntry> found;
    storage::AuditLog::Filter filter;
    filter.limit = 100000;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    if (entries)
        for (const storage::AuditEntry& entry : *entries)
            if (entry.action == action)
                found.append(entry);
    return found;
}
} // namespace

void TestUnlockThrottle::init()
{
    m_now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    storage::UnlockThrottle::setClockForTesting([this] { return m_now; });
}

void TestUnlockThrottle::cleanup()
{
    storage::UnlockThrottle::setClockForTesting({});
}

void TestUnlockThrottle::waitGrowsAndDoubles()
{
    using storage::UnlockThrottle::waitAfter;
    QCOMPARE(waitAfter(0), 0s);
    QCOMPARE(waitAfter(4), 0s);
    QCOMPARE(waitAfter(5), 30s);
    QCOMPARE(waitAfter(6), 60s);
    QCOMPARE(waitAfter(7), 120s);
    QCOMPARE(waitAfter(11), 1920s);
    QCOMPARE(waitAfter(12), 3600s);
    QCOMPARE(waitAfter(1000), 3600s);
}

void TestUnlockThrottle::rightPasswordIsRefusedWhileWaiting()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        auto result = office.unlock(kWrong);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::WrongPassword);
        advance(1s);
    }
    QCOMPARE(failuresRecorded(office.location, officerLogin()), 5);

    // The wait is 30 s from the fifth failure and 1 s has passed: even the right password is
    // refused, and the refusal costs no Argon2id and does not count.
    auto refused = office.unlock();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Throttled);
    QVERIFY(refused.error().message().contains(QLatin1String("29")));
    QCOMPARE(storage::Vault::unlockWait(office.location, officerLogin()), 29s);
    QCOMPARE(failuresRecorded(office.location, officerLogin()), 5);

    // The count lives in the slot file: a new process (a new read) sees it too.
    advance(29s);
    QCOMPARE(storage::Vault::unlockWait(office.location, officerLogin()), 0s);
    QVERIFY(!office.unlock(kWrong));
    QCOMPARE(storage::Vault::unlockWait(office.location, officerLogin()), 60s);
    advance(59s);
    QCOMPARE(office.unlock().error().kind, ErrorKind::Throttled);
    advance(1s);
    QVERIFY(office.unlock());
}

void TestUnlockThrottle::failuresAreAuditedAndTheRunEnds()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    QList<QDateTime> failedAt;
    for (int attempt = 0; attempt < 3; ++attempt) {
        failedAt.append(m_now);
        QVERIFY(!office.unlock(kWrong));
        advance(7s);
    }
    auto session = office.unlock();
    QVERIFY(session);
    QList<storage::AuditEntry> failures = entriesWithAction(**session, QStringLiteral("login_failed"));
    QCOMPARE(failures.size(), 3);
    std::sort(failures.begin(), failures.end(),
              [](const storage::AuditEntry& a, const storage::AuditEntry& b) { return a.seq < b.seq; });
    for (int i = 0; i < failures.size(); ++i) {
        QCOMPARE(failures[i].login, officerLogin());
        QCOMPARE(failures[i].accountId, (*session)->account().id);
        QCOMPARE(failures[i].result, QStringLiteral("refused"));
        QVERIFY(failures[i].detail.contains(failedAt[i].toString(Qt::ISODateWithMs)));
        QCOMPARE(failures[i].atUtc, failedAt[i]);
    }
    QCOMPARE(failuresRecorded(office.location, officerLogin()), 0);
    session->reset();
    // Audited once, not again at the next unlock.
    auto again = office.unlock();
    QVERIFY(again);
    QCOMPARE(entriesWithAction(**again, QStringLiteral("login_failed")).size(), 3);
}

void TestUnlockThrottle::accountsAreCountedSeparately()
{
    TestOffice office;
    QVERIFY(office.isValid());
    AccountService accounts(*office.session);
    const QByteArray staffPassword = QByteArrayLiteral("Hoshi-no-Umi-4-Kaze");
    QVERIFY(accounts.addAccount(QStringLiteral("suzuki"), QStringLiteral("鈴木"), Role::Staff, staffPassword));
    office.lock();

    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(Session::unlock(office.location, QStringLiteral("suzuki"), kWrong).error().kind,
                 ErrorKind::WrongPassword);
    QCOMPARE(Session::unlock(office.location, QStringLiteral("suzuki"), staffPassword).error().kind,
             ErrorKind::Throttled);
    // The officer is not held up by someone guessing at another account, and sees those failures audited.
    auto officer = office.unlock();
    QVERIFY(officer);
    const QList<storage::AuditEntry> failures = entriesWithAction(**officer, QStringLiteral("login_failed"));
    QCOMPARE(failures.size(), 5);
    QCOMPARE(failures.first().login, QStringLiteral("suzuki"));
    // Their count is kept: auditing does not lift the wait.
    QCOMPARE(failuresRecorded(office.location, QStringLiteral("suzuki")), 5);
    officer->reset();
    QCOMPARE(Session::unlock(office.location, QStringLiteral("suzuki"), staffPassword).error().kind,
             ErrorKind::Throttled);
}

void TestUnlockThrottle::recoveryKeyGuessesCount()
{
    TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    // A well-formed but wrong key (valid checksum) is a guess; five of them start the wait.
    const QString otherKey = crypto::RecoveryKey::format(crypto::RecoveryKey::generateSecret());
    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(Session::unlockWithRecoveryKey(office.location, otherKey).error().kind, ErrorKind::WrongRecoveryKey);
    QCOMPARE(Session::unlockWithRecoveryKey(office.location, office.recoveryKey).error().kind, ErrorKind::Throttled);
    QCOMPARE(storage::Vault::unlockWait(office.location, QString()), 30s);
    advance(30s);
    auto session = Session::unlockWithRecoveryKey(office.location, office.recoveryKey);
    QVERIFY(session);
    const QList<storage::AuditEntry> failures = entriesWithAction(**session, QStringLiteral("login_failed"));
    QCOMPARE(failures.size(), 5);
    QVERIFY(failures.first().detail.contains(QLatin1String("recovery key")));
}

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlock_throttle.moc"
