// SPDX-License-Identifier: GPL-3.0-or-later
// The audit chain's head is also kept, MACed, in the key-slot file, because SQLCipher accepts an
// older genuine copy of the file or of one page without complaint. These tests put older copies
// back (the whole file, single pages) and forge the recorded head, and check that opening warns,
// that `check` refuses without writing, and that the warning is audited once and then settled.
#include "TestSupport.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QFile>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestChainAnchor : public QObject
{
    Q_OBJECT

private slots:
    void headRecordedAfterEveryCommit();
    void olderFileIsReported();
    void everySplicedOlderPageIsCaught();
    void forgedAnchorIsReported();
    void anotherProcessAheadIsNotARollback();
};

namespace {

constexpr int kPageSize = 4096;

Status auditMany(Session& session, int count)
{
    for (int i = 0; i < count; ++i)
        if (auto status = session.vault().store().audit(session.actor(), QStringLiteral("view"),
                                                        QStringLiteral("complaint"), i + 1);
            !status)
            return status;
    return {};
}

storage::ChainAnchor recordedAnchor(const QString& location)
{
    auto slotFile = storage::Vault::readKeySlots(location);
    return slotFile ? slotFile->chainAnchor : storage::ChainAnchor{};
}

Result<storage::ChainHead> check(const QString& location)
{
    return Session::checkUnit(location, officerLogin(), officerPassword());
}

} // namespace

void TestChainAnchor::headRecordedAfterEveryCommit()
{
    TestOffice office;
    QVERIFY(office.isValid());
    // A burst of commits records its head once it is older than the interval, and always at close.
    QVERIFY(auditMany(*office.session, 3));
    QTest::qWait(int(storage::Vault::kChainHeadInterval.count()) + 100);
    QVERIFY(auditMany(*office.session, 1));
    auto head = storage::AuditLog::head(office.session->vault().database());
    QVERIFY(head);
    storage::ChainAnchor anchor = recordedAnchor(office.location);
    QVERIFY(anchor.isRecorded());
    QCOMPARE(anchor.seq, head->seq);
    QCOMPARE(anchor.hash, head->hash);

    QVERIFY(auditMany(*office.session, 5));
    head = storage::AuditLog::head(office.session->vault().database());
    QVERIFY(recordedAnchor(office.location).seq < head->seq);
    office.lock();
    anchor = recordedAnchor(office.location);
    QCOMPARE(anchor.seq, head->seq);
    QCOMPARE(anchor.hash, head->hash);
    // The unit's file names are a format: units made by earlier versions must still open.
    for (const char* name : {"privacydesk.db", "keyslots", "keyslots.bak"})
        QVERIFY2(QFile::exists(office.location + QLatin1Char('/') + QLatin1String(name)), name);
}

void TestChainAnchor::olderFileIsReported()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QString databasePath = office.session->vault().paths().database();
    office.lock();
    const QByteArray older = readFile(databasePath);

    {
        auto session = office.unlock();
        QVERIFY(session);
        QVERIFY(auditMany(**session, 5));
    }
    QVERIFY(writeFile(databasePath, older));

    // `check` refuses and leaves the file as found (the evidence).
    auto checked = check(office.location);
    QVERIFY(!checked);
    QCOMPARE(checked.error().kind, ErrorKind::RolledBack);
    QCOMPARE(readFile(databasePath), older);

    QString out;
    QString err;
    const int exitCode = runAdmin({QStringLiteral("check"), QStringLiteral("--database"), office.location,
                                   QStringLiteral("--user"), officerLogin(), QStringLiteral("--password-stdin")},
                                  officerPassword() + '\n', &out, &err);
    QVERIFY2(exitCode != 0, qPrintable(out));
    QCOMPARE(readFile(databasePath), older);

    // The application opens it, warns, and audits the finding with high severity.
    {
        auto session = office.unlock();
        QVERIFY(session);
        auto warning = (*session)->rollbackWarning();
        QVERIFY(warning.has_value());
        QCOMPARE(warning->state, storage::ChainAnchorCheck::State::DatabaseBehind);
        QVERIFY(warning->recorded.seq > warning->current.seq);
        storage::AuditLog::Filter filter;
        auto entries = storage::AuditLog::entries((*session)->vault().database(), filter);
        QVERIFY(entries);
        bool audited = false;
        for (const storage::AuditEntry& entry : *entries)
            audited |= entry.action == QLatin1String("rollback_detected") && entry.detail.contains(QLatin1String("high"));
        QVERIFY(audited);
    }
    // Going on with this copy settles it: the next open and the check are clean.
    {
        auto session = office.unlock();
        QVERIFY(session);
        QVERIFY(!(*session)->rollbackWarning().has_value());
    }
    QVERIFY(check(office.location));
}

