// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what with complaints, enforced in core so that a bypassed or buggy UI changes
// nothing: officer and staff write, only the officer signs off, the auditor reads. Every
// refusal leaves a "denied" entry; views and prints leave theirs.
#include "TestSupport.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

/// The error of a result that must have failed; a success shows up as Internal, never as a crash.
template <typename T> Error errorOf(const std::expected<T, Error>& result)
{
    return result ? Error { ErrorKind::Internal, QStringLiteral("unexpectedly succeeded") } : result.error();
}

template <typename T> const char* why(const std::expected<T, Error>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8();
    return text.constData();
}

const QString kStaffLogin = u"sato"_s;
const QString kAuditorLogin = u"kansa"_s;

Complaint draft(int day = 2)
{
    Complaint complaint;
    complaint.receivedAt = QDateTime(QDate(2025, 6, day), QTime(14, 0));
    complaint.channel = ComplaintChannel::Fax;
    complaint.channelDetails.faxNumber = u"03-1111-2222"_s;
    complaint.complainant.name = u"秋山　真理"_s;
    complaint.content = u"FAXの送信先が誤っていた"_s;
    return complaint;
}

QList<storage::AuditEntry> entriesAfter(Session& session, qint64 afterSeq)
{
    storage::AuditLog::Filter filter;
    filter.limit = 100000;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    QList<storage::AuditEntry> result;
    if (entries)
        for (const storage::AuditEntry& entry : *entries)
            if (entry.seq > afterSeq)
                result.prepend(entry);
    return result;
}

qint64 auditHead(Session& session)
{
    auto head = storage::AuditLog::head(session.vault().database());
    return head ? head->seq : -1;
}

} // namespace

class TestComplaintPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditorCannotWrite_data();
    void auditorCannotWrite();
    void staffWritesButDoesNotSignOff();
    void signedOffImportNeedsTheOfficer();
    void readingIsAllowedAndViewsAreAudited();
    void printsAreAudited();

private:
    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<Session> m_staff;
    std::unique_ptr<Session> m_auditor;
    Complaint m_answered; // a complaint with everything a sign-off needs
};

void TestComplaintPermissions::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    AccountService accounts(*m_office->session);
    const QByteArray password = DemoGenerator::demoAccountPassword();
    QVERIFY(accounts.addAccount(kStaffLogin, u"佐藤 次郎"_s, Role::Staff, password));
    QVERIFY(accounts.addAccount(kAuditorLogin, u"監事 一郎"_s, Role::Auditor, password));
    auto staff = Session::unlock(m_office->location, kStaffLogin, password);
    QVERIFY2(staff, why(staff));
    m_staff = std::move(*staff);
    auto auditor = Session::unlock(m_office->location, kAuditorLogin, password);
    QVERIFY2(auditor, why(auditor));
    m_auditor = std::move(*auditor);

    ComplaintService officer(*m_office->session);
    auto created = officer.create(draft());
    QVERIFY(created);
    auto started = officer.transition(created->id, created->revision, ComplaintStatus::InProgress);
    QVERIFY(started);
    Complaint answered = *started;
    answered.answerMethod = AnswerMethod::Fax;
    answered.answeredOn = QDate(2025, 6, 5);
    answered.result = u"送信先の登録を訂正した"_s;
    auto updated = officer.update(answered);
    QVERIFY(updated);
    auto moved = officer.transition(updated->id, updated->revision, ComplaintStatus::Answered);
    QVERIFY(moved);
    m_answered = *moved;
}

