// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint workflow: the status machine (every legal and illegal step, in the rule and
// through the service), what closing needs (result and the officer's sign-off), the timeline,
// optimistic locking between two sessions, and the audit trail of every write, which names
// fields and statuses but never personal data.
#include "TestSupport.h"

#include "core/complaints/ComplaintService.h"
#include "core/complaints/ComplaintStatus.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pd::ComplaintStatus)

namespace {

// Personal data planted in the record: none of it may ever reach the audit log.
const QString kName = u"鷹野　澄江"_s;
const QString kKana = u"タカノ　スミエ"_s;
const QString kPhone = u"090-8123-4567"_s;
const QString kContent = u"医療費通知が隣家に誤配達され開封されていた件"_s;
const QString kTimelineText = u"申出人宅を訪問し封筒を回収した（鷹野様）"_s;
const QString kResult = u"配達記録を確認し誤配達の経緯を説明した"_s;

Complaint draft()
{
    Complaint complaint;
    complaint.receivedAt = QDateTime(QDate(2025, 6, 2), QTime(10, 15));
    complaint.channel = ComplaintChannel::Phone;
    complaint.channelDetails.callerNumber = kPhone;
    complaint.channelDetails.callStarted = complaint.receivedAt;
    complaint.channelDetails.callEnded = complaint.receivedAt.addSecs(600);
    complaint.complainant.name = kName;
    complaint.complainant.kana = kKana;
    complaint.complainant.phone = kPhone;
    complaint.content = kContent;
    complaint.category = ComplaintCategory::Breach;
    return complaint;
}

QString statusName(ComplaintStatus status)
{
    return statusKey(status);
}

/// The rule as the issue states it, written out independently of the implementation.
bool specAllows(ComplaintStatus from, ComplaintStatus to)
{
    using S = ComplaintStatus;
    static const QSet<std::pair<int, int>> legal { { int(S::Received), int(S::InProgress) },
        { int(S::InProgress), int(S::Answered) }, { int(S::Answered), int(S::Closed) },
        { int(S::Received), int(S::Withdrawn) }, { int(S::InProgress), int(S::Withdrawn) },
        { int(S::Answered), int(S::Withdrawn) } };
    return legal.contains({ int(from), int(to) });
}

/// The failure's message for QVERIFY2, which evaluates its message even when the check passes.
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

QList<storage::AuditEntry> entriesAfter(Session& session, qint64 afterSeq)
{
    storage::AuditLog::Filter filter;
    filter.limit = 100000;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    QList<storage::AuditEntry> result;
    if (!entries)
        return result;
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

class TestComplaintWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusMachineRule_data();
    void statusMachineRule();
    void transitionThroughService_data();
    void transitionThroughService();
    void answeringNeedsMethodAndDate();
    void closingNeedsResultAndSignOff();
    void changedResultWithdrawsSignOff();
    void finalComplaintsAreNotEdited();
    void timeline();
    void revisionConflictBetweenSessions();
    void everyWriteIsAudited();
    void draftValidation_data();
    void draftValidation();
    void letterFieldsMatchTemplate();

private:
    /// A new complaint brought to `status` along the legal path, with what each step needs.
    Complaint complaintIn(ComplaintStatus status);

    std::unique_ptr<TestOffice> m_office;
};

void TestComplaintWorkflow::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
}

Complaint TestComplaintWorkflow::complaintIn(ComplaintStatus status)
{
    ComplaintService service(*m_office->session);
    auto created = service.create(draft());
    if (!created) {
        qWarning("create: %s", why(created));
        return {};
    }
    Complaint complaint = *created;
    auto step = [&](ComplaintStatus to) {
        auto moved = service.transition(complaint.id, complaint.revision, to);
        if (!moved)
            qWarning("transition to %s: %s", qPrintable(statusKey(to)), why(moved));
        else
            complaint = *moved;
    };
    if (status == ComplaintStatus::Received)
        return complaint;
    if (status == ComplaintStatus::Withdrawn) {
        step(ComplaintStatus::Withdrawn);
        return complaint;
    }
    step(ComplaintStatus::InProgress);
    if (status == ComplaintStatus::InProgress)
        return complaint;
    complaint.answerMethod = AnswerMethod::Letter;
    complaint.answeredOn = QDate(2025, 6, 10);
    complaint.result = kResult;
    auto updated = service.update(complaint);
    if (updated)
        complaint = *updated;
    step(ComplaintStatus::Answered);
    if (status == ComplaintStatus::Answered)
        return complaint;
    auto signedOff = service.signOff(complaint.id, complaint.revision);
    if (signedOff)
        complaint = *signedOff;
    step(ComplaintStatus::Closed);
    return complaint;
}

