// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterTemplate.h"

#include <QTest>

using namespace pd;
using namespace Qt::Literals::StringLiterals;

namespace {

QString renderOrFail(const QString& templateHtml, const LetterData& data)
{
    const Result<QString> html = LetterTemplate::render(templateHtml, data);
    if (!html) {
        qWarning("render failed: %s", qPrintable(html.error().message()));
        return u"<render failed>"_s;
    }
    return *html;
}

LetterData item(const QString& text)
{
    return LetterData().setText(u"内容"_s, text);
}

} // namespace

class TestLetterTemplate : public QObject
{
    Q_OBJECT

private slots:
    void escapesValues_data();
    void escapesValues();
    void valuesAreNeverTemplates();
    void groupsAndNestedLists();
    void numberedItems();
    void flagsAndInvertedSections_data();
    void flagsAndInvertedSections();
    void textLists();
    void fromVariantMap();
    void derivedDates();
    void unsafeTagsRejected_data();
    void unsafeTagsRejected();
    void malformedTemplates_data();
    void malformedTemplates();
    void placeholdersListed();
    void unknownPlaceholders();
    void commentsIgnored();
};

void TestLetterTemplate::escapesValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tag") << u"<b>太字</b>"_s << u"&lt;b&gt;太字&lt;/b&gt;"_s;
    QTest::newRow("ampersand") << u"A&B 健保"_s << u"A&amp;B 健保"_s;
    QTest::newRow("entity stays text") << u"&lt;"_s << u"&amp;lt;"_s;
    QTest::newRow("quotes") << u"\"引用\" 'x'"_s << u"&quot;引用&quot; &#39;x&#39;"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    QTest::newRow("newlines") << u"東京都千代田区\r\n1-2-3\nビル\r5階"_s << u"東京都千代田区<br>1-2-3<br>ビル<br>5階"_s;
    QTest::newRow("tag and newline") << u"<i>\n</i>"_s << u"&lt;i&gt;<br>&lt;/i&gt;"_s;
    QTest::newRow("full-width space kept") << u"拝啓　時下"_s << u"拝啓　時下"_s;
}

void TestLetterTemplate::escapesValues()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const LetterData data = LetterData().setText(u"苦情内容"_s, value);
    QCOMPARE(renderOrFail(u"<p>{{苦情内容}}</p>"_s, data), u"<p>"_s + expected + u"</p>"_s);
    // The same escaping inside an attribute and in nested positions.
    QCOMPARE(renderOrFail(u"<a title=\"{{苦情内容}}\">x</a>"_s, data), u"<a title=\""_s + expected + u"\">x</a>"_s);
    QCOMPARE(LetterTemplate::escapeValue(value), expected);
}

void TestLetterTemplate::valuesAreNeverTemplates()
{
    // A value that looks like mustache is printed, not expanded (no template injection).
    LetterData data;
    data.setText(u"氏名"_s, u"{{秘密}} {{{秘密}}} {{>秘密}}"_s).setText(u"秘密"_s, u"<b>x</b>"_s);
    QCOMPARE(renderOrFail(u"{{氏名}}"_s, data), u"{{秘密}} {{{秘密}}} {{&gt;秘密}}"_s);
}

void TestLetterTemplate::groupsAndNestedLists()
{
    LetterData organization;
    organization.setText(u"名称"_s, u"テスト健康保険組合"_s).setText(u"電話"_s, u"03-0000-0000"_s);
    LetterData first = item(u"保有個人データの開示"_s);
    first.appendItem(u"細目"_s, LetterData().setText(u"名称"_s, u"資格情報"_s));
    first.appendItem(u"細目"_s, LetterData().setText(u"名称"_s, u"給付記録"_s));
    LetterData data;
    data.setGroup(u"組合"_s, organization).setList(u"記"_s, { first, item(u"手数料 <無料>"_s) });

    const QString html = u"<p>{{組合.名称}}（{{組合.電話}}）</p>"
                         u"{{#記}}<p>{{内容}}{{#細目}}[{{名称}}/{{組合.名称}}]{{/細目}}</p>{{/記}}"_s;
    QCOMPARE(renderOrFail(html, data),
        u"<p>テスト健康保険組合（03-0000-0000）</p>"
        u"<p>保有個人データの開示[資格情報/テスト健康保険組合][給付記録/テスト健康保険組合]</p>"
        u"<p>手数料 &lt;無料&gt;</p>"_s);
}

