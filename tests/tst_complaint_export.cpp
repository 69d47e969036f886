// SPDX-License-Identifier: GPL-3.0-or-later
// The complaint register (苦情受付簿) for Excel: CSV in UTF-8 with BOM and CRLF that reads back
// field for field, formulas defused, the list's filter and order across pages, an .xlsx with a
// frozen header and real dates, atomic files, and an audit entry for every export.
#include "TestSupport.h"

#include "core/complaints/ComplaintExport.h"
#include "core/complaints/ComplaintImport.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/CsvReader.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> const char* why(const std::expected<T, Error>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8();
    return text.constData();
}

const ComplaintSort kOldestFirst { ComplaintSortColumn::ReceivedAt, Qt::AscendingOrder };

Complaint complaint(QDateTime receivedAt, const QString& name, const QString& content)
{
    Complaint c;
    c.receivedAt = receivedAt;
    c.channel = ComplaintChannel::Phone;
    c.complainant.name = name;
    c.complainant.kana = u"テスト"_s;
    c.content = content;
    c.category = ComplaintCategory::SafetyManagement;
    return c;
}

QList<storage::AuditEntry> exportEntries(Session& session)
{
    storage::AuditLog::Filter filter;
    filter.limit = 100000;
    auto entries = storage::AuditLog::entries(session.vault().database(), filter);
    QList<storage::AuditEntry> found;
    if (entries)
        for (const storage::AuditEntry& entry : *entries)
            if (entry.action == u"export"_s)
                found.prepend(entry);
    return found;
}

/// One member of the .xlsx (a zip), as text.
QString zipMember(const QString& archive, const QString& member)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, { u"-p"_s, archive, member });
    if (!unzip.waitForFinished(30000))
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

class TestComplaintExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvIsUtf8WithBomAndCrlf();
    void csvReadsBackFieldForField();
    void formulasAreDefused();
    void filterAndOrderAreTheList();
    void largeRegisterSpansPages();
    void exportReimports();
    void exportToWritesTheFileAtomically();
    void failedExportLeavesNoFile();
    void xlsxHasHeaderFrozenAndRealDates();
    void everyExportIsAudited();
    void auditorMayNotExport();

private:
    std::unique_ptr<TestOffice> m_office;
    QList<Complaint> m_stored; // in order of reception
    QTemporaryDir m_output;
};

void TestComplaintExport::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    QVERIFY(m_output.isValid());

    QList<Complaint> batch {
        complaint(QDateTime(QDate(2024, 11, 5), QTime(9, 15)), u"髙橋　一郎"_s, u"前年度の申出"_s),
        complaint(QDateTime(QDate(2025, 4, 1), QTime(10, 30)), u"山田, 花子"_s,
            u"一行目\n\"引用\"と, カンマ"_s),
        complaint(QDateTime(QDate(2025, 4, 2), QTime(14, 5)), u"鈴木 次郎"_s, u"=HYPERLINK(\"http://x\")"_s),
    };
    Complaint& answered = batch[1];
    answered.status = ComplaintStatus::Answered;
    answered.answerMethod = AnswerMethod::Letter;
    answered.answeredOn = QDate(2025, 4, 10);
    answered.result = u"回答書を送付"_s;
    answered.possibleBreach = true;
    answered.assigneeId = m_office->session->account().id;
    answered.targetDate = QDate(2025, 4, 15);
    ComplaintService service(*m_office->session);
    QVERIFY2(service.createMany(batch), "createMany");
    m_stored = batch;
}

void TestComplaintExport::csvIsUtf8WithBomAndCrlf()
{
    auto csv = ComplaintExport(*m_office->session).csv({}, kOldestFirst);
    QVERIFY2(csv, why(csv));
    QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv->endsWith("\r\n"));
    // Every line break between records is CRLF; a bare LF appears only inside a quoted field.
    const QString text = QString::fromUtf8(csv->mid(3));
    const QStringList records = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(records.size(), 1 + 3);
    QCOMPARE(records.first().split(u','),
        [] {
            QStringList names;
            for (ComplaintLedgerField field : kComplaintRegisterColumns)
                names.append(ledgerFieldName(field));
            return names;
        }());
}