void TestComplaintWorkflow::statusMachineRule_data()
{
    QTest::addColumn<ComplaintStatus>("from");
    QTest::addColumn<ComplaintStatus>("to");
    for (ComplaintStatus from : kComplaintStatuses)
        for (ComplaintStatus to : kComplaintStatuses)
            QTest::addRow("%s -> %s", qPrintable(statusName(from)), qPrintable(statusName(to))) << from << to;
}

void TestComplaintWorkflow::statusMachineRule()
{
    QFETCH(ComplaintStatus, from);
    QFETCH(ComplaintStatus, to);
    QCOMPARE(canTransition(from, to), specAllows(from, to));
    QCOMPARE(validFollowStates(from).contains(to), specAllows(from, to));
    QCOMPARE(isFinal(from), validFollowStates(from).isEmpty());
}

void TestComplaintWorkflow::transitionThroughService_data()
{
    statusMachineRule_data();
}

void TestComplaintWorkflow::transitionThroughService()
{
    QFETCH(ComplaintStatus, from);
    QFETCH(ComplaintStatus, to);
    Complaint complaint = complaintIn(from);
    QVERIFY(complaint.id > 0);
    QCOMPARE(complaint.status, from);
    ComplaintService service(*m_office->session);
    // Give the record everything any status needs, so that only the status machine decides.
    if (!isFinal(from)) {
        complaint.answerMethod = AnswerMethod::Letter;
        complaint.answeredOn = QDate(2025, 6, 10);
        complaint.result = kResult;
        auto prepared = service.update(complaint);
        QVERIFY2(prepared, why(prepared));
        complaint = *prepared;
        if (from != ComplaintStatus::Received && !complaint.isSignedOff()) {
            auto signedOff = service.signOff(complaint.id, complaint.revision);
            QVERIFY2(signedOff, why(signedOff));
            complaint = *signedOff;
        }
    }

    const qsizetype timelineBefore = complaint.timeline.size();
    auto moved = service.transition(complaint.id, complaint.revision, to, u"経過メモ"_s);
    auto stored = service.find(complaint.id);
    QVERIFY(stored);
    if (specAllows(from, to)) {
        QVERIFY2(moved, why(moved));
        QCOMPARE(moved->status, to);
        QCOMPARE(stored->status, to);
        QCOMPARE(stored->revision, complaint.revision + 1);
        QCOMPARE(stored->timeline.size(), timelineBefore + 1);
        QCOMPARE(stored->timeline.last().status, std::optional<ComplaintStatus>(to));
        QCOMPARE(stored->timeline.last().text, u"経過メモ"_s);
        QCOMPARE(stored->completedOn.isValid(), isFinal(to));
    } else {
        QVERIFY(!moved);
        QCOMPARE(moved.error().kind, ErrorKind::InvalidInput);
        // A reason the user can act on, not just "invalid input".
        QVERIFY2(!moved.error().detail.isEmpty(), why(moved));
        QCOMPARE(stored->status, from);
        QCOMPARE(stored->revision, complaint.revision);
        QCOMPARE(stored->timeline.size(), timelineBefore);
    }
}