void TestLetterTemplate::numberedItems()
{
    LetterData data;
    data.appendItem(u"記"_s, item(u"開示する保有個人データ"_s))
        .appendItem(u"記"_s, item(u"開示の方法"_s))
        .appendItem(u"記"_s, item(u"手数料"_s));
    QCOMPARE(renderOrFail(u"記{{#記}}|{{_index}}　{{内容}}{{/記}}"_s, data),
        u"記|1　開示する保有個人データ|2　開示の方法|3　手数料"_s);
    QCOMPARE(renderOrFail(u"{{#記}}{{_index全角}}{{^_last}}、{{/_last}}{{/記}}"_s, data), u"１、２、３"_s);
    QCOMPARE(renderOrFail(u"{{#記}}{{#_first}}[{{/_first}}{{内容}}{{#_last}}]{{/_last}}{{/記}}"_s, data),
        u"[開示する保有個人データ開示の方法手数料]"_s);

    // Items that bring their own _index keep it.
    LetterData own;
    own.appendItem(u"記"_s, item(u"a"_s).setText(u"_index"_s, u"(1)"_s));
    QCOMPARE(renderOrFail(u"{{#記}}{{_index}}{{/記}}"_s, own), u"(1)"_s);

    // Multi-line templates: the lines holding only section tags disappear (mustache standalone rule).
    const QString multiLine = u"<ol>\n{{#記}}\n<li>{{内容}}</li>\n{{/記}}\n</ol>"_s;
    QCOMPARE(renderOrFail(multiLine, data),
        u"<ol>\n<li>開示する保有個人データ</li>\n<li>開示の方法</li>\n<li>手数料</li>\n</ol>"_s);
}

void TestLetterTemplate::flagsAndInvertedSections_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QVariant() << u"[なし]"_s;
    QTest::newRow("false") << QVariant(false) << u"[なし]"_s;
    QTest::newRow("true") << QVariant(true) << u"[あり:]"_s;
    QTest::newRow("empty text") << QVariant(QString()) << u"[なし]"_s;
    QTest::newRow("text") << QVariant(u"法第33条第2項第1号"_s) << u"[あり:法第33条第2項第1号]"_s;
    QTest::newRow("empty list") << QVariant(QVariantList()) << u"[なし]"_s;
}

void TestLetterTemplate::flagsAndInvertedSections()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    LetterData data;
    if (value.isValid())
        data.setValue(u"不開示理由"_s, value);
    const QString html = u"[{{#不開示理由}}あり:{{不開示理由}}{{/不開示理由}}{{^不開示理由}}なし{{/不開示理由}}]"_s;
    QCOMPARE(renderOrFail(html, data), expected);
}

void TestLetterTemplate::textLists()
{
    LetterData data;
    data.setTexts(u"同封物"_s, { u"開示決定通知書"_s, u"<写し>"_s });
    QCOMPARE(renderOrFail(u"{{#同封物}}・{{.}}{{/同封物}}"_s, data), u"・開示決定通知書・&lt;写し&gt;"_s);
    data.setNumber(u"手数料"_s, 300);
    QCOMPARE(renderOrFail(u"{{手数料}}円"_s, data), u"300円"_s);
}

void TestLetterTemplate::fromVariantMap()
{
    const QVariantMap map {
        { u"氏名"_s, u"山田 太郎"_s },
        { u"組合"_s, QVariantMap { { u"名称"_s, u"テスト健保"_s } } },
        { u"記"_s, QVariantList { QVariantMap { { u"内容"_s, u"一"_s } }, QVariantHash { { u"内容"_s, u"二"_s } } } },
        { u"一部開示"_s, true },
        { u"件数"_s, 2 },
    };
    const LetterData data = LetterData::fromVariantMap(map);
    QCOMPARE(
        renderOrFail(
            u"{{氏名}} 様／{{組合.名称}}／{{#記}}{{_index}}.{{内容}} {{/記}}／{{#一部開示}}一部{{/一部開示}}{{件数}}"_s,
            data),
        u"山田 太郎 様／テスト健保／1.一 2.二 ／一部2"_s);
    QCOMPARE(data.toVariantMap(), map);
}

