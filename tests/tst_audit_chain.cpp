// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log is a hash chain: any edit, deletion or reordering of an entry, even by
// someone holding the key, makes verification fail at that entry.
#include "TestSupport.h"

#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void everyWriteIsAudited();
    void intactChainVerifies();
    void tableRefusesUpdateAndDelete();
    void tampering_data();
    void tampering();
    void failedWriteLeavesNoEntry();

private:
    static void addEntries(Session& session, int count);
    static qint64 entryCount(storage::Database& db);
};

void TestAuditChain::addEntries(Session& session, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(session.vault().store().audit(session.actor(), QStringLiteral("view"), QStringLiteral("organization"), 1,
                                              QStringLiteral("n=%1").arg(i)));
}

qint64 TestAuditChain::entryCount(storage::Database& db)
{
    auto statement = db.prepare("SELECT count(*) FROM audit_log");
    if (!statement || !statement->step())
        return -1;
    return statement->integer(0);
}

void TestAuditChain::everyWriteIsAudited()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    storage::Database& db = office.session->vault().database();
    const qint64 before = entryCount(db);
    OrganizationService organizations(*office.session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->phone = QStringLiteral("03-0000-0000");
    QVERIFY(organizations.saveOrganization(*organization));
    QCOMPARE(entryCount(db), before + 1);
    auto entries = storage::AuditLog::entries(db, {});
    QVERIFY(entries);
    const storage::AuditEntry& last = entries->first();
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.recordType, QStringLiteral("organization"));
    QCOMPARE(last.login, test::officerLogin());
    QCOMPARE(last.role, QStringLiteral("officer"));
    // Field names are recorded, never the values.
    QVERIFY(last.detail.contains(QStringLiteral("phone")));
    QVERIFY(!last.detail.contains(QStringLiteral("03-0000-0000")));
    QVERIFY(last.atUtc.isValid());
    QCOMPARE(last.atUtc.timeSpec(), Qt::UTC);
}

void TestAuditChain::intactChainVerifies()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    addEntries(*office.session, 20);
    auto head = office.session->vault().store().verifyChain();
    QVERIFY(head);
    QCOMPARE(head->seq, entryCount(office.session->vault().database()));
    QCOMPARE(head->hash.size(), 32);
}

void TestAuditChain::tableRefusesUpdateAndDelete()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    storage::Database& db = office.session->vault().database();
    QVERIFY(!db.exec("UPDATE audit_log SET detail = 'x' WHERE seq = 1"));
    QVERIFY(!db.exec("DELETE FROM audit_log WHERE seq = 1"));
    QVERIFY(office.session->vault().store().verifyChain());
}

void TestAuditChain::tampering_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("firstBadEntry");
    QTest::newRow("modified detail") << QByteArray("UPDATE audit_log SET detail = 'n=99' WHERE seq = 7") << 7;
    QTest::newRow("modified time") << QByteArray("UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 5")
                                   << 5;
    QTest::newRow("modified account") << QByteArray("UPDATE audit_log SET account_login = 'someone' WHERE seq = 9") << 9;
    QTest::newRow("deleted entry") << QByteArray("DELETE FROM audit_log WHERE seq = 6") << 6;
    QTest::newRow("deleted last entry") << QByteArray("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
                                        << -1;
    QTest::newRow("reordered entries")
        << QByteArray("UPDATE audit_log SET seq = -1 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 8; "
                      "UPDATE audit_log SET seq = 8 WHERE seq = -1;")
        << 4;
    QTest::newRow("recomputed plain hash") << QByteArray("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 3") << 3;
}

void TestAuditChain::tampering()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, firstBadEntry);
    test::TestOffice office;
    QVERIFY(office.isValid());
    addEntries(*office.session, 10);
    storage::Database& db = office.session->vault().database();
    auto head = office.session->vault().store().verifyChain();
    QVERIFY(head);
    QVERIFY(db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
    QVERIFY(db.exec(sql.constData()));
    auto verified = office.session->vault().store().verifyChain();
    if (firstBadEntry < 0) {
        // Cutting the tail leaves a valid but shorter chain: only the recorded head can tell.
        QVERIFY(verified);
        QCOMPARE(verified->seq, head->seq - 1);
        return;
    }
    QVERIFY(!verified);
    QCOMPARE(verified.error().kind, ErrorKind::Corrupt);
    QCOMPARE(verified.error().detail, QStringLiteral("audit log entry %1").arg(firstBadEntry));
}

void TestAuditChain::failedWriteLeavesNoEntry()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    storage::Database& db = office.session->vault().database();
    const qint64 before = entryCount(db);
    auto status = office.session->vault().store().write(office.session->actor(), [](storage::Writer& writer) -> Status {
        if (auto audit = writer.audit(QStringLiteral("update"), QStringLiteral("organization"), 1); !audit)
            return audit;
        return fail(ErrorKind::InvalidInput);
    });
    QVERIFY(!status);
    QCOMPARE(entryCount(db), before);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
