// SPDX-License-Identifier: GPL-3.0-or-later
// The audit-review policy as a setting of the society: office hours that count national holidays
// and 年末年始, the bulk-viewing rule, stored with the organization, changed by the officer only
// (and audited), applied by the review, and added to existing databases by migration 8.
#include "TestSupport.h"

#include "core/crypto/Crypto.h"
#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"
#include "core/storage/WipingAllocator.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

QDateTime jst(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

const QByteArray kStaffPassword = QByteArrayLiteral("Tantou-sha-2026-ok");
const QByteArray kAuditorPassword = QByteArrayLiteral("Shinsa-no-Hi-2026-ok");

/// A view of complaint `id` by the signed-in account at a given moment.
bool viewAt(Session& session, qint64 id, const QDateTime& atUtc)
{
    return bool(session.vault().store().audit(session.actor(), u"view"_s, u"complaint"_s, id, {}, u"ok"_s, atUtc));
}

/// The complaint ids that a view lists for the days [from, until] (Japan time).
QList<qint64> shownIds(Session& session, AuditView view, QDate from, QDate until)
{
    storage::AuditQuery query;
    query.fromUtc = jst(from.year(), from.month(), from.day(), 0, 0);
    query.untilUtc = jst(until.year(), until.month(), until.day(), 0, 0).addDays(1);
    query.recordType = u"complaint"_s;
    auto shown = AuditReview(session).view(query, view);
    if (!shown)
        return {-1};
    QList<qint64> ids;
    for (const storage::AuditEntry& entry : *shown)
        ids.append(entry.recordId);
    return ids;
}

QList<storage::AuditEntry> latestEntries(Session& session, int count)
{
    auto entries = storage::AuditLog::entries(session.vault().database(), {QDateTime(), QDateTime(), count});
    return entries ? *entries : QList<storage::AuditEntry>();
}

} // namespace

class TestAuditPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void officeHoursCountHolidays_data();
    void officeHoursCountHolidays();
    void holidayViewFlaggedWeekdayNot();
    void storedPolicyIsApplied();
    void defaultsAreTodaysRule();
    void invalidPolicyRefused_data();
    void invalidPolicyRefused();
    void staffAndAuditorMayNotChangeIt_data();
    void staffAndAuditorMayNotChangeIt();
    void officerChangeIsAudited();
    void ruleTextSaysThePolicy();
    void migrationKeepsExistingDatabase();
};

void TestAuditPolicy::initTestCase()
{
    QVERIFY(crypto::initialize());
    // migrationKeepsExistingDatabase opens a connection directly, as production never does.
    QVERIFY(storage::installWipingAllocator());
}

void TestAuditPolicy::officeHoursCountHolidays_data()
{
    QTest::addColumn<QDateTime>("atUtc");
    QTest::addColumn<bool>("holidaysClosed");
    QTest::addColumn<bool>("yearEndClosed");
    QTest::addColumn<bool>("within");
    // 2026-11-23 勤労感謝の日 is a Monday; 11-24 an ordinary Tuesday.
    QTest::newRow("勤労感謝の日 10:00 closed") << jst(2026, 11, 23, 10, 0) << true << true << false;
    QTest::newRow("勤労感謝の日 10:00, holidays worked") << jst(2026, 11, 23, 10, 0) << false << true << true;
    QTest::newRow("tuesday 10:00") << jst(2026, 11, 24, 10, 0) << true << true << true;
    QTest::newRow("振替休日 2026-05-06 (wednesday)") << jst(2026, 5, 6, 10, 0) << true << true << false;
    QTest::newRow("国民の休日 2026-09-22 (tuesday)") << jst(2026, 9, 22, 10, 0) << true << true << false;
    QTest::newRow("30 december, year end closed") << jst(2026, 12, 30, 10, 0) << true << true << false;
    QTest::newRow("30 december, year end worked") << jst(2026, 12, 30, 10, 0) << true << false << true;
    // 2 January is no national holiday: only the year-end closure makes it a day off.
    QTest::newRow("2 january 2026 (friday), year end worked") << jst(2026, 1, 2, 10, 0) << true << false << true;
    QTest::newRow("1 january, year end worked but 元日") << jst(2027, 1, 1, 10, 0) << true << false << false;
    // 01:00 UTC on 23 November is 10:00 on the holiday in Tokyo: the computer's zone must not matter.
    QTest::newRow("utc 01:00 is the tokyo holiday") << QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc())
                                                    << true << true << false;
    // 23:30 UTC on the holiday is already 08:30 on Tuesday the 24th in Tokyo: office hours.
    QTest::newRow("utc 23:30 on the holiday is tokyo tuesday 08:30")
        << QDateTime(QDate(2026, 11, 23), QTime(23, 30), QTimeZone::utc()) << true << true << true;
}