void TestComplaintWorkflow::answeringNeedsMethodAndDate()
{
    ComplaintService service(*m_office->session);
    Complaint complaint = complaintIn(ComplaintStatus::InProgress);
    auto refused = service.transition(complaint.id, complaint.revision, ComplaintStatus::Answered);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);

    complaint.answerMethod = AnswerMethod::Phone;
    complaint.answeredOn = QDate(2025, 5, 1); // before the complaint arrived
    auto updated = service.update(complaint);
    QVERIFY(updated);
    refused = service.transition(updated->id, updated->revision, ComplaintStatus::Answered);
    QVERIFY(!refused);

    Complaint fixed = *updated;
    fixed.answeredOn = QDate(2025, 6, 3);
    updated = service.update(fixed);
    QVERIFY(updated);
    auto answered = service.transition(updated->id, updated->revision, ComplaintStatus::Answered);
    QVERIFY2(answered, why(answered));

    // An answered complaint cannot lose what made it answered.
    Complaint emptied = *answered;
    emptied.answerMethod = AnswerMethod::None;
    auto refusedEdit = service.update(emptied);
    QVERIFY(!refusedEdit);
    QCOMPARE(refusedEdit.error().kind, ErrorKind::InvalidInput);
}

void TestComplaintWorkflow::closingNeedsResultAndSignOff()
{
    ComplaintService service(*m_office->session);
    Complaint complaint = complaintIn(ComplaintStatus::InProgress);
    complaint.answerMethod = AnswerMethod::Letter;
    complaint.answeredOn = QDate(2025, 6, 5);
    auto updated = service.update(complaint);
    QVERIFY(updated);
    auto answered = service.transition(updated->id, updated->revision, ComplaintStatus::Answered);
    QVERIFY(answered);

    // No result: neither sign-off nor closing.
    auto noResult = service.transition(answered->id, answered->revision, ComplaintStatus::Closed);
    QVERIFY(!noResult);
    QCOMPARE(noResult.error().kind, ErrorKind::InvalidInput);
    auto signOffWithoutResult = service.signOff(answered->id, answered->revision);
    QVERIFY(!signOffWithoutResult);
    QCOMPARE(signOffWithoutResult.error().kind, ErrorKind::InvalidInput);

    // A result, but no sign-off yet.
    Complaint withResult = *answered;
    withResult.result = u"   "_s;
    updated = service.update(withResult);
    QVERIFY(updated);
    QVERIFY(!service.transition(updated->id, updated->revision, ComplaintStatus::Closed)); // blank is no result
    withResult = *updated;
    withResult.result = kResult;
    updated = service.update(withResult);
    QVERIFY(updated);
    auto notSigned = service.transition(updated->id, updated->revision, ComplaintStatus::Closed);
    QVERIFY(!notSigned);
    QCOMPARE(notSigned.error().kind, ErrorKind::InvalidInput);
    QVERIFY(notSigned.error().detail.contains(QStringLiteral("sign")) || !notSigned.error().detail.isEmpty());

    auto signedOff = service.signOff(updated->id, updated->revision);
    QVERIFY2(signedOff, why(signedOff));
    QCOMPARE(signedOff->signedOffBy, m_office->session->account().id);
    QVERIFY(signedOff->signedOffAt.isValid());
    QVERIFY(!signedOff->signedOffByName.isEmpty());
    QVERIFY(!service.signOff(signedOff->id, signedOff->revision)); // once is enough

    auto closed = service.transition(signedOff->id, signedOff->revision, ComplaintStatus::Closed);
    QVERIFY2(closed, why(closed));
    QCOMPARE(closed->status, ComplaintStatus::Closed);
    QCOMPARE(closed->completedOn, QDate::currentDate());
}

void TestComplaintWorkflow::changedResultWithdrawsSignOff()
{
    ComplaintService service(*m_office->session);
    Complaint complaint = complaintIn(ComplaintStatus::Answered);
    auto signedOff = service.signOff(complaint.id, complaint.revision);
    QVERIFY(signedOff);
    QVERIFY(signedOff->isSignedOff());

    // Unrelated edits keep the sign-off.
    Complaint edited = *signedOff;
    edited.complainant.address = u"東京都品川区東品川1-1-1"_s;
    auto kept = service.update(edited);
    QVERIFY(kept);
    QVERIFY(kept->isSignedOff());

    // The officer signed a result: a different result needs a new sign-off.
    edited = *kept;
    edited.prevention = u"二名で確認する"_s;
    auto withdrawn = service.update(edited);
    QVERIFY(withdrawn);
    QVERIFY(!withdrawn->isSignedOff());
    QVERIFY(!withdrawn->signedOffAt.isValid());
    QVERIFY(!service.transition(withdrawn->id, withdrawn->revision, ComplaintStatus::Closed));
}

