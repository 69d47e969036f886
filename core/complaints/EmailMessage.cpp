// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/EmailMessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

// GLib's headers name struct members "signals", which Qt defines as a keyword macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <memory>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct EmailText
{
    Q_DECLARE_TR_FUNCTIONS(EmailMessage)
};

Error notAnEmail(const QString& reason)
{
    return Error { ErrorKind::InvalidInput, reason };
}

void initializeGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions* options) const { g_mime_parser_options_free(options); }
};

struct GFree
{
    void operator()(gpointer memory) const { g_free(memory); }
};
using GCharPtr = std::unique_ptr<char, GFree>;

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

/// Strict conversion: nothing when `bytes` are not valid in `charset` (or iconv lacks it).
std::optional<QString> convert(const QByteArray& bytes, const char* charset)
{
    if (bytes.isEmpty())
        return QString();
    gsize written = 0;
    GError* error = nullptr;
    GCharPtr converted(g_convert(bytes.constData(), bytes.size(), "UTF-8", charset, nullptr, &written, &error));
    if (error) {
        g_error_free(error);
        return std::nullopt;
    }
    return QString::fromUtf8(converted.get(), qsizetype(written));
}

/// ISO-2022-JP as Windows mailers write it carries CP932's extra characters (①, ㈱, Ⅲ…) inside
/// its JIS X 0208 runs, which iconv's ISO-2022-JP refuses. The JIS codes map onto Shift_JIS by
/// arithmetic, and CP932 then decodes them all.
std::optional<QByteArray> jisToShiftJis(const QByteArray& jis)
{
    enum class Mode { Roman, Kanji, Kana } mode = Mode::Roman;
    QByteArray out;
    out.reserve(jis.size());
    for (qsizetype i = 0; i < jis.size(); ++i) {
        const auto c = static_cast<unsigned char>(jis.at(i));
        if (c == 0x1B) {
            const QByteArray escape = jis.mid(i + 1, 2);
            if (escape == "$B" || escape == "$@")
                mode = Mode::Kanji;
            else if (escape == "(B" || escape == "(J")
                mode = Mode::Roman;
            else if (escape == "(I")
                mode = Mode::Kana;
            else
                return std::nullopt;
            i += 2;
            continue;
        }
        if (c == '\r' || c == '\n') {
            out.append(char(c));
            continue;
        }
        if (c >= 0x80)
            return std::nullopt;
        switch (mode) {
        case Mode::Roman:
            out.append(char(c));
            break;
        case Mode::Kana:
            if (c < 0x21 || c > 0x5F)
                return std::nullopt;
            out.append(char(c + 0x80));
            break;
        case Mode::Kanji: {
            if (i + 1 >= jis.size())
                return std::nullopt;
            const auto c2 = static_cast<unsigned char>(jis.at(++i));
            if (c < 0x21 || c > 0x7E || c2 < 0x21 || c2 > 0x7E)
                return std::nullopt;
            const int s1 = ((c + 1) >> 1) + (c <= 0x5E ? 0x70 : 0xB0);
            const int s2 = c2 + ((c & 1) ? (c2 < 0x60 ? 0x1F : 0x20) : 0x7E);
            out.append(char(s1));
            out.append(char(s2));
            break;
        }
        }
    }
    return out;
}

bool isShiftJisName(const QByteArray& charset)
{
    static const QList<QByteArray> names { "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis",
        "windows-31j", "cp932", "ms932", "x-ms-cp932" };
    return names.contains(charset);
}

bool isIso2022JpName(const QByteArray& charset)
{
    return charset.startsWith("iso-2022-jp") || charset == "csiso2022jp";
}

