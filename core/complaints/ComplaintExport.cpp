// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintExport.h"

#include "core/complaints/ComplaintExportTables.h"
#include "core/complaints/ComplaintImport.h"
#include "core/complaints/ComplaintStatus.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintExport)
};

const QString kRecordType = u"complaint"_s;
constexpr int kPageSize = int(storage::ComplaintExportTable::kMaxIds);
// Excel keeps at most 32,767 characters in a cell; longer text is cut there (with a mark) rather
// than making the whole export fail.
constexpr qsizetype kMaxCellLength = 32767;

bool isDateColumn(ComplaintLedgerField field)
{
    switch (field) {
    case ComplaintLedgerField::TargetDate:
    case ComplaintLedgerField::AnsweredOn:
    case ComplaintLedgerField::CompletedOn:
        return true;
    default:
        return false;
    }
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(u"yyyy/MM/dd"_s) : QString();
}

QDate dateOf(const Complaint& complaint, ComplaintLedgerField field)
{
    switch (field) {
    case ComplaintLedgerField::TargetDate:
        return complaint.targetDate;
    case ComplaintLedgerField::AnsweredOn:
        return complaint.answeredOn;
    case ComplaintLedgerField::CompletedOn:
        return complaint.completedOn;
    default:
        return {};
    }
}

/// The register's cell for one column, as text. Dates as Excel reads them in a Japanese locale.
QString cellText(const Complaint& complaint, ComplaintLedgerField field)
{
    switch (field) {
    case ComplaintLedgerField::Number:
        return complaint.number;
    case ComplaintLedgerField::ReceivedAt:
        return complaint.receivedAt.isValid() ? complaint.receivedAt.toString(u"yyyy/MM/dd HH:mm"_s) : QString();
    case ComplaintLedgerField::Channel:
        return channelDisplayName(complaint.channel);
    case ComplaintLedgerField::ComplainantName:
        return complaint.complainant.name;
    case ComplaintLedgerField::ComplainantKana:
        return complaint.complainant.kana;
    case ComplaintLedgerField::Relation:
        return relationDisplayName(complaint.complainant.relation);
    case ComplaintLedgerField::Category:
        return categoryDisplayName(complaint.category);
    case ComplaintLedgerField::Content:
        return complaint.content;
    case ComplaintLedgerField::Status:
        return statusDisplayName(complaint.status);
    case ComplaintLedgerField::Assignee:
        return complaint.assigneeName;
    case ComplaintLedgerField::AnswerMethod:
        return complaint.answerMethod == AnswerMethod::None ? QString() : answerMethodDisplayName(complaint.answerMethod);
    case ComplaintLedgerField::Result:
        return complaint.result;
    case ComplaintLedgerField::Prevention:
        return complaint.prevention;
    case ComplaintLedgerField::PossibleBreach:
        return ledgerFlagText(complaint.possibleBreach);
    case ComplaintLedgerField::TargetDate:
    case ComplaintLedgerField::AnsweredOn:
    case ComplaintLedgerField::CompletedOn:
        return formatDate(dateOf(complaint, field));
    case ComplaintLedgerField::Ignore:
    case ComplaintLedgerField::Phone:
    case ComplaintLedgerField::Email:
    case ComplaintLedgerField::PostalCode:
    case ComplaintLedgerField::Address:
        break;
    }
    return {};
}

bool isFreeText(ComplaintLedgerField field)
{
    return field != ComplaintLedgerField::ReceivedAt && !isDateColumn(field);
}

/// RFC 4180 quoting, plus the apostrophe that keeps a spreadsheet from running text such as
/// "=HYPERLINK(…)" from a complaint letter as a formula.
QString csvField(QString text, bool freeText)
{
    if (freeText && !text.isEmpty() && u"=+-@\t\r"_s.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QString csvLine(const QStringList& fields)
{
    return fields.join(u',') + u"\r\n"_s;
}

std::unexpected<Error> writeFailure(const QString& path, const QString& reason, qint64 bytesNeeded)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytesNeeded + 64 * 1024)
        return fail(ErrorKind::DiskFull, QDir::toNativeSeparators(path));
    return fail(ErrorKind::Io,
        ExportText::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason));
}

