// SPDX-License-Identifier: GPL-3.0-or-later
// 受付番号: numbered per fiscal year (April–March) of the reception date, in the organization's
// format; the target answer date follows the organization's answer period.
#include "TestSupport.h"

#include "core/complaints/ComplaintService.h"
#include "core/services/OrganizationService.h"
#include "core/storage/Database.h"
#include "core/storage/LetterTables.h"
#include "core/storage/Vault.h"

#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

Complaint receivedAt(const QDateTime& at)
{
    Complaint complaint;
    complaint.receivedAt = at;
    complaint.channel = ComplaintChannel::Post;
    complaint.complainant.name = u"山田　太郎"_s;
    complaint.content = u"通知書の送付先について"_s;
    return complaint;
}

QDateTime at(int year, int month, int day, int hour = 10, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
}

Status setFormat(Session& session, const QString& format, int answerDays = 14)
{
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    if (!organization)
        return std::unexpected(organization.error());
    organization->complaintNumberFormat = format;
    organization->complaintAnswerDays = answerDays;
    return organizations.saveOrganization(*organization);
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

} // namespace

class TestComplaintNumbering : public QObject
{
    Q_OBJECT

private slots:
    void fiscalYearBoundary();
    void sequenceContinues();
    void bulkNumbersFollowReceptionOrder();
    void formatSettingRespected_data();
    void formatSettingRespected();
    void invalidFormatIssuesNothing_data();
    void invalidFormatIssuesNothing();
    void failedCreateGivesItsNumberBack();
    void numberFormatValidation_data();
    void numberFormatValidation();
    void targetDateFromAnswerDays();
    void settingsRoundTrip();
};

void TestComplaintNumbering::fiscalYearBoundary()
{
    TestOffice office;
    QVERIFY(office.isValid());
    ComplaintService service(*office.session);
    // The last second of FY2024 and the first of FY2025.
    auto march = service.create(receivedAt(at(2025, 3, 31, 23, 59, 59)));
    QVERIFY2(march, why(march));
    auto april = service.create(receivedAt(at(2025, 4, 1, 0, 0, 0)));
    QVERIFY2(april, why(april));
    QCOMPARE(march->number, u"苦-2024-0001"_s);
    QCOMPARE(march->fiscalYear, 2024);
    QCOMPARE(march->sequence, qint64(1));
    QCOMPARE(april->number, u"苦-2025-0001"_s);
    QCOMPARE(april->fiscalYear, 2025);
    QCOMPARE(april->sequence, qint64(1));

    // A late entry for March continues FY2024's sequence, not FY2025's.
    auto lateMarch = service.create(receivedAt(at(2025, 3, 31, 9, 0)));
    QVERIFY(lateMarch);
    QCOMPARE(lateMarch->number, u"苦-2024-0002"_s);
    auto january = service.create(receivedAt(at(2025, 1, 15)));
    QVERIFY(january);
    QCOMPARE(january->number, u"苦-2024-0003"_s);
    auto nextApril = service.create(receivedAt(at(2025, 4, 2)));
    QVERIFY(nextApril);
    QCOMPARE(nextApril->number, u"苦-2025-0002"_s);

    auto found = service.findByNumber(u"苦-2024-0002"_s);
    QVERIFY(found);
    QCOMPARE(found->id, lateMarch->id);
    QCOMPARE(errorOf(service.findByNumber(u"苦-2023-0001"_s)).kind, ErrorKind::NotFound);
}

