// SPDX-License-Identifier: GPL-3.0-or-later
// Letters to PDF: every built-in template renders to a one- or two-page A4 PDF whose text,
// as pdftotext extracts it, is the letter's text (no Kangxi radicals in place of kanji),
// rendering is deterministic, and nothing touches a file on the way.
#include "TestSupport.h"

#include "core/render/LetterRenderer.h"

#include <kainjow/mustache.hpp>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace pd;
using namespace pd::render;

namespace {

// Tests run headless whether started by ctest or by hand.
const bool kOffscreen = [] {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

QString lettersDir()
{
    return QStringLiteral(PRIVACYDESK_SOURCE_DIR "/resources/letters");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject catalog()
{
    return QJsonDocument::fromJson(readAll(lettersDir() + QStringLiteral("/templates.json"))).object();
}

QJsonArray catalogTemplates()
{
    return catalog().value(QStringLiteral("templates")).toArray();
}

QJsonObject catalogEntry(const QString& name)
{
    for (const QJsonValue& entry : catalogTemplates()) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == name)
            return entry.toObject();
    }
    return {};
}

// ---- A stand-in for the letter engine (core/letters/LetterTemplate), written the way
// ---- its contract says: values HTML-escaped, line breaks as <br>, empty text is missing,
// ---- list items carry _index, _index全角, _first, _last.

QString fullWidthDigits(int number)
{
    QString text = QString::number(number);
    for (QChar& c : text)
        c = QChar(char16_t(u'０' + (c.unicode() - u'0')));
    return text;
}

kainjow::mustache::data toMustache(const QJsonValue& value)
{
    using kainjow::mustache::data;
    if (value.isBool())
        return data(value.toBool() ? data::type::bool_true : data::type::bool_false);
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty())
            return data(false);
        QString escaped = text.toHtmlEscaped();
        escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        return data(escaped.toStdString());
    }
    if (value.isDouble())
        return data(QString::number(value.toDouble()).toStdString());
    if (value.isArray()) {
        data list(data::type::list);
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            data item = toMustache(items.at(i));
            if (item.is_object()) {
                item.set("_index", QString::number(i + 1).toStdString());
                item.set("_index全角", fullWidthDigits(i + 1).toStdString());
                item.set("_first", i == 0);
                item.set("_last", i == items.size() - 1);
            }
            list.push_back(item);
        }
        return list;
    }
    if (value.isObject()) {
        data object;
        const QJsonObject fields = value.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            object.set(it.key().toStdString(), toMustache(it.value()));
        return object;
    }
    return data(false);
}

/// The sample values of a catalog entry, with a variant's values laid over them.
QJsonObject sampleValues(const QJsonObject& entry, const QString& variant = {})
{
    QJsonObject values;
    for (const QJsonValue& field : entry.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = field.toObject();
        values.insert(f.value(QStringLiteral("key")).toString(), f.value(QStringLiteral("sample")));
    }
    for (const QJsonValue& v : entry.value(QStringLiteral("variants")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() != variant)
            continue;
        const QJsonObject overrides = v.toObject().value(QStringLiteral("values")).toObject();
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            values.insert(it.key(), it.value());
    }
    return values;
}

QString fill(const QString& templateHtml, const QJsonObject& values, QString* error = nullptr)
{
    kainjow::mustache::mustache engine(templateHtml.toStdString());
    // Values are escaped above, once, as the real engine does.
    engine.set_custom_escape([](const std::string& s) { return s; });
    const std::string html = engine.render(toMustache(values));
    if (!engine.is_valid()) {
        if (error)
            *error = QString::fromStdString(engine.error_message());
        return {};
    }
    return QString::fromStdString(html);
}

QString sampleLetter(const QString& name, const QString& variant = {}, const QJsonObject& extra = {})
{
    const QJsonObject entry = catalogEntry(name);
    QJsonObject values = sampleValues(entry, variant);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        values.insert(it.key(), it.value());
    return fill(
        QString::fromUtf8(readAll(lettersDir() + QLatin1Char('/') + entry.value(QStringLiteral("file")).toString())),
        values);
}