void TestComplaintWorkflow::finalComplaintsAreNotEdited()
{
    ComplaintService service(*m_office->session);
    for (ComplaintStatus status : { ComplaintStatus::Closed, ComplaintStatus::Withdrawn }) {
        Complaint complaint = complaintIn(status);
        QCOMPARE(complaint.status, status);
        complaint.content = u"変更"_s;
        auto refused = service.update(complaint);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
        // A later call from the person is still noted.
        auto note = service.addTimelineEntry(complaint.id, u"再度の問い合わせがあった"_s);
        QVERIFY2(note, why(note));
    }
}

void TestComplaintWorkflow::timeline()
{
    ComplaintService service(*m_office->session);
    Complaint complaint = draft();
    ComplaintTimelineEntry first;
    first.at = QDateTime(QDate(2025, 6, 2), QTime(10, 30));
    first.text = u"受付時に折り返しを約束"_s;
    complaint.timeline = { first };
    auto created = service.create(complaint);
    QVERIFY(created);
    QCOMPARE(created->timeline.size(), 1);
    QCOMPARE(created->timeline.first().accountId, m_office->session->account().id);
    QCOMPARE(created->timeline.first().accountName, m_office->session->account().displayName);

    // Entries come back in time order, whatever order they were written in.
    auto late = service.addTimelineEntry(created->id, u"回答書を発送"_s, QDateTime(QDate(2025, 6, 9), QTime(16, 0)));
    QVERIFY(late);
    auto early = service.addTimelineEntry(created->id, u"関係部署に照会"_s, QDateTime(QDate(2025, 6, 3), QTime(9, 0)));
    QVERIFY(early);
    QVERIFY(early->id > late->id);
    QVERIFY(!service.addTimelineEntry(created->id, u"  "_s));
    QCOMPARE(errorOf(service.addTimelineEntry(999999, u"x"_s)).kind, ErrorKind::NotFound);

    auto stored = service.find(created->id);
    QVERIFY(stored);
    QStringList texts;
    for (const ComplaintTimelineEntry& entry : stored->timeline)
        texts.append(entry.text);
    QCOMPARE(texts, QStringList({ u"受付時に折り返しを約束"_s, u"関係部署に照会"_s, u"回答書を発送"_s }));
    QCOMPARE(stored->timeline.at(1).at, QDateTime(QDate(2025, 6, 3), QTime(9, 0)));
    // Notes do not bump the revision: an open edit form can still be saved.
    QCOMPARE(stored->revision, created->revision);
    Complaint edited = *created;
    edited.content = kContent + u"（追記）"_s;
    QVERIFY(service.update(edited));
}

void TestComplaintWorkflow::revisionConflictBetweenSessions()
{
    ComplaintService first(*m_office->session);
    auto created = first.create(draft());
    QVERIFY(created);

    auto otherSession = m_office->unlock();
    QVERIFY2(otherSession, why(otherSession));
    ComplaintService second(**otherSession);
    auto seenBySecond = second.find(created->id);
    QVERIFY(seenBySecond);

    Complaint mine = *created;
    mine.content = u"第一の担当者による修正"_s;
    auto saved = first.update(mine);
    QVERIFY(saved);
    QCOMPARE(saved->revision, created->revision + 1);

    Complaint theirs = *seenBySecond;
    theirs.content = u"第二の担当者による修正"_s;
    auto conflict = second.update(theirs);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind, ErrorKind::Conflict);
    auto staleStep = second.transition(theirs.id, theirs.revision, ComplaintStatus::InProgress);
    QVERIFY(!staleStep);
    QCOMPARE(staleStep.error().kind, ErrorKind::Conflict);

    auto reloaded = second.find(created->id);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->content, u"第一の担当者による修正"_s);
    QCOMPARE(reloaded->status, ComplaintStatus::Received);
    // With the fresh revision the second one succeeds.
    theirs = *reloaded;
    theirs.content = u"第二の担当者による修正"_s;
    QVERIFY(second.update(theirs));
}