void TestComplaintExport::csvReadsBackFieldForField()
{
    auto csv = ComplaintExport(*m_office->session).csv({}, kOldestFirst);
    QVERIFY2(csv, why(csv));
    auto table = CsvReader::read(*csv, CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    QCOMPARE(table->rows.size(), 3);
    const auto column = [](ComplaintLedgerField field) {
        return int(std::find(kComplaintRegisterColumns.cbegin(), kComplaintRegisterColumns.cend(), field)
            - kComplaintRegisterColumns.cbegin());
    };
    const QStringList row = table->rows.at(1);
    QCOMPARE(row.size(), int(kComplaintRegisterColumns.size()));
    QCOMPARE(row.at(column(ComplaintLedgerField::Number)), m_stored.at(1).number);
    QCOMPARE(row.at(column(ComplaintLedgerField::ReceivedAt)), u"2025/04/01 10:30"_s);
    QCOMPARE(row.at(column(ComplaintLedgerField::ComplainantName)), u"山田, 花子"_s);
    QCOMPARE(row.at(column(ComplaintLedgerField::Content)), u"一行目\n\"引用\"と, カンマ"_s);
    QCOMPARE(row.at(column(ComplaintLedgerField::Channel)), channelDisplayName(ComplaintChannel::Phone));
    QCOMPARE(row.at(column(ComplaintLedgerField::Status)), statusDisplayName(ComplaintStatus::Answered));
    QCOMPARE(row.at(column(ComplaintLedgerField::Assignee)), m_office->session->account().displayName);
    QCOMPARE(row.at(column(ComplaintLedgerField::TargetDate)), u"2025/04/15"_s);
    QCOMPARE(row.at(column(ComplaintLedgerField::AnsweredOn)), u"2025/04/10"_s);
    QCOMPARE(row.at(column(ComplaintLedgerField::AnswerMethod)), answerMethodDisplayName(AnswerMethod::Letter));
    QCOMPARE(row.at(column(ComplaintLedgerField::PossibleBreach)), ledgerFlagText(true));
    QCOMPARE(table->rows.at(0).at(column(ComplaintLedgerField::ComplainantName)), u"髙橋　一郎"_s);
    QCOMPARE(table->rows.at(0).at(column(ComplaintLedgerField::PossibleBreach)), QString());
}

void TestComplaintExport::formulasAreDefused()
{
    auto csv = ComplaintExport(*m_office->session).csv({}, kOldestFirst);
    QVERIFY2(csv, why(csv));
    QVERIFY(csv->contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QVERIFY(!csv->contains(",=HYPERLINK"));
}

void TestComplaintExport::filterAndOrderAreTheList()
{
    ComplaintFilter fiscal2025;
    fiscal2025.fiscalYear = 2025;
    auto csv = ComplaintExport(*m_office->session).csv(fiscal2025, { ComplaintSortColumn::ReceivedAt, Qt::DescendingOrder });
    QVERIFY2(csv, why(csv));
    auto table = CsvReader::read(*csv, CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).at(0), m_stored.at(2).number);
    QCOMPARE(table->rows.at(1).at(0), m_stored.at(1).number);

    ComplaintFilter nothing;
    nothing.fiscalYear = 2010;
    auto empty = ComplaintExport(*m_office->session).csv(nothing, kOldestFirst);
    QVERIFY2(empty, why(empty));
    auto header = CsvReader::read(*empty, CsvEncoding::Auto);
    QVERIFY(header);
    QCOMPARE(header->rows.size(), 0);
}

void TestComplaintExport::largeRegisterSpansPages()
{
    TestOffice office;
    QVERIFY(office.isValid());
    QList<Complaint> batch;
    const QDateTime start(QDate(2023, 4, 1), QTime(9, 0));
    for (int i = 0; i < 1234; ++i)
        batch.append(complaint(start.addSecs(qint64(i) * 3600), u"申出人%1"_s.arg(i), u"内容%1"_s.arg(i)));
    QVERIFY(ComplaintService(*office.session).createMany(batch));
    auto csv = ComplaintExport(*office.session).csv({}, kOldestFirst);
    QVERIFY2(csv, why(csv));
    auto table = CsvReader::read(*csv, CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    QCOMPARE(table->rows.size(), 1234);
    // Pages are stitched without gaps or repeats.
    for (int i = 0; i < 1234; ++i)
        QCOMPARE(table->rows.at(i).at(3), u"申出人%1"_s.arg(i));
}

void TestComplaintExport::exportReimports()
{
    auto csv = ComplaintExport(*m_office->session).csv({}, kOldestFirst);
    QVERIFY2(csv, why(csv));
    auto table = CsvReader::read(*csv, CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    const QList<ComplaintLedgerField> mapping = ComplaintImport::guessMapping(table->header);
    QCOMPARE(mapping, QList<ComplaintLedgerField>(kComplaintRegisterColumns.cbegin(), kComplaintRegisterColumns.cend()));

    TestOffice other;
    QVERIFY(other.isValid());
    ComplaintImport import(*other.session);
    auto plan = import.check(*table, mapping);
    QVERIFY2(plan, why(plan));
    for (const ComplaintImportProblem& problem : plan->rejected)
        qWarning("line %d: %s", problem.line, qPrintable(problem.reason));
    QCOMPARE(plan->valid.size(), 3);
    const Complaint& again = plan->valid.at(2).complaint;
    QCOMPARE(again.content, m_stored.at(2).content); // the apostrophe that defused the formula is gone
    QCOMPARE(plan->valid.at(1).complaint.possibleBreach, true);
    QCOMPARE(plan->valid.at(1).complaint.content, m_stored.at(1).content);
}

void TestComplaintExport::exportToWritesTheFileAtomically()
{
    const QString path = m_output.filePath(u"register.csv"_s);
    QVERIFY(writeFile(path, "an older export"));
    auto rows = ComplaintExport(*m_office->session).exportTo(path, {}, kOldestFirst, ComplaintExportFormat::Csv);
    QVERIFY2(rows, why(rows));
    QCOMPARE(*rows, 3);
    auto expected = ComplaintExport(*m_office->session).csv({}, kOldestFirst);
    QVERIFY(expected);
    QCOMPARE(readFile(path), *expected);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_output.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"register.csv"_s });
}

void TestComplaintExport::failedExportLeavesNoFile()
{
    const QString missingFolder = m_output.filePath(u"no-such-folder/register.csv"_s);
    for (ComplaintExportFormat format : { ComplaintExportFormat::Csv, ComplaintExportFormat::Xlsx }) {
        const int auditedBefore = int(exportEntries(*m_office->session).size());
        auto rows = ComplaintExport(*m_office->session).exportTo(missingFolder, {}, kOldestFirst, format);
        QVERIFY(!rows);
        QVERIFY2(rows.error().message().contains(QDir::toNativeSeparators(missingFolder)), why(rows));
        QVERIFY(!QFile::exists(missingFolder));
        QCOMPARE(int(exportEntries(*m_office->session).size()), auditedBefore); // nothing left the database
    }
}

void TestComplaintExport::xlsxHasHeaderFrozenAndRealDates()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const auto scratchFolders = [&] {
        return runtime.isEmpty() ? QStringList()
                                 : QDir(runtime).entryList({ u"privacydesk-export-*"_s }, QDir::Dirs | QDir::Hidden);
    };
    const QStringList scratchBefore = scratchFolders();

    const QString path = m_output.filePath(u"register.xlsx"_s);
    auto rows = ComplaintExport(*m_office->session).exportTo(path, {}, kOldestFirst, ComplaintExportFormat::Xlsx);
    QVERIFY2(rows, why(rows));
    QCOMPARE(*rows, 3);
    QVERIFY(readFile(path).startsWith("PK\x03\x04"));
    QCOMPARE(scratchFolders(), scratchBefore); // libxlsxwriter's temporary files are gone

    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        QSKIP("unzip is needed to look inside the workbook");
    const QString sheet = zipMember(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(sheet.contains(u"state=\"frozen\""_s), qPrintable(sheet.left(600)));
    QVERIFY(sheet.contains(u"<autoFilter ref=\"A1:Q4\"/>"_s));
    QVERIFY(sheet.contains(u"<col "_s));
    // 2025-04-01 10:30 is Excel serial 45748.4375: a number in the cell, not text.
    QVERIFY2(sheet.contains(u"<v>45748.4375</v>"_s), qPrintable(sheet));
    QVERIFY(sheet.contains(u"山田, 花子"_s));
    // The formula-looking complaint is a string cell, never a formula.
    QVERIFY(!sheet.contains(u"<f>"_s));
    QVERIFY(sheet.contains(u"=HYPERLINK(&quot;http://x&quot;)"_s) || sheet.contains(u"=HYPERLINK(\"http://x\")"_s));
    const QString styles = zipMember(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains(u"yyyy/mm/dd hh:mm"_s));
}

void TestComplaintExport::everyExportIsAudited()
{
    Session& session = *m_office->session;
    const int before = int(exportEntries(session).size());
    QVERIFY(ComplaintExport(session).csv({}, kOldestFirst));
    QVERIFY(ComplaintExport(session).exportTo(
        m_output.filePath(u"audited.xlsx"_s), {}, kOldestFirst, ComplaintExportFormat::Xlsx));
    ComplaintFilter fiscal2025;
    fiscal2025.fiscalYear = 2025;
    QVERIFY(ComplaintExport(session).exportTo(
        m_output.filePath(u"audited.csv"_s), fiscal2025, kOldestFirst, ComplaintExportFormat::Csv));

    const QList<storage::AuditEntry> entries = exportEntries(session);
    QCOMPARE(int(entries.size()), before + 3);
    const QStringList details { entries.at(before).detail, entries.at(before + 1).detail, entries.at(before + 2).detail };
    QCOMPARE(details, (QStringList { u"format=csv rows=3"_s, u"format=xlsx rows=3"_s, u"format=csv rows=2"_s }));
    for (qsizetype i = before; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).recordType, u"complaint"_s);
        QCOMPARE(entries.at(i).login, officerLogin());
        QCOMPARE(entries.at(i).result, u"ok"_s);
    }
}