// ---- Text checks ----

struct Extracted
{
    int exitCode = -1;
    QString text;
    QString errors;
};

/// pdftotext reading stdin and writing stdout: no file is involved.
Extracted pdfToText(const QByteArray& pdf, const QStringList& options = { QStringLiteral("-layout") })
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        options
            + QStringList {
                QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-") });
    Extracted result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.text = QString::fromUtf8(process.readAllStandardOutput());
    result.errors = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// pdfinfo reading stdin.
QString pdfInfo(const QByteArray& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { QStringLiteral("-") });
    if (!process.waitForStarted(10000))
        return {};
    process.write(pdf);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

Extracted pageText(const QByteArray& pdf, int page)
{
    return pdfToText(pdf,
        { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page) });
}

/// The letter's text as QTextDocument reads the HTML: what the PDF must give back.
QString sourceText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

/// pdftotext -layout pads with spaces and renders 全角スペース as spaces; compare
/// without any whitespace (QChar::isSpace covers U+3000, U+00A0, form feeds).
QString withoutWhitespace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString collapsedWhitespace(const QString& text)
{
    return text.simplified(); // also folds U+3000 and other Unicode spaces
}

/// Kangxi Radicals (U+2F00–U+2FDF) and CJK Radicals Supplement (U+2E80–U+2EFF): what a
/// shared-glyph ToUnicode map returns instead of 一, 日, 長, 青 …
QString radicalsIn(const QString& text)
{
    QString found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2F00 && u <= 0x2FDF) || (u >= 0x2E80 && u <= 0x2EFF))
            found.append(c);
    }
    return found;
}

/// Removes each continuation header (headerText and （n/N）) once per continuation page;
/// both texts without whitespace.
QString withoutRunningHeaders(QString text, const QString& headerText, int pageCount)
{
    for (int page = 2; page <= pageCount; ++page) {
        const QString number = QStringLiteral("（%1/%2）").arg(page).arg(pageCount);
        const qsizetype at = text.indexOf(number);
        if (at >= 0)
            text.remove(at, number.size());
        if (!headerText.isEmpty()) {
            const qsizetype h = text.indexOf(headerText);
            if (h >= 0)
                text.remove(h, headerText.size());
        }
    }
    return text;
}

/// Where two texts part, with some context, for a readable failure message.
QString firstDifference(const QString& actual, const QString& expected)
{
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    if (at == actual.size() && at == expected.size())
        return {};
    const qsizetype from = qMax<qsizetype>(0, at - 20);
    return QStringLiteral("texts differ at %1 (lengths %2/%3):\n  pdf:    …%4…\n  source: …%5…")
        .arg(at)
        .arg(actual.size())
        .arg(expected.size())
        .arg(actual.mid(from, 60), expected.mid(from, 60));
}

#define COMPARE_TEXT(actual, expected)                                                                                 \
    do {                                                                                                               \
        const QString difference_ = firstDifference((actual), (expected));                                             \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                                      \
    } while (false)

struct FileState
{
    qint64 size = 0;
    QDateTime modified;
    bool operator==(const FileState&) const = default;
};

QHash<QString, FileState> snapshot(const QString& root)
{
    QHash<QString, FileState> files;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.insert(info.filePath(), FileState { info.size(), info.lastModified() });
    }
    return files;
}

constexpr auto kKangxiProbe
    = u"一 日 月 人 大 力 工 口 山 川 生 長 言 金 門 見 行 小 子 女 田 目 耳 手 足 水 火 木 土 石 "
      u"立 文 方 入 八 十 二 車 馬 魚 鳥 食 音 風 雨 青 白 赤 黒 高 父 母 士 干 弓 心 戸 止 比 毛 "
      u"氏 片 牛 犬 玉 瓦 甘 用 皮 皿 矢 示 穴 竹 米 糸 羊 羽 老 肉 臣 自 至 舌 舟 色 虫 血 衣 西 "
      u"角 谷 豆 貝 走 身 辛 里 非 面 革 頁 飛 首 香 骨 鬼 麦 麻 黄 鼓 鼻 龍 亀 斉 歯 "
      u"令和７年１１月２５日　～　￥　―　①②③　⑴⑵⑶⑷　〒１４０－０００２";

} // namespace

class TestRenderLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogIsComplete();
    void placeholdersMatchTheCatalog_data();
    void placeholdersMatchTheCatalog();
    void builtInTemplates_data();
    void builtInTemplates();
    void kangxiRadicalsNeverReplaceKanji();
    void kangxiTrapIsDetected();
    void longLetterFlowsOntoSecondPage();
    void sameInputGivesIdenticalBytes();
    void metadataIsTheCallers();
    void fullWidthSpacesSurvive();
    void noFileIsWritten();
    void highResolutionDeviceGetsTheSameLetter();
    void imagesComeFromMemory();
    void emptyLetterIsRefused();

private:
    QTemporaryDir m_privateTemp;
};

void TestRenderLetter::initTestCase()
{
    QVERIFY(kOffscreen);
    // A private TMPDIR: anything that writes a temporary file through Qt or a library that
    // honours TMPDIR lands here, where noFileIsWritten() sees it without noise from others.
    QVERIFY(m_privateTemp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_privateTemp.path()));
    QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(m_privateTemp.path()).canonicalPath());
    QVERIFY2(
        !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
    const QString family = LetterRenderer::resolvedFontFamily();
    QVERIFY2(family.startsWith(QStringLiteral("BIZ UDMincho")),
        qPrintable(QStringLiteral("the letter font is %1; install fonts-morisawa-bizud-mincho (BIZ UDMincho), "
                                  "the font whose PDF text extracts exactly")
                       .arg(family.isEmpty() ? QStringLiteral("missing") : family)));
    QVERIFY(!catalogTemplates().isEmpty());
}

void TestRenderLetter::catalogIsComplete()
{
    const QStringList expected = {
        QStringLiteral("complaint_answer"),
        QStringLiteral("fax_cover"),
        QStringLiteral("purpose_notice"),
        QStringLiteral("purpose_refusal"),
        QStringLiteral("disclosure_full"),
        QStringLiteral("disclosure_partial"),
        QStringLiteral("disclosure_refusal"),
        QStringLiteral("correction_decision"),
        QStringLiteral("correction_refusal"),
        QStringLiteral("suspension_decision"),
        QStringLiteral("suspension_refusal"),
        QStringLiteral("amendment_request"),
    };
    QStringList names;
    // The catalog and every template are embedded in the program (core's resources).
    QVERIFY(QFile::exists(QStringLiteral(":/letters/templates.json")));
    const QSet<QString> kinds = { QStringLiteral("complaint"), QStringLiteral("fax"), QStringLiteral("request") };
    const QSet<QString> types = { QStringLiteral("text"), QStringLiteral("multiline"), QStringLiteral("date"),
        QStringLiteral("flag"), QStringLiteral("list") };
    for (const QJsonValue& value : catalogTemplates()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        names.append(name);
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(name).hasMatch(), qPrintable(name));
        QCOMPARE(entry.value(QStringLiteral("file")).toString(), name + QStringLiteral(".html"));
        QVERIFY2(QFileInfo::exists(lettersDir() + QLatin1Char('/') + name + QStringLiteral(".html")), qPrintable(name));
        QVERIFY2(QFile::exists(QStringLiteral(":/letters/%1.html").arg(name)), qPrintable(name));
        QVERIFY(!entry.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(kinds.contains(entry.value(QStringLiteral("kind")).toString()));
        for (const QJsonValue& f : entry.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            const QString key = field.value(QStringLiteral("key")).toString();
            const QString type = field.value(QStringLiteral("type")).toString();
            QVERIFY2(
                !key.isEmpty() && !field.value(QStringLiteral("label")).toString().isEmpty(), qPrintable(name + key));
            QVERIFY2(types.contains(type), qPrintable(name + QLatin1Char(' ') + key + QLatin1Char(' ') + type));
            const QJsonValue sample = field.value(QStringLiteral("sample"));
            if (type == QStringLiteral("flag"))
                QVERIFY2(sample.isBool(), qPrintable(name + key));
            else if (type == QStringLiteral("list"))
                QVERIFY2(sample.isArray() && !sample.toArray().isEmpty(), qPrintable(name + key));
            else
                QVERIFY2(sample.isString(), qPrintable(name + key));
            if (type == QStringLiteral("date")) {
                QVERIFY2(key.endsWith(QStringLiteral("_和暦")), qPrintable(key));
                QCOMPARE(field.value(QStringLiteral("date")).toString() + QStringLiteral("_和暦"), key);
                QVERIFY(QDate::fromString(field.value(QStringLiteral("sampleDate")).toString(), Qt::ISODate).isValid());
            }
        }
    }
    QCOMPARE(names, expected);
}

