// SPDX-License-Identifier: GPL-3.0-or-later
// The audit review: filtered reading, anomaly views, review marks in the chain, and signed
// checkpoints that detect a later alteration or an older copy of the database.
#include "TestSupport.h"

#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

/// A moment given in Japan time, as the office would read it.
QDateTime jst(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(9 * 3600)).toUTC();
}

storage::AuditEntry entryAt(const QDateTime& atUtc, qint64 accountId, const QString& action,
                            const QString& recordType = u"complaint"_s, const QString& result = u"ok"_s,
                            qint64 recordId = 1)
{
    storage::AuditEntry entry;
    entry.atUtc = atUtc;
    entry.accountId = accountId;
    entry.login = u"user%1"_s.arg(accountId);
    entry.action = action;
    entry.recordType = recordType;
    entry.recordId = recordId;
    entry.result = result;
    return entry;
}

QList<storage::AuditEntry> latestEntries(Session& session, int count)
{
    auto entries = storage::AuditLog::entries(session.vault().database(), {QDateTime(), QDateTime(), count});
    return entries ? *entries : QList<storage::AuditEntry>();
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden))
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

const QByteArray kStaffPassword = QByteArrayLiteral("Tantou-sha-2026-ok");
const QByteArray kAuditorPassword = QByteArrayLiteral("Shinsa-no-Hi-2026-ok");

} // namespace

class TestAuditReview : public QObject
{
    Q_OBJECT

private slots:
    void officeHours_data();
    void officeHours();
    void failedLoginsPicksRefusals();
    void bulkViewingNeedsEnoughViewsInTheWindow();
    void bulkViewingCountsEachAccountApart();
    void bulkViewingCountsDistinctRecords();
    void displayNamesForRecordTypesAndResults();
    void recordFilterTakesKeysAndNames_data();
    void recordFilterTakesKeysAndNames();
    void filtersNarrowAndPage();
    void readingIsAuditedWithConditionNamesOnly();
    void failedLoginViewEndToEnd();
    void markReviewedCarriesTheHead();
    void markReviewedRefusesBadInput();
    void checkpointRoundTrip();
    void tamperedCheckpointRefused_data();
    void tamperedCheckpointRefused();
    void checkpointOfAnotherDatabaseRefused();
    void checkpointAfterRestoringOlderCopyRefused();
    void staffRefusedAndAudited();
    void auditorReviewsButWritesNothingElse();
};

void TestAuditReview::officeHours_data()
{
    QTest::addColumn<QDateTime>("atUtc");
    QTest::addColumn<bool>("within");
    // 2026-11-30 is a Monday.
    QTest::newRow("monday 08:30 opens") << jst(2026, 11, 30, 8, 30) << true;
    QTest::newRow("monday 08:29 before") << jst(2026, 11, 30, 8, 29, 59) << false;
    QTest::newRow("monday 17:59 within") << jst(2026, 11, 30, 17, 59) << true;
    QTest::newRow("monday 18:00 closed") << jst(2026, 11, 30, 18, 0) << false;
    QTest::newRow("friday noon") << jst(2026, 12, 4, 12, 0) << true;
    QTest::newRow("saturday noon") << jst(2026, 12, 5, 12, 0) << false;
    QTest::newRow("sunday noon") << jst(2026, 12, 6, 12, 0) << false;
    QTest::newRow("28 december (monday) open") << jst(2026, 12, 28, 10, 0) << true;
    QTest::newRow("29 december (tuesday) closed") << jst(2026, 12, 29, 10, 0) << false;
    QTest::newRow("2 january closed") << jst(2026, 1, 2, 10, 0) << false;
    QTest::newRow("5 january (monday) open") << jst(2026, 1, 5, 10, 0) << true;
    // 01:00 UTC on Monday is 10:00 in Tokyo: the zone of the computer must not matter.
    QTest::newRow("utc early morning is tokyo morning")
        << QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC) << true;
}

void TestAuditReview::officeHours()
{
    QFETCH(QDateTime, atUtc);
    QFETCH(bool, within);
    QCOMPARE(OfficeHours().contains(atUtc), within);
    const QList<storage::AuditEntry> outside = AuditAnomalies::outsideOfficeHours({entryAt(atUtc, 2, u"view"_s)}, {});
    QCOMPARE(outside.size(), within ? 0 : 1);
}