void TestAuditPolicy::officeHoursCountHolidays()
{
    QFETCH(QDateTime, atUtc);
    QFETCH(bool, holidaysClosed);
    QFETCH(bool, yearEndClosed);
    QFETCH(bool, within);
    OfficeHours hours;
    hours.start = QTime(8, 30);
    hours.end = QTime(18, 0);
    hours.closedOnHolidays = holidaysClosed;
    hours.closedAtYearEnd = yearEndClosed;
    QCOMPARE(hours.contains(atUtc), within);
}

void TestAuditPolicy::holidayViewFlaggedWeekdayNot()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& session = *office.session;
    QVERIFY(viewAt(session, 1, jst(2026, 11, 23, 10, 0))); // 勤労感謝の日, within the hours
    QVERIFY(viewAt(session, 2, jst(2026, 11, 24, 10, 0))); // the next day, a Tuesday
    QVERIFY(viewAt(session, 3, jst(2026, 11, 24, 19, 0))); // Tuesday evening
    QCOMPARE(shownIds(session, AuditView::OutsideOfficeHours, QDate(2026, 11, 23), QDate(2026, 11, 24)),
             (QList<qint64>{1, 3}));
}

void TestAuditPolicy::storedPolicyIsApplied()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& session = *office.session;
    QVERIFY(viewAt(session, 1, jst(2026, 11, 23, 10, 0))); // holiday
    QVERIFY(viewAt(session, 2, jst(2026, 11, 24, 17, 30))); // after 17:00, before 18:00
    // In the order of time, as the trail is written.
    for (int second : {0, 40, 80})
        QVERIFY(viewAt(session, 10 + second, jst(2026, 11, 25, 10, 0).addSecs(second)));
    QVERIFY(viewAt(session, 3, jst(2026, 11, 28, 10, 0))); // Saturday
    const QDate from(2026, 11, 23);
    const QDate until(2026, 11, 28);
    QCOMPARE(shownIds(session, AuditView::OutsideOfficeHours, from, until), (QList<qint64>{1, 3}));
    QVERIFY(shownIds(session, AuditView::BulkViewing, from, until).isEmpty());

    OrganizationService organizations(session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->auditPolicy.officeHours.end = QTime(17, 0);
    organization->auditPolicy.officeHours.closedOnHolidays = false;
    organization->auditPolicy.officeHours.closedOnSaturdays = false;
    organization->auditPolicy.bulkViewing = {3, 2};
    QVERIFY(organizations.saveOrganization(*organization));

    auto stored = AuditReview(session).policy();
    QVERIFY(stored);
    QCOMPARE(*stored, organization->auditPolicy);
    // The holiday and the Saturday are working days now; 17:30 is after hours.
    QCOMPARE(shownIds(session, AuditView::OutsideOfficeHours, from, until), (QList<qint64>{2}));
    QCOMPARE(shownIds(session, AuditView::BulkViewing, from, until), (QList<qint64>{10, 50, 90}));
}