void TestRenderLetter::placeholdersMatchTheCatalog_data()
{
    QTest::addColumn<QString>("name");
    for (const QJsonValue& value : catalogTemplates()) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestRenderLetter::placeholdersMatchTheCatalog()
{
    // The editor's placeholder list comes from the catalog: every name a template uses
    // must be listed there, and every listed field must be used.
    QFETCH(QString, name);
    const QJsonObject entry = catalogEntry(name);
    QHash<QString, QJsonObject> fields;
    for (const QJsonValue& f : entry.value(QStringLiteral("fields")).toArray())
        fields.insert(f.toObject().value(QStringLiteral("key")).toString(), f.toObject());

    const QString html = QString::fromUtf8(readAll(lettersDir() + QLatin1Char('/') + name + QStringLiteral(".html")));
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([#^/!]?)\\s*(.*?)\\s*\\}\\}"));
    static const QSet<QString> itemNames
        = { QStringLiteral("_index"), QStringLiteral("_index全角"), QStringLiteral("_first"), QStringLiteral("_last") };
    QStringList open;
    QSet<QString> used;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString kind = match.captured(1);
        const QString key = match.captured(2);
        if (kind == QStringLiteral("!"))
            continue;
        if (kind == QStringLiteral("/")) {
            QVERIFY2(!open.isEmpty() && open.last() == key, qPrintable(QStringLiteral("unbalanced {{/%1}}").arg(key)));
            open.removeLast();
            continue;
        }
        // The innermost open list section resolves item fields.
        QString list;
        for (auto o = open.crbegin(); o != open.crend(); ++o) {
            if (fields.value(*o).value(QStringLiteral("type")).toString() == QStringLiteral("list")) {
                list = *o;
                break;
            }
        }
        bool known = fields.contains(key);
        if (!known && !list.isEmpty()) {
            if (itemNames.contains(key)) {
                known = true;
            } else {
                for (const QJsonValue& sub : fields.value(list).value(QStringLiteral("fields")).toArray()) {
                    if (sub.toObject().value(QStringLiteral("key")).toString() == key)
                        known = true;
                }
                // Every item of the sample must carry the field.
                for (const QJsonValue& item : fields.value(list).value(QStringLiteral("sample")).toArray())
                    QVERIFY2(item.toObject().contains(key), qPrintable(list + QLatin1Char('.') + key));
            }
        }
        QVERIFY2(
            known, qPrintable(QStringLiteral("%1 uses {{%2}}, which templates.json does not list").arg(name, key)));
        if (fields.contains(key))
            used.insert(key);
        if (kind == QStringLiteral("#") || kind == QStringLiteral("^"))
            open.append(key);
    }
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QLatin1Char(','))));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        QVERIFY2(
            used.contains(it.key()), qPrintable(QStringLiteral("%1 lists %2 but never uses it").arg(name, it.key())));
    // Each refusal carries the Art. 36 reason; disclosure refusals also the Art. 33(2) ground.
    if (name.endsWith(QStringLiteral("_refusal")) || name == QStringLiteral("disclosure_partial"))
        QVERIFY(fields.contains(QStringLiteral("理由")));
    if (name == QStringLiteral("disclosure_refusal") || name == QStringLiteral("disclosure_partial"))
        QCOMPARE(fields.value(QStringLiteral("不開示事由")).value(QStringLiteral("choices")).toArray().size(), 3);
    // A private operator: no 審査請求 教示; decisions name the complaint desk instead.
    QVERIFY(!html.contains(QStringLiteral("審査請求")));
    if (entry.value(QStringLiteral("kind")).toString() == QStringLiteral("request")
        && name != QStringLiteral("amendment_request"))
        QVERIFY(html.contains(QStringLiteral("苦情は、{{組合名}}")));
}

