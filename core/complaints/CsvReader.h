// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

/// How the bytes of a CSV file are to be read. Excel on Japanese Windows saves "CSV" in
/// Shift_JIS (in fact Microsoft's CP932, which adds ①, ㈱, 髙 and friends) and "CSV UTF-8" with
/// a byte order mark; Auto tells them apart.
enum class CsvEncoding { Auto, Utf8, Cp932 };

/// A parsed CSV file: the header and the data rows, each with the line of the file it starts on
/// (a quoted field can span lines, so row index and line number differ).
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // 1-based line number in the file of each entry of `rows`
    CsvEncoding encoding = CsvEncoding::Utf8; // the encoding that was used (never Auto)
};

/// Decodes and parses CSV as RFC 4180 describes it, with what Excel adds: a UTF-8 BOM, CRLF or
/// LF line ends, quoted fields with doubled quotes and line breaks, and trailing empty rows.
class CsvReader
{
public:
    /// Files larger than this are refused: a ledger is far smaller, and the whole file is held in memory.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    /// BOM → UTF-8; bytes that are valid UTF-8 → UTF-8; anything else → CP932.
    static CsvEncoding detectEncoding(const QByteArray& bytes);
    /// The text of `bytes` (without BOM); fails when they are not valid in the given encoding.
    static Result<QString> decode(const QByteArray& bytes, CsvEncoding encoding);
    /// Splits decoded text into rows; the first non-empty row is the header.
    static Result<CsvTable> parse(const QString& text);
    /// decode() and parse(); `encoding` Auto detects.
    static Result<CsvTable> read(const QByteArray& bytes, CsvEncoding encoding);
    /// Reads the file, then read().
    static Result<CsvTable> readFile(const QString& path, CsvEncoding encoding);

    /// "auto", "utf-8", "cp932" (also "shift_jis", "sjis"); nothing for anything else.
    static std::optional<CsvEncoding> encodingFromName(const QString& name);
};

} // namespace pd
