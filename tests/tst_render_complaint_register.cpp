// SPDX-License-Identifier: GPL-3.0-or-later
// The 苦情受付簿 on paper: the PDF of a period says what it is and which period it covers on every
// page, lists every complaint of the period (and none outside it) by number, runs over several
// numbered pages when long, and only roles that may print get it, with an audit entry that names
// no one.
#include "TestSupport.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintRegisterData.h"
#include "core/complaints/ComplaintService.h"
#include "core/letters/JapaneseDate.h"
#include "core/model/FiscalYear.h"
#include "core/render/ReportLayout.h"
#include "core/render/ComplaintRegister.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"

#include <QProcess>
#include <QtTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 11, 25);
const QString kAuditorLogin = u"kansa"_s;
const QString kStaffLogin = u"sato"_s;

/// pdftotext from stdin to stdout: no file is involved.
QString pdfToText(const QByteArray& pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s });
    if (!process.waitForStarted(10000))
        return {};
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// -layout pads columns with spaces and may split a cell where it wraps: compare without any.
QString withoutWhitespace(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
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

template <typename T> const char* why(const Result<T>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8() + " / " + result.error().detail.toUtf8();
    return text.constData();
}

} // namespace

class TestRenderComplaintRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fiscalYearListsEveryComplaintOnNumberedPages();
    void shortPeriodFitsOnePage();
    void emptyPeriodSaysSo();
    void periodMustBeInOrder();
    void printingIsAuditedWithoutNames();
    void auditorIsRefusedAndTheRefusalAudited();
    void summaryIsTheStartOfTheContent();

private:
    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<Session> m_staff;
    std::unique_ptr<Session> m_auditor;
};

void TestRenderComplaintRegister::initTestCase()
{
    QVERIFY(crypto::initialize());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    DemoGenerator generator(*m_office->session);
    generator.setToday(kToday);
    auto summary = generator.generate(600, 11u);
    QVERIFY2(summary, why(summary));

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
}

void TestRenderComplaintRegister::fiscalYearListsEveryComplaintOnNumberedPages()
{
    const FiscalYear year(2024);
    auto data = ComplaintRegisterSource(*m_staff).load(year.firstDay(), year.lastDay());
    QVERIFY2(data, why(data));
    QVERIFY2(data->entries.size() > 60, "the demo year should fill several pages");

    // Exactly the complaints received in the year, in the order of their numbers.
    ComplaintFilter filter;
    filter.fiscalYear = year.startYear();
    auto expected = ComplaintQuery(*m_staff).count(filter);
    QVERIFY(expected);
    QCOMPARE(int(data->entries.size()), *expected);
    for (qsizetype i = 0; i < data->entries.size(); ++i) {
        QVERIFY(year.contains(data->entries.at(i).receivedOn));
        if (i > 0)
            QVERIFY(data->entries.at(i - 1).number < data->entries.at(i).number);
    }

    auto rendered = render::ComplaintRegister::renderPdf(*data);
    QVERIFY2(rendered, why(rendered));
    QVERIFY(rendered->pdf.startsWith("%PDF-"));
    QVERIFY2(rendered->pageCount > 1, "a year of complaints does not fit one page");

    const QString text = pdfToText(rendered->pdf);
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), rendered->pageCount);
    const QString period = withoutWhitespace(render::ReportLayout::periodText(year.firstDay(), year.lastDay()));
    QVERIFY(period.contains(u"令和6年4月1日"_s));
    QVERIFY(period.contains(u"令和7年3月31日"_s));
    const QString title = withoutWhitespace(render::ComplaintRegister::title());
    for (int page = 0; page < pages.size(); ++page) {
        const QString compact = withoutWhitespace(pages.at(page));
        // Every sheet on its own says what it is, for when, and where it belongs.
        QVERIFY2(compact.contains(title), qPrintable(u"title missing on page %1"_s.arg(page + 1)));
        QVERIFY2(compact.contains(period), qPrintable(u"period missing on page %1"_s.arg(page + 1)));
        QVERIFY2(compact.contains(u"%1/%2"_s.arg(page + 1).arg(pages.size())),
            qPrintable(u"page number missing on page %1"_s.arg(page + 1)));
    }
    const QString compact = withoutWhitespace(text);
    for (const ComplaintRegisterEntry& entry : std::as_const(data->entries)) {
        QVERIFY2(compact.count(withoutWhitespace(entry.number)) == 1, qPrintable(entry.number));
    }
    // The last page ends with the total.
    QVERIFY(withoutWhitespace(pages.constLast())
                .contains(withoutWhitespace(
                    render::ComplaintRegister::tr("Total: %n complaint(s)", nullptr, int(data->entries.size())))));
}

void TestRenderComplaintRegister::shortPeriodFitsOnePage()
{
    // The month before "today" in the demo: a handful of complaints.
    const QDate from(2025, 10, 1);
    const QDate until(2025, 10, 7);
    auto data = ComplaintRegisterSource(*m_staff).load(from, until);
    QVERIFY2(data, why(data));
    QVERIFY(!data->entries.isEmpty());
    QVERIFY(data->entries.size() < 15);
    auto rendered = render::ComplaintRegister::renderPdf(*data);
    QVERIFY2(rendered, why(rendered));
    QCOMPARE(rendered->pageCount, 1);
    const QString compact = withoutWhitespace(pdfToText(rendered->pdf));
    QVERIFY(compact.contains(u"1/1"_s));
    for (const ComplaintRegisterEntry& entry : std::as_const(data->entries)) {
        QVERIFY(compact.contains(withoutWhitespace(entry.number)));
        QVERIFY(compact.contains(withoutWhitespace(JapaneseDate::formatJapaneseEra(entry.receivedOn))));
        if (!entry.complainantName.isEmpty())
            QVERIFY2(compact.contains(withoutWhitespace(entry.complainantName)), qPrintable(entry.number));
    }
}