/// Text in `charset` (as the part declares it) to Unicode. Japanese mail often declares a
/// charset narrower than what it holds, or none at all: the declared one is tried first, then
/// the encodings Japanese mail comes in. Never fails: what nothing decodes shows as U+FFFD.
QString decodeText(const QByteArray& bytes, const QByteArray& declaredCharset)
{
    const QByteArray charset = declaredCharset.trimmed().toLower();
    if (isIso2022JpName(charset) || ((charset.isEmpty() || charset == "us-ascii") && bytes.contains('\x1b'))) {
        if (auto text = convert(bytes, "ISO-2022-JP"))
            return *text;
        if (auto sjis = jisToShiftJis(bytes))
            if (auto text = convert(*sjis, "CP932"))
                return *text;
    }
    if (isShiftJisName(charset)) {
        if (auto text = convert(bytes, "CP932"))
            return *text;
    } else if (charset == "euc-jp" || charset == "x-euc-jp") {
        if (auto text = convert(bytes, "EUC-JP-MS"))
            return *text;
        if (auto text = convert(bytes, "EUC-JP"))
            return *text;
    } else if (!charset.isEmpty() && charset != "us-ascii" && charset != "utf-8" && charset != "utf8") {
        if (auto text = convert(bytes, g_mime_charset_iconv_name(charset.constData())))
            return *text;
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    if (auto text = convert(bytes, "CP932"))
        return *text;
    return QString::fromUtf8(bytes);
}

/// Header text sent as raw bytes (against the RFCs, but common in Japan): ISO-2022-JP escapes,
/// UTF-8 or CP932.
QString decodeHeader(const char* value)
{
    if (!value)
        return {};
    return decodeText(QByteArray(value), {}).simplified();
}

QByteArray decodeQuotedWord(const QByteArray& text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            bytes.append(' ');
        } else if (c == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int value = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes.append(char(value));
                i += 2;
            } else {
                bytes.append(c);
            }
        } else {
            bytes.append(c);
        }
    }
    return bytes;
}

/// An unstructured header value with its RFC 2047 encoded words decoded by decodeText, so that
/// "Shift_JIS" and ISO-2022-JP words get the CP932 treatment that bodies get (GMime's own decoder
/// hands them to iconv as labelled, which loses 髙, ① and their kind). Adjacent words of one
/// charset are joined before decoding: mailers split multibyte text across words.
QString decodeHeaderValue(const QByteArray& raw)
{
    QByteArray unfolded = raw;
    unfolded.replace("\r\n", "").replace('\n', "");
    static const QRegularExpression encodedWord(u"=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="_s);
    const QString text = QString::fromLatin1(unfolded); // byte for byte
    QString decoded;
    QByteArray pending;
    QByteArray pendingCharset;
    auto flush = [&] {
        if (!pending.isEmpty())
            decoded += decodeText(pending, pendingCharset);
        pending.clear();
    };
    qsizetype last = 0;
    auto matches = encodedWord.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString between = text.mid(last, match.capturedStart() - last);
        // Whitespace between two encoded words is not part of the text.
        if (!(last > 0 && between.trimmed().isEmpty())) {
            flush();
            decoded += decodeText(between.toLatin1(), {});
        }
        QByteArray charset = match.captured(1).toLatin1().toLower();
        if (const qsizetype language = charset.indexOf('*'); language >= 0)
            charset.truncate(language); // RFC 2231 language suffix
        const QByteArray payload = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).compare(u"b"_s, Qt::CaseInsensitive) == 0
            ? QByteArray::fromBase64(payload)
            : decodeQuotedWord(payload);
        if (charset != pendingCharset)
            flush();
        pendingCharset = charset;
        pending += bytes;
        last = match.capturedEnd();
    }
    flush();
    if (last < text.size())
        decoded += decodeText(text.mid(last).toLatin1(), {});
    return decoded.simplified();
}

QByteArray rawHeader(GMimeObject* object, const char* name)
{
    GMimeHeader* header = g_mime_header_list_get_header(g_mime_object_get_header_list(object), name);
    const char* value = header ? g_mime_header_get_raw_value(header) : nullptr;
    return value ? QByteArray(value) : QByteArray();
}

/// The display name of the first address of a From header, still encoded: before the '<' of
/// `name <address>`, or the comment of `address (name)`. Quotes and quoted pairs are undone.
QByteArray rawDisplayName(const QByteArray& from)
{
    QByteArray name;
    QByteArray comment;
    bool quoted = false;
    int commentDepth = 0;
    for (qsizetype i = 0; i < from.size(); ++i) {
        const char c = from.at(i);
        if (c == '\\' && (quoted || commentDepth > 0) && i + 1 < from.size()) {
            (commentDepth > 0 ? comment : name).append(from.at(++i));
            continue;
        }
        if (commentDepth > 0) {
            if (c == ')')
                --commentDepth;
            else if (c == '(')
                ++commentDepth;
            if (commentDepth > 0)
                comment.append(c);
            continue;
        }
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted && c == '(') {
            ++commentDepth;
            continue;
        }
        if (!quoted && c == '<')
            return name.trimmed();
        if (!quoted && c == ',')
            break;
        name.append(c);
    }
    return comment.trimmed(); // no angle brackets: the name, if any, is a comment
}

QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

QString mimeTypeOf(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return u"application/octet-stream"_s;
    GCharPtr name(g_mime_content_type_get_mime_type(type));
    return name ? QString::fromUtf8(name.get()).toLower() : u"application/octet-stream"_s;
}

QString normalizeLineBreaks(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

struct Extraction
{
    QStringList body;
    QList<EmailAttachmentPart> attachments;
};

void collect(GMimeObject* object, Extraction& out);

/// The part of a multipart/alternative to read: plain text when there is one (it is what the
/// sender wrote), else HTML, else the richest (last) alternative.
GMimeObject* bestAlternative(GMimeMultipart* alternative)
{
    const int count = g_mime_multipart_get_count(alternative);
    GMimeObject* html = nullptr;
    for (int i = 0; i < count; ++i) {
        GMimeObject* part = g_mime_multipart_get_part(alternative, i);
        GMimeContentType* type = g_mime_object_get_content_type(part);
        if (GMIME_IS_PART(part) && g_mime_content_type_is_type(type, "text", "plain"))
            return part;
        if (!html && GMIME_IS_PART(part) && g_mime_content_type_is_type(type, "text", "html"))
            html = part;
    }
    if (html)
        return html;
    return count > 0 ? g_mime_multipart_get_part(alternative, count - 1) : nullptr;
}

void collectPart(GMimePart* part, Extraction& out)
{
    GMimeObject* object = GMIME_OBJECT(part);
    GMimeContentType* type = g_mime_object_get_content_type(object);
    // Signatures prove nothing to the desk once the message is stored as received.
    if (g_mime_content_type_is_type(type, "application", "pgp-signature")
        || g_mime_content_type_is_type(type, "application", "pkcs7-signature")
        || g_mime_content_type_is_type(type, "application", "x-pkcs7-signature"))
        return;
    const bool plain = g_mime_content_type_is_type(type, "text", "plain");
    const bool html = g_mime_content_type_is_type(type, "text", "html");
    const char* fileName = g_mime_part_get_filename(part);
    if ((plain || html) && !fileName && !g_mime_part_is_attachment(part)) {
        const QByteArray charset(g_mime_content_type_get_parameter(type, "charset"));
        QString text = normalizeLineBreaks(decodeText(decodedContent(part), charset));
        if (html)
            text = htmlToPlainText(text);
        out.body.append(text);
        return;
    }
    out.attachments.append({ fromUtf8(fileName), mimeTypeOf(object), decodedContent(part) });
}

void collect(GMimeObject* object, Extraction& out)
{
    if (!object)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        if (g_mime_content_type_is_type(g_mime_object_get_content_type(object), "multipart", "alternative")) {
            collect(bestAlternative(multipart), out);
            return;
        }
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            collect(g_mime_multipart_get_part(multipart, i), out);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        // A forwarded message stays whole, as an .eml of its own.
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!inner)
            return;
        GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, stream.get());
        GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
        const QString name = decodeHeaderValue(rawHeader(GMIME_OBJECT(inner), "Subject"));
        out.attachments.append({ name.isEmpty() ? QString() : name + u".eml"_s, u"message/rfc822"_s,
            QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len)) });
        return;
    }
    if (GMIME_IS_PART(object))
        collectPart(GMIME_PART(object), out);
}

/// The first mailbox of a From list, looking into a group if the sender wrote one.
InternetAddressMailbox* firstMailbox(InternetAddressList* list)
{
    if (!list)
        return nullptr;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            return INTERNET_ADDRESS_MAILBOX(address);
        if (INTERNET_ADDRESS_IS_GROUP(address))
            if (InternetAddressMailbox* member
                = firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address))))
                return member;
    }
    return nullptr;
}

/// The first address of a raw From header, for headers GMime's address parser gives up on (a
/// display name in raw 8-bit bytes, as older Japanese mailers send it).
QString addressFromRawHeader(const QByteArray& from)
{
    static const QRegularExpression angle(u"<\\s*([^<>\\s@]+@[^<>\\s@]+)\\s*>"_s);
    static const QRegularExpression bare(u"([^<>\\s\"(),;:@]+@[^<>\\s\"(),;:@]+)"_s);
    const QString text = QString::fromLatin1(from); // the address itself is ASCII
    if (const auto match = angle.match(text); match.hasMatch())
        return match.captured(1);
    if (const auto match = bare.match(text); match.hasMatch())
        return match.captured(1);
    return {};
}