void TestComplaintNumbering::sequenceContinues()
{
    TestOffice office;
    QVERIFY(office.isValid());
    {
        ComplaintService service(*office.session);
        for (int i = 1; i <= 3; ++i) {
            auto created = service.create(receivedAt(at(2025, 5, i)));
            QVERIFY(created);
            QCOMPARE(created->number, u"苦-2025-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
        }
    }
    // Another sign-in (another process, another day) continues the sequence.
    office.lock();
    auto session = office.unlock();
    QVERIFY(session);
    ComplaintService service(**session);
    auto fourth = service.create(receivedAt(at(2025, 5, 20)));
    QVERIFY(fourth);
    QCOMPARE(fourth->number, u"苦-2025-0004"_s);
    auto peek = storage::NumberCounters::peek(
        (*session)->vault().database(), QString::fromLatin1(ComplaintService::kNumberSeries), 2025);
    QVERIFY(peek);
    QCOMPARE(*peek, qint64(4));
}

void TestComplaintNumbering::bulkNumbersFollowReceptionOrder()
{
    TestOffice office;
    QVERIFY(office.isValid());
    ComplaintService service(*office.session);
    auto first = service.create(receivedAt(at(2025, 6, 1)));
    QVERIFY(first);
    QList<Complaint> batch { receivedAt(at(2025, 6, 20)), receivedAt(at(2025, 3, 3)), receivedAt(at(2025, 6, 5)),
        receivedAt(at(2025, 6, 5, 9, 0)) };
    QVERIFY(service.createMany(batch));
    QCOMPARE(batch.at(0).number, u"苦-2025-0004"_s);
    QCOMPARE(batch.at(1).number, u"苦-2024-0001"_s);
    QCOMPARE(batch.at(2).number, u"苦-2025-0003"_s);
    QCOMPARE(batch.at(3).number, u"苦-2025-0002"_s);
    for (const Complaint& complaint : batch) {
        QVERIFY(complaint.id > 0);
        auto stored = service.find(complaint.id);
        QVERIFY(stored);
        QCOMPARE(stored->number, complaint.number);
        QCOMPARE(stored->targetDate, complaint.receivedAt.date().addDays(14));
    }
    // An invalid record anywhere stores nothing and uses no number.
    QList<Complaint> broken { receivedAt(at(2025, 7, 1)), receivedAt(QDateTime()) };
    QVERIFY(!service.createMany(broken));
    QCOMPARE(broken.at(0).id, qint64(0));
    auto next = service.create(receivedAt(at(2025, 7, 2)));
    QVERIFY(next);
    QCOMPARE(next->number, u"苦-2025-0005"_s);
}

void TestComplaintNumbering::formatSettingRespected_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << u"苦-{年度}-{n:4}"_s << at(2025, 11, 25) << u"苦-2025-0001"_s;
    QTest::newRow("Japanese era") << u"{略称}苦{年度和暦}第{n}号"_s << at(2025, 11, 25) << u"テスト苦令和7第1号"_s;
    QTest::newRow("era before April") << u"苦情{年度和暦}-{n:3}"_s << at(2020, 3, 31) << u"苦情令和元-001"_s;
    QTest::newRow("wide padding") << u"K{年度}{n:6}"_s << at(2024, 4, 1) << u"K2024000001"_s;
    QTest::newRow("with date") << u"{年度}-{n:2}({yyyy}{mm}{dd})"_s << at(2026, 2, 3) << u"2025-01(20260203)"_s;
}

void TestComplaintNumbering::formatSettingRespected()
{
    QFETCH(QString, format);
    QFETCH(QDateTime, received);
    QFETCH(QString, expected);
    TestOffice office;
    QVERIFY(office.isValid());
    QVERIFY(setFormat(*office.session, format));
    auto created = ComplaintService(*office.session).create(receivedAt(received));
    QVERIFY2(created, why(created));
    QCOMPARE(created->number, expected);
}

void TestComplaintNumbering::invalidFormatIssuesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("no fiscal year: numbers would repeat every year") << u"苦-{n:4}"_s;
    QTest::newRow("no running number") << u"苦-{年度}"_s;
    QTest::newRow("unknown placeholder") << u"苦-{年}-{n}"_s;
}