void TestAuditReview::failedLoginsPicksRefusals()
{
    const QDateTime at = jst(2026, 11, 30, 9, 0);
    const QList<storage::AuditEntry> entries = {
        entryAt(at, 2, u"login"_s, u"account"_s),
        entryAt(at, 2, u"login_failed"_s, u"account"_s, u"refused"_s),
        entryAt(at, 3, u"login"_s, u"account"_s, u"refused: disabled"_s),
        entryAt(at, 3, u"denied"_s, u"complaint"_s, u"refused"_s),
        entryAt(at, 2, u"view"_s),
        entryAt(at, 0, u"recovery_unlock"_s, u"database"_s),
    };
    const QList<storage::AuditEntry> failed = AuditAnomalies::failedLogins(entries);
    QStringList seen;
    for (const storage::AuditEntry& entry : failed)
        seen << entry.action + u'/' + entry.result;
    QCOMPARE(seen, (QStringList{u"login_failed/refused"_s, u"login/refused: disabled"_s, u"denied/refused"_s}));
}

/// A view of complaint `recordId` by `accountId`.
storage::AuditEntry viewOf(const QDateTime& atUtc, qint64 accountId, qint64 recordId,
                           const QString& recordType = u"complaint"_s)
{
    return entryAt(atUtc, accountId, u"view"_s, recordType, u"ok"_s, recordId);
}

void TestAuditReview::bulkViewingNeedsEnoughViewsInTheWindow()
{
    const BulkViewingRule rule{5, 10};
    const QDateTime start = jst(2026, 11, 30, 10, 0);
    // Four records, then a fifth just outside ten minutes of the first: no burst yet.
    QList<storage::AuditEntry> entries;
    for (int minute : {0, 3, 6, 9})
        entries << viewOf(start.addSecs(minute * 60), 2, 100 + minute);
    entries << viewOf(start.addSecs(10 * 60), 2, 110);
    QVERIFY(AuditAnomalies::bulkViewing(entries, rule).isEmpty());
    // A sixth record at 10:11 makes 3, 6, 9, 10, 11 five records within ten minutes.
    entries << viewOf(start.addSecs(11 * 60), 2, 111);
    const QList<storage::AuditEntry> burst = AuditAnomalies::bulkViewing(entries, rule);
    QCOMPARE(burst.size(), 5);
    QCOMPARE(burst.first().atUtc, start.addSecs(3 * 60));
    QCOMPARE(burst.last().atUtc, start.addSecs(11 * 60));
    // Reading the trail is not viewing records, and other actions do not count either.
    QList<storage::AuditEntry> reviewing;
    for (int second = 0; second < 40; ++second)
        reviewing << viewOf(start.addSecs(second), 2, second + 1, u"audit_log"_s)
                  << entryAt(start.addSecs(second), 2, u"update"_s, u"complaint"_s, u"ok"_s, second + 1);
    QVERIFY(AuditAnomalies::bulkViewing(reviewing, rule).isEmpty());
}

void TestAuditReview::bulkViewingCountsEachAccountApart()
{
    const QDateTime start = jst(2026, 11, 30, 10, 0);
    QList<storage::AuditEntry> entries;
    // Two accounts alternate 30 records each in five minutes: 60 records together, 30 each.
    for (int index = 0; index < 60; ++index)
        entries << viewOf(start.addSecs(index * 5), index % 2 == 0 ? 2 : 3, index + 1);
    QCOMPARE(AuditAnomalies::bulkViewing(entries, BulkViewingRule{}).size(), 60);
    QVERIFY(AuditAnomalies::bulkViewing(entries, BulkViewingRule{31, 10}).isEmpty());
}