void TestRenderLetter::builtInTemplates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("variant");
    for (const QJsonValue& value : catalogTemplates()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        QTest::newRow(qPrintable(name)) << name << QString();
        for (const QJsonValue& v : entry.value(QStringLiteral("variants")).toArray()) {
            const QString variant = v.toObject().value(QStringLiteral("name")).toString();
            QTest::newRow(qPrintable(name + QLatin1Char('/') + variant)) << name << variant;
        }
    }
}

void TestRenderLetter::builtInTemplates()
{
    QFETCH(QString, name);
    QFETCH(QString, variant);
    const QJsonObject entry = catalogEntry(name);
    const QJsonObject values = sampleValues(entry, variant);
    const QString html = sampleLetter(name, variant);
    QVERIFY2(!html.isEmpty(), "the template does not parse");
    QVERIFY2(!html.contains(QStringLiteral("{{")), "a placeholder was left unfilled");

    RenderOptions options;
    options.title = entry.value(QStringLiteral("title")).toString();
    options.headerText = values.value(QStringLiteral("文書番号")).toString();
    const auto letter = LetterRenderer::renderPdf(html, options);
    QVERIFY2(letter, letter ? "" : qPrintable(letter.error().message()));
    QVERIFY(letter->pdf.startsWith("%PDF-"));
    QVERIFY2(letter->pageCount >= 1 && letter->pageCount <= 2, qPrintable(QString::number(letter->pageCount)));

    const Extracted extracted = pdfToText(letter->pdf);
    QCOMPARE(extracted.exitCode, 0);
    QVERIFY2(extracted.errors.isEmpty(), qPrintable(extracted.errors));
    QCOMPARE(extracted.text.count(QLatin1Char('\f')), letter->pageCount);
    const QString number = values.value(QStringLiteral("文書番号")).toString();
    const QString date = values.value(QStringLiteral("発信日_和暦")).toString();
    const QString recipient = values.value(QStringLiteral("宛先氏名")).toString();
    QVERIFY2(extracted.text.contains(number), qPrintable(extracted.text));
    QVERIFY2(extracted.text.contains(date), qPrintable(extracted.text));
    QVERIFY2(collapsedWhitespace(extracted.text).contains(collapsedWhitespace(recipient)), qPrintable(extracted.text));
    QCOMPARE(radicalsIn(extracted.text), QString());
    // Every character of the letter comes back, in order, exactly once.
    const QString source = sourceText(html);
    QCOMPARE(radicalsIn(source), QString());
    COMPARE_TEXT(withoutRunningHeaders(
                     withoutWhitespace(extracted.text), withoutWhitespace(options.headerText), letter->pageCount),
        withoutWhitespace(source));
    // The letter's own title is centred text, larger than the body: it is in the text layer too.
    QVERIFY(extracted.text.contains(entry.value(QStringLiteral("subject")).toString()));
}