void TestComplaintWorkflow::everyWriteIsAudited()
{
    Session& session = *m_office->session;
    ComplaintService service(session);
    const qint64 before = auditHead(session);
    QVERIFY(before > 0);

    auto created = service.create(draft());
    QVERIFY(created);
    Complaint edited = *created;
    edited.content = kContent + u"。追加の説明あり"_s;
    auto updated = service.update(edited);
    QVERIFY(updated);
    auto note = service.addTimelineEntry(created->id, kTimelineText);
    QVERIFY(note);
    auto started = service.transition(updated->id, updated->revision, ComplaintStatus::InProgress, kTimelineText);
    QVERIFY(started);
    Complaint answered = *started;
    answered.answerMethod = AnswerMethod::Phone;
    answered.answeredOn = QDate(2025, 6, 4);
    answered.result = kResult;
    auto withResult = service.update(answered);
    QVERIFY(withResult);
    auto signedOff = service.signOff(withResult->id, withResult->revision);
    QVERIFY(signedOff);
    auto viewed = service.find(created->id);
    QVERIFY(viewed);
    auto byNumber = service.findByNumber(created->number);
    QVERIFY(byNumber);
    QCOMPARE(byNumber->id, created->id);
    QVERIFY(service.recordPrint(created->id, u"complaint_answer"_s));

    const QList<storage::AuditEntry> entries = entriesAfter(session, before);
    auto has = [&](const QString& action, const QString& type, qint64 id, const QString& detailPart = {}) {
        for (const storage::AuditEntry& entry : entries)
            if (entry.action == action && entry.recordType == type && (id < 0 || entry.recordId == id)
                && entry.detail.contains(detailPart) && entry.login == session.account().login)
                return true;
        return false;
    };
    const qint64 id = created->id;
    QVERIFY(has(u"create"_s, u"complaint"_s, id, u"content"_s));
    QVERIFY(has(u"update"_s, u"complaint"_s, id, u"content"_s));
    QVERIFY(has(u"create"_s, u"complaint_timeline"_s, note->id));
    QVERIFY(has(u"update"_s, u"complaint"_s, id, u"status"_s));
    QVERIFY(has(u"transition"_s, u"complaint"_s, id, u"from=received; to=in_progress"_s));
    QVERIFY(has(u"update"_s, u"complaint"_s, id, u"result"_s));
    QVERIFY(has(u"sign_off"_s, u"complaint"_s, id));
    QVERIFY(has(u"view"_s, u"complaint"_s, id));
    QVERIFY(has(u"print"_s, u"complaint"_s, id, u"document=complaint_answer"_s));
    // The update entry names the changed field only.
    for (const storage::AuditEntry& entry : entries)
        if (entry.action == u"update"_s && entry.recordId == id && entry.detail.contains(u"content"_s))
            QVERIFY2(!entry.detail.contains(u"complainant_name"_s), qPrintable(entry.detail));

    // No personal data anywhere in the trail: not in the detail, not in any other text field.
    const QStringList personal { kName, kKana, kPhone, kContent, kTimelineText, kResult, u"鷹野"_s, u"タカノ"_s,
        u"8123"_s };
    for (const storage::AuditEntry& entry : entries) {
        const QString all = entry.action + entry.recordType + entry.detail + entry.result + entry.login;
        for (const QString& marker : personal)
            QVERIFY2(!all.contains(marker), qPrintable(entry.action + u' ' + entry.detail));
    }
    // And the chain still verifies.
    QVERIFY(session.vault().store().verifyChain());
}

void TestComplaintWorkflow::draftValidation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("complete") << u"none"_s << true;
    QTest::newRow("anonymous without name") << u"anonymous"_s << true;
    QTest::newRow("no name, not anonymous") << u"noName"_s << false;
    QTest::newRow("no content") << u"noContent"_s << false;
    QTest::newRow("no reception time") << u"noTime"_s << false;
    QTest::newRow("call ends before it starts") << u"callBackwards"_s << false;
    QTest::newRow("target before reception") << u"targetBefore"_s << false;
    QTest::newRow("unknown purpose category") << u"badPurpose"_s << false;
    QTest::newRow("known purpose categories") << u"purposes"_s << true;
    QTest::newRow("auditor as person in charge") << u"auditorAssignee"_s << false;
    QTest::newRow("unknown person in charge") << u"unknownAssignee"_s << false;
}

