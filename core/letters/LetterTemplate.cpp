// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterTemplate.h"

#include "core/letters/JapaneseDate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <kainjow/mustache.hpp>

#include <optional>

namespace pd {

namespace {

namespace mu = kainjow::mustache;

struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)
};

// ---------------------------------------------------------------------------------------
// Template scanning
//
// kainjow does not expose its parse tree, so the syntax is checked here, by a scanner
// that finds tags exactly as kainjow's parser does: the next "{{" starts a tag, a third
// "{" makes it unescaped, the next "}}" ends it, and the contents are trimmed of ASCII
// whitespace (std::isspace in kainjow). Delimiter changes are refused, so the delimiters
// stay "{{" and "}}" and both readers agree on every tag.

struct ScanResult
{
    QList<TemplatePlaceholder> uses;
    std::optional<Error> error;
};

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

QString trimAscii(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text.at(begin)))
        ++begin;
    while (end > begin && isAsciiSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin).toString();
}

bool isValidName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'.') || name.endsWith(u'.') || name.contains(QLatin1String("..")))
        return false;
    static constexpr QStringView kForbidden = u"{}<>&\"'=!#^/";
    for (const QChar c : name) {
        // Spaces include U+3000: a name typed with a 全角 space would never match a field.
        if (c.isSpace() || c.category() == QChar::Other_Control || kForbidden.contains(c))
            return false;
    }
    return true;
}

/// Tracks line and column while the scanner moves forward only.
class PositionTracker
{
public:
    explicit PositionTracker(const QString& text)
        : m_text(text)
    {
    }