void TestRenderLetter::kangxiRadicalsNeverReplaceKanji()
{
    // Common kanji whose glyphs Noto CJK shares with Kangxi radicals, plus the characters
    // IPA明朝 would extract as other code points (～ ￥ ―): all must come back as written.
    const QString probe = QString::fromUtf16(kKangxiProbe);
    const QString html = QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(probe.toHtmlEscaped());
    const auto letter = LetterRenderer::renderPdf(html);
    QVERIFY(letter);
    const Extracted extracted = pdfToText(letter->pdf);
    QCOMPARE(extracted.exitCode, 0);
    QCOMPARE(radicalsIn(extracted.text), QString());
    COMPARE_TEXT(withoutWhitespace(extracted.text), withoutWhitespace(probe));
}

void TestRenderLetter::kangxiTrapIsDetected()
{
    // The check above is only worth something if it would catch the trap: with Noto Serif
    // CJK JP, Qt's ToUnicode map gives ⼀ (U+2F00) for 一 and ⽇ (U+2F47) for 日.
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK JP")))
        QSKIP("Noto Serif CJK JP is not installed");
    RenderOptions options;
    options.fontFamilies = { QStringLiteral("Noto Serif CJK JP") };
    const auto letter = LetterRenderer::renderPdf(QStringLiteral("<p>一日</p>"), options);
    QVERIFY(letter);
    const QString text = pdfToText(letter->pdf).text;
    if (radicalsIn(text).isEmpty())
        QSKIP("this Qt/Noto no longer maps kanji to radicals");
    QVERIFY(withoutWhitespace(text) != QStringLiteral("一日"));
}

void TestRenderLetter::longLetterFlowsOntoSecondPage()
{
    // A long answer: one paragraph that itself crosses the page break, and many items.
    QString answer;
    for (int i = 1; i <= 14; ++i)
        answer += QStringLiteral("第%1段落　調査の結果、一日の業務の流れ（受付、入力、封入、発送）を確認しました。"
                                 "山川生長言金門の各拠点でも同様の手順を点検しております。")
                      .arg(i);
    QJsonObject extra;
    extra.insert(QStringLiteral("回答内容"), answer);
    const QString html = sampleLetter(QStringLiteral("complaint_answer"), {}, extra);
    RenderOptions options;
    options.headerText = QStringLiteral("JTB健保発第123号　山田　太郎　様");
    const auto letter = LetterRenderer::renderPdf(html, options);
    QVERIFY(letter);
    QCOMPARE(letter->pageCount, 2);

    const QString first = pageText(letter->pdf, 1).text;
    const QString second = pageText(letter->pdf, 2).text;
    QVERIFY2(!first.contains(QStringLiteral("（1/2）")), "page 1 carries no running header");
    QVERIFY2(second.contains(QStringLiteral("（2/2）")), qPrintable(second));
    QVERIFY2(collapsedWhitespace(second).contains(collapsedWhitespace(options.headerText)), qPrintable(second));
    // The running header is the first line of page 2, above the letter's text.
    QVERIFY(collapsedWhitespace(second).startsWith(collapsedWhitespace(options.headerText)));
    QVERIFY(second.contains(QStringLiteral("以上")));

    const Extracted whole = pdfToText(letter->pdf);
    QCOMPARE(radicalsIn(whole.text), QString());
    COMPARE_TEXT(withoutRunningHeaders(withoutWhitespace(whole.text), withoutWhitespace(options.headerText), 2),
        withoutWhitespace(sourceText(html)));
}

void TestRenderLetter::sameInputGivesIdenticalBytes()
{
    const QString html = sampleLetter(QStringLiteral("disclosure_partial"));
    RenderOptions options;
    options.title = QStringLiteral("一部開示決定通知書");
    options.headerText = QStringLiteral("JTB健保発第123号");
    const auto first = LetterRenderer::renderPdf(html, options);
    QTest::qWait(1100); // across a second boundary: a wall-clock date would now differ
    const auto second = LetterRenderer::renderPdf(html, options);
    QVERIFY(first && second);
    QCOMPARE(first->pdf.size(), second->pdf.size());
    QVERIFY(first->pdf == second->pdf);
    QCOMPARE(first->pageCount, second->pageCount);
}