void TestComplaintWorkflow::draftValidation()
{
    QFETCH(QString, change);
    QFETCH(bool, accepted);
    Session& session = *m_office->session;
    Complaint complaint = draft();
    if (change == u"anonymous"_s) {
        complaint.complainant = {};
        complaint.complainant.relation = ComplainantRelation::Anonymous;
    } else if (change == u"noName"_s) {
        complaint.complainant.name = u" "_s;
    } else if (change == u"noContent"_s) {
        complaint.content = u"\n"_s;
    } else if (change == u"noTime"_s) {
        complaint.receivedAt = {};
    } else if (change == u"callBackwards"_s) {
        complaint.channelDetails.callEnded = complaint.channelDetails.callStarted.addSecs(-60);
    } else if (change == u"targetBefore"_s) {
        complaint.targetDate = complaint.receivedAt.date().addDays(-1);
    } else if (change == u"badPurpose"_s) {
        complaint.purposeCategoryIds = { 424242 };
    } else if (change == u"purposes"_s) {
        auto register_ = OrganizationService(session).purposeRegister();
        QVERIFY(register_);
        complaint.purposeCategoryIds = { register_->at(5).id, register_->at(0).id, register_->at(5).id };
    } else if (change == u"auditorAssignee"_s || change == u"unknownAssignee"_s) {
        if (change == u"unknownAssignee"_s) {
            complaint.assigneeId = 999;
        } else {
            auto added = AccountService(session).addAccount(u"kansa%1"_s.arg(QDateTime::currentMSecsSinceEpoch()),
                u"監事 太郎"_s, Role::Auditor, DemoGenerator::demoAccountPassword());
            QVERIFY2(added, why(added));
            complaint.assigneeId = added->id;
        }
    }
    auto created = ComplaintService(session).create(complaint);
    QCOMPARE(bool(created), accepted);
    if (!accepted) {
        QCOMPARE(created.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!created.error().detail.isEmpty());
    } else if (change == u"purposes"_s) {
        QCOMPARE(created->purposeCategoryIds.size(), 2); // stored once each
    }
}

void TestComplaintWorkflow::letterFieldsMatchTemplate()
{
    Complaint complaint = complaintIn(ComplaintStatus::Answered);
    complaint.complainant.postalCode = u"150-0001"_s;
    complaint.complainant.address = u"東京都渋谷区神宮前一丁目2番3号"_s;
    complaint.prevention = u"封入作業は二名で確認する"_s;
    const QVariantMap fields = ComplaintService::letterFields(complaint);
    QCOMPARE(fields.value(u"受付番号"_s).toString(), complaint.number);
    QCOMPARE(fields.value(u"申出日"_s).toString(), u"2025-06-02"_s);
    QCOMPARE(fields.value(u"申出内容"_s).toString(), kContent);
    QCOMPARE(fields.value(u"宛先氏名"_s).toString(), kName);
    QCOMPARE(fields.value(u"宛先郵便番号"_s).toString(), u"150-0001"_s);
    QCOMPARE(fields.value(u"回答内容"_s).toString(), kResult);
    QCOMPARE(fields.value(u"再発防止策"_s).toString(), u"封入作業は二名で確認する"_s);
    QCOMPARE(fields.value(u"お詫び"_s).toBool(), true); // a leak
    QCOMPARE(fields.value(u"担当者氏名"_s).toString(), u"田中"_s); // family name of the officer who received it

    // Every key is one the built-in template knows (申出日 is the base of 申出日_和暦).
    QFile file(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/resources/letters/templates.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray templates = QJsonDocument::fromJson(file.readAll()).object().value(u"templates"_s).toArray();
    QSet<QString> keys;
    for (const QJsonValue& value : templates) {
        const QJsonObject object = value.toObject();
        if (object.value(u"name"_s).toString() != u"complaint_answer"_s)
            continue;
        for (const QJsonValue& field : object.value(u"fields"_s).toArray()) {
            keys.insert(field.toObject().value(u"key"_s).toString());
            const QString base = field.toObject().value(u"date"_s).toString();
            if (!base.isEmpty())
                keys.insert(base);
        }
    }
    QVERIFY(keys.size() > 10);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        QVERIFY2(keys.contains(it.key()), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestComplaintWorkflow)
#include "tst_complaint_workflow.moc"