void TestChainAnchor::everySplicedOlderPageIsCaught()
{
    TestOffice office;
    QVERIFY(office.isValid());
    // Enough entries that the audit table spans many pages, so that pages can be swapped one by one.
    QVERIFY(auditMany(*office.session, 400));
    const QString databasePath = office.session->vault().paths().database();
    office.lock();
    const QByteArray older = readFile(databasePath);
    {
        auto session = office.unlock();
        QVERIFY(session);
        QVERIFY(auditMany(**session, 40));
    }
    const QByteArray newer = readFile(databasePath);
    const QByteArray slotsNewer = readFile(office.location + QStringLiteral("/keyslots"));
    const QByteArray slotsBackupNewer = readFile(office.location + QStringLiteral("/keyslots.bak"));

    int differing = 0;
    int caughtAsRollback = 0;
    const int pages = int(std::min(older.size(), newer.size()) / kPageSize);
    for (int page = 0; page < pages; ++page) {
        const qsizetype offset = qsizetype(page) * kPageSize;
        if (older.mid(offset, kPageSize) == newer.mid(offset, kPageSize))
            continue;
        ++differing;
        QByteArray spliced = newer;
        spliced.replace(offset, kPageSize, older.mid(offset, kPageSize));
        QVERIFY(writeFile(databasePath, spliced));
        auto checked = check(office.location);
        QVERIFY2(!checked, qPrintable(QStringLiteral("older page %1 passed the check").arg(page + 1)));
        if (checked.error().kind == ErrorKind::RolledBack)
            ++caughtAsRollback;
        else
            QVERIFY2(checked.error().kind == ErrorKind::Corrupt, qPrintable(checked.error().message()));
        QVERIFY(writeFile(databasePath, newer));
        QVERIFY(writeFile(office.location + QStringLiteral("/keyslots"), slotsNewer));
        QVERIFY(writeFile(office.location + QStringLiteral("/keyslots.bak"), slotsBackupNewer));
    }
    QVERIFY(differing > 0);
    // The page holding the chain's tail is one of them: the chain itself is intact but short.
    QVERIFY(caughtAsRollback > 0);
    QVERIFY(check(office.location));
}

void TestChainAnchor::forgedAnchorIsReported()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const storage::VaultPaths paths = office.session->vault().paths();
    office.lock();
    // Someone without the key moves the recorded head back so that an older copy would pass: the
    // slot file's checksum can be recomputed by anyone, its MAC cannot.
    auto slotFile = storage::KeySlotFile::load(paths.keySlots(), paths.keySlotsBackup());
    QVERIFY(slotFile);
    QVERIFY(slotFile->chainAnchor.isRecorded());
    slotFile->chainAnchor.seq -= 1;
    QVERIFY(slotFile->save(paths.keySlots(), paths.keySlotsBackup()));

    auto checked = check(office.location);
    QVERIFY(!checked);
    QCOMPARE(checked.error().kind, ErrorKind::RolledBack);
    auto session = office.unlock();
    QVERIFY(session);
    QVERIFY((*session)->rollbackWarning().has_value());
    QCOMPARE((*session)->rollbackWarning()->state, storage::ChainAnchorCheck::State::AnchorForged);
}

void TestChainAnchor::anotherProcessAheadIsNotARollback()
{
    TestOffice office;
    QVERIFY(office.isValid());
    // Two sessions on one unit (two PrivacyDesk processes): each records only forwards, so the
    // one that committed earlier never moves the recorded head back.
    auto second = office.unlock();
    QVERIFY(second);
    QVERIFY(auditMany(**second, 10));
    const qint64 ahead = recordedAnchor(office.location).seq;
    QVERIFY(office.session->vault().recordChainHead(storage::ChainHead{1, storage::AuditLog::genesisHash()}));
    QCOMPARE(recordedAnchor(office.location).seq, ahead);
    second->reset();
    office.lock();
    auto reopened = office.unlock();
    QVERIFY(reopened);
    QVERIFY(!(*reopened)->rollbackWarning().has_value());
}

QTEST_GUILESS_MAIN(TestChainAnchor)
#include "tst_chain_anchor.moc"