void TestAuditReview::bulkViewingCountsDistinctRecords()
{
    const QDateTime start = jst(2026, 11, 30, 10, 0);
    const BulkViewingRule rule; // the default: 30 records in 10 minutes
    // Working on one complaint: 40 views of it in ten minutes are no bulk viewing.
    QList<storage::AuditEntry> oneRecord;
    for (int index = 0; index < 40; ++index)
        oneRecord << viewOf(start.addSecs(index * 15), 2, 151);
    QVERIFY(AuditAnomalies::bulkViewing(oneRecord, rule).isEmpty());
    // 30 different complaints in the same ten minutes are.
    QList<storage::AuditEntry> manyRecords;
    for (int index = 0; index < 30; ++index)
        manyRecords << viewOf(start.addSecs(index * 15), 2, index + 1);
    QCOMPARE(AuditAnomalies::bulkViewing(manyRecords, rule).size(), 30);
    // 29 records, each opened twice: 58 views, still one record short of the rule.
    QList<storage::AuditEntry> twice;
    for (int index = 0; index < 58; ++index)
        twice << viewOf(start.addSecs(index * 10), 2, index % 29 + 1);
    QVERIFY(AuditAnomalies::bulkViewing(twice, rule).isEmpty());
    // A record is its type and number: attachment #5 is not complaint #5.
    twice << viewOf(start.addSecs(58 * 10), 2, 5, u"complaint_attachment"_s);
    QCOMPARE(AuditAnomalies::bulkViewing(twice, rule).size(), 59);
    // A record stays in the window while any of its views does: complaint 1 seen at 10:00 and
    // again at 10:09 still counts at 10:11, when the first view has left the window.
    const QList<storage::AuditEntry> sliding = {
        viewOf(start, 2, 1), viewOf(start.addSecs(5 * 60), 2, 2), viewOf(start.addSecs(9 * 60), 2, 1),
        viewOf(start.addSecs(11 * 60), 2, 3)};
    const QList<storage::AuditEntry> slid = AuditAnomalies::bulkViewing(sliding, BulkViewingRule{3, 10});
    QCOMPARE(slid.size(), 3);
    QCOMPARE(slid.first().atUtc, start.addSecs(5 * 60));
}

void TestAuditReview::displayNamesForRecordTypesAndResults()
{
    // Every record type the code writes has a name of its own; the screen shows no storage key.
    const QStringList written = {
        u"complaint"_s, u"complaint_timeline"_s, u"complaint_attachment"_s, u"complaint_email"_s,
        u"complaint_draft"_s, u"complaint_sign_off"_s, u"complaint_register"_s, u"complaint_search"_s,
        u"issued_letter"_s, u"letter_draft"_s, u"letter_template"_s, u"letter_register"_s, u"account"_s,
        u"organization"_s, u"database"_s, u"backup"_s, u"key_rotation"_s, u"audit_log"_s, u"audit_review"_s,
        u"audit_checkpoint"_s};
    QSet<QString> names;
    for (const QString& key : written) {
        const QString name = AuditReview::recordTypeDisplayName(key);
        QVERIFY2(name != key && !name.contains(u'_'), qPrintable(key));
        names.insert(name);
    }
    QCOMPARE(names.size(), written.size()); // no two types read alike
    // In the C locale the names are the English source strings.
    QCOMPARE(AuditReview::recordTypeDisplayName(u"complaint"_s), u"Complaint"_s);
    QCOMPARE(AuditReview::targetDisplayName(u"complaint"_s, 151), u"Complaint #151"_s);
    QCOMPARE(AuditReview::targetDisplayName(u"database"_s, 0), u"Database"_s);
    QCOMPARE(AuditReview::targetKey(u"complaint"_s, 151), u"complaint #151"_s);
    QCOMPARE(AuditReview::targetKey(u"database"_s, 0), u"database"_s);
    // A type this version does not know is shown as stored: nothing is lost.
    QCOMPARE(AuditReview::recordTypeDisplayName(u"future_record"_s), u"future_record"_s);
    QCOMPARE(AuditReview::targetDisplayName(u"future_record"_s, 3), u"future_record #3"_s);

    QCOMPARE(AuditReview::resultDisplayName(u"ok"_s), u"Succeeded"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"refused"_s), u"Refused"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"failed"_s), u"Failed"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"warning"_s), u"Warning"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"refused: disabled"_s), u"Refused: account disabled"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"failed: entry differs"_s), u"Failed: entry differs from the checkpoint"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"refused: a new reason"_s), u"Refused: a new reason"_s);
    QCOMPARE(AuditReview::resultDisplayName(u"postponed: later"_s), u"postponed: later"_s);
}

