// SPDX-License-Identifier: GPL-3.0-or-later
// 監査用アクセス記録 on paper: the PDF says what it is, which period and chain it covers, holds every
// entry on numbered pages, and printing it is itself recorded.
#include "TestSupport.h"

#include "core/letters/JapaneseDate.h"
#include "core/render/ReportLayout.h"
#include "core/render/AuditReviewReport.h"
#include "core/services/AccountService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::render;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfToText(const QByteArray& pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    if (!process.waitForStarted(10000))
        return {};
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutWhitespace(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

storage::AuditEntry crafted(qint64 seq, const QDateTime& atUtc, const QString& login, const QString& action)
{
    storage::AuditEntry entry;
    entry.seq = seq;
    entry.atUtc = atUtc;
    entry.accountId = 2;
    entry.login = login;
    entry.role = u"staff"_s;
    entry.action = action;
    entry.recordType = u"complaint"_s;
    entry.recordId = seq % 40;
    entry.detail = u"fields=summary,status"_s;
    return entry;
}

} // namespace

class TestRenderAuditReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manyEntriesOnNumberedPages();
    void emptyPeriodSaysSo();
    void loadReadsThePeriodInJapanTime();
    void printingIsAudited();
    void staffIsRefused();
};

void TestRenderAuditReview::initTestCase()
{
    QVERIFY(crypto::initialize());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
}

void TestRenderAuditReview::manyEntriesOnNumberedPages()
{
    AuditReviewReportData data;
    data.organizationName = u"テスト健康保険組合"_s;
    data.from = QDate(2026, 4, 1);
    data.until = QDate(2026, 6, 30);
    data.reviewer = u"監事 一郎 (kansa)"_s;
    data.head = {1234, QByteArray(32, '\xab')};
    const QDateTime start(QDate(2026, 4, 1), QTime(0, 30), Qt::UTC); // 09:30 in Tokyo
    for (int index = 1; index <= 150; ++index)
        data.entries << crafted(1000 + index, start.addSecs(index * 600), u"suzuki"_s,
                                index % 3 == 0 ? u"update"_s : u"view"_s);
    auto rendered = AuditReviewReport::renderPdf(data, {{}, QDate(2026, 7, 1)});
    QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().message()));
    QVERIFY(rendered->pageCount > 2);
    const QString text = withoutWhitespace(pdfToText(rendered->pdf));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(withoutWhitespace(AuditReviewReport::title())));
    QCOMPARE(text.count(withoutWhitespace(AuditReviewReport::title())), rendered->pageCount);
    QVERIFY(text.contains(withoutWhitespace(render::ReportLayout::periodText(data.from, data.until))));
    QVERIFY(text.contains(u"令和8年4月1日"_s));
    QVERIFY(text.contains(u"監事一郎(kansa)"_s));
    QVERIFY(text.contains(u"#1234"_s));
    QVERIFY(text.contains(QString::fromLatin1(QByteArray(32, '\xab').toHex())));
    QVERIFY(text.contains(u"%1/%1"_s.arg(rendered->pageCount)));
    // Every entry, in Japan time.
    for (const storage::AuditEntry& entry : data.entries)
        QVERIFY2(text.contains(QString::number(entry.seq)), qPrintable(QString::number(entry.seq)));
    QVERIFY(text.contains(u"2026-04-0109:40:00"_s)); // first entry: 00:40 UTC
    QVERIFY(text.contains(withoutWhitespace(AuditReview::actionDisplayName(u"update"_s))));
    // Records and results by the names the screen gives them (the English source strings here),
    // not by the keys the trail stores.
    QVERIFY(text.contains(withoutWhitespace(AuditReview::targetDisplayName(u"complaint"_s, 39))));
    QVERIFY(text.contains(u"Complaint#39"_s));
    QVERIFY(!text.contains(u"complaint#"_s));
    QVERIFY(text.contains(withoutWhitespace(AuditReview::resultDisplayName(u"ok"_s))));
    QVERIFY(text.contains(u"Succeeded"_s));
    QVERIFY(text.contains(u"fields=summary,status"_s));
}

void TestRenderAuditReview::emptyPeriodSaysSo()
{
    AuditReviewReportData data;
    data.from = QDate(2026, 4, 1);
    data.until = QDate(2026, 4, 30);
    auto rendered = AuditReviewReport::renderPdf(data);
    QVERIFY(rendered);
    QCOMPARE(rendered->pageCount, 1);
    QVERIFY(withoutWhitespace(pdfToText(rendered->pdf))
                .contains(withoutWhitespace(AuditReviewReport::tr("No entries in this period."))));
}

void TestRenderAuditReview::loadReadsThePeriodInJapanTime()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date();
    auto yesterday = AuditReviewReport::load(*office.session, today.addDays(-3), today.addDays(-1));
    QVERIFY(yesterday);
    QVERIFY(yesterday->entries.isEmpty());
    auto todays = AuditReviewReport::load(*office.session, today, today);
    QVERIFY(todays);
    QVERIFY(!todays->entries.isEmpty());
    QCOMPARE(todays->entries.first().seq, 1); // oldest first
    QCOMPARE(todays->organizationName, u"テスト健康保険組合"_s);
    QVERIFY(todays->reviewer.contains(officerLogin()));
    QVERIFY(todays->head.seq >= todays->entries.last().seq);
    auto backwards = AuditReviewReport::load(*office.session, today, today.addDays(-1));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, ErrorKind::InvalidInput);
}

void TestRenderAuditReview::printingIsAudited()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QDate today = QDate::currentDate();
    auto data = AuditReviewReport::load(*office.session, today.addDays(-1), today.addDays(1));
    QVERIFY(data);
    QVERIFY(AuditReviewReport::recordPrint(*office.session, *data, 2, u"pdf"_s));
    auto entries = storage::AuditLog::entries(office.session->vault().database(), {QDateTime(), QDateTime(), 1});
    QVERIFY(entries);
    const storage::AuditEntry printed = entries->first();
    QCOMPARE(printed.action, u"print"_s);
    QCOMPARE(printed.recordType, u"audit_log"_s);
    QVERIFY(printed.detail.contains(u"target=pdf"_s));
    QVERIFY(printed.detail.contains(u"pages=2"_s));
}

void TestRenderAuditReview::staffIsRefused()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray password = QByteArrayLiteral("Tantou-sha-2026-ok");
    QVERIFY(AccountService(*office.session).addAccount(u"suzuki"_s, u"鈴木 一郎"_s, Role::Staff, password));
    office.lock();
    auto staff = Session::unlock(office.location, u"suzuki"_s, password);
    QVERIFY(staff);
    auto data = AuditReviewReport::load(**staff, QDate::currentDate().addDays(-1), QDate::currentDate());
    QVERIFY(!data);
    QCOMPARE(data.error().kind, ErrorKind::PermissionDenied);
    QVERIFY(!AuditReviewReport::recordPrint(**staff, AuditReviewReportData{}, 1, u"printer"_s));
}

QTEST_MAIN(TestRenderAuditReview)
#include "tst_render_audit_review.moc"
