// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintSearch.h"

#include "core/complaints/Complaint.h"

namespace pd {

namespace {

// FTS4's "simple" tokenizer splits at every ASCII character that is not a letter or digit and
// keeps everything from U+0080 up. ASCII punctuation is therefore moved into plane 15 (private
// use, never typed: unlike the BMP private use area, which Japanese 外字 occupy), so that
// "100%" or "a_b" stay one searchable text and no typed character can act as query syntax.
constexpr char32_t kAsciiShift = 0xF0000;

bool isAsciiLetterOrDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

char32_t foldKana(char32_t c)
{
    // Hiragana ぁ..ゖ and the iteration marks ゝゞ have their katakana 0x60 above.
    if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E)
        return c + 0x60;
    return c;
}

/// Normalized code points, ready to become tokens. `text` is already NFKC.
QList<char32_t> tokenCharacters(const QString& normalizedText)
{
    QList<char32_t> characters;
    characters.reserve(normalizedText.size());
    for (const uint c : normalizedText.toUcs4()) {
        const char32_t code = c;
        characters.append(code < 0x80 && !isAsciiLetterOrDigit(code) ? kAsciiShift + code : code);
    }
    return characters;
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

QStringList splitTerms(const QString& userText)
{
    // NFKC first: it turns the full-width space (U+3000) into a plain one.
    const QString text = userText.normalized(QString::NormalizationForm_KC);
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!current.isEmpty())
                parts.append(std::exchange(current, QString()));
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

} // namespace

QString ComplaintSearch::normalize(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    QString caseFolded = folded.toCaseFolded();
    // Case folding can leave a sequence that NFKC would compose; normalize again only then.
    if (caseFolded != folded)
        caseFolded = caseFolded.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(caseFolded.size());
    for (const uint c : caseFolded.toUcs4()) {
        const char32_t code = c;
        if (QChar::isSpace(code))
            continue;
        appendCodePoint(out, foldKana(code));
    }
    return out;
}

QStringList ComplaintSearch::searchableTexts(const Complaint& complaint)
{
    QStringList texts { complaint.number, complaint.complainant.name, complaint.complainant.kana,
        complaint.complainant.phone, complaint.complainant.email, complaint.channelDetails.callerNumber,
        complaint.channelDetails.faxNumber, complaint.channelDetails.emailFrom, complaint.channelDetails.emailSubject,
        complaint.content };
    for (const ComplaintTimelineEntry& entry : complaint.timeline)
        texts.append(entry.text);
    return texts;
}

QString ComplaintSearch::documentTokens(const QStringList& texts)
{
    QString out;
    for (const QString& text : texts) {
        const QList<char32_t> characters = tokenCharacters(normalize(text));
        if (characters.isEmpty())
            continue;
        out.reserve(out.size() + characters.size() * 4);
        for (qsizetype i = 0; i + 1 < characters.size(); ++i) {
            appendCodePoint(out, characters[i]);
            appendCodePoint(out, characters[i + 1]);
            out.append(QLatin1Char(' '));
        }
        appendCodePoint(out, characters.last());
        out.append(QLatin1Char(' '));
    }
    return out;
}

QStringList ComplaintSearch::terms(const QString& userText)
{
    QStringList result;
    for (const QString& part : splitTerms(userText)) {
        QString term = normalize(part);
        if (!term.isEmpty() && !result.contains(term))
            result.append(term);
    }
    return result;
}

QString ComplaintSearch::matchExpression(const QString& userText)
{
    QStringList phrases;
    for (const QString& term : terms(userText)) {
        const QList<char32_t> characters = tokenCharacters(term);
        QString phrase = QStringLiteral("\"");
        if (characters.size() == 1) {
            // Every character starts a token (a pair, or the single last one): a prefix query finds it.
            appendCodePoint(phrase, characters.first());
            phrase.append(QLatin1Char('*'));
        } else {
            for (qsizetype i = 0; i + 1 < characters.size(); ++i) {
                if (i > 0)
                    phrase.append(QLatin1Char(' '));
                appendCodePoint(phrase, characters[i]);
                appendCodePoint(phrase, characters[i + 1]);
            }
        }
        phrase.append(QLatin1Char('"'));
        phrases.append(phrase);
    }
    return phrases.join(QLatin1Char(' '));
}

bool ComplaintSearch::matches(const QStringList& texts, const QString& userText)
{
    const QStringList wanted = terms(userText);
    if (wanted.isEmpty())
        return true;
    QStringList normalized;
    for (const QString& text : texts)
        normalized.append(normalize(text));
    for (const QString& term : wanted) {
        bool found = false;
        for (const QString& text : normalized)
            found = found || text.contains(term);
        if (!found)
            return false;
    }
    return true;
}

} // namespace pd