void TestLetterTemplate::derivedDates()
{
    LetterData data;
    data.setDate(u"申請日"_s, QDate(2025, 11, 1))
        .setText(u"発信日"_s, u"2019-05-01"_s)
        .setDateTime(u"受付日時"_s, QDateTime(QDate(2019, 4, 30), QTime(9, 3)))
        .setText(u"受付日時文字"_s, u"2025-11-25T14:05:00"_s)
        .setText(u"備考"_s, u"2025-11-01に電話あり"_s)
        .setDate(u"期限"_s, QDate(2025, 12, 1))
        .setText(u"期限_和暦"_s, u"12月1日（月）"_s);
    data.appendItem(u"記"_s, LetterData().setDate(u"開示日"_s, QDate(2026, 1, 8)));

    QCOMPARE(renderOrFail(u"{{申請日_和暦}}付けで請求のあった"_s, data), u"令和7年11月1日付けで請求のあった"_s);
    QCOMPARE(renderOrFail(u"{{申請日}} / {{申請日_西暦}}"_s, data), u"2025-11-01 / 2025年11月1日"_s);
    QCOMPARE(renderOrFail(u"{{発信日_和暦}}"_s, data), u"令和元年5月1日"_s);
    QCOMPARE(
        renderOrFail(u"{{受付日時_和暦}}|{{受付日時_和暦日時}}"_s, data), u"平成31年4月30日|平成31年4月30日 9時03分"_s);
    QCOMPARE(renderOrFail(u"{{受付日時文字_和暦日時}}"_s, data), u"令和7年11月25日 14時05分"_s);
    // Free text that merely contains a date gets no derived fields.
    QCOMPARE(renderOrFail(u"[{{備考_和暦}}]"_s, data), u"[]"_s);
    // A field the data has itself wins over the derived one.
    QCOMPARE(renderOrFail(u"{{期限_和暦}}"_s, data), u"12月1日（月）"_s);
    // Dates inside list items are derived too; a plain date has no _和暦日時.
    QCOMPARE(renderOrFail(u"{{#記}}{{開示日_和暦}}{{/記}}[{{申請日_和暦日時}}]"_s, data), u"令和8年1月8日[]"_s);
}

void TestLetterTemplate::unsafeTagsRejected_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("reason");
    QTest::newRow("triple") << u"<p>{{{氏名}}}</p>"_s << u"write {{氏名}} instead of {{{氏名}}}"_s;
    QTest::newRow("triple spaced") << u"{{{ 氏名 }}}"_s << u"instead of {{{氏名}}}"_s;
    QTest::newRow("ampersand") << u"{{& 氏名}}"_s << u"write {{氏名}} instead of {{&氏名}}"_s;
    QTest::newRow("ampersand in section") << u"{{#a}}{{&氏名}}{{/a}}"_s << u"instead of {{&氏名}}"_s;
    QTest::newRow("partial") << u"{{>氏名}}"_s << u"partials"_s;
    QTest::newRow("delimiters") << u"{{=<% %>=}}<%&氏名%>"_s << u"delimiters"_s;
}

void TestLetterTemplate::unsafeTagsRejected()
{
    QFETCH(QString, html);
    QFETCH(QString, reason);
    const Status status = LetterTemplate::validate(html);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(status.error().detail.contains(reason), qPrintable(status.error().detail));
    const Result<QString> rendered = LetterTemplate::render(html, LetterData().setText(u"氏名"_s, u"<b>"_s));
    QVERIFY(!rendered.has_value());
    QCOMPARE(rendered.error().detail, status.error().detail);
}

