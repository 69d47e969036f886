// SPDX-License-Identifier: GPL-3.0-or-later
// Taking over the office's Excel ledger: CSV in CP932 (with ①, ㈱, －, 髙) or UTF-8 with BOM,
// quoted fields with line breaks and doubled quotes, dates as ledgers write them, every bad row
// reported with its line in the file, and nothing half-imported.
#include "TestSupport.h"

#include "core/complaints/ComplaintImport.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/CsvReader.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"

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

QString dataFile(const QString& name)
{
    return QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/csv/") + name;
}

const QString kStaffLogin = u"sato"_s;
const QString kAuditorLogin = u"kansa"_s;

/// Every complaint in the order it was received.
QList<Complaint> storedComplaints(Session& session)
{
    ComplaintQuery query(session);
    auto rows = query.page({}, { ComplaintSortColumn::ReceivedAt, Qt::AscendingOrder }, 0, 10000);
    QList<Complaint> complaints;
    if (!rows)
        return complaints;
    ComplaintService service(session);
    for (const ComplaintListRow& row : *rows)
        if (auto complaint = service.find(row.id))
            complaints.append(*complaint);
    return complaints;
}

int complaintCount(Session& session)
{
    return ComplaintQuery(session).count({}).value_or(-1);
}

QList<int> linesOf(const QList<ComplaintImportProblem>& problems)
{
    QList<int> lines;
    for (const ComplaintImportProblem& problem : problems)
        lines.append(problem.line);
    return lines;
}

QList<int> linesOf(const QList<ComplaintImportRow>& rows)
{
    QList<int> lines;
    for (const ComplaintImportRow& row : rows)
        lines.append(row.line);
    return lines;
}

} // namespace

class TestComplaintImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void detectsEncoding();
    void cp932KeepsVendorCharacters();
    void wrongEncodingIsReported();
    void bomQuotedLineBreaksAndDoubledQuotes();
    void emptyFileIsRefused();
    void headerOnlyHasNothingToImport();
    void unclosedQuoteNamesItsLine();
    void ledgerDates_data();
    void ledgerDates();
    void mappingIsGuessedFromTheHeader();
    void mappingMustNameDateAndContent();
    void importsTheCp932Ledger();
    void badRowsAreReportedWithTheirLines();
    void shiftedCellsAreNotCutOff();
    void nothingIsHalfImported();
    void closedRowsNeedTheOfficer();
    void auditorCannotImport();

private:
    std::unique_ptr<TestOffice> m_office;
};

void TestComplaintImport::init()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
}

void TestComplaintImport::cleanup()
{
    m_office.reset();
}

void TestComplaintImport::detectsEncoding()
{
    QCOMPARE(CsvReader::detectEncoding(readFile(dataFile(u"ledger_cp932.csv"_s))), CsvEncoding::Cp932);
    QCOMPARE(CsvReader::detectEncoding(readFile(dataFile(u"ledger_utf8_bom.csv"_s))), CsvEncoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding(u"受付日時,申出内容\n"_s.toUtf8()), CsvEncoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding("a,b\r\n1,2\r\n"), CsvEncoding::Utf8);
}