void TestComplaintNumbering::invalidFormatIssuesNothing()
{
    QFETCH(QString, format);
    TestOffice office;
    QVERIFY(office.isValid());
    // The settings refuse it...
    auto saved = setFormat(*office.session, format);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
    // ...and the service does not trust the stored setting either (an older version may have saved it).
    auto statement = office.session->vault().database().prepare("UPDATE organization SET complaint_number_format = ?");
    QVERIFY(statement);
    statement->bind(1, format);
    QVERIFY(statement->run());
    ComplaintService service(*office.session);
    auto refused = service.create(receivedAt(at(2025, 5, 1)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!refused.error().detail.isEmpty());
    auto peek = storage::NumberCounters::peek(
        office.session->vault().database(), QString::fromLatin1(ComplaintService::kNumberSeries), 2025);
    QVERIFY(peek);
    QCOMPARE(*peek, qint64(0));
}

void TestComplaintNumbering::failedCreateGivesItsNumberBack()
{
    TestOffice office;
    QVERIFY(office.isValid());
    // {略称} without a short name fails inside the transaction, after the counter moved.
    OrganizationService organizations(*office.session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->shortName.clear();
    organization->complaintNumberFormat = u"{略称}苦-{年度}-{n}"_s;
    QVERIFY(organizations.saveOrganization(*organization));
    ComplaintService service(*office.session);
    QVERIFY(!service.create(receivedAt(at(2025, 5, 1))));

    organization = organizations.organization();
    QVERIFY(organization);
    organization->shortName = u"テスト"_s;
    QVERIFY(organizations.saveOrganization(*organization));
    auto created = service.create(receivedAt(at(2025, 5, 1)));
    QVERIFY(created);
    QCOMPARE(created->number, u"テスト苦-2025-1"_s);
}

void TestComplaintNumbering::numberFormatValidation_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << u"苦-{年度}-{n:4}"_s << true;
    QTest::newRow("era") << u"苦{年度和暦}-{n}"_s << true;
    QTest::newRow("calendar year only") << u"苦-{yyyy}-{n}"_s << false;
    QTest::newRow("no year") << u"苦-{n}"_s << false;
    QTest::newRow("full-width braces") << u"苦-｛年度｝-{n}"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestComplaintNumbering::numberFormatValidation()
{
    QFETCH(QString, format);
    QFETCH(bool, valid);
    const Status status = ComplaintService::validateNumberFormat(format);
    QCOMPARE(bool(status), valid);
    if (!valid) {
        QCOMPARE(status.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!status.error().detail.isEmpty());
    }
    QVERIFY(!ComplaintService::validateAnswerDays(0));
    QVERIFY(ComplaintService::validateAnswerDays(1));
    QVERIFY(ComplaintService::validateAnswerDays(ComplaintService::kMaxAnswerDays));
    QVERIFY(!ComplaintService::validateAnswerDays(ComplaintService::kMaxAnswerDays + 1));
}

void TestComplaintNumbering::targetDateFromAnswerDays()
{
    TestOffice office;
    QVERIFY(office.isValid());
    ComplaintService service(*office.session);
    auto byDefault = service.create(receivedAt(at(2025, 3, 25, 17, 30)));
    QVERIFY(byDefault);
    QCOMPARE(byDefault->targetDate, QDate(2025, 4, 8)); // 14 days

    QVERIFY(setFormat(*office.session, u"苦-{年度}-{n:4}"_s, 30));
    auto longer = service.create(receivedAt(at(2025, 3, 25)));
    QVERIFY(longer);
    QCOMPARE(longer->targetDate, QDate(2025, 4, 24));

    Complaint explicitTarget = receivedAt(at(2025, 3, 25));
    explicitTarget.targetDate = QDate(2025, 4, 1);
    auto kept = service.create(explicitTarget);
    QVERIFY(kept);
    QCOMPARE(kept->targetDate, QDate(2025, 4, 1));

    QVERIFY(!setFormat(*office.session, u"苦-{年度}-{n:4}"_s, 0));
}

void TestComplaintNumbering::settingsRoundTrip()
{
    TestOffice office;
    QVERIFY(office.isValid());
    OrganizationService organizations(*office.session);
    auto defaults = organizations.organization();
    QVERIFY(defaults);
    QCOMPARE(defaults->complaintNumberFormat, u"苦-{年度}-{n:4}"_s);
    QCOMPARE(defaults->complaintAnswerDays, 14);
    QVERIFY(setFormat(*office.session, u"{略称}苦{年度}-{n}"_s, 21));
    office.lock();
    auto session = office.unlock();
    QVERIFY(session);
    auto reloaded = OrganizationService(**session).organization();
    QVERIFY(reloaded);
    QCOMPARE(reloaded->complaintNumberFormat, u"{略称}苦{年度}-{n}"_s);
    QCOMPARE(reloaded->complaintAnswerDays, 21);
}

QTEST_GUILESS_MAIN(TestComplaintNumbering)
#include "tst_complaint_numbering.moc"