void TestAuditPolicy::defaultsAreTodaysRule()
{
    // A new database applies the rule the review had before it was a setting, plus holidays.
    test::TestOffice office;
    QVERIFY(office.isValid());
    auto policy = AuditReview(*office.session).policy();
    QVERIFY(policy);
    QCOMPARE(policy->officeHours.start, QTime(8, 30));
    QCOMPARE(policy->officeHours.end, QTime(18, 0));
    QVERIFY(policy->officeHours.closedOnSaturdays);
    QVERIFY(policy->officeHours.closedOnSundays);
    QVERIFY(policy->officeHours.closedOnHolidays);
    QVERIFY(policy->officeHours.closedAtYearEnd);
    QCOMPARE(policy->bulkViewing.minimumViews, 30);
    QCOMPARE(policy->bulkViewing.windowMinutes, 10);
    QCOMPARE(*policy, AuditPolicy());
}

void TestAuditPolicy::invalidPolicyRefused_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<int>("views");
    QTest::addColumn<int>("minutes");
    QTest::newRow("end before start") << QTime(17, 0) << QTime(9, 0) << 30 << 10;
    QTest::newRow("end equals start") << QTime(9, 0) << QTime(9, 0) << 30 << 10;
    QTest::newRow("no start") << QTime() << QTime(18, 0) << 30 << 10;
    QTest::newRow("one view is no burst") << QTime(8, 30) << QTime(18, 0) << 1 << 10;
    QTest::newRow("no views") << QTime(8, 30) << QTime(18, 0) << 0 << 10;
    QTest::newRow("no window") << QTime(8, 30) << QTime(18, 0) << 30 << 0;
    QTest::newRow("window over a day") << QTime(8, 30) << QTime(18, 0) << 30 << 24 * 60 + 1;
}

void TestAuditPolicy::invalidPolicyRefused()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(int, views);
    QFETCH(int, minutes);
    test::TestOffice office;
    QVERIFY(office.isValid());
    OrganizationService organizations(*office.session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    Organization changed = *organization;
    changed.auditPolicy.officeHours.start = start;
    changed.auditPolicy.officeHours.end = end;
    changed.auditPolicy.bulkViewing = {views, minutes};
    const Status valid = AuditReview::validatePolicy(changed.auditPolicy);
    QVERIFY(!valid);
    QCOMPARE(valid.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!valid.error().detail.isEmpty()); // the form shows this sentence
    auto saved = organizations.saveOrganization(changed);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
    auto after = organizations.organization();
    QVERIFY(after);
    QCOMPARE(after->auditPolicy, organization->auditPolicy);
    QCOMPARE(after->revision, organization->revision);
}

void TestAuditPolicy::staffAndAuditorMayNotChangeIt_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("staff") << u"suzuki"_s << kStaffPassword;
    QTest::newRow("auditor") << u"kansa"_s << kAuditorPassword;
}

void TestAuditPolicy::staffAndAuditorMayNotChangeIt()
{
    QFETCH(QString, login);
    QFETCH(QByteArray, password);
    test::TestOffice office;
    QVERIFY(office.isValid());
    AccountService accounts(*office.session);
    QVERIFY(accounts.addAccount(u"suzuki"_s, u"鈴木 一郎"_s, Role::Staff, kStaffPassword));
    QVERIFY(accounts.addAccount(u"kansa"_s, u"監事 一郎"_s, Role::Auditor, kAuditorPassword));
    office.lock();
    auto session = Session::unlock(office.location, login, password);
    QVERIFY(session);
    OrganizationService organizations(**session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    Organization changed = *organization;
    changed.auditPolicy.officeHours.closedOnHolidays = false;
    changed.auditPolicy.bulkViewing.minimumViews = 1000;
    auto saved = organizations.saveOrganization(changed);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::PermissionDenied);
    auto after = organizations.organization();
    QVERIFY(after);
    QCOMPARE(after->auditPolicy, AuditPolicy());
    // The attempt is in the trail, as every refusal is.
    const storage::AuditEntry last = latestEntries(**session, 1).value(0);
    QCOMPARE(last.action, u"denied"_s);
    QCOMPARE(last.recordType, u"organization"_s);
    QCOMPARE(last.login, login);
}