void TestAuditReview::recordFilterTakesKeysAndNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("recordType");
    QTest::addColumn<qint64>("recordId"); // -1: any
    QTest::newRow("empty") << QString() << true << QString() << qint64(-1);
    QTest::newRow("key and number") << u"complaint #12"_s << true << u"complaint"_s << qint64(12);
    QTest::newRow("key without #") << u"complaint 12"_s << true << u"complaint"_s << qint64(12);
    QTest::newRow("key alone") << u"account"_s << true << u"account"_s << qint64(-1);
    QTest::newRow("entries about no single record") << u"database #0"_s << true << u"database"_s << qint64(0);
    QTest::newRow("number alone") << u"#12"_s << true << QString() << qint64(12);
    QTest::newRow("bare number") << u"  12 "_s << true << QString() << qint64(12);
    QTest::newRow("display name") << u"Complaint #12"_s << true << u"complaint"_s << qint64(12);
    QTest::newRow("display name in lower case") << u"complaint e-mail 4"_s << true << u"complaint_email"_s << qint64(4);
    QTest::newRow("name of two words") << u"Attachment #3"_s << true << u"complaint_attachment"_s << qint64(3);
    QTest::newRow("full width") << u"ｃｏｍｐｌａｉｎｔ　＃１２"_s << true << u"complaint"_s << qint64(12);
    QTest::newRow("key this version does not name") << u"future_record #2"_s << true << u"future_record"_s << qint64(2);
    QTest::newRow("unknown name") << u"苦情 12"_s << false << QString() << qint64(0); // C locale: not a name
    QTest::newRow("hash alone") << u"#"_s << false << QString() << qint64(0);
    QTest::newRow("junk") << u"complaint #12 x"_s << false << QString() << qint64(0);
}

void TestAuditReview::recordFilterTakesKeysAndNames()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, recordType);
    QFETCH(qint64, recordId);
    const Result<AuditRecordFilter> filter = AuditReview::parseRecordFilter(text);
    QCOMPARE(bool(filter), valid);
    if (!valid) {
        QCOMPARE(filter.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(filter.error().message().contains(u"Complaint #12"_s), qPrintable(filter.error().message()));
        return;
    }
    QCOMPARE(filter->recordType, recordType);
    QCOMPARE(filter->recordId.value_or(-1), recordId);
}

void TestAuditReview::filtersNarrowAndPage()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& session = *office.session;
    storage::Store& store = session.vault().store();
    for (int index = 1; index <= 25; ++index)
        QVERIFY(store.audit(session.actor(), u"view"_s, u"complaint"_s, index));
    QVERIFY(store.audit(session.actor(), u"print"_s, u"complaint"_s, 7));
    QVERIFY(store.audit(storage::Actor{99, u"other"_s, u"staff"_s}, u"view"_s, u"complaint"_s, 7));

    AuditReview review(session);
    // The whole trail: every entry up to the head, counted without reading them.
    auto head = storage::AuditLog::head(session.vault().database());
    QVERIFY(head);
    auto whole = review.open({});
    QVERIFY(whole);
    QCOMPARE(whole->count, head->seq);
    QCOMPARE(whole->upToSeq, head->seq);
    auto everything = storage::AuditQueries::all(session.vault().database(), {});
    QVERIFY(everything);
    QCOMPARE(everything->size(), head->seq + 1); // and the reading itself, recorded after the count

    storage::AuditQuery query;
    query.recordType = u"complaint"_s;
    query.recordId = 7;
    auto snapshot = review.open(query);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->count, 3);
    query.upToSeq = snapshot->upToSeq;
    auto record = review.page(query, 0, 10);
    QVERIFY(record);
    QCOMPARE(record->size(), 3);
    QCOMPARE(record->at(0).login, u"other"_s); // newest first
    QCOMPARE(record->at(1).action, u"print"_s);

    query.accountId = session.account().id;
    QCOMPARE(review.open(query)->count, 2);
    query.actions = {u"print"_s};
    QCOMPARE(review.open(query)->count, 1);

    storage::AuditQuery views;
    views.actions = {u"view"_s};
    views.recordType = u"complaint"_s;
    auto viewSnapshot = review.open(views);
    QVERIFY(viewSnapshot);
    QCOMPARE(viewSnapshot->count, 26);
    views.upToSeq = viewSnapshot->upToSeq;
    // Entries written while the screen reads (its own reading is one) do not shift its pages.
    QVERIFY(store.audit(session.actor(), u"view"_s, u"complaint"_s, 100));
    auto first = review.page(views, 0, 10);
    auto third = review.page(views, 20, 10);
    QVERIFY(first && third);
    QCOMPARE(first->size(), 10);
    QCOMPARE(third->size(), 6);
    QCOMPARE(first->first().recordId, 7); // "other" viewed #7 last before the snapshot
    QCOMPARE(third->last().recordId, 1);

    // Period: nothing before the database existed, everything up to now.
    storage::AuditQuery period;
    period.untilUtc = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(review.open(period)->count, 0);

    auto actions = review.actions();
    QVERIFY(actions);
    QVERIFY(actions->contains(u"print"_s));
    QVERIFY(actions->contains(u"create_database"_s) || actions->contains(u"create"_s));
    auto accounts = review.accounts();
    QVERIFY(accounts);
    QStringList logins;
    for (const storage::AuditAccount& account : *accounts)
        logins << account.login;
    QVERIFY(logins.contains(test::officerLogin()));
    QVERIFY(logins.contains(u"other"_s));
}