void TestComplaintImport::cp932KeepsVendorCharacters()
{
    auto table = CsvReader::readFile(dataFile(u"ledger_cp932.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    QCOMPARE(table->encoding, CsvEncoding::Cp932);
    QCOMPARE(table->header.size(), 17);
    QCOMPARE(table->header.first(), u"受付番号"_s);
    QCOMPARE(table->rows.size(), 4);
    // ① and ㈱ are NEC specials, 髙 an IBM extension, － (U+FF0D) CP932's own mapping of 0x817C.
    QCOMPARE(table->rows.at(0).at(3), u"髙橋　①子"_s);
    QCOMPARE(table->rows.at(0).at(7), u"㈱○○商事からの案内について説明を求める\uFF0D至急"_s);
    QCOMPARE(table->lines, (QList<int> { 2, 3, 4, 5 }));
}

void TestComplaintImport::wrongEncodingIsReported()
{
    auto forcedUtf8 = CsvReader::readFile(dataFile(u"ledger_cp932.csv"_s), CsvEncoding::Utf8);
    QVERIFY(!forcedUtf8);
    QCOMPARE(forcedUtf8.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(forcedUtf8.error().message().contains(u"Shift_JIS"_s), why(forcedUtf8));

    // The same ledger, told to be Shift_JIS while it is UTF-8: refused instead of read as mojibake.
    auto forcedCp932 = CsvReader::read(u"受付日時,申出内容\n2025/4/1,あ\n"_s.toUtf8(), CsvEncoding::Cp932);
    if (forcedCp932) {
        // Some UTF-8 happens to be valid CP932; it must then at least not read as the original.
        QVERIFY(forcedCp932->header.first() != u"受付日時"_s);
    } else {
        QVERIFY2(forcedCp932.error().message().contains(u"UTF-8"_s), why(forcedCp932));
    }
}

void TestComplaintImport::bomQuotedLineBreaksAndDoubledQuotes()
{
    auto table = CsvReader::readFile(dataFile(u"ledger_utf8_bom.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    QCOMPARE(table->encoding, CsvEncoding::Utf8);
    QCOMPARE(table->header, (QStringList { u"受付日時"_s, u"受付方法"_s, u"申出人"_s, u"申出内容"_s, u"分類"_s }));
    // The trailing rows of empty cells that Excel writes are not data.
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows.at(0).at(3), u"一行目\n二行目、\"引用\"あり"_s);
    QCOMPARE(table->rows.at(1).at(3), u"カンマ, を含む\nLFの改行"_s);
    QCOMPARE(table->rows.at(2).at(3), u"通常の申出"_s);
    // Each row's line is where it begins in the file, counting the breaks inside quoted fields.
    QCOMPARE(table->lines, (QList<int> { 2, 4, 6 }));

    ComplaintImport import(*m_office->session);
    auto plan = import.check(*table, ComplaintImport::guessMapping(table->header));
    QVERIFY2(plan, why(plan));
    QCOMPARE(plan->rejected.size(), 0);
    auto imported = import.import(*plan);
    QVERIFY2(imported, why(imported));
    QCOMPARE(*imported, 3);
    const QList<Complaint> stored = storedComplaints(*m_office->session);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).content, u"一行目\n二行目、\"引用\"あり"_s);
    QCOMPARE(stored.at(0).category, ComplaintCategory::StaffConduct);
    QCOMPARE(stored.at(1).channel, ComplaintChannel::Visit);
    QCOMPARE(stored.at(2).category, ComplaintCategory::Breach);
}

void TestComplaintImport::emptyFileIsRefused()
{
    for (const QByteArray& bytes : { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n"),
             QByteArray(",,,\r\n") }) {
        auto table = CsvReader::read(bytes, CsvEncoding::Auto);
        QVERIFY(!table);
        QCOMPARE(table.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(table.error().message().contains(u"empty"_s), why(table));
    }
    auto file = CsvReader::readFile(dataFile(u"empty.csv"_s), CsvEncoding::Auto);
    QVERIFY(!file);
    QVERIFY2(file.error().message().contains(u"empty"_s), why(file));
}

void TestComplaintImport::headerOnlyHasNothingToImport()
{
    auto table = CsvReader::read("受付日時,申出内容\r\n", CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    QCOMPARE(table->rows.size(), 0);
    ComplaintImport import(*m_office->session);
    auto plan = import.check(*table, ComplaintImport::guessMapping(table->header));
    QVERIFY2(plan, why(plan));
    QCOMPARE(plan->rowCount(), 0);
    auto imported = import.import(*plan);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(complaintCount(*m_office->session), 0);
}

void TestComplaintImport::unclosedQuoteNamesItsLine()
{
    auto table = CsvReader::read("受付日時,申出内容\n2025/4/1,ok\n2025/4/2,\"never\nclosed\n", CsvEncoding::Auto);
    QVERIFY(!table);
    QVERIFY2(table.error().message().contains(u"line 3"_s), why(table));
}

void TestComplaintImport::ledgerDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be refused

    const auto at = [](int y, int m, int d, int h = 0, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min)); };
    QTest::newRow("slashes") << u"2025/4/1"_s << at(2025, 4, 1);
    QTest::newRow("iso") << u"2025-04-01"_s << at(2025, 4, 1);
    QTest::newRow("with time") << u"2025/04/01 10:30"_s << at(2025, 4, 1, 10, 30);
    QTest::newRow("iso with T") << u"2025-04-01T08:05:00"_s << at(2025, 4, 1, 8, 5);
    QTest::newRow("kanji") << u"2025年4月1日"_s << at(2025, 4, 1);
    QTest::newRow("reiwa") << u"令和7年4月1日"_s << at(2025, 4, 1);
    QTest::newRow("reiwa with time") << u"令和7年4月1日 14時05分"_s << at(2025, 4, 1, 14, 5);
    QTest::newRow("reiwa gannen") << u"令和元年5月1日"_s << at(2019, 5, 1);
    QTest::newRow("heisei last day") << u"平成31年4月30日"_s << at(2019, 4, 30);
    QTest::newRow("showa") << u"昭和64年1月7日"_s << at(1989, 1, 7);
    QTest::newRow("full-width") << u"２０２５／０４／０１　１０：３０"_s << at(2025, 4, 1, 10, 30);
    QTest::newRow("weekday") << u"2025/4/1(火)"_s << at(2025, 4, 1);
    QTest::newRow("not a day") << u"2025/2/30"_s << QDateTime();
    QTest::newRow("month 13") << u"2025/13/1"_s << QDateTime();
    QTest::newRow("reiwa before it began") << u"令和元年4月1日"_s << QDateTime();
    QTest::newRow("heisei after it ended") << u"平成31年5月1日"_s << QDateTime();
    QTest::newRow("bad time") << u"2025/4/1 25:00"_s << QDateTime();
    QTest::newRow("words") << u"四月一日"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestComplaintImport::ledgerDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = ComplaintImport::parseDateTime(text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
    QCOMPARE(ComplaintImport::parseDate(text), std::optional<QDate>(expected.date()));
}

void TestComplaintImport::mappingIsGuessedFromTheHeader()
{
    auto table = CsvReader::readFile(dataFile(u"ledger_cp932.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    const QList<ComplaintLedgerField> mapping = ComplaintImport::guessMapping(table->header);
    QCOMPARE(mapping.size(), 17);
    // The ledger has the register's own columns: each is recognised.
    QCOMPARE(mapping, QList<ComplaintLedgerField>(kComplaintRegisterColumns.cbegin(), kComplaintRegisterColumns.cend()));

    // Other spellings, spaces and full width; unknown titles and a second 内容 are left out.
    const QList<ComplaintLedgerField> other = ComplaintImport::guessMapping(
        { u" 受付日 "_s, u"氏　名"_s, u"苦情内容"_s, u"備考"_s, u"内容"_s, u"ＦＡＸ番号"_s });
    QCOMPARE(other,
        (QList<ComplaintLedgerField> { ComplaintLedgerField::ReceivedAt, ComplaintLedgerField::ComplainantName,
            ComplaintLedgerField::Content, ComplaintLedgerField::Ignore, ComplaintLedgerField::Ignore,
            ComplaintLedgerField::Ignore }));
}

void TestComplaintImport::mappingMustNameDateAndContent()
{
    using F = ComplaintLedgerField;
    QVERIFY(ComplaintImport::checkMapping({ F::ReceivedAt, F::Content, F::Ignore, F::Ignore }));
    const auto noContent = ComplaintImport::checkMapping({ F::ReceivedAt, F::ComplainantName });
    QVERIFY(!noContent);
    QVERIFY2(noContent.error().message().contains(ledgerFieldName(F::Content)), why(noContent));
    const auto twice = ComplaintImport::checkMapping({ F::ReceivedAt, F::Content, F::Content });
    QVERIFY(!twice);
    QVERIFY2(twice.error().message().contains(u"more than one"_s), why(twice));

    auto table = CsvReader::read("a,b\n2025/4/1,x\n", CsvEncoding::Auto);
    QVERIFY(table);
    auto plan = ComplaintImport(*m_office->session).check(*table, { F::ReceivedAt, F::Ignore });
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind, ErrorKind::InvalidInput);
}

void TestComplaintImport::importsTheCp932Ledger()
{
    auto table = CsvReader::readFile(dataFile(u"ledger_cp932.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    ComplaintImport import(*m_office->session);
    auto plan = import.check(*table, ComplaintImport::guessMapping(table->header), QDate(2026, 1, 1));
    QVERIFY2(plan, why(plan));
    for (const ComplaintImportProblem& problem : plan->rejected)
        qWarning("line %d: %s", problem.line, qPrintable(problem.reason));
    QCOMPARE(plan->rejected.size(), 0);
    QCOMPARE(plan->valid.size(), 4);
    QCOMPARE(complaintCount(*m_office->session), 0); // checking writes nothing

    auto imported = import.import(*plan);
    QVERIFY2(imported, why(imported));
    QCOMPARE(*imported, 4);

    const QList<Complaint> stored = storedComplaints(*m_office->session);
    QCOMPARE(stored.size(), 4);
    const Complaint& first = stored.at(0);
    QCOMPARE(first.receivedAt, QDateTime(QDate(2025, 4, 1), QTime(10, 30)));
    QCOMPARE(first.complainant.name, u"髙橋　①子"_s);
    QCOMPARE(first.complainant.kana, u"タカハシ　イチコ"_s);
    QCOMPARE(first.channel, ComplaintChannel::Phone);
    QCOMPARE(first.category, ComplaintCategory::Purpose);
    QCOMPARE(first.status, ComplaintStatus::Received);
    // A new number of the office's series; the ledger's own is kept in the timeline.
    QVERIFY(!first.number.isEmpty());
    QCOMPARE(first.timeline.size(), 1);
    QVERIFY(first.timeline.first().text.contains(u"R7-001"_s));

    const Complaint& second = stored.at(1);
    QCOMPARE(second.receivedAt.date(), QDate(2025, 4, 2));
    QCOMPARE(second.channel, ComplaintChannel::Fax);
    QCOMPARE(second.complainant.relation, ComplainantRelation::Family);
    QCOMPARE(second.status, ComplaintStatus::InProgress);
    QCOMPARE(second.assigneeId, m_office->session->account().id);
    QCOMPARE(second.targetDate, QDate(2025, 4, 20));
    QVERIFY(second.possibleBreach);

    const Complaint& third = stored.at(2);
    QCOMPARE(third.complainant.relation, ComplainantRelation::Anonymous);
    QCOMPARE(third.status, ComplaintStatus::Answered);
    QCOMPARE(third.answerMethod, AnswerMethod::Phone);
    QCOMPARE(third.answeredOn, QDate(2025, 4, 10));

    const Complaint& closed = stored.at(3);
    QCOMPARE(closed.status, ComplaintStatus::Closed);
    QCOMPARE(closed.answerMethod, AnswerMethod::Letter);
    QCOMPARE(closed.completedOn, QDate(2025, 4, 9));
    QCOMPARE(closed.prevention, u"手順書を改訂した"_s);
    QCOMPARE(closed.signedOffBy, m_office->session->account().id);

    // The import leaves a summary entry with counts only.
    storage::AuditLog::Filter filter;
    filter.limit = 100000;
    auto entries = storage::AuditLog::entries(m_office->session->vault().database(), filter);
    QVERIFY(entries);
    int imports = 0;
    for (const storage::AuditEntry& entry : *entries) {
        QVERIFY(!entry.detail.contains(u"髙橋"_s));
        if (entry.action == u"import"_s) {
            ++imports;
            QCOMPARE(entry.detail, u"source=csv imported=4 rejected=0"_s);
        }
    }
    QCOMPARE(imports, 1);
}

void TestComplaintImport::badRowsAreReportedWithTheirLines()
{
    auto table = CsvReader::readFile(dataFile(u"ledger_bad_rows.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    ComplaintImport import(*m_office->session);
    auto plan = import.check(*table, ComplaintImport::guessMapping(table->header), QDate(2026, 1, 1));
    QVERIFY2(plan, why(plan));
    QCOMPARE(linesOf(plan->valid), (QList<int> { 2, 10 }));
    QCOMPARE(linesOf(plan->rejected), (QList<int> { 4, 5, 6, 7, 8, 9 }));
    const auto reasonAt = [&](int line) {
        for (const ComplaintImportProblem& problem : plan->rejected)
            if (problem.line == line)
                return problem.reason;
        return QString();
    };
    QVERIFY2(reasonAt(4).contains(u"2025/13/45"_s), qPrintable(reasonAt(4)));
    QVERIFY2(reasonAt(5).contains(u"令和元年4月1日"_s), qPrintable(reasonAt(5)));
    QVERIFY2(reasonAt(5).contains(u"平成31年"_s), qPrintable(reasonAt(5))); // the era of that day
    QVERIFY2(reasonAt(6).contains(u"伝書鳩"_s), qPrintable(reasonAt(6)));
    QVERIFY2(reasonAt(7).contains(ledgerFieldName(ComplaintLedgerField::ComplainantName)), qPrintable(reasonAt(7)));
    QVERIFY2(reasonAt(8).contains(ledgerFieldName(ComplaintLedgerField::Content)), qPrintable(reasonAt(8)));
    QVERIFY2(reasonAt(9).contains(u"future"_s), qPrintable(reasonAt(9)));

    // Importing only the valid rows is the user's choice; they go in together.
    auto imported = import.import(*plan);
    QVERIFY2(imported, why(imported));
    QCOMPARE(*imported, 2);
    const QList<Complaint> stored = storedComplaints(*m_office->session);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).receivedAt, QDateTime(QDate(2019, 4, 30), QTime(17, 45)));
    QCOMPARE(stored.at(1).content, u"正しい行\n(2行にわたる)"_s);
}

void TestComplaintImport::shiftedCellsAreNotCutOff()
{
    // 申出内容 with an unquoted comma: the rest of the text would fall into a column without header.
    auto table = CsvReader::read("受付日時,申出人,申出内容\n2025/4/1,山田 花子,前半,後半\n2025/4/2,山田 花子,一つ,\n",
        CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    auto plan = ComplaintImport(*m_office->session).check(*table, ComplaintImport::guessMapping(table->header));
    QVERIFY2(plan, why(plan));
    QCOMPARE(linesOf(plan->rejected), QList<int> { 2 });
    QVERIFY2(plan->rejected.first().reason.contains(u"quotes"_s), qPrintable(plan->rejected.first().reason));
    // An empty trailing cell (Excel's habit) loses nothing and is accepted.
    QCOMPARE(linesOf(plan->valid), QList<int> { 3 });
}

void TestComplaintImport::nothingIsHalfImported()
{
    auto table = CsvReader::readFile(dataFile(u"ledger_cp932.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    ComplaintImport import(*m_office->session);
    auto plan = import.check(*table, ComplaintImport::guessMapping(table->header));
    QVERIFY2(plan, why(plan));
    QCOMPARE(plan->valid.size(), 4);
    // A row that turns invalid between checking and storing (here: emptied) fails the whole batch.
    plan->valid[2].complaint.content.clear();
    auto imported = import.import(*plan);
    QVERIFY(!imported);
    QCOMPARE(complaintCount(*m_office->session), 0);
}

void TestComplaintImport::closedRowsNeedTheOfficer()
{
    AccountService accounts(*m_office->session);
    const QByteArray password = DemoGenerator::demoAccountPassword();
    QVERIFY(accounts.addAccount(kStaffLogin, u"佐藤 次郎"_s, Role::Staff, password));
    auto staff = Session::unlock(m_office->location, kStaffLogin, password);
    QVERIFY2(staff, why(staff));

    auto table = CsvReader::readFile(dataFile(u"ledger_cp932.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    auto plan = ComplaintImport(**staff).check(*table, ComplaintImport::guessMapping(table->header));
    QVERIFY2(plan, why(plan));
    QCOMPARE(linesOf(plan->rejected), QList<int> { 5 });
    QVERIFY2(plan->rejected.first().reason.contains(u"officer"_s), qPrintable(plan->rejected.first().reason));
    QCOMPARE(plan->valid.size(), 3);
}

void TestComplaintImport::auditorCannotImport()
{
    AccountService accounts(*m_office->session);
    const QByteArray password = DemoGenerator::demoAccountPassword();
    QVERIFY(accounts.addAccount(kAuditorLogin, u"監事 一郎"_s, Role::Auditor, password));
    auto auditor = Session::unlock(m_office->location, kAuditorLogin, password);
    QVERIFY2(auditor, why(auditor));

    auto table = CsvReader::readFile(dataFile(u"ledger_utf8_bom.csv"_s), CsvEncoding::Auto);
    QVERIFY2(table, why(table));
    auto plan = ComplaintImport(**auditor).check(*table, ComplaintImport::guessMapping(table->header));
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind, ErrorKind::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestComplaintImport)
#include "tst_complaint_import.moc"