void TestAuditPolicy::officerChangeIsAudited()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    Session& session = *office.session;
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->auditPolicy.officeHours.start = QTime(9, 0);
    organization->auditPolicy.officeHours.end = QTime(17, 30);
    organization->auditPolicy.officeHours.closedAtYearEnd = false;
    QVERIFY(organizations.saveOrganization(*organization));
    const storage::AuditEntry last = latestEntries(session, 1).value(0);
    QCOMPARE(last.action, u"update"_s);
    QCOMPARE(last.recordType, u"organization"_s);
    QCOMPARE(last.login, test::officerLogin());
    for (const QString& column : {u"office_start"_s, u"office_end"_s, u"closed_year_end"_s, u"bulk_view_count"_s})
        QVERIFY2(last.detail.contains(column), qPrintable(last.detail));
    auto reread = organizations.organization();
    QVERIFY(reread);
    QCOMPARE(reread->auditPolicy.officeHours.start, QTime(9, 0));
    QCOMPARE(reread->auditPolicy.officeHours.end, QTime(17, 30));
    QVERIFY(!reread->auditPolicy.officeHours.closedAtYearEnd);
    QVERIFY(session.vault().store().verifyChain());
}

void TestAuditPolicy::ruleTextSaysThePolicy()
{
    AuditPolicy policy;
    policy.officeHours.end = QTime(17, 30);
    const QString hours = AuditReview::viewRuleText(AuditView::OutsideOfficeHours, policy);
    QVERIFY2(hours.contains(u"8:30–17:30"_s), qPrintable(hours));
    QVERIFY2(hours.contains(u"weekends"_s) && hours.contains(u"national holidays"_s)
                 && hours.contains(u"29 Dec – 3 Jan"_s),
             qPrintable(hours));
    policy.officeHours.closedOnSaturdays = false;
    policy.officeHours.closedOnHolidays = false;
    const QString sundaysOnly = AuditReview::officeHoursText(policy.officeHours);
    QVERIFY2(sundaysOnly.contains(u"Sundays"_s) && !sundaysOnly.contains(u"weekends"_s)
                 && !sundaysOnly.contains(u"holidays"_s),
             qPrintable(sundaysOnly));
    policy.bulkViewing = {12, 5};
    const QString bulk = AuditReview::viewRuleText(AuditView::BulkViewing, policy);
    QVERIFY2(bulk.contains(u"12"_s) && bulk.contains(u"5 minute"_s), qPrintable(bulk));
    QVERIFY(AuditReview::viewRuleText(AuditView::All, policy).isEmpty());
}

void TestAuditPolicy::migrationKeepsExistingDatabase()
{
    QVERIFY(storage::Migrations::latestVersion() >= 8);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SecureBytes key = SecureBytes::random(crypto::kDataKeySize);
    storage::Database db;
    QVERIFY(db.open(dir.filePath(u"v7.db"_s), key, true, storage::JournalMode::Wal));
    QVERIFY(storage::Migrations::migrate(db, 7));
    // What a version-7 office had set for itself must come through migration 8 unchanged.
    QVERIFY(db.exec("UPDATE organization SET name = '旧テスト健康保険組合', attachment_limit_mb = 40, "
                    "complaint_answer_days = 10, revision = 5 WHERE id = 1"));
    QVERIFY(storage::Migrations::migrate(db));
    auto version = db.userVersion();
    QVERIFY(version);
    QCOMPARE(*version, storage::Migrations::latestVersion());
    auto organization = storage::OrganizationTable::load(db);
    QVERIFY(organization);
    QCOMPARE(organization->name, u"旧テスト健康保険組合"_s);
    QCOMPARE(organization->attachmentLimitMb, 40);
    QCOMPARE(organization->complaintAnswerDays, 10);
    QCOMPARE(organization->revision, qint64(5));
    // The review's rule as it was before it was a setting (with holidays now counted).
    QCOMPARE(organization->auditPolicy, AuditPolicy());
    QVERIFY(AuditReview::validatePolicy(organization->auditPolicy));
}

QTEST_GUILESS_MAIN(TestAuditPolicy)
#include "tst_audit_policy.moc"