void TestRenderLetter::fullWidthSpacesSurvive()
{
    // The HTML importer collapses U+3000 unless the paragraph is pre-wrap: the templates
    // indent paragraphs and separate 拝啓 and names with it, as Japanese letters do.
    const QString html = sampleLetter(QStringLiteral("complaint_answer"));
    const QString source = sourceText(html);
    QVERIFY(source.contains(QStringLiteral("拝啓　時下")));
    QVERIFY(source.contains(QStringLiteral("\n　さて、")));
    QVERIFY(source.contains(QStringLiteral("山田　太郎　様")));
    const auto letter = LetterRenderer::renderPdf(html);
    QVERIFY(letter);
    const QString text = pdfToText(letter->pdf).text;
    QVERIFY2(QRegularExpression(QStringLiteral("拝啓\\s+時下")).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("山田\\s+太郎\\s+様")).match(text).hasMatch(), qPrintable(text));
}

void TestRenderLetter::metadataIsTheCallers()
{
    const QString html = sampleLetter(QStringLiteral("disclosure_full"));
    RenderOptions options;
    options.title = QStringLiteral("開示決定通知書");
    const auto undated = LetterRenderer::renderPdf(html, options);
    options.creationDate = QDateTime(QDate(2025, 11, 25), QTime(9, 30, 5), QTimeZone::utc());
    const auto dated = LetterRenderer::renderPdf(html, options);
    QVERIFY(undated && dated);
    QVERIFY(!undated->pdf.contains("/CreationDate"));
    QVERIFY(dated->pdf.contains("/CreationDate (D:20251125093005Z)"));
    // The date is patched in place: the cross-reference offsets still hold, so poppler
    // reads both without having to repair the file.
    for (const auto* pdf : { &undated->pdf, &dated->pdf }) {
        const Extracted extracted = pdfToText(*pdf);
        QCOMPARE(extracted.exitCode, 0);
        QVERIFY2(extracted.errors.isEmpty(), qPrintable(extracted.errors));
        QVERIFY(extracted.text.contains(QStringLiteral("JTB健保発第123号")));
    }
    const QString undatedInfo = pdfInfo(undated->pdf);
    const QString datedInfo = pdfInfo(dated->pdf);
    QVERIFY2(undatedInfo.contains(QStringLiteral("Title:           開示決定通知書")), qPrintable(undatedInfo));
    QVERIFY(undatedInfo.contains(QStringLiteral("Creator:         PrivacyDesk")));
    QVERIFY(undatedInfo.contains(QStringLiteral("Page size:       595 x 842 pts (A4)"))
        || undatedInfo.contains(QStringLiteral("(A4)")));
    QVERIFY(!undatedInfo.contains(QStringLiteral("CreationDate:")));
    QVERIFY(datedInfo.contains(QStringLiteral("CreationDate:")));
}