void TestAuditReview::readingIsAuditedWithConditionNamesOnly()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    AuditReview review(*office.session);
    storage::AuditQuery query;
    query.recordType = u"complaint"_s;
    query.recordId = 4242;
    query.accountId = office.session->account().id;
    QVERIFY(review.open(query));
    const storage::AuditEntry last = latestEntries(*office.session, 1).value(0);
    QCOMPARE(last.action, u"view"_s);
    QCOMPARE(last.recordType, u"audit_log"_s);
    QVERIFY2(last.detail.contains(u"filter=account,record"_s), qPrintable(last.detail));
    QVERIFY(!last.detail.contains(u"4242"_s));
}

void TestAuditReview::failedLoginViewEndToEnd()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    QVERIFY(!Session::unlock(office.location, test::officerLogin(), QByteArrayLiteral("wrong-password-1")));
    auto session = office.unlock();
    QVERIFY(session);
    AuditReview review(**session);
    auto failed = review.view({}, AuditView::FailedLogins);
    QVERIFY(failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().action, u"login_failed"_s);
    QCOMPARE(failed->first().login, test::officerLogin());
    // Everything just happened; under "outside office hours" it shows only when the test runs
    // outside them, so compare with the rule itself.
    auto head = storage::AuditLog::head((*session)->vault().database());
    QVERIFY(head);
    auto outside = review.view({}, AuditView::OutsideOfficeHours);
    storage::AuditQuery before;
    before.upToSeq = head->seq;
    auto all = storage::AuditQueries::all((*session)->vault().database(), before);
    QVERIFY(all && outside);
    QCOMPARE(outside->size(), AuditAnomalies::outsideOfficeHours(*all, {}).size());
    const storage::AuditEntry last = latestEntries(**session, 1).value(0);
    QVERIFY2(last.detail.contains(u"view=outside_office_hours"_s), qPrintable(last.detail));
}

void TestAuditReview::markReviewedCarriesTheHead()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& session = *office.session;
    auto headBefore = storage::AuditLog::head(session.vault().database());
    QVERIFY(headBefore);
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-30);
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(60);
    auto mark = AuditReview(session).markReviewed(from, until, u"四半期の点検。\n異常なし。"_s);
    QVERIFY2(mark, mark ? "" : qPrintable(mark.error().message()));
    QCOMPARE(mark->head.seq, headBefore->seq);
    QCOMPARE(mark->head.hash, headBefore->hash);
    QCOMPARE(mark->entryCount, headBefore->seq);

    const storage::AuditEntry entry = latestEntries(session, 1).value(0);
    QCOMPARE(entry.action, u"review"_s);
    QCOMPARE(entry.seq, headBefore->seq + 1);
    QCOMPARE(entry.recordId, headBefore->seq);
    QVERIFY(entry.detail.contains(u"head=%1:%2"_s.arg(headBefore->seq).arg(QString::fromLatin1(headBefore->hash.toHex()))));
    QVERIFY(entry.detail.contains(u"period=%1/"_s.arg(from.toString(Qt::ISODateWithMs))));
    QVERIFY(entry.detail.endsWith(u"note=四半期の点検。 異常なし。"_s)); // one line
    QVERIFY(session.vault().store().verifyChain());
    auto marks = AuditReview(session).reviewMarks();
    QVERIFY(marks);
    QCOMPARE(marks->size(), 1);
}

