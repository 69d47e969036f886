// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/complaints/Complaint.h"
#include "core/complaints/ComplaintQuery.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace pd {

class Session;

enum class ComplaintExportFormat { Csv, Xlsx };

/// The complaint register (苦情受付簿) as a file: the list's filter and order, the register's
/// columns (kComplaintRegisterColumns), for Excel.
///
/// CSV is UTF-8 with a byte order mark and CRLF line ends, which Excel opens without an import
/// step; text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
/// The .xlsx has a header row that stays in view, column widths and real Excel dates.
/// Exporting needs Permission::PrintAndExport and is audited ("export", with the format and the
/// row count, never values). Complaints are read a page at a time, so a large register never
/// sits in memory as records.
class ComplaintExport
{
public:
    explicit ComplaintExport(Session& session);

    /// Every complaint matching `filter`, in `sort` order, as the 苦情受付簿 columns; returns the row count.
    /// Writes atomically (a failed export leaves no partial file and a clear message, e.g. disk full).
    Result<int> exportTo(const QString& path, const ComplaintFilter& filter, const ComplaintSort& sort,
        ComplaintExportFormat format);
    /// The CSV bytes (UTF-8 BOM, CRLF) — for tests and the CLI.
    Result<QByteArray> csv(const ComplaintFilter& filter, const ComplaintSort& sort);

    /// "csv" or "xlsx" (the file suffix and the audit detail).
    static QString formatKey(ComplaintExportFormat format);
    static std::optional<ComplaintExportFormat> formatFromKey(const QString& key);

private:
    using PageHandler = std::function<Status(const QList<Complaint>&)>;
    Status forEachPage(const ComplaintFilter& filter, const ComplaintSort& sort, const PageHandler& handle);
    Result<QByteArray> csvBytes(const ComplaintFilter& filter, const ComplaintSort& sort, int* rows);
    Result<int> writeXlsx(const QString& path, const ComplaintFilter& filter, const ComplaintSort& sort);
    Status audit(ComplaintExportFormat format, int rows);

    Session& m_session;
};

} // namespace pd