/// Saves `bytes` under `path` atomically, readable by the user only: the register holds personal data.
Status saveAtomically(const QString& path, const std::function<Result<QByteArray>()>& nextChunk, qint64 sizeHint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(path, file.errorString(), sizeHint);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (;;) {
        auto chunk = nextChunk();
        if (!chunk) {
            file.cancelWriting();
            return std::unexpected(chunk.error());
        }
        if (chunk->isEmpty())
            break;
        if (file.write(*chunk) != chunk->size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return writeFailure(path, reason, sizeHint);
        }
    }
    if (!file.commit())
        return writeFailure(path, file.errorString(), sizeHint);
    return {};
}

/// A scratch folder only this user can enter, for libxlsxwriter's temporary files (they hold the
/// register's text): under the user's runtime directory (memory, per user) when there is one.
std::unique_ptr<QTemporaryDir> privateScratchDirectory()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    std::unique_ptr<QTemporaryDir> dir;
    if (!runtime.isEmpty())
        dir = std::make_unique<QTemporaryDir>(QDir(runtime).filePath(u"privacydesk-export-XXXXXX"_s));
    if (!dir || !dir->isValid())
        dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return nullptr;
    QFile::setPermissions(dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

struct WorkbookDeleter
{
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

QByteArray cellBytes(const QString& text)
{
    if (text.size() <= kMaxCellLength)
        return text.toUtf8();
    return (text.left(kMaxCellLength - 1) + QChar(0x2026)).toUtf8();
}

lxw_datetime excelDateTime(QDate date, QTime time = QTime(0, 0))
{
    return lxw_datetime { date.year(), date.month(), date.day(), time.hour(), time.minute(), double(time.second()) };
}

/// Column widths in Excel's character units: wide enough for the usual content of each column.
double columnWidth(ComplaintLedgerField field)
{
    switch (field) {
    case ComplaintLedgerField::Number:
        return 16;
    case ComplaintLedgerField::ReceivedAt:
        return 17;
    case ComplaintLedgerField::Content:
    case ComplaintLedgerField::Result:
    case ComplaintLedgerField::Prevention:
        return 48;
    case ComplaintLedgerField::ComplainantName:
    case ComplaintLedgerField::ComplainantKana:
    case ComplaintLedgerField::Assignee:
        return 16;
    case ComplaintLedgerField::Category:
        return 20;
    case ComplaintLedgerField::TargetDate:
    case ComplaintLedgerField::AnsweredOn:
    case ComplaintLedgerField::CompletedOn:
        return 12;
    default:
        return 12;
    }
}

} // namespace

ComplaintExport::ComplaintExport(Session& session)
    : m_session(session)
{
}

QString ComplaintExport::formatKey(ComplaintExportFormat format)
{
    return format == ComplaintExportFormat::Xlsx ? u"xlsx"_s : u"csv"_s;
}

std::optional<ComplaintExportFormat> ComplaintExport::formatFromKey(const QString& key)
{
    const QString normalized = key.trimmed().toLower();
    if (normalized == u"csv")
        return ComplaintExportFormat::Csv;
    if (normalized == u"xlsx")
        return ComplaintExportFormat::Xlsx;
    return std::nullopt;
}

Status ComplaintExport::forEachPage(const ComplaintFilter& filter, const ComplaintSort& sort, const PageHandler& handle)
{
    ComplaintQuery query(m_session);
    storage::ComplaintExportTable::ReadSnapshot snapshot(m_session.vault().database());
    if (auto begun = snapshot.begin(); !begun)
        return begun;
    for (int offset = 0;; offset += kPageSize) {
        auto page = query.page(filter, sort, offset, kPageSize);
        if (!page)
            return std::unexpected(page.error());
        QList<qint64> ids;
        ids.reserve(page->size());
        for (const ComplaintListRow& row : *page)
            ids.append(row.id);
        auto rows = storage::ComplaintExportTable::registerRows(m_session.vault().database(), ids);
        if (!rows)
            return std::unexpected(rows.error());
        if (auto handled = handle(*rows); !handled)
            return handled;
        if (page->size() < kPageSize)
            return {};
    }
}

Result<QByteArray> ComplaintExport::csvBytes(const ComplaintFilter& filter, const ComplaintSort& sort, int* rows)
{
    QStringList header;
    for (ComplaintLedgerField field : kComplaintRegisterColumns)
        header.append(csvField(ledgerFieldName(field), false));
    QString text = csvLine(header);
    int count = 0;
    auto status = forEachPage(filter, sort, [&](const QList<Complaint>& page) -> Status {
        for (const Complaint& complaint : page) {
            QStringList fields;
            for (ComplaintLedgerField field : kComplaintRegisterColumns)
                fields.append(csvField(cellText(complaint, field), isFreeText(field)));
            text += csvLine(fields);
            ++count;
        }
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    if (rows)
        *rows = count;
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<QByteArray> ComplaintExport::csv(const ComplaintFilter& filter, const ComplaintSort& sort)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    int rows = 0;
    auto bytes = csvBytes(filter, sort, &rows);
    if (!bytes)
        return bytes;
    if (auto audited = audit(ComplaintExportFormat::Csv, rows); !audited)
        return std::unexpected(audited.error());
    return bytes;
}

Result<int> ComplaintExport::exportTo(
    const QString& path, const ComplaintFilter& filter, const ComplaintSort& sort, ComplaintExportFormat format)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    if (path.isEmpty())
        return fail(ErrorKind::InvalidInput, ExportText::tr("Choose a file to export to."));
    int rows = 0;
    if (format == ComplaintExportFormat::Xlsx) {
        auto written = writeXlsx(path, filter, sort);
        if (!written)
            return written;
        rows = *written;
    } else {
        auto bytes = csvBytes(filter, sort, &rows);
        if (!bytes)
            return std::unexpected(bytes.error());
        bool done = false;
        auto saved = saveAtomically(
            path,
            [&]() -> Result<QByteArray> {
                if (done)
                    return QByteArray();
                done = true;
                return *bytes;
            },
            bytes->size());
        if (!saved)
            return std::unexpected(saved.error());
    }
    // The audit entry follows the file: an export that failed left nothing to account for.
    if (auto audited = audit(format, rows); !audited)
        return std::unexpected(audited.error());
    return rows;
}

Result<int> ComplaintExport::writeXlsx(const QString& path, const ComplaintFilter& filter, const ComplaintSort& sort)
{
    const auto scratch = privateScratchDirectory();
    if (!scratch)
        return fail(ErrorKind::Io, ExportText::tr("No private folder for temporary files could be created."));
    QByteArray tmpdir = QFile::encodeName(scratch->path());
    const QString workbookPath = scratch->filePath(u"register.xlsx"_s);

    lxw_workbook_options options {};
    // Rows go to a temporary file as they are written, so memory stays flat for any register size.
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    std::unique_ptr<lxw_workbook, WorkbookDeleter> workbook(
        workbook_new_opt(QFile::encodeName(workbookPath).constData(), &options));
    if (!workbook)
        return fail(ErrorKind::Io, ExportText::tr("The spreadsheet could not be started."));

    const QByteArray sheetName = ExportText::tr("Complaint register").left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), sheetName.constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook.get(), nullptr);
    lxw_format* headerFormat = workbook_add_format(workbook.get());
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDE5F0);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    lxw_format* textFormat = workbook_add_format(workbook.get());
    format_set_align(textFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(textFormat);
    lxw_format* dateFormat = workbook_add_format(workbook.get());
    format_set_num_format(dateFormat, "yyyy/mm/dd");
    format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* dateTimeFormat = workbook_add_format(workbook.get());
    format_set_num_format(dateTimeFormat, "yyyy/mm/dd hh:mm");
    format_set_align(dateTimeFormat, LXW_ALIGN_VERTICAL_TOP);

    constexpr auto columns = kComplaintRegisterColumns;
    for (std::size_t column = 0; column < columns.size(); ++column) {
        const ComplaintLedgerField field = columns[column];
        const bool wraps = field == ComplaintLedgerField::Content || field == ComplaintLedgerField::Result
            || field == ComplaintLedgerField::Prevention;
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), columnWidth(field), wraps ? textFormat : nullptr);
    }
    // The header stays in view while scrolling (constant-memory mode wants this before any row).
    worksheet_freeze_panes(sheet, 1, 0);
    for (std::size_t column = 0; column < columns.size(); ++column)
        worksheet_write_string(sheet, 0, lxw_col_t(column), cellBytes(ledgerFieldName(columns[column])).constData(),
            headerFormat);

    int rows = 0;
    auto status = forEachPage(filter, sort, [&](const QList<Complaint>& page) -> Status {
        for (const Complaint& complaint : page) {
            const lxw_row_t row = lxw_row_t(rows + 1);
            for (std::size_t column = 0; column < columns.size(); ++column) {
                const ComplaintLedgerField field = columns[column];
                const lxw_col_t col = lxw_col_t(column);
                lxw_error error = LXW_NO_ERROR;
                if (field == ComplaintLedgerField::ReceivedAt && complaint.receivedAt.isValid()) {
                    lxw_datetime at = excelDateTime(complaint.receivedAt.date(), complaint.receivedAt.time());
                    error = worksheet_write_datetime(sheet, row, col, &at, dateTimeFormat);
                } else if (isDateColumn(field)) {
                    const QDate date = dateOf(complaint, field);
                    if (date.isValid()) {
                        lxw_datetime at = excelDateTime(date);
                        error = worksheet_write_datetime(sheet, row, col, &at, dateFormat);
                    }
                } else if (const QString text = cellText(complaint, field); !text.isEmpty()) {
                    // Strings are written as strings: a spreadsheet never runs them as formulas.
                    error = worksheet_write_string(sheet, row, col, cellBytes(text).constData(), textFormat);
                }
                if (error != LXW_NO_ERROR)
                    return fail(ErrorKind::Io, QString::fromUtf8(lxw_strerror(error)));
            }
            ++rows;
        }
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(columns.size() - 1));

    const lxw_error closed = workbook_close(workbook.release()); // frees the workbook, written or not
    if (closed != LXW_NO_ERROR) {
        if (closed == LXW_ERROR_CREATING_TMPFILE || closed == LXW_ERROR_ZIP_FILE_OPERATION
            || closed == LXW_ERROR_CREATING_XLSX_FILE)
            return writeFailure(path, QString::fromUtf8(lxw_strerror(closed)), 0);
        return fail(ErrorKind::Io, QString::fromUtf8(lxw_strerror(closed)));
    }

    QFile built(workbookPath);
    if (!built.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, built.errorString());
    auto saved = saveAtomically(
        path,
        [&]() -> Result<QByteArray> {
            QByteArray chunk = built.read(1 << 20);
            if (built.error() != QFileDevice::NoError)
                return fail(ErrorKind::Io, built.errorString());
            return chunk;
        },
        built.size());
    built.close();
    if (!saved)
        return std::unexpected(saved.error());
    return rows;
}

Status ComplaintExport::audit(ComplaintExportFormat format, int rows)
{
    return m_session.vault().store().audit(
        m_session.actor(), u"export"_s, kRecordType, 0, u"format=%1 rows=%2"_s.arg(formatKey(format)).arg(rows));
}

} // namespace pd
