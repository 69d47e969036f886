// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

bool hasUtf8Bom(const QByteArray& bytes)
{
    return bytes.startsWith(kUtf8Bom);
}

std::unexpected<Error> refuse(const QString& reason)
{
    return fail(ErrorKind::InvalidInput, reason);
}

/// ICU (which Qt's decoder uses here) knows CP932 as windows-31j; plain "Shift_JIS" would be the
/// JIS X 0208 table without NEC and IBM extensions on some builds, and ① or 髙 would be lost.
QStringDecoder cp932Decoder()
{
    QStringDecoder decoder("windows-31j");
    if (!decoder.isValid())
        decoder = QStringDecoder("Shift_JIS");
    return decoder;
}

bool isBlankRow(const QStringList& row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString& field) { return field.trimmed().isEmpty(); });
}

} // namespace

CsvEncoding CsvReader::detectEncoding(const QByteArray& bytes)
{
    if (hasUtf8Bom(bytes))
        return CsvEncoding::Utf8;
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString decoded = utf8.decode(bytes); // decode() is lazy: converting to QString runs it
    return utf8.hasError() ? CsvEncoding::Cp932 : CsvEncoding::Utf8;
}

Result<QString> CsvReader::decode(const QByteArray& bytes, CsvEncoding encoding)
{
    if (encoding == CsvEncoding::Auto)
        encoding = detectEncoding(bytes);
    if (encoding == CsvEncoding::Utf8) {
        QStringDecoder utf8(QStringConverter::Utf8);
        QString text = utf8.decode(hasUtf8Bom(bytes) ? bytes.mid(3) : bytes);
        if (utf8.hasError())
            return refuse(CsvText::tr("The file is not valid UTF-8. Choose Shift_JIS as its encoding."));
        return text;
    }
    QStringDecoder decoder = cp932Decoder();
    if (!decoder.isValid())
        return fail(ErrorKind::Internal, u"no CP932 decoder"_s);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return refuse(CsvText::tr("The file is not valid Shift_JIS. Choose UTF-8 as its encoding."));
    return text;
}

Result<CsvTable> CsvReader::parse(const QString& text)
{
    QList<QStringList> rows;
    QList<int> lines;
    QStringList row;
    QString field;
    int line = 1;
    int rowLine = 1;
    bool quoted = false; // inside a quoted field
    int quoteLine = 0; // where the open quoted field began
    bool fieldStarted = false; // the current row has at least one character or separator

    const auto endField = [&] {
        row.append(field);
        field.clear();
    };
    const auto endRow = [&] {
        endField();
        rows.append(row);
        lines.append(rowLine);
        row.clear();
        fieldStarted = false;
    };

    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const qsizetype size = text.size();
    bool atFieldStart = true;
    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' || c == u'\n') {
                // A line break inside a field is kept as one LF, whatever the file used.
                if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                    ++i;
                field.append(u'\n');
                ++line;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
            fieldStarted = true;
            atFieldStart = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
            atFieldStart = true;
            continue;
        }
        if (c == u'"' && atFieldStart) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
            atFieldStart = false;
            continue;
        }
        // Lenient where Excel is: a quote inside an unquoted field, or text after a closing
        // quote, is kept as written.
        field.append(c);
        fieldStarted = true;
        atFieldStart = false;
    }
    if (quoted)
        return refuse(CsvText::tr("The quoted field that begins on line %1 is never closed.").arg(quoteLine));
    if (fieldStarted || !field.isEmpty())
        endRow();

    CsvTable table;
    bool haveHeader = false;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (isBlankRow(rows.at(r)))
            continue;
        if (!haveHeader) {
            table.header = rows.at(r);
            for (QString& name : table.header)
                name = name.trimmed();
            haveHeader = true;
            continue;
        }
        table.rows.append(rows.at(r));
        table.lines.append(lines.at(r));
    }
    if (!haveHeader)
        return refuse(CsvText::tr("The file is empty."));
    return table;
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes, CsvEncoding encoding)
{
    const CsvEncoding used = encoding == CsvEncoding::Auto ? detectEncoding(bytes) : encoding;
    auto text = decode(bytes, used);
    if (!text)
        return std::unexpected(text.error());
    auto table = parse(*text);
    if (table)
        table->encoding = used;
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path, CsvEncoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(CsvText::tr("The file %1 could not be opened: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileSize)
        return refuse(CsvText::tr("The file %1 is larger than %2 MB; split it into smaller files.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(kMaxFileSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(CsvText::tr("The file %1 could not be read: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    return read(bytes, encoding);
}

std::optional<CsvEncoding> CsvReader::encodingFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"auto")
        return CsvEncoding::Auto;
    if (key == u"utf-8" || key == u"utf8")
        return CsvEncoding::Utf8;
    if (key == u"cp932" || key == u"shift_jis" || key == u"shift-jis" || key == u"sjis" || key == u"windows-31j")
        return CsvEncoding::Cp932;
    return std::nullopt;
}

} // namespace pd
