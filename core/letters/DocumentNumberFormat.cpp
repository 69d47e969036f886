// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/DocumentNumberFormat.h"

#include "core/letters/JapaneseDate.h"

#include <QCoreApplication>

namespace pd {

namespace {

struct NumberText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumberFormat)
};

enum class TokenKind { Literal, Sequence, FiscalYear, FiscalYearEra, ShortName, Year, Month, Day };

struct Segment
{
    TokenKind kind = TokenKind::Literal;
    QString text; // the literal text, or the token as written (for messages)
    int width = 0; // zero-padding of {n:K}; 0 = none
};

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Result<Segment> parseToken(const QString& token)
{
    // `token` is the text between the braces.
    static const struct
    {
        const char16_t* name;
        TokenKind kind;
    } kNamed[] = {
        { u"n", TokenKind::Sequence },
        { u"年度", TokenKind::FiscalYear },
        { u"年度和暦", TokenKind::FiscalYearEra },
        { u"略称", TokenKind::ShortName },
        { u"yyyy", TokenKind::Year },
        { u"mm", TokenKind::Month },
        { u"dd", TokenKind::Day },
    };
    const QString written = u'{' + token + u'}';
    for (const auto& named : kNamed) {
        if (token == QStringView(named.name))
            return Segment { named.kind, written, 0 };
    }
    if (token.startsWith(QLatin1String("n:"))) {
        const QStringView width = QStringView(token).mid(2);
        // ASCII digits only: QString::toInt would also take "+4" or " 4".
        const int value = isAsciiDigits(width) && width.size() <= 2 ? width.toInt() : 0;
        if (value < 1 || value > DocumentNumberFormat::kMaxPadding) {
            return fail(ErrorKind::InvalidInput,
                NumberText::tr("In %1 the number of digits must be a whole number from 1 to %2.")
                    .arg(written, QString::number(DocumentNumberFormat::kMaxPadding)));
        }
        return Segment { TokenKind::Sequence, written, value };
    }
    return fail(ErrorKind::InvalidInput, NumberText::tr("%1 is not a known placeholder.").arg(written));
}

Result<QList<Segment>> parse(const QString& pattern)
{
    if (pattern.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, NumberText::tr("The number format is empty."));

    QList<Segment> segments;
    QString literal;
    bool hasSequence = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return fail(ErrorKind::InvalidInput, NumberText::tr("The number format must be a single line of text."));
        // An IME easily produces full-width braces; they would silently become literal text.
        if (c == u'｛' || c == u'｝') {
            return fail(ErrorKind::InvalidInput,
                NumberText::tr("Use half-width braces { } around placeholders, not full-width ｛ ｝."));
        }
        if (c == u'}') {
            return fail(ErrorKind::InvalidInput,
                NumberText::tr("The closing brace at position %1 has no opening brace.").arg(i + 1));
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i + 1);
        const qsizetype nextOpen = pattern.indexOf(u'{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            return fail(
                ErrorKind::InvalidInput, NumberText::tr("The opening brace at position %1 is not closed.").arg(i + 1));
        }
        const Result<Segment> token = parseToken(pattern.mid(i + 1, close - i - 1));
        if (!token)
            return std::unexpected(token.error());
        if (!literal.isEmpty()) {
            segments.append(Segment { TokenKind::Literal, literal, 0 });
            literal.clear();
        }
        hasSequence = hasSequence || token->kind == TokenKind::Sequence;
        segments.append(*token);
        i = close;
    }
    if (!literal.isEmpty())
        segments.append(Segment { TokenKind::Literal, literal, 0 });
    if (!hasSequence) {
        return fail(ErrorKind::InvalidInput,
            NumberText::tr("The number format must contain {n} (the running number), or every letter of a "
                           "year would get the same number."));
    }
    return segments;
}

QString padded(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

Status DocumentNumberFormat::validate(const QString& pattern)
{
    const Result<QList<Segment>> segments = parse(pattern);
    if (!segments)
        return std::unexpected(segments.error());
    return {};
}

Result<QString> DocumentNumberFormat::format(const QString& pattern, const NumberContext& context)
{
    const Result<QList<Segment>> segments = parse(pattern);
    if (!segments)
        return std::unexpected(segments.error());
    if (context.sequence < 1)
        return fail(ErrorKind::InvalidInput, NumberText::tr("Running numbers start at 1."));

    QString out;
    for (const Segment& segment : *segments) {
        switch (segment.kind) {
        case TokenKind::Literal:
            out += segment.text;
            break;
        case TokenKind::Sequence:
            // Never truncated: a 5-digit number in {n:4} stays 5 digits, so it stays unique.
            out += padded(context.sequence, segment.width);
            break;
        case TokenKind::FiscalYear:
        case TokenKind::FiscalYearEra:
            if (context.fiscalYear.startYear() < 1)
                return fail(
                    ErrorKind::InvalidInput, NumberText::tr("The fiscal year for %1 is not set.").arg(segment.text));
            out += segment.kind == TokenKind::FiscalYear
                ? padded(context.fiscalYear.startYear(), 4)
                : JapaneseDate::fiscalYearEra(context.fiscalYear, context.date);
            break;
        case TokenKind::ShortName:
            if (context.shortName.trimmed().isEmpty()) {
                return fail(ErrorKind::InvalidInput,
                    NumberText::tr("The number format uses {略称}, but the organization's short name is not set."));
            }
            out += context.shortName.trimmed();
            break;
        case TokenKind::Year:
        case TokenKind::Month:
        case TokenKind::Day:
            if (!context.date.isValid())
                return fail(ErrorKind::InvalidInput, NumberText::tr("The date for %1 is not set.").arg(segment.text));
            if (segment.kind == TokenKind::Year)
                out += padded(context.date.year(), 4);
            else
                out += padded(segment.kind == TokenKind::Month ? context.date.month() : context.date.day(), 2);
            break;
        }
    }
    return out;
}

QList<NumberPlaceholder> DocumentNumberFormat::placeholders()
{
    const NumberContext sample = NumberContext::forDate(12, QStringLiteral("テスト"), QDate(2025, 11, 25));
    const auto example = [&sample](const QString& token) {
        // Every token is shown inside a minimal valid pattern so that format() can run; the
        // sample's running number (12) is then cut off again.
        const QString pattern = token.startsWith(QLatin1String("{n")) ? token : token + QStringLiteral("{n}");
        const Result<QString> text = format(pattern, sample);
        if (!text)
            return QString();
        return token.startsWith(QLatin1String("{n")) ? *text : text->chopped(2);
    };
    QList<NumberPlaceholder> list = {
        { QStringLiteral("{n}"), NumberText::tr("Running number within the fiscal year"), {} },
        { QStringLiteral("{n:4}"),
            NumberText::tr("Running number with leading zeros to the given number of digits (1–%1)").arg(kMaxPadding),
            {} },
        { QStringLiteral("{年度}"), NumberText::tr("Fiscal year (April–March), 4 digits"), {} },
        { QStringLiteral("{年度和暦}"), NumberText::tr("Fiscal year in the Japanese calendar, e.g. 令和7"), {} },
        { QStringLiteral("{略称}"), NumberText::tr("Short name of the organization"), {} },
        { QStringLiteral("{yyyy}"), NumberText::tr("Year of the date, 4 digits"), {} },
        { QStringLiteral("{mm}"), NumberText::tr("Month of the date, 2 digits"), {} },
        { QStringLiteral("{dd}"), NumberText::tr("Day of the date, 2 digits"), {} },
    };
    for (NumberPlaceholder& placeholder : list)
        placeholder.example = example(placeholder.token);
    return list;
}

} // namespace pd