void TestAuditReview::markReviewedRefusesBadInput()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    AuditReview review(*office.session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 before = latestEntries(*office.session, 1).value(0).seq;
    auto backwards = review.markReviewed(now, now.addDays(-1), {});
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!backwards.error().message().isEmpty());
    auto open = review.markReviewed({}, now, {});
    QVERIFY(!open);
    auto tooLong = review.markReviewed(now.addDays(-1), now, QString(1001, u'あ'));
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().message().contains(u"1001"_s));
    QCOMPARE(latestEntries(*office.session, 1).value(0).seq, before);
}

void TestAuditReview::checkpointRoundTrip()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& session = *office.session;
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(1);
    auto json = AuditReview(session).exportCheckpoint(from, until);
    QVERIFY(json);
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"privacydesk-audit-checkpoint/1"_s);
    QCOMPARE(root.value(u"databaseId"_s).toString(), session.vault().keySlots().databaseId);
    QCOMPARE(root.value(u"reviewedBy"_s).toString(), test::officerLogin());
    QCOMPARE(root.value(u"mac"_s).toString().size(), 64);
    const qint64 seq = root.value(u"chainHead"_s).toObject().value(u"seq"_s).toInteger();
    QVERIFY(seq > 0);
    QCOMPARE(root.value(u"entryCount"_s).toInteger(), seq);

    const storage::AuditEntry exported = latestEntries(session, 1).value(0);
    QCOMPARE(exported.action, u"export"_s);
    QCOMPARE(exported.recordType, u"audit_checkpoint"_s);
    QCOMPARE(exported.recordId, seq);

    // Later entries do not invalidate it: the chain only grows.
    QVERIFY(session.vault().store().audit(session.actor(), u"view"_s, u"complaint"_s, 1));
    auto verified = AuditReview(session).verifyCheckpoint(*json);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message()));
    QCOMPARE(verified->head.seq, seq);
    QCOMPARE(verified->fromUtc, from.toUTC());
    const storage::AuditEntry check = latestEntries(session, 1).value(0);
    QCOMPARE(check.action, u"check"_s);
    QCOMPARE(check.result, u"ok"_s);

    // And it survives locking and unlocking (the key is derived again, not kept).
    office.lock();
    auto again = office.unlock();
    QVERIFY(again);
    QVERIFY(AuditReview(**again).verifyCheckpoint(*json));
}

void TestAuditReview::tamperedCheckpointRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("edited seq") << u"chainHead.seq"_s << QJsonValue(1) << u"signature"_s;
    QTest::newRow("edited mac") << u"mac"_s << QJsonValue(QString(64, u'0')) << u"signature"_s;
    QTest::newRow("edited count") << u"entryCount"_s << QJsonValue(1) << u"signature"_s;
    QTest::newRow("edited reviewer") << u"reviewedBy"_s << QJsonValue(u"kansa"_s) << u"signature"_s;
    QTest::newRow("other database id") << u"databaseId"_s << QJsonValue(u"00000000-0000-0000-0000-000000000000"_s)
                                       << u"another database"_s;
    QTest::newRow("not a checkpoint") << u"format"_s << QJsonValue(u"something-else"_s) << u"not a checkpoint"_s;
}

void TestAuditReview::tamperedCheckpointRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    test::TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(office.session->vault().store().audit(office.session->actor(), u"view"_s, u"complaint"_s, 1));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto json = AuditReview(*office.session).exportCheckpoint(now.addDays(-1), now.addDays(1));
    QVERIFY(json);
    QJsonObject root = QJsonDocument::fromJson(*json).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 2) {
        QJsonObject inner = root.value(parts[0]).toObject();
        inner.insert(parts[1], value);
        root.insert(parts[0], inner);
    } else {
        root.insert(path, value);
    }
    auto verified = AuditReview(*office.session).verifyCheckpoint(QJsonDocument(root).toJson());
    QVERIFY(!verified);
    QVERIFY2(verified.error().message().contains(expected, Qt::CaseInsensitive), qPrintable(verified.error().message()));
    const storage::AuditEntry check = latestEntries(*office.session, 1).value(0);
    QCOMPARE(check.action, u"check"_s);
    QVERIFY(check.result.startsWith(u"failed"_s));
}