bool looksBinary(const QByteArray& raw)
{
    // Mail is text: a NUL byte near the start means a document, an image or an archive.
    return raw.left(8192).contains('\0');
}

} // namespace

Result<EmailMessage> parseEmail(const QByteArray& raw)
{
    if (raw.trimmed().isEmpty())
        return std::unexpected(notAnEmail(EmailText::tr("The file is empty; it is not an email message.")));
    if (looksBinary(raw))
        return std::unexpected(notAnEmail(EmailText::tr(
            "The file is not an email message. Save the message from the mail program as an .eml file.")));
    initializeGMime();

    // Mailbox files and some mail programs start a saved message with an mbox "From " line.
    QByteArray input = raw;
    if (input.startsWith("From ")) {
        const qsizetype lineEnd = input.indexOf('\n');
        input = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);
    }

    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> options(g_mime_parser_options_new());
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    // Header text sent as raw 8-bit bytes (against the RFCs, but common in Japan) is tried as
    // UTF-8, then as CP932.
    const char* fallbackCharsets[] = { "UTF-8", "CP932", nullptr };
    g_mime_parser_options_set_fallback_charsets(options.get(), fallbackCharsets);

    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(input.constData(), size_t(input.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    GMimeHeaderList* headers = message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!message || !headers || g_mime_header_list_get_count(headers) == 0)
        return std::unexpected(notAnEmail(EmailText::tr(
            "The file is not an email message: it has no mail headers. Save the message from the mail program as "
            "an .eml file.")));
    InternetAddressMailbox* sender = firstMailbox(g_mime_message_get_from(message.get()));
    const QByteArray rawFrom = rawHeader(GMIME_OBJECT(message.get()), "From");
    QString fromAddress = sender ? fromUtf8(internet_address_mailbox_get_addr(sender)).trimmed() : QString();
    if (fromAddress.isEmpty())
        fromAddress = addressFromRawHeader(rawFrom);
    if (fromAddress.isEmpty())
        return std::unexpected(notAnEmail(EmailText::tr(
            "The file is not a complete email message: it has no sender (From). Save the message from the mail "
            "program as an .eml file.")));

    EmailMessage email;
    email.raw = raw;
    email.fromAddress = fromAddress;
    email.fromName = decodeHeaderValue(rawDisplayName(rawFrom));
    if (email.fromName.isEmpty() && sender)
        email.fromName = decodeHeader(internet_address_get_name(INTERNET_ADDRESS(sender)));
    if (GDateTime* date = g_mime_message_get_date(message.get()))
        email.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date)).toLocalTime();
    email.subject = decodeHeaderValue(rawHeader(GMIME_OBJECT(message.get()), "Subject"));

    Extraction extraction;
    collect(g_mime_message_get_mime_part(message.get()), extraction);
    QStringList body;
    for (const QString& text : std::as_const(extraction.body))
        if (!text.trimmed().isEmpty())
            body.append(text.trimmed());
    email.body = body.join(u"\n\n"_s);
    email.attachments = std::move(extraction.attachments);
    return email;
}