void TestRenderLetter::noFileIsWritten()
{
    // Letters never touch a plaintext file: render every template with a marker in it and
    // compare the temporary directories before and after. The private TMPDIR must not change
    // at all. The system temporary directory is shared with other processes, so there no new
    // or changed file may hold the marker: it is the recipient (text, compressed in a PDF)
    // and the PDF title (stored uncompressed, UTF-16), so a spilled PDF would be found too.
    const QString marker = QStringLiteral("漏えい検出%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QJsonObject extra;
    extra.insert(QStringLiteral("宛先氏名"), marker);
    QStringList letters;
    for (const QJsonValue& value : catalogTemplates())
        letters.append(sampleLetter(value.toObject().value(QStringLiteral("name")).toString(), {}, extra));
    RenderOptions options;
    options.title = marker;
    options.headerText = marker;
    const QList<QByteArray> needles = test::markerEncodings(marker);

    const QString systemTemp = QStringLiteral("/tmp");
    const auto privateBefore = snapshot(QDir::tempPath());
    const auto systemBefore = snapshot(systemTemp);
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    for (const QString& html : letters) {
        const auto letter = LetterRenderer::renderPdf(html, options);
        QVERIFY(letter);
        // The check below can see a spilled copy of this PDF.
        QVERIFY(std::any_of(
            needles.cbegin(), needles.cend(), [&](const QByteArray& needle) { return letter->pdf.contains(needle); }));
    }
    const auto privateAfter = snapshot(QDir::tempPath());
    const auto systemAfter = snapshot(systemTemp);

    QCOMPARE(privateAfter.keys().size(), privateBefore.keys().size());
    QVERIFY(privateAfter == privateBefore);
    for (auto it = systemAfter.cbegin(); it != systemAfter.cend(); ++it) {
        if (systemBefore.value(it.key()) == it.value() || it.value().modified < started)
            continue;
        QFile file(it.key());
        if (!QFileInfo(it.key()).isFile() || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.read(256 * 1024 * 1024);
        for (const QByteArray& needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("the letter is in %1").arg(it.key())));
    }
}

void TestRenderLetter::highResolutionDeviceGetsTheSameLetter()
{
    // A printer paints at 600–1200 dpi: the letter must keep its size, line breaks and pages.
    const QString html = sampleLetter(QStringLiteral("purpose_notice"));
    const auto reference = LetterRenderer::renderPdf(html);
    QVERIFY(reference);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        const auto painted = LetterRenderer::paint(&writer, html);
        QVERIFY2(painted, painted ? "" : qPrintable(painted.error().message()));
        pages = *painted;
    }
    QCOMPARE(pages, reference->pageCount);
    QCOMPARE(pdfToText(buffer.data()).text, pdfToText(reference->pdf).text);
}

void TestRenderLetter::imagesComeFromMemory()
{
    // A scanned seal (公印) is handed over as an image, never read from a path.
    QImage seal(120, 120, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    QPainter painter(&seal);
    painter.setPen(QPen(Qt::red, 8));
    painter.drawEllipse(QRectF(6, 6, 108, 108));
    painter.end();
    RenderOptions options;
    options.images.insert(QStringLiteral("seal"), seal);
    const QString html
        = QStringLiteral("<p align=\"right\">理事長　鈴木　一郎<img src=\"seal\" width=\"40\" height=\"40\"></p>");
    const auto letter = LetterRenderer::renderPdf(html, options);
    QVERIFY(letter);
    QVERIFY(letter->pdf.contains("/Subtype /Image"));
    const auto without = LetterRenderer::renderPdf(html);
    QVERIFY(without);
    QVERIFY(without->pdf != letter->pdf);

    // An image named by path is not read from disk: only the images handed over count, so
    // the letter is the same whether or not such a file exists.
    const QString path = m_privateTemp.filePath(QStringLiteral("seal.png"));
    for (const QString& source : { path, QUrl::fromLocalFile(path).toString() }) {
        const QString withPath
            = QStringLiteral("<p>理事長<img src=\"%1\" width=\"40\" height=\"40\"></p>").arg(source.toHtmlEscaped());
        const auto absent = LetterRenderer::renderPdf(withPath);
        QVERIFY(seal.save(path));
        const auto present = LetterRenderer::renderPdf(withPath);
        QVERIFY(QFile::remove(path));
        QVERIFY(absent && present);
        QVERIFY2(absent->pdf == present->pdf, qPrintable(source));
    }
}

void TestRenderLetter::emptyLetterIsRefused()
{
    const auto letter = LetterRenderer::renderPdf(QStringLiteral("  "));
    QVERIFY(!letter);
    QCOMPARE(letter.error().kind, ErrorKind::InvalidInput);
}

QTEST_MAIN(TestRenderLetter)
#include "tst_render_letter.moc"