void TestAuditReview::checkpointOfAnotherDatabaseRefused()
{
    test::TestOffice mine;
    test::TestOffice other;
    QVERIFY(mine.isValid() && other.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto json = AuditReview(*other.session).exportCheckpoint(now.addDays(-1), now.addDays(1));
    QVERIFY(json);
    auto verified = AuditReview(*mine.session).verifyCheckpoint(*json);
    QVERIFY(!verified);
    QVERIFY(verified.error().message().contains(u"another database"_s));
}

void TestAuditReview::checkpointAfterRestoringOlderCopyRefused()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    office.lock();
    const QString olderCopy = office.dir.filePath(u"older.pdesk"_s);
    QVERIFY(copyFolder(office.location, olderCopy));

    auto session = office.unlock();
    QVERIFY(session);
    for (int index = 1; index <= 5; ++index)
        QVERIFY((*session)->vault().store().audit((*session)->actor(), u"view"_s, u"complaint"_s, index));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto json = AuditReview(**session).exportCheckpoint(now.addDays(-1), now.addDays(1));
    QVERIFY(json);
    session->reset();

    // The whole older unit is put back (database and key slots together, as a backup would be):
    // nothing beside it knows better, so only the checkpoint can tell.
    QVERIFY(QDir(office.location).removeRecursively());
    QVERIFY(copyFolder(olderCopy, office.location));
    auto restored = office.unlock();
    QVERIFY(restored);
    auto verified = AuditReview(**restored).verifyCheckpoint(*json);
    QVERIFY(!verified);
    QVERIFY(verified.error().kind == ErrorKind::RolledBack || verified.error().kind == ErrorKind::Corrupt);
    QVERIFY2(verified.error().message().contains(u"older copy"_s) || verified.error().message().contains(u"ends before"_s),
             qPrintable(verified.error().message()));
}

void TestAuditReview::staffRefusedAndAudited()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(AccountService(*office.session).addAccount(u"suzuki"_s, u"鈴木 一郎"_s, Role::Staff, kStaffPassword));
    office.lock();
    auto staff = Session::unlock(office.location, u"suzuki"_s, kStaffPassword);
    QVERIFY(staff);
    AuditReview review(**staff);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto expectRefused = [&](auto result, const QString& what) {
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::PermissionDenied);
        const storage::AuditEntry refusal = latestEntries(**staff, 1).value(0);
        QCOMPARE(refusal.action, u"denied"_s);
        QCOMPARE(refusal.recordType, what);
        QCOMPARE(refusal.login, u"suzuki"_s);
        QCOMPARE(refusal.result, u"refused"_s);
    };
    expectRefused(review.open({}), u"audit_log"_s);
    expectRefused(review.page({}, 0, 10), u"audit_log"_s);
    expectRefused(review.view({}, AuditView::FailedLogins), u"audit_log"_s);
    expectRefused(review.markReviewed(now.addDays(-1), now, {}), u"audit_review"_s);
    expectRefused(review.exportCheckpoint(now.addDays(-1), now), u"audit_checkpoint"_s);
    expectRefused(review.verifyChain(), u"audit_log"_s);
}

void TestAuditReview::auditorReviewsButWritesNothingElse()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(AccountService(*office.session).addAccount(u"kansa"_s, u"監事 一郎"_s, Role::Auditor, kAuditorPassword));
    office.lock();
    auto auditor = Session::unlock(office.location, u"kansa"_s, kAuditorPassword);
    QVERIFY(auditor);
    AuditReview review(**auditor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(review.open({}));
    QVERIFY(review.verifyChain());
    auto mark = review.markReviewed(now.addDays(-1), now, u"監査済み"_s);
    QVERIFY(mark);
    const storage::AuditEntry entry = latestEntries(**auditor, 1).value(0);
    QCOMPARE(entry.action, u"review"_s);
    QCOMPARE(entry.login, u"kansa"_s);
    QCOMPARE(entry.role, u"auditor"_s);
    auto json = review.exportCheckpoint(now.addDays(-1), now.addDays(1));
    QVERIFY(json);
    QCOMPARE(QJsonDocument::fromJson(*json).object().value(u"reviewedBy"_s).toString(), u"kansa"_s);
}

QTEST_GUILESS_MAIN(TestAuditReview)
#include "tst_audit_review.moc"