namespace {

/// Character references: numeric ones, and the named ones mail programs write. After the tags
/// are gone, so that "&lt;b&gt;" stays text. &nbsp; becomes U+00A0 here: the caller decides
/// whether it is a space that survives the tidying of line ends.
QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(u"&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,7});"_s);
    static const QHash<QString, char32_t> named {
        { u"nbsp"_s, 0xA0 }, { u"lt"_s, u'<' }, { u"gt"_s, u'>' }, { u"amp"_s, u'&' }, { u"quot"_s, u'"' },
        { u"apos"_s, u'\'' }, { u"yen"_s, 0xA5 }, { u"copy"_s, 0xA9 }, { u"reg"_s, 0xAE }, { u"times"_s, 0xD7 },
        { u"divide"_s, 0xF7 }, { u"laquo"_s, 0xAB }, { u"raquo"_s, 0xBB }, { u"middot"_s, 0xB7 },
        { u"ndash"_s, 0x2013 }, { u"mdash"_s, 0x2014 }, { u"lsquo"_s, 0x2018 }, { u"rsquo"_s, 0x2019 },
        { u"ldquo"_s, 0x201C }, { u"rdquo"_s, 0x201D }, { u"hellip"_s, 0x2026 }, { u"bull"_s, 0x2022 },
        { u"ensp"_s, 0x2002 }, { u"emsp"_s, 0x2003 }, { u"thinsp"_s, 0x2009 }, { u"trade"_s, 0x2122 },
    };
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    auto matches = entity.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        decoded.append(QStringView(text).mid(last, match.capturedStart() - last));
        last = match.capturedEnd();
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint number = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && number > 0 && number <= 0x10FFFF && !(number >= 0xD800 && number <= 0xDFFF))
                code = number;
        } else {
            code = named.value(name, 0); // case matters: &Amp; is no entity
        }
        if (code != 0)
            decoded.append(QString::fromUcs4(&code, 1));
        else
            decoded.append(match.captured(0)); // unknown: shown as written
    }
    decoded.append(QStringView(text).mid(last));
    return decoded;
}

/// Marks "a line break here" for block elements; several in a row (</p><p>) make one break.
constexpr QChar kBlockBreak(0xE000);

/// Text outside <pre>: source whitespace is no break, the markup's are.
QString flowText(QString text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    static const QRegularExpression lineBreak(u"<br\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(u"<li\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression block(u"</?(p|div|tr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|table|hr|address|center|"
                                          u"section|article|header|footer|main|nav|aside|figure|form|fieldset)\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cellEnd(u"</t[dh]\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression blockBreaks(u" *\uE000[ \uE000]*"_s);
    static const QRegularExpression spacesAroundBreaks(u" *\n *"_s);
    static const QRegularExpression manyBreaks(u"\n{3,}"_s);
    text.replace(whitespace, u" "_s);
    text.replace(lineBreak, u"\n"_s);
    text.replace(listItem, QString(kBlockBreak) + u"・"_s);
    text.replace(block, QString(kBlockBreak));
    text.replace(cellEnd, u" "_s);
    text.remove(tag);
    text.replace(blockBreaks, QString(kBlockBreak));
    // A block starts on a line of its own: where a <br> has just broken the line, it adds no
    // empty line ("A<br></p>"); a <br> after a block does, as in a browser.
    text.replace(u"\n"_s + kBlockBreak, u"\n"_s);
    text.replace(kBlockBreak, u'\n');
    text = decodeEntities(text);
    text.replace(spacesAroundBreaks, u"\n"_s);
    text.replace(manyBreaks, u"\n\n"_s);
    // Spaces written as &nbsp; are meant (an indent, a gap in a table): kept past the tidying.
    text.replace(QChar(0xA0), u' ');
    return text.trimmed();
}

/// Text inside <pre>: every line and every space as written; tags inside (<b>, <span>) dropped.
QString preformattedText(QString text)
{
    static const QRegularExpression lineBreak(u"<br\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(lineBreak, u"\n"_s);
    text.remove(tag);
    text = decodeEntities(text);
    text.replace(QChar(0xA0), u' ');
    // HTML drops a line break right after <pre>, and the end of the last line shows nothing.
    if (text.startsWith(u'\n'))
        text.remove(0, 1);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

} // namespace

QString htmlToPlainText(const QString& html)
{
    static const QRegularExpression hidden(u"<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pre(u"<(pre|xmp|listing|plaintext)\\b[^>]*>(.*?)(</\\1\\s*>|$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString text = html;
    text.remove(kBlockBreak); // reserved for flowText's marks
    text.remove(hidden);
    text.remove(comment);
    // <pre> keeps its lines and spaces; the rest of the page flows. Each part becomes text on its
    // own, and the parts stand on lines of their own, as a browser shows them.
    QStringList parts;
    auto append = [&parts](const QString& part) {
        if (!part.trimmed().isEmpty())
            parts.append(part);
    };
    qsizetype last = 0;
    auto blocks = pre.globalMatch(text);
    while (blocks.hasNext()) {
        const auto block = blocks.next();
        append(flowText(text.mid(last, block.capturedStart() - last)));
        append(preformattedText(block.captured(2)));
        last = block.capturedEnd();
    }
    append(flowText(text.mid(last)));
    return parts.join(u'\n');
}

} // namespace pd