void TestRenderComplaintRegister::emptyPeriodSaysSo()
{
    auto data = ComplaintRegisterSource(*m_staff).load(QDate(2000, 4, 1), QDate(2001, 3, 31));
    QVERIFY2(data, why(data));
    QVERIFY(data->entries.isEmpty());
    auto rendered = render::ComplaintRegister::renderPdf(*data);
    QVERIFY2(rendered, why(rendered));
    QCOMPARE(rendered->pageCount, 1);
    const QString compact = withoutWhitespace(pdfToText(rendered->pdf));
    QVERIFY(compact.contains(withoutWhitespace(render::ComplaintRegister::title())));
    QVERIFY(compact.contains(
        withoutWhitespace(render::ComplaintRegister::tr("No complaints were received in this period."))));
    QVERIFY(compact.contains(u"平成12年4月1日"_s));
}

void TestRenderComplaintRegister::periodMustBeInOrder()
{
    auto data = ComplaintRegisterSource(*m_staff).load(QDate(2025, 5, 1), QDate(2025, 4, 1));
    QVERIFY(!data);
    QCOMPARE(data.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!data.error().detail.isEmpty()); // a sentence for the user
}

void TestRenderComplaintRegister::printingIsAuditedWithoutNames()
{
    ComplaintRegisterSource source(*m_staff);
    auto data = source.load(QDate(2025, 4, 1), QDate(2026, 3, 31));
    QVERIFY2(data, why(data));
    QVERIFY(!data->entries.isEmpty());
    auto rendered = render::ComplaintRegister::renderPdf(*data);
    QVERIFY(rendered);

    const qint64 before = auditHead(*m_staff);
    QVERIFY(source.recordOutput(*data, ComplaintRegisterOutput::Print, rendered->pageCount));
    QVERIFY(source.recordOutput(*data, ComplaintRegisterOutput::SavePdf, rendered->pageCount));
    QVERIFY(source.recordOutput(*data, ComplaintRegisterOutput::Preview, rendered->pageCount));
    const QList<storage::AuditEntry> entries = entriesAfter(*m_staff, before);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, u"print"_s);
    QCOMPARE(entries.at(1).action, u"save_pdf"_s);
    QCOMPARE(entries.at(2).action, u"view"_s);
    for (const storage::AuditEntry& entry : entries) {
        QCOMPARE(entry.recordType, QString::fromLatin1(ComplaintRegisterSource::kRecordType));
        QCOMPARE(entry.login, kStaffLogin);
        QCOMPARE(entry.detail,
            u"period=2025-04-01..2026-03-31 complaints=%1 pages=%2"_s.arg(data->entries.size())
                .arg(rendered->pageCount));
        // Counts and dates only: no name, no number of a complaint.
        for (const ComplaintRegisterEntry& line : std::as_const(data->entries)) {
            QVERIFY(!entry.detail.contains(line.number));
            if (!line.complainantName.isEmpty())
                QVERIFY(!entry.detail.contains(line.complainantName));
        }
    }
}

void TestRenderComplaintRegister::auditorIsRefusedAndTheRefusalAudited()
{
    // The auditor reads everything but prints nothing (Role.cpp: no PrintAndExport).
    const qint64 before = auditHead(*m_auditor);
    auto data = ComplaintRegisterSource(*m_auditor).load(QDate(2025, 4, 1), QDate(2026, 3, 31));
    QVERIFY(!data);
    QCOMPARE(data.error().kind, ErrorKind::PermissionDenied);
    const QList<storage::AuditEntry> entries = entriesAfter(*m_auditor, before);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, u"denied"_s);
    QCOMPARE(entries.at(0).recordType, QString::fromLatin1(ComplaintRegisterSource::kRecordType));
    QCOMPARE(entries.at(0).login, kAuditorLogin);
    QCOMPARE(entries.at(0).result, u"refused"_s);
}

void TestRenderComplaintRegister::summaryIsTheStartOfTheContent()
{
    QCOMPARE(ComplaintRegisterSource::summaryOf(u"  医療費通知が\n別の加入者の\t分と届いた。 "_s),
        u"医療費通知が 別の加入者の 分と届いた。"_s);
    const QString longText = QString(60, QChar(u'あ'));
    const QString summary = ComplaintRegisterSource::summaryOf(longText);
    QCOMPARE(summary.size(), ComplaintRegisterSource::kSummaryLength + 1);
    QVERIFY(summary.endsWith(QChar(0x2026)));
    // A character outside the BMP at the cut is kept whole, never split into half a pair.
    const QString wide = QString(ComplaintRegisterSource::kSummaryLength - 1, QChar(u'あ')) + u"𠮷𠮷"_s;
    const QString cut = ComplaintRegisterSource::summaryOf(wide);
    QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
    QVERIFY(cut.endsWith(QChar(0x2026)));
}

QTEST_MAIN(TestRenderComplaintRegister)
#include "tst_render_complaint_register.moc"