void TestComplaintExport::auditorMayNotExport()
{
    AccountService accounts(*m_office->session);
    const QByteArray password = DemoGenerator::demoAccountPassword();
    QVERIFY(accounts.addAccount(u"kansa"_s, u"監事 一郎"_s, Role::Auditor, password));
    auto auditor = Session::unlock(m_office->location, u"kansa"_s, password);
    QVERIFY2(auditor, why(auditor));

    const QString path = m_output.filePath(u"auditor.csv"_s);
    const int before = int(exportEntries(*m_office->session).size());
    auto rows = ComplaintExport(**auditor).exportTo(path, {}, kOldestFirst, ComplaintExportFormat::Csv);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, ErrorKind::PermissionDenied);
    QVERIFY(!QFile::exists(path));
    auto csv = ComplaintExport(**auditor).csv({}, kOldestFirst);
    QVERIFY(!csv);
    QCOMPARE(csv.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(int(exportEntries(*m_office->session).size()), before);

    // The refusals are in the log.
    storage::AuditLog::Filter filter;
    filter.limit = 20;
    auto latest = storage::AuditLog::entries(m_office->session->vault().database(), filter);
    QVERIFY(latest);
    int denied = 0;
    for (const storage::AuditEntry& entry : *latest)
        if (entry.action == u"denied"_s && entry.login == u"kansa"_s)
            ++denied;
    QCOMPARE(denied, 2);
}

QTEST_GUILESS_MAIN(TestComplaintExport)
#include "tst_complaint_export.moc"
