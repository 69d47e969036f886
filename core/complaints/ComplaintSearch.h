// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pd {

struct Complaint;

/// Substring search over complaints, as Japanese needs it (no spaces between words).
///
/// Matching rules, the same for the stored text and for what the user types:
///  - NFKC, then case folding: ｶﾀｶﾅ = カタカナ, full-width digits and letters = half-width,
///    ＡＢＣ = abc = ABC;
///  - hiragana are folded to katakana: readings are typed either way (さとう = サトウ);
///  - whitespace inside a text is ignored (佐藤　花子 is found by 佐藤花子), and whitespace in
///    the query separates terms that must all occur (佐藤 開示 = both words);
///  - every other character, including % _ * " and \, is literal.
///
/// A LIKE scan cannot meet the list's target at 100,000 complaints (about 450 ms measured with
/// SQLCipher), so the text is indexed with FTS4, the only full-text engine in SQLite 3.15: every
/// text is stored as overlapping two-character tokens (ab bc cd d) and a term is looked up as
/// the phrase of its own two-character tokens, which matches exactly where the term occurs as a
/// substring. The last character of each text is also a token of its own: it serves one-character
/// terms (a prefix query) and keeps phrases from running from one text into the next.
class ComplaintSearch
{
public:
    /// The comparison form: NFKC, case-folded, hiragana as katakana, without whitespace.
    static QString normalize(const QString& text);

    /// The texts of a complaint that the search box looks in: number, complainant name, kana and
    /// contact numbers/addresses, channel identifiers (caller number, FAX number, email sender
    /// and subject), the content (申出内容) and every timeline entry.
    static QStringList searchableTexts(const Complaint& complaint);

    /// The token document stored in the index for `texts`.
    static QString documentTokens(const QStringList& texts);

    /// The FTS4 MATCH expression for what the user typed, or an empty string when it holds
    /// nothing to search for. It is built from tokens only: nothing the user typed can become
    /// query syntax.
    static QString matchExpression(const QString& userText);

    /// The same rules without an index: whether every term of `userText` occurs in one of `texts`.
    /// The reference the index is tested against.
    static bool matches(const QStringList& texts, const QString& userText);

    /// The terms of `userText`, normalized; empty when there is nothing to search for.
    static QStringList terms(const QString& userText);
};

} // namespace pd