void TestComplaintPermissions::auditorCannotWrite_data()
{
    QTest::addColumn<QString>("operation");
    for (const char* operation : { "create", "createMany", "update", "timeline", "transition", "signOff", "print" })
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestComplaintPermissions::auditorCannotWrite()
{
    QFETCH(QString, operation);
    ComplaintService service(*m_auditor);
    ComplaintQuery reader(*m_office->session);
    const int countBefore = *reader.count({});
    const qint64 headBefore = auditHead(*m_office->session);

    Error error;
    if (operation == u"create"_s) {
        error = errorOf(service.create(draft()));
    } else if (operation == u"createMany"_s) {
        QList<Complaint> batch { draft(3), draft(4) };
        error = errorOf(service.createMany(batch));
    } else if (operation == u"update"_s) {
        Complaint changed = m_answered;
        changed.content = u"監事による変更"_s;
        error = errorOf(service.update(changed));
    } else if (operation == u"timeline"_s) {
        error = errorOf(service.addTimelineEntry(m_answered.id, u"監事のメモ"_s));
    } else if (operation == u"transition"_s) {
        error = errorOf(service.transition(m_answered.id, m_answered.revision, ComplaintStatus::Withdrawn));
    } else if (operation == u"signOff"_s) {
        error = errorOf(service.signOff(m_answered.id, m_answered.revision));
    } else if (operation == u"print"_s) {
        error = errorOf(service.recordPrint(m_answered.id, u"complaint_answer"_s));
    }
    QCOMPARE(error.kind, ErrorKind::PermissionDenied);

    // Nothing changed, and the refusal itself is on record, by the auditor.
    QCOMPARE(*reader.count({}), countBefore);
    auto stored = ComplaintService(*m_office->session).find(m_answered.id);
    QVERIFY(stored);
    QCOMPARE(stored->revision, m_answered.revision);
    QCOMPARE(stored->timeline.size(), m_answered.timeline.size());
    const QList<storage::AuditEntry> entries = entriesAfter(*m_office->session, headBefore);
    QVERIFY(entries.size() >= 1);
    const storage::AuditEntry& denied = entries.first();
    QCOMPARE(denied.action, u"denied"_s);
    QCOMPARE(denied.result, u"refused"_s);
    QCOMPARE(denied.login, kAuditorLogin);
    QCOMPARE(denied.role, u"auditor"_s);
    QVERIFY(denied.recordType.startsWith(u"complaint"_s));
    for (const storage::AuditEntry& entry : entries)
        QVERIFY2(entry.action == u"denied"_s || entry.action == u"view"_s, qPrintable(entry.action));
}

void TestComplaintPermissions::staffWritesButDoesNotSignOff()
{
    ComplaintService staff(*m_staff);
    auto created = staff.create(draft(10));
    QVERIFY2(created, why(created));
    QCOMPARE(created->receivedBy, m_staff->account().id);
    auto started = staff.transition(created->id, created->revision, ComplaintStatus::InProgress, u"担当開始"_s);
    QVERIFY(started);
    QVERIFY(staff.addTimelineEntry(created->id, u"先方に確認"_s));
    Complaint answered = *started;
    answered.answerMethod = AnswerMethod::Phone;
    answered.answeredOn = QDate(2025, 6, 12);
    answered.result = u"誤送信先に破棄を依頼した"_s;
    answered.assigneeId = m_staff->account().id;
    auto updated = staff.update(answered);
    QVERIFY(updated);
    QCOMPARE(updated->assigneeName, u"佐藤 次郎"_s);
    auto moved = staff.transition(updated->id, updated->revision, ComplaintStatus::Answered);
    QVERIFY(moved);

    const qint64 headBefore = auditHead(*m_staff);
    auto refused = staff.signOff(moved->id, moved->revision);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    const QList<storage::AuditEntry> entries = entriesAfter(*m_staff, headBefore);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"denied"_s);
    QCOMPARE(entries.first().recordType, u"complaint_sign_off"_s);
    QCOMPARE(entries.first().recordId, moved->id);
    QCOMPARE(entries.first().login, kStaffLogin);
    QVERIFY(!staff.transition(moved->id, moved->revision, ComplaintStatus::Closed)); // not signed off

    // The officer signs off; closing is then the staff's to do.
    auto signedOff = ComplaintService(*m_office->session).signOff(moved->id, moved->revision);
    QVERIFY2(signedOff, why(signedOff));
    auto closed = staff.transition(signedOff->id, signedOff->revision, ComplaintStatus::Closed);
    QVERIFY2(closed, why(closed));
    QCOMPARE(closed->signedOffBy, m_office->session->account().id);
}

