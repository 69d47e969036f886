// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/letters/LetterData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

/// One use of a placeholder in a template, for an editor that marks them.
struct TemplatePlaceholder
{
    QString name; // as written: 氏名, 組合.名称, 申請日_和暦, 記
    QStringList sections; // qualified names of the enclosing sections, outermost first: {記, 記.細目}
    bool isSection = false; // {{#name}} or {{^name}}
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 code units
};

/// Letter templates: HTML (the subset QTextDocument renders) with mustache placeholders,
/// filled by kainjow mustache.
///
/// Template language (mustache, restricted so that no template can put raw data into
/// the HTML):
///  - {{name}} the value, HTML-escaped (&, <, >, ", '); line breaks become <br>.
///  - {{#name}}…{{/name}} shown when the value is true / non-empty text / a non-empty
///    list (repeated once per item, with the item's fields in scope); {{^name}}…{{/name}}
///    shown when it is false, empty or missing. {{! comment }} is ignored.
///  - Refused: {{{name}}} and {{&name}} (unescaped output), {{>name}} (partials: they
///    would parse a value as a template) and {{=<% %>=}} (delimiter changes).
///
/// How values are written:
///  - Text is escaped; empty text counts as missing, as in mustache.js, so that
///    {{#備考}}…{{/備考}} drops a section when the free-text field is blank.
///  - A date (QDate, or text that is exactly an ISO date such as 2025-11-01) is written
///    as given, and for every such field `X` the template may also use:
///      X_和暦 → 令和7年11月1日        X_西暦 → 2025年11月1日
///    A date-time (QDateTime, or ISO text with a time) also has X_和暦日時 →
///    令和7年11月1日 14時05分 (local time); X_和暦 / X_西暦 give its date.
///    A field of the data that already has such a name wins over the derived one.
///  - Numbers are written in plain digits.
///  - Each group in a list also has _index (1, 2, …), _index全角 (１, ２, …),
///    _first and _last, for numbered 記 items: {{#記}}<p>{{_index}}　{{内容}}</p>{{/記}}.
class LetterTemplate
{
public:
    /// Syntax check for the editor (before saving) and for render(): InvalidInput with
    /// the line, column and reason of the first problem.
    static Status validate(const QString& templateHtml);

    /// Fills the template. Fails with InvalidInput when validate() would.
    static Result<QString> render(const QString& templateHtml, const LetterData& data);

    /// Every placeholder and section name used, as written, once each, in order of
    /// first use. Best effort: an invalid template yields the names before the error.
    static QStringList placeholders(const QString& templateHtml);

    /// Every use, with its position and enclosing sections (best effort, like placeholders()).
    static QList<TemplatePlaceholder> placeholderUses(const QString& templateHtml);

    /// The names (as written, once each) that no field in `knownNames` explains, so that
    /// the editor can flag typos before saving. `knownNames` lists the available fields;
    /// fields of list items are written with the list's name as prefix ("記.内容",
    /// nested: "記.細目.金額"), fields of groups the same way ("組合.名称"). The derived
    /// date names (X_和暦, X_西暦, X_和暦日時) count as known when X is, and the item fields
    /// _index, _index全角, _first, _last inside any section.
    static QStringList unknownPlaceholders(const QString& templateHtml, const QStringList& knownNames);

    /// The escaping applied to every value: HTML special characters, then line breaks as <br>.
    static QString escapeValue(const QString& text);
};

} // namespace pd