    std::pair<int, int> at(qsizetype index)
    {
        for (; m_scanned < index; ++m_scanned) {
            if (m_text.at(m_scanned) == u'\n') {
                ++m_line;
                m_lineStart = m_scanned + 1;
            }
        }
        return { m_line, static_cast<int>(index - m_lineStart + 1) };
    }

private:
    const QString& m_text;
    qsizetype m_scanned = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

Error syntaxError(std::pair<int, int> position, const QString& reason)
{
    return Error { ErrorKind::InvalidInput,
        TemplateText::tr("Line %1, column %2: %3").arg(position.first).arg(position.second).arg(reason) };
}

ScanResult scan(const QString& html)
{
    struct OpenSection
    {
        QString name;
        QString scope; // qualified name; empty for an inverted section, which opens no scope
        int line = 0;
    };

    ScanResult result;
    PositionTracker tracker(html);
    QList<OpenSection> open;
    const auto scopes = [&open] {
        QStringList list;
        for (const OpenSection& section : open) {
            if (!section.scope.isEmpty())
                list.append(section.scope);
        }
        return list;
    };
    const auto failAt = [&](qsizetype index, const QString& reason) {
        result.error = syntaxError(tracker.at(index), reason);
        return result;
    };

    qsizetype from = 0;
    while (true) {
        const qsizetype start = html.indexOf(QLatin1String("{{"), from);
        if (start < 0)
            break;
        if (start + 2 < html.size() && html.at(start + 2) == u'{') {
            const qsizetype close = html.indexOf(QLatin1String("}}}"), start + 3);
            const QString name
                = close < 0 ? QStringLiteral("…") : trimAscii(QStringView(html).mid(start + 3, close - start - 3));
            return failAt(
                start, TemplateText::tr("values are always escaped: write {{%1}} instead of {{{%1}}}.").arg(name));
        }
        const qsizetype close = html.indexOf(QLatin1String("}}"), start + 2);
        if (close < 0)
            return failAt(start, TemplateText::tr("this placeholder is not closed with }}."));
        const QString contents = trimAscii(QStringView(html).mid(start + 2, close - start - 2));
        from = close + 2;
        if (contents.isEmpty())
            return failAt(start, TemplateText::tr("the placeholder {{}} has no name."));

        const QChar sigil = contents.at(0);
        const QString rest = trimAscii(QStringView(contents).mid(1));
        switch (sigil.unicode()) {
        case u'!':
            continue; // a comment
        case u'&':
            return failAt(
                start, TemplateText::tr("values are always escaped: write {{%1}} instead of {{&%1}}.").arg(rest));
        case u'>':
            return failAt(start, TemplateText::tr("partials ({{>%1}}) are not supported.").arg(rest));
        case u'=':
            return failAt(start, TemplateText::tr("changing the delimiters ({{=…=}}) is not supported."));
        case u'#':
        case u'^': {
            if (!isValidName(rest))
                return failAt(start, TemplateText::tr("“%1” is not a valid section name.").arg(rest));
            const auto [line, column] = tracker.at(start);
            result.uses.append(TemplatePlaceholder { rest, scopes(), true, line, column });
            QString scope;
            if (sigil == u'#') {
                const QStringList enclosing = scopes();
                scope = enclosing.isEmpty() ? rest : enclosing.constLast() + u'.' + rest;
            }
            open.append(OpenSection { rest, scope, line });
            continue;
        }
        case u'/':
            if (open.isEmpty())
                return failAt(start, TemplateText::tr("{{/%1}} closes a section that was never opened.").arg(rest));
            if (open.constLast().name != rest) {
                return failAt(start,
                    TemplateText::tr("{{/%1}} does not match the open section {{#%2}} of line %3.")
                        .arg(rest, open.constLast().name, QString::number(open.constLast().line)));
            }
            open.removeLast();
            continue;
        default:
            break;
        }
        if (contents != u'.' && !isValidName(contents)) {
            return failAt(start,
                TemplateText::tr("“%1” is not a valid placeholder name: names cannot contain spaces, braces, "
                                 "quotes or the characters < > & = ! # ^ /.")
                    .arg(contents));
        }
        const auto [line, column] = tracker.at(start);
        result.uses.append(TemplatePlaceholder { contents, scopes(), false, line, column });
    }
    if (!open.isEmpty()) {
        const OpenSection& section = open.constLast();
        result.error = Error { ErrorKind::InvalidInput,
            TemplateText::tr("Line %1: the section {{#%2}} is not closed with {{/%2}}.")
                .arg(QString::number(section.line), section.name) };
    }
    return result;
}

// ---------------------------------------------------------------------------------------
// Derived names

const QString& suffixJapaneseDate()
{
    static const QString suffix = QStringLiteral("_和暦");
    return suffix;
}
const QString& suffixWesternDate()
{
    static const QString suffix = QStringLiteral("_西暦");
    return suffix;
}
const QString& suffixJapaneseDateTime()
{
    static const QString suffix = QStringLiteral("_和暦日時");
    return suffix;
}

const QStringList& itemNames()
{
    static const QStringList names
        = { QStringLiteral("_index"), QStringLiteral("_index全角"), QStringLiteral("_first"), QStringLiteral("_last") };
    return names;
}

/// The field a derived date name is made from, or an empty string.
QString dateBaseName(const QString& name)
{
    for (const QString* suffix : { &suffixJapaneseDateTime(), &suffixJapaneseDate(), &suffixWesternDate() }) {
        if (name.size() > suffix->size() && name.endsWith(*suffix))
            return name.chopped(suffix->size());
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Data conversion. Values are escaped here, once, and the renderer's own escaping is
// turned off: then even a tag that escaped the checks above could not write raw data.

std::string utf8(const QString& text)
{
    return text.toStdString();
}

mu::data textValue(const QString& text)
{
    // Empty text is falsy (as in mustache.js), so optional sections drop out when blank.
    if (text.isEmpty())
        return mu::data(false);
    return mu::data(utf8(LetterTemplate::escapeValue(text)));
}

struct DateValue
{
    QDate date;
    std::optional<QDateTime> dateTime;
};

std::optional<DateValue> asDate(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        if (value.toDate().isValid())
            return DateValue { value.toDate(), std::nullopt };
        return std::nullopt;
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        if (dateTime.isValid())
            return DateValue { dateTime.toLocalTime().date(), dateTime };
        return std::nullopt;
    }
    case QMetaType::QString: {
        // Only text that is entirely an ISO date: a free-text field that merely starts
        // with one must not grow derived fields.
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression isoDateTime(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
        const QString text = value.toString();
        if (isoDate.match(text).hasMatch()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return DateValue { date, std::nullopt };
        } else if (isoDateTime.match(text).hasMatch()) {
            const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (dateTime.isValid())
                return DateValue { dateTime.toLocalTime().date(), dateTime };
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

mu::data objectValue(const QVariantMap& map, const QVariantMap& itemFields = {});

QVariantMap toMap(const QVariant& value)
{
    if (value.metaType().id() != QMetaType::QVariantHash)
        return value.toMap();
    const QVariantHash hash = value.toHash();
    QVariantMap map;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

std::optional<mu::data> toValue(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return mu::data(value.toBool());
    case QMetaType::QString:
        return textValue(value.toString());
    case QMetaType::QDate:
        return textValue(value.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime:
        return textValue(value.toDateTime().toLocalTime().toString(Qt::ISODate));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return textValue(value.toString());
    case QMetaType::Double:
    case QMetaType::Float:
        return textValue(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return objectValue(toMap(value));
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        const QVariantList items = value.toList();
        mu::data list(mu::data::type::list);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QVariant& item = items.at(i);
            const int type = item.metaType().id();
            if (type == QMetaType::QVariantMap || type == QMetaType::QVariantHash) {
                const QString index = QString::number(i + 1);
                QString wideIndex;
                for (const QChar digit : index)
                    wideIndex.append(QChar(u'０' + (digit.unicode() - u'0')));
                const QVariantMap itemFields = {
                    { itemNames().at(0), index },
                    { itemNames().at(1), wideIndex },
                    { itemNames().at(2), i == 0 },
                    { itemNames().at(3), i == items.size() - 1 },
                };
                list.push_back(objectValue(toMap(item), itemFields));
            } else if (std::optional<mu::data> converted = toValue(item)) {
                list.push_back(*converted);
            }
        }
        return list;
    }
    default:
        if (value.canConvert<QString>())
            return textValue(value.toString());
        return std::nullopt;
    }
}

mu::data objectValue(const QVariantMap& map, const QVariantMap& itemFields)
{
    mu::data object(mu::data::type::object);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (std::optional<mu::data> converted = toValue(it.value()))
            object.set(utf8(it.key()), *converted);
    }
    // Derived and item fields never replace a field the data has itself.
    const auto derive = [&map, &object](const QString& name, const QVariant& value) {
        if (!map.contains(name)) {
            if (std::optional<mu::data> converted = toValue(value))
                object.set(utf8(name), *converted);
        }
    };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const std::optional<DateValue> date = asDate(it.value());
        if (!date)
            continue;
        derive(it.key() + suffixJapaneseDate(), JapaneseDate::formatJapaneseEra(date->date));
        derive(it.key() + suffixWesternDate(), JapaneseDate::formatWestern(date->date));
        if (date->dateTime)
            derive(it.key() + suffixJapaneseDateTime(), JapaneseDate::formatDateTimeJapanese(*date->dateTime));
    }
    for (auto it = itemFields.cbegin(); it != itemFields.cend(); ++it)
        derive(it.key(), it.value());
    return object;
}

} // namespace

Status LetterTemplate::validate(const QString& templateHtml)
{
    const ScanResult scanned = scan(templateHtml);
    if (scanned.error)
        return std::unexpected(*scanned.error);
    return {};
}

Result<QString> LetterTemplate::render(const QString& templateHtml, const LetterData& data)
{
    if (const Status valid = validate(templateHtml); !valid)
        return std::unexpected(valid.error());

    mu::mustache engine(utf8(templateHtml));
    if (!engine.is_valid()) {
        // Not expected after validate(); kainjow's message has byte offsets, so it is
        // passed on as technical detail only.
        return fail(ErrorKind::InvalidInput,
            TemplateText::tr("The template could not be read (%1).")
                .arg(QString::fromStdString(engine.error_message())));
    }
    engine.set_custom_escape([](const std::string& alreadyEscaped) { return alreadyEscaped; });
    const std::string rendered = engine.render(objectValue(data.toVariantMap()));
    if (!engine.is_valid()) {
        return fail(ErrorKind::InvalidInput,
            TemplateText::tr("The template could not be filled in (%1).")
                .arg(QString::fromStdString(engine.error_message())));
    }
    return QString::fromStdString(rendered);
}

QStringList LetterTemplate::placeholders(const QString& templateHtml)
{
    QStringList names;
    for (const TemplatePlaceholder& use : scan(templateHtml).uses) {
        if (use.name != u'.' && !names.contains(use.name))
            names.append(use.name);
    }
    return names;
}

QList<TemplatePlaceholder> LetterTemplate::placeholderUses(const QString& templateHtml)
{
    return scan(templateHtml).uses;
}

QStringList LetterTemplate::unknownPlaceholders(const QString& templateHtml, const QStringList& knownNames)
{
    const QSet<QString> known(knownNames.cbegin(), knownNames.cend());
    // Mustache looks a name up in the innermost list item first, then outwards to the
    // top level, so a name is known if any of those levels has it.
    const auto isKnownIn = [&known](const QString& name, const QStringList& scopes) {
        for (const QString& scope : scopes) {
            if (known.contains(scope + u'.' + name))
                return true;
        }
        return known.contains(name);
    };
    QStringList unknown;
    for (const TemplatePlaceholder& use : scan(templateHtml).uses) {
        if (use.name == u'.' || unknown.contains(use.name))
            continue;
        if (!use.sections.isEmpty() && itemNames().contains(use.name))
            continue;
        const QString base = dateBaseName(use.name);
        if (isKnownIn(use.name, use.sections) || (!base.isEmpty() && isKnownIn(base, use.sections)))
            continue;
        unknown.append(use.name);
    }
    return unknown;
}

QString LetterTemplate::escapeValue(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    // toHtmlEscaped covers & < > "; the apostrophe matters inside single-quoted attributes.
    QString escaped = normalized.toHtmlEscaped();
    escaped.replace(u'\'', QLatin1String("&#39;"));
    // After escaping, so that the <br> is the only markup a value can ever produce.
    escaped.replace(u'\n', QLatin1String("<br>"));
    return escaped;
}

} // namespace pd