void TestComplaintPermissions::signedOffImportNeedsTheOfficer()
{
    Complaint closed = draft(20);
    closed.status = ComplaintStatus::Closed;
    closed.answerMethod = AnswerMethod::Letter;
    closed.answeredOn = QDate(2025, 6, 25);
    closed.result = u"文書で回答した"_s;
    closed.completedOn = QDate(2025, 6, 30);
    closed.signedOffBy = m_office->session->account().id;
    closed.signedOffAt = QDateTime(QDate(2025, 6, 30), QTime(8, 0), Qt::UTC);

    QList<Complaint> byStaff { closed };
    auto refused = ComplaintService(*m_staff).createMany(byStaff);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(byStaff.first().id, qint64(0));

    // Nor can a sign-off be forged in someone else's name.
    QList<Complaint> forged { closed };
    forged.first().signedOffBy = m_staff->account().id;
    QCOMPARE(errorOf(ComplaintService(*m_office->session).createMany(forged)).kind, ErrorKind::InvalidInput);

    QList<Complaint> byOfficer { closed };
    QVERIFY(ComplaintService(*m_office->session).createMany(byOfficer));
    QVERIFY(byOfficer.first().id > 0);
    // Without a sign-off, staff may import.
    Complaint open = draft(21);
    QList<Complaint> openByStaff { open };
    QVERIFY(ComplaintService(*m_staff).createMany(openByStaff));
}

void TestComplaintPermissions::readingIsAllowedAndViewsAreAudited()
{
    ComplaintService auditor(*m_auditor);
    const qint64 headBefore = auditHead(*m_auditor);
    auto viewed = auditor.find(m_answered.id);
    QVERIFY2(viewed, why(viewed));
    QCOMPARE(viewed->number, m_answered.number);
    auto byNumber = auditor.findByNumber(m_answered.number);
    QVERIFY(byNumber);

    ComplaintQuery query(*m_auditor);
    auto counted = query.count({});
    QVERIFY(counted);
    QVERIFY(*counted >= 1);
    QVERIFY(query.page({}, {}, 0, 10));
    QVERIFY(query.dueSummary(QDate(2025, 6, 20)));

    const QList<storage::AuditEntry> entries = entriesAfter(*m_auditor, headBefore);
    QCOMPARE(entries.size(), 2); // two detail views; lists are not per-row events
    for (const storage::AuditEntry& entry : entries) {
        QCOMPARE(entry.action, u"view"_s);
        QCOMPARE(entry.recordType, u"complaint"_s);
        QCOMPARE(entry.recordId, m_answered.id);
        QCOMPARE(entry.login, kAuditorLogin);
        QCOMPARE(entry.result, u"ok"_s);
    }
    QCOMPARE(errorOf(auditor.find(987654)).kind, ErrorKind::NotFound);
}

void TestComplaintPermissions::printsAreAudited()
{
    ComplaintService staff(*m_staff);
    const qint64 headBefore = auditHead(*m_staff);
    QVERIFY(staff.recordPrint(m_answered.id, u"complaint_answer"_s));
    QVERIFY(staff.recordPrint(m_answered.id, u"fax_cover"_s));
    // The document is a key, never free text that could carry personal data.
    QCOMPARE(errorOf(staff.recordPrint(m_answered.id, u"秋山様への回答"_s)).kind, ErrorKind::InvalidInput);
    QCOMPARE(errorOf(staff.recordPrint(424242, u"complaint_answer"_s)).kind, ErrorKind::NotFound);
    const QList<storage::AuditEntry> entries = entriesAfter(*m_staff, headBefore);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, u"print"_s);
    QCOMPARE(entries.at(0).detail, u"document=complaint_answer"_s);
    QCOMPARE(entries.at(1).detail, u"document=fax_cover"_s);
    QCOMPARE(entries.at(1).recordId, m_answered.id);
    QCOMPARE(entries.at(1).login, kStaffLogin);
}

QTEST_GUILESS_MAIN(TestComplaintPermissions)
#include "tst_complaint_permissions.moc"