void TestLetterTemplate::malformedTemplates_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unclosed tag") << u"<p>\n  <b>{{氏名</b>"_s << u"Line 2, column 6: this placeholder is not closed"_s;
    QTest::newRow("unclosed section") << u"{{#記}}\n<p>{{内容}}</p>"_s
                                      << u"Line 1: the section {{#記}} is not closed"_s;
    QTest::newRow("mismatched section")
        << u"{{#記}}\n{{#細目}}{{/記}}{{/細目}}"_s
        << u"Line 2, column 8: {{/記}} does not match the open section {{#細目}} of line 2"_s;
    QTest::newRow("unopened section") << u"a{{/記}}"_s << u"column 2: {{/記}} closes a section that was never opened"_s;
    QTest::newRow("empty tag") << u"{{ }}"_s << u"has no name"_s;
    QTest::newRow("space in name") << u"{{氏 名}}"_s << u"“氏 名” is not a valid placeholder name"_s;
    QTest::newRow("full-width space") << u"{{　氏名}}"_s << u"is not a valid placeholder name"_s;
    QTest::newRow("html in tag") << u"{{<span>氏名</span>}}"_s << u"is not a valid placeholder name"_s;
    QTest::newRow("bad section name") << u"{{#}}{{/}}"_s << u"is not a valid section name"_s;
    QTest::newRow("dots") << u"{{組合..名称}}"_s << u"is not a valid placeholder name"_s;
    QTest::newRow("braces at end") << u"abc{{"_s << u"column 4: this placeholder is not closed"_s;
}

void TestLetterTemplate::malformedTemplates()
{
    QFETCH(QString, html);
    QFETCH(QString, reason);
    const Result<QString> rendered = LetterTemplate::render(html, LetterData());
    QVERIFY(!rendered.has_value());
    QCOMPARE(rendered.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(rendered.error().detail.contains(reason), qPrintable(rendered.error().detail));
}

void TestLetterTemplate::placeholdersListed()
{
    const QString html
        = u"{{氏名}} 様\n{{#記}}{{_index}} {{内容}} {{氏名}}{{/記}}{{^備考}}なし{{/備考}}{{申請日_和暦}}"_s;
    QCOMPARE(LetterTemplate::placeholders(html),
        QStringList({ u"氏名"_s, u"記"_s, u"_index"_s, u"内容"_s, u"備考"_s, u"申請日_和暦"_s }));

    const QList<TemplatePlaceholder> uses = LetterTemplate::placeholderUses(html);
    QCOMPARE(uses.size(), 7);
    QCOMPARE(uses.at(0).name, u"氏名"_s);
    QCOMPARE(uses.at(0).line, 1);
    QCOMPARE(uses.at(0).column, 1);
    QCOMPARE(uses.at(1).name, u"記"_s);
    QVERIFY(uses.at(1).isSection);
    QCOMPARE(uses.at(1).line, 2);
    QCOMPARE(uses.at(3).name, u"内容"_s);
    QCOMPARE(uses.at(3).sections, QStringList { u"記"_s });
    QCOMPARE(uses.at(3).line, 2);
    QCOMPARE(uses.at(3).column, 18);
    // An inverted section opens no scope.
    QVERIFY(uses.at(5).sections.isEmpty());

    // Best effort on a broken template: the names before the error.
    QCOMPARE(LetterTemplate::placeholders(u"{{a}}{{b}}{{{c}}}{{d}}"_s), QStringList({ u"a"_s, u"b"_s }));
}

void TestLetterTemplate::unknownPlaceholders()
{
    const QStringList known
        = { u"氏名"_s, u"申請日"_s, u"記"_s, u"記.内容"_s, u"記.細目"_s, u"記.細目.金額"_s, u"組合.名称"_s, u"備考"_s };
    const QString html = u"{{氏名}}{{氏命}}{{申請日_和暦}}{{申請日_西暦}}{{受付日_和暦}}{{組合.名称}}{{組合.住所}}"
                         u"{{#記}}{{_index}}{{内容}}{{氏名}}{{#細目}}{{金額}}{{内容}}{{税}}{{/細目}}{{/記}}"
                         u"{{内容}}{{_index}}{{^備考}}{{/備考}}{{#未定義}}{{/未定義}}{{#記}}{{.}}{{/記}}"_s;
    QCOMPARE(LetterTemplate::unknownPlaceholders(html, known),
        QStringList({ u"氏命"_s, u"受付日_和暦"_s, u"組合.住所"_s, u"税"_s, u"内容"_s, u"_index"_s, u"未定義"_s }));
    QVERIFY(LetterTemplate::unknownPlaceholders(u"{{氏名}}"_s, known).isEmpty());
}

void TestLetterTemplate::commentsIgnored()
{
    const QString html = u"a{{! 氏名 is filled in later }}b"_s;
    QVERIFY(LetterTemplate::validate(html).has_value());
    QCOMPARE(renderOrFail(html, LetterData().setText(u"氏名"_s, u"x"_s)), u"ab"_s);
    QVERIFY(LetterTemplate::placeholders(html).isEmpty());
    // As in mustache, a comment ends at the first }}: the rest is text, read the same way by
    // the checks and by the renderer.
    const QString early = u"a{{! {{氏名}} x }}b"_s;
    QCOMPARE(renderOrFail(early, LetterData().setText(u"氏名"_s, u"x"_s)), u"a x }}b"_s);
}

QTEST_GUILESS_MAIN(TestLetterTemplate)
#include "tst_letter_template.moc"
