// SPDX-License-Identifier: GPL-3.0-or-later
// Finding complaints: NFKC-normalized substring search (ｶﾀｶﾅ = カタカナ, full-width digits =
// half-width, case-insensitive latin), typed wildcards and quotes taken literally, timeline text
// searched, the index kept in step with every write, filters combined in SQL, and at 1,500
// demo complaints every count, page and order equal to a brute-force reading of all records.
#include "TestSupport.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintSearch.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/ComplaintTables.h"
#include "core/model/FiscalYear.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/Vault.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> const char* why(const std::expected<T, Error>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8();
    return text.constData();
}

struct Planted
{
    const char16_t* key;
    const char16_t* name;
    const char16_t* kana;
    const char16_t* content;
    const char16_t* phone = u"";
    const char16_t* timeline = u"";
};

// Each text is chosen so that every query below has exactly the matches listed with it.
const Planted kPlanted[] = {
    { u"katakana", u"青木　一", u"アオキ　ハジメ", u"カタカナの書類について" },
    { u"halfwidth", u"井口　二郎", u"イグチ　ジロウ", u"ﾃﾞﾝﾜで問い合わせがあった" },
    { u"digits", u"上田　三郎", u"ウエダ　サブロウ", u"保険証番号１２３４５の件", u"０９０－１２３４－５６７８" },
    { u"latin", u"江口　四郎", u"エグチ　シロウ", u"Email from ABC Corp about MyNumber" },
    { u"percent", u"大野　五郎", u"オオノ　ゴロウ", u"負担割合が100%と表示された" },
    { u"thousand", u"加藤　六郎", u"カトウ　ロクロウ", u"1000円の請求が届いた" },
    { u"underscore", u"木下　七郎", u"キノシタ　シチロウ", u"添付 file_name.pdf が開けない" },
    { u"filexname", u"工藤　八郎", u"クドウ　ハチロウ", u"filexname という語" },
    { u"quote", u"小林　九郎", u"コバヤシ　クロウ", u"\"引用\"と*印のある書面" },
    { u"timeline", u"佐野　十郎", u"サノ　ジュウロウ", u"一般的な内容", u"", u"折り返し電話で謝罪した" },
    { u"surrogate", u"𠮷田　一郎", u"ヨシダ　イチロウ", u"住所変更の届出" },
    { u"hiragana", u"佐藤　花子", u"サトウ　ハナコ", u"被扶養者の認定" },
    { u"operators", u"", u"", u"OR AND NOT NEAR の文字" },
};

QStringList names(const QSet<QString>& keys)
{
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list;
}

/// Every row of a query, fetched in pages of an odd size so that page boundaries are exercised.
Result<QList<ComplaintListRow>> allPages(
    ComplaintQuery& query, const ComplaintFilter& filter, const ComplaintSort& sort, int pageSize = 37)
{
    QList<ComplaintListRow> rows;
    for (int offset = 0;; offset += pageSize) {
        auto page = query.page(filter, sort, offset, pageSize);
        if (!page)
            return std::unexpected(page.error());
        rows.append(*page);
        if (page->size() < pageSize)
            return rows;
    }
}

int rank(ComplaintStatus status)
{
    return int(std::find(kComplaintStatuses.begin(), kComplaintStatuses.end(), status) - kComplaintStatuses.begin());
}

} // namespace

class TestComplaintSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalization_data();
    void normalization();
    void typedSyntaxStaysText_data();
    void typedSyntaxStaysText();
    void search_data();
    void search();
    void filtersCombine();
    void indexFollowsEveryWrite();
    void listRows();
    void overdueAndDueSoon();
    void demoOfficeMatchesBruteForce();

private:
    QSet<QString> found(const ComplaintFilter& filter);

    std::unique_ptr<TestOffice> m_office;
    QHash<qint64, QString> m_keyById;
    QHash<QString, Complaint> m_byKey;
};

void TestComplaintSearch::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    ComplaintService service(*m_office->session);
    int index = 0;
    for (const Planted& planted : kPlanted) {
        Complaint complaint;
        complaint.receivedAt = QDateTime(QDate(2025, 5, 1).addDays(index), QTime(9, 30));
        complaint.channel = index % 2 ? ComplaintChannel::Email : ComplaintChannel::Phone;
        complaint.category = index % 3 ? ComplaintCategory::StaffConduct : ComplaintCategory::Breach;
        complaint.complainant.name = QString::fromUtf16(planted.name);
        complaint.complainant.kana = QString::fromUtf16(planted.kana);
        complaint.complainant.phone = QString::fromUtf16(planted.phone);
        if (complaint.complainant.name.isEmpty())
            complaint.complainant.relation = ComplainantRelation::Anonymous;
        complaint.content = QString::fromUtf16(planted.content);
        if (*planted.timeline) {
            ComplaintTimelineEntry entry;
            entry.at = complaint.receivedAt.addSecs(3600);
            entry.text = QString::fromUtf16(planted.timeline);
            complaint.timeline.append(entry);
        }
        auto created = service.create(complaint);
        QVERIFY2(created, why(created));
        Complaint stored = *created;
        // Every third one is being handled.
        if (index % 3 == 1) {
            auto moved = service.transition(stored.id, stored.revision, ComplaintStatus::InProgress);
            QVERIFY2(moved, why(moved));
            stored = *moved;
        }
        m_keyById.insert(stored.id, QString::fromUtf16(planted.key));
        m_byKey.insert(QString::fromUtf16(planted.key), stored);
        ++index;
    }
}

QSet<QString> TestComplaintSearch::found(const ComplaintFilter& filter)
{
    ComplaintQuery query(*m_office->session);
    QSet<QString> keys;
    auto rows = allPages(query, filter, {});
    if (!rows) {
        qWarning("page: %s", why(rows));
        return { u"<error>"_s };
    }
    for (const ComplaintListRow& row : *rows)
        keys.insert(m_keyById.value(row.id, u"<unknown>"_s));
    auto counted = query.count(filter);
    if (!counted || *counted != keys.size()) {
        qWarning("count %d differs from the %lld rows listed", counted ? *counted : -1, qlonglong(keys.size()));
        keys.insert(u"<count mismatch>"_s);
    }
    return keys;
}

void TestComplaintSearch::normalization_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("half-width katakana") << u"ｶﾀｶﾅ"_s << u"カタカナ"_s;
    QTest::newRow("half-width voiced marks compose") << u"ﾃﾞﾝﾜ ﾊﾟｽ"_s << u"デンワパス"_s;
    QTest::newRow("hiragana folds to katakana") << u"さとう ゔぁ"_s << u"サトウヴァ"_s;
    QTest::newRow("full-width digits") << u"０１２３４５６７８９"_s << u"0123456789"_s;
    QTest::newRow("full-width latin, case folded") << u"ＡＢＣ Ｄｅｆ"_s << u"abcdef"_s;
    QTest::newRow("ideographic space removed") << u"佐藤　花子"_s << u"佐藤花子"_s;
    QTest::newRow("Kelvin sign") << u"\u212A"_s << u"k"_s;
    QTest::newRow("circled digit") << u"①"_s << u"1"_s;
    QTest::newRow("surrogate pair kept") << u"𠮷田"_s << u"𠮷田"_s;
    QTest::newRow("punctuation kept") << u"100%_*\""_s << u"100%_*\""_s;
}

void TestComplaintSearch::normalization()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(ComplaintSearch::normalize(text), normalized);
}

void TestComplaintSearch::typedSyntaxStaysText_data()
{
    QTest::addColumn<QString>("typed");
    for (const char16_t* typed : { u"\"", u"\"\"", u"*", u"a*", u"-x", u"x OR y", u"NEAR/2", u"(", u")", u"^",
             u"a AND b", u"col:1", u"' OR 1=1 --", u"%", u"_", u"\\", u"％", u"＊" })
        QTest::newRow(qPrintable(QString::fromUtf16(typed))) << QString::fromUtf16(typed);
}

void TestComplaintSearch::typedSyntaxStaysText()
{
    QFETCH(QString, typed);
    const QString expression = ComplaintSearch::matchExpression(typed);
    // Only our own quotes, spaces and prefix stars reach FTS4.
    for (const QString& phrase : expression.split(u' ', Qt::SkipEmptyParts)) {
        QString inner = phrase;
        inner.remove(u'"');
        QVERIFY2(!inner.contains(u'(') && !inner.contains(u')') && !inner.contains(u'-') && !inner.contains(u':'),
            qPrintable(expression));
    }
    ComplaintFilter filter;
    filter.searchText = typed;
    ComplaintQuery query(*m_office->session);
    auto counted = query.count(filter);
    QVERIFY2(counted, why(counted));
    auto page = query.page(filter, {}, 0, 50);
    QVERIFY2(page, why(page));
    // Each typed text is matched as text: the reference implementation agrees.
    int expected = 0;
    for (const Complaint& complaint : std::as_const(m_byKey))
        expected += ComplaintSearch::matches(ComplaintSearch::searchableTexts(complaint), typed) ? 1 : 0;
    if (ComplaintSearch::terms(typed).isEmpty())
        expected = int(m_byKey.size());
    QCOMPARE(*counted, expected);
}

void TestComplaintSearch::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("katakana") << u"カタカナ"_s << QStringList { u"katakana"_s };
    QTest::newRow("half-width katakana finds full-width") << u"ｶﾀｶﾅ"_s << QStringList { u"katakana"_s };
    QTest::newRow("hiragana finds katakana") << u"かたかな"_s << QStringList { u"katakana"_s };
    QTest::newRow("full-width finds half-width katakana") << u"デンワ"_s << QStringList { u"halfwidth"_s };
    QTest::newRow("half-width voiced") << u"ﾃﾞﾝﾜ"_s << QStringList { u"halfwidth"_s };
    QTest::newRow("half-width digits find full-width") << u"1234"_s << QStringList { u"digits"_s };
    QTest::newRow("full-width digits") << u"１２３４５"_s << QStringList { u"digits"_s };
    QTest::newRow("phone with hyphen") << u"090-1234"_s << QStringList { u"digits"_s };
    QTest::newRow("latin lower case") << u"mynumber"_s << QStringList { u"latin"_s };
    QTest::newRow("latin upper case") << u"MYNUMBER"_s << QStringList { u"latin"_s };
    QTest::newRow("full-width latin") << u"ＡＢＣ"_s << QStringList { u"latin"_s };
    QTest::newRow("two latin terms") << u"abc corp"_s << QStringList { u"latin"_s };
    QTest::newRow("percent is literal") << u"100%"_s << QStringList { u"percent"_s };
    QTest::newRow("percent alone") << u"%"_s << QStringList { u"percent"_s };
    QTest::newRow("full-width percent") << u"０％"_s << QStringList { u"percent"_s };
    QTest::newRow("digits without percent") << u"1000"_s << QStringList { u"thousand"_s };
    QTest::newRow("underscore is literal") << u"file_name"_s << QStringList { u"underscore"_s };
    QTest::newRow("underscore alone") << u"_"_s << QStringList { u"underscore"_s };
    QTest::newRow("the other name") << u"filexname"_s << QStringList { u"filexname"_s };
    QTest::newRow("double quotes") << u"\"引用\""_s << QStringList { u"quote"_s };
    QTest::newRow("star is literal") << u"*"_s << QStringList { u"quote"_s };
    QTest::newRow("star after text") << u"と*"_s << QStringList { u"quote"_s };
    QTest::newRow("timeline text") << u"謝罪"_s << QStringList { u"timeline"_s };
    QTest::newRow("timeline phrase") << u"折り返し電話"_s << QStringList { u"timeline"_s };
    QTest::newRow("surrogate pair") << u"𠮷"_s << QStringList { u"surrogate"_s };
    QTest::newRow("surrogate pair and more") << u"𠮷田"_s << QStringList { u"surrogate"_s };
    QTest::newRow("a different kanji") << u"吉田"_s << QStringList {};
    QTest::newRow("reading in hiragana") << u"さとう"_s << QStringList { u"hiragana"_s };
    QTest::newRow("name without the space") << u"佐藤花子"_s << QStringList { u"hiragana"_s };
    QTest::newRow("name with a space: both terms") << u"佐藤 花子"_s << QStringList { u"hiragana"_s };
    QTest::newRow("terms in any order") << u"花子　佐藤"_s << QStringList { u"hiragana"_s };
    QTest::newRow("all terms must occur") << u"佐藤 存在しない"_s << QStringList {};
    QTest::newRow("terms in different texts") << u"佐野 謝罪"_s << QStringList { u"timeline"_s };
    QTest::newRow("keywords are text") << u"OR"_s << QStringList { u"latin"_s, u"operators"_s };
    QTest::newRow("NEAR is text") << u"near"_s << QStringList { u"operators"_s };
    QTest::newRow("one kanji") << u"郎"_s
                               << QStringList { u"halfwidth"_s, u"digits"_s, u"latin"_s, u"percent"_s, u"thousand"_s,
                                      u"underscore"_s, u"filexname"_s, u"quote"_s, u"timeline"_s, u"surrogate"_s };
    QTest::newRow("kana suffix") << u"ロウ"_s
                                 << QStringList { u"halfwidth"_s, u"digits"_s, u"latin"_s, u"percent"_s, u"thousand"_s,
                                        u"underscore"_s, u"filexname"_s, u"quote"_s, u"timeline"_s, u"surrogate"_s };
    QTest::newRow("not across two texts") << u"一アオキ"_s << QStringList {};
    QTest::newRow("nothing typed") << u"  　 "_s << QStringList { u"*"_s };
}

void TestComplaintSearch::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    ComplaintFilter filter;
    filter.searchText = typed;
    const QSet<QString> keys = found(filter);
    if (expected == QStringList { u"*"_s }) {
        QCOMPARE(keys.size(), m_byKey.size());
        return;
    }
    QCOMPARE(names(keys), names(QSet<QString>(expected.cbegin(), expected.cend())));
    // The index agrees with the reference implementation of the same rules.
    QSet<QString> reference;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it)
        if (ComplaintSearch::matches(ComplaintSearch::searchableTexts(it.value()), typed))
            reference.insert(it.key());
    QCOMPARE(names(keys), names(reference));
}

void TestComplaintSearch::filtersCombine()
{
    auto expect = [&](const ComplaintFilter& filter, auto predicate) {
        QSet<QString> wanted;
        for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it)
            if (predicate(it.value())
                && ComplaintSearch::matches(ComplaintSearch::searchableTexts(it.value()), filter.searchText))
                wanted.insert(it.key());
        return wanted;
    };
    ComplaintFilter filter;
    filter.searchText = u"郎"_s;
    filter.channels = { ComplaintChannel::Phone };
    QSet<QString> wanted = expect(filter, [](const Complaint& c) { return c.channel == ComplaintChannel::Phone; });
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(names(found(filter)), names(wanted));

    filter.statuses = { ComplaintStatus::InProgress };
    wanted = expect(filter, [](const Complaint& c) {
        return c.channel == ComplaintChannel::Phone && c.status == ComplaintStatus::InProgress;
    });
    QCOMPARE(names(found(filter)), names(wanted));

    filter = {};
    filter.searchText = u"ロウ"_s;
    filter.categories = { ComplaintCategory::Breach };
    filter.receivedFrom = QDate(2025, 5, 3);
    filter.receivedTo = QDate(2025, 5, 9);
    wanted = expect(filter, [](const Complaint& c) {
        return c.category == ComplaintCategory::Breach && c.receivedAt.date() >= QDate(2025, 5, 3)
            && c.receivedAt.date() <= QDate(2025, 5, 9);
    });
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(names(found(filter)), names(wanted));

    filter = {};
    filter.fiscalYear = 2025;
    filter.assigneeId = 0; // unassigned
    QCOMPARE(found(filter).size(), m_byKey.size());
    filter.fiscalYear = 2024;
    QCOMPARE(found(filter).size(), 0);
}

void TestComplaintSearch::indexFollowsEveryWrite()
{
    ComplaintService service(*m_office->session);
    Complaint draft;
    draft.receivedAt = QDateTime(QDate(2025, 7, 1), QTime(11, 0));
    draft.complainant.name = u"森山　直太"_s;
    draft.complainant.kana = u"モリヤマ　ナオタ"_s;
    draft.content = u"ほうれんそうの件"_s;
    auto created = service.create(draft);
    QVERIFY2(created, why(created));
    auto hits = [&](const QString& typed) {
        ComplaintFilter filter;
        filter.searchText = typed;
        ComplaintQuery query(*m_office->session);
        auto counted = query.count(filter);
        auto page = query.page(filter, {}, 0, 10);
        if (!counted || !page || *counted != page->size())
            return -1;
        return *counted;
    };
    QCOMPARE(hits(u"ホウレンソウ"_s), 1);
    QCOMPARE(hits(created->number), 1);

    // An edit replaces the old text in the index.
    Complaint edited = *created;
    edited.content = u"こまつなの件"_s;
    edited.complainant.name = u"森川　直太"_s;
    auto updated = service.update(edited);
    QVERIFY(updated);
    QCOMPARE(hits(u"ほうれんそう"_s), 0);
    QCOMPARE(hits(u"森山"_s), 0);
    QCOMPARE(hits(u"コマツナ"_s), 1);
    QCOMPARE(hits(u"森川"_s), 1);

    // Timeline notes and status notes are searchable at once.
    QVERIFY(service.addTimelineEntry(updated->id, u"みずなも追加"_s));
    QCOMPARE(hits(u"ミズナ"_s), 1);
    auto moved = service.transition(updated->id, updated->revision, ComplaintStatus::InProgress, u"ちんげんさい"_s);
    QVERIFY(moved);
    QCOMPARE(hits(u"チンゲンサイ"_s), 1);
    // Every earlier text is still found once, never twice.
    QCOMPARE(hits(u"森川 コマツナ ミズナ チンゲンサイ"_s), 1);
    // Changing nothing searchable leaves the index alone.
    Complaint unrelated = *moved;
    unrelated.possibleBreach = true;
    QVERIFY(service.update(unrelated));
    QCOMPARE(hits(u"コマツナ"_s), 1);
}

void TestComplaintSearch::listRows()
{
    ComplaintQuery query(*m_office->session);
    ComplaintFilter filter;
    filter.searchText = u"カタカナ"_s;
    auto page = query.page(filter, {}, 0, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    const ComplaintListRow& row = page->first();
    const Complaint& planted = m_byKey.value(u"katakana"_s);
    QCOMPARE(row.id, planted.id);
    QCOMPARE(row.number, planted.number);
    QCOMPARE(row.receivedAt, planted.receivedAt);
    QCOMPARE(row.channel, planted.channel);
    QCOMPARE(row.complainantName, planted.complainant.name);
    QCOMPARE(row.complainantKana, planted.complainant.kana);
    QCOMPARE(row.category, planted.category);
    QCOMPARE(row.status, planted.status);
    QCOMPARE(row.targetDate, planted.targetDate);
    QCOMPARE(row.assigneeId, qint64(0));
    QVERIFY(row.assigneeName.isEmpty());
    QVERIFY(!query.page(filter, {}, -1, 10));
}

void TestComplaintSearch::overdueAndDueSoon()
{
    TestOffice office;
    QVERIFY(office.isValid());
    ComplaintService service(*office.session);
    auto make = [&](QDate received, std::optional<ComplaintStatus> to) -> Complaint {
        Complaint draft;
        draft.receivedAt = QDateTime(received, QTime(10, 0));
        draft.complainant.name = u"期限　確認"_s;
        draft.content = u"期限の確認"_s;
        auto created = service.create(draft);
        if (!created)
            return {};
        if (!to)
            return *created;
        auto moved = service.transition(created->id, created->revision, *to);
        return moved ? *moved : Complaint();
    };
    const QDate today(2025, 6, 20);
    // Target = received + 14 days.
    const Complaint late = make(QDate(2025, 6, 1), std::nullopt); // target 6/15: overdue
    const Complaint lateInProgress = make(QDate(2025, 6, 5), ComplaintStatus::InProgress); // 6/19: overdue
    const Complaint dueToday = make(QDate(2025, 6, 6), std::nullopt); // 6/20: due, not overdue
    const Complaint dueInSix = make(QDate(2025, 6, 12), ComplaintStatus::InProgress); // 6/26: due this week
    const Complaint dueInSeven = make(QDate(2025, 6, 13), std::nullopt); // 6/27: later
    const Complaint withdrawn = make(QDate(2025, 5, 1), ComplaintStatus::Withdrawn); // done: never overdue
    for (const Complaint* c : { &late, &lateInProgress, &dueToday, &dueInSix, &dueInSeven, &withdrawn })
        QVERIFY(c->id > 0);

    ComplaintQuery query(*office.session);
    query.setToday(today);
    auto summary = query.dueSummary(today);
    QVERIFY(summary);
    QCOMPARE(summary->overdue, 2);
    QCOMPARE(summary->dueThisWeek, 2);

    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    auto rows = query.page(overdue, { ComplaintSortColumn::TargetDate, Qt::AscendingOrder }, 0, 50);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, late.id);
    QCOMPARE(rows->at(1).id, lateInProgress.id);
    QVERIFY(rows->at(0).overdue && rows->at(1).overdue);

    ComplaintFilter dueSoon;
    dueSoon.dueWithinDays = 6;
    auto due = query.page(dueSoon, { ComplaintSortColumn::TargetDate, Qt::AscendingOrder }, 0, 50);
    QVERIFY(due);
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).id, dueToday.id);
    QCOMPARE(due->at(1).id, dueInSix.id);
    QVERIFY(!due->at(0).overdue);
    QCOMPARE(*query.count(dueSoon), 2);

    // An answered complaint is no longer waiting for its answer.
    Complaint answered = lateInProgress;
    answered.answerMethod = AnswerMethod::Phone;
    answered.answeredOn = QDate(2025, 6, 18);
    auto updated = service.update(answered);
    QVERIFY(updated);
    QVERIFY(service.transition(updated->id, updated->revision, ComplaintStatus::Answered));
    QCOMPARE(query.dueSummary(today)->overdue, 1);
}

void TestComplaintSearch::demoOfficeMatchesBruteForce()
{
    TestOffice office;
    QVERIFY(office.isValid());
    const QDate today(2025, 11, 25);
    DemoGenerator generator(*office.session);
    generator.setToday(today);
    auto summary = generator.generate(1500, 7u);
    QVERIFY2(summary, why(summary));
    QCOMPARE(summary->complaints, 1500);

    // The reference: every record read back and checked in C++.
    ComplaintQuery query(*office.session);
    query.setToday(today);
    auto everything = allPages(query, {}, {}, 500);
    QVERIFY(everything);
    QCOMPARE(everything->size(), 1500);
    QList<Complaint> all;
    for (const ComplaintListRow& row : *everything) {
        auto complaint = storage::ComplaintTable::find(office.session->vault().database(), row.id);
        QVERIFY(complaint && complaint->has_value());
        all.append(**complaint);
    }
    QSet<int> fiscalYears;
    QSet<int> statuses;
    QSet<int> channels;
    for (const Complaint& c : std::as_const(all)) {
        fiscalYears.insert(c.fiscalYear);
        statuses.insert(int(c.status));
        channels.insert(int(c.channel));
        QCOMPARE(FiscalYear::containing(c.receivedAt.date()).startYear(), c.fiscalYear);
        QVERIFY2(checkRecordForStatus(c), qPrintable(c.number));
    }
    QCOMPARE(fiscalYears.size(), 5);
    QCOMPARE(statuses.size(), int(kComplaintStatuses.size()));
    QCOMPARE(channels.size(), int(kComplaintChannels.size()));

    const qint64 someone = all.at(all.size() / 2).assigneeId;
    QVERIFY(someone > 0);
    struct Case
    {
        const char* name;
        ComplaintFilter filter;
        std::function<bool(const Complaint&)> wanted;
    };
    auto isOverdue = [&](const Complaint& c) { return awaitsAnswer(c.status) && c.targetDate < today; };
    std::vector<Case> cases;
    auto searchCase = [&](const char* name, const QString& typed, std::function<bool(const Complaint&)> extra = {},
                          ComplaintFilter filter = {}) {
        filter.searchText = typed;
        cases.push_back({ name, filter, [typed, extra](const Complaint& c) {
                             return ComplaintSearch::matches(ComplaintSearch::searchableTexts(c), typed)
                                 && (!extra || extra(c));
                         } });
    };
    searchCase("every number (index walk)", u"苦"_s);
    searchCase("common", u"医療費通知"_s);
    searchCase("very common", u"申出"_s);
    searchCase("clinic", u"クリニック"_s);
    searchCase("half-width", u"ｸﾘﾆｯｸ"_s);
    searchCase("family name", u"長谷川"_s);
    searchCase("two terms", u"佐藤 誤送付"_s);
    searchCase("nothing", u"ｲﾘｮｳﾋ"_s);
    searchCase("timeline", u"聞き取り"_s);
    searchCase("email address", u"MEMBER1"_s);
    {
        ComplaintFilter filter;
        filter.statuses = { ComplaintStatus::Closed };
        filter.fiscalYear = 2024;
        cases.push_back({ "closed in FY2024", filter,
            [](const Complaint& c) { return c.status == ComplaintStatus::Closed && c.fiscalYear == 2024; } });
        searchCase(
            "search + status + year", u"苦"_s,
            [](const Complaint& c) { return c.status == ComplaintStatus::Closed && c.fiscalYear == 2024; }, filter);
        filter = {};
        filter.statuses = { ComplaintStatus::Received, ComplaintStatus::InProgress };
        filter.channels = { ComplaintChannel::Phone, ComplaintChannel::Fax };
        cases.push_back({ "open by phone or FAX", filter, [](const Complaint& c) {
                             return awaitsAnswer(c.status)
                                 && (c.channel == ComplaintChannel::Phone || c.channel == ComplaintChannel::Fax);
                         } });
        filter = {};
        filter.categories = { ComplaintCategory::Breach };
        filter.possibleBreachOnly = true;
        cases.push_back({ "possible breach", filter,
            [](const Complaint& c) { return c.category == ComplaintCategory::Breach && c.possibleBreach; } });
        filter = {};
        filter.assigneeId = someone;
        cases.push_back(
            { "person in charge", filter, [someone](const Complaint& c) { return c.assigneeId == someone; } });
        searchCase(
            "person in charge + search", u"申出"_s, [someone](const Complaint& c) { return c.assigneeId == someone; },
            filter);
        filter = {};
        filter.assigneeId = 0;
        cases.push_back({ "unassigned", filter, [](const Complaint& c) { return c.assigneeId == 0; } });
        filter = {};
        filter.receivedFrom = QDate(2024, 12, 1);
        filter.receivedTo = QDate(2025, 1, 31);
        cases.push_back({ "received Dec–Jan", filter, [](const Complaint& c) {
                             return c.receivedAt.date() >= QDate(2024, 12, 1)
                                 && c.receivedAt.date() <= QDate(2025, 1, 31);
                         } });
        filter = {};
        filter.overdueOnly = true;
        cases.push_back({ "overdue", filter, isOverdue });
        searchCase("overdue + search", u"苦"_s, isOverdue, filter);
        filter = {};
        filter.dueWithinDays = 7;
        cases.push_back({ "due within 7 days", filter, [&](const Complaint& c) {
                             return awaitsAnswer(c.status) && c.targetDate >= today && c.targetDate <= today.addDays(7);
                         } });
    }

    for (const Case& c : cases) {
        QSet<qint64> expected;
        for (const Complaint& complaint : std::as_const(all))
            if (c.wanted(complaint))
                expected.insert(complaint.id);
        auto counted = query.count(c.filter);
        QVERIFY2(counted, why(counted));
        QVERIFY2(*counted == expected.size(),
            qPrintable(
                u"%1: count %2, expected %3"_s.arg(QString::fromUtf8(c.name)).arg(*counted).arg(expected.size())));
        auto rows = allPages(query, c.filter, {});
        QVERIFY2(rows, why(rows));
        QSet<qint64> listed;
        for (const ComplaintListRow& row : *rows) {
            listed.insert(row.id);
            QCOMPARE(row.overdue, awaitsAnswer(row.status) && row.targetDate < today);
        }
        QVERIFY2(listed == expected && rows->size() == expected.size(), c.name);
    }
    QVERIFY2(std::any_of(cases.begin(), cases.end(), [&](const Case& c) { return *query.count(c.filter) > 1000; }),
        "no case exercises the index walk of a common search");

    // Every order lists every row once, in the right order.
    QHash<qint64, Complaint> byId;
    for (const Complaint& c : std::as_const(all))
        byId.insert(c.id, c);
    for (ComplaintSortColumn column : { ComplaintSortColumn::Number, ComplaintSortColumn::ReceivedAt,
             ComplaintSortColumn::Channel, ComplaintSortColumn::Complainant, ComplaintSortColumn::Category,
             ComplaintSortColumn::Status, ComplaintSortColumn::Assignee, ComplaintSortColumn::TargetDate }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            // No filter; a search (walked index); a filter on the bulk of the rows; an open status.
            for (int variant = 0; variant < 4; ++variant) {
                ComplaintFilter filter;
                if (variant == 1)
                    filter.searchText = u"申出"_s;
                if (variant == 2) {
                    filter.statuses = { ComplaintStatus::Closed };
                    filter.fiscalYear = 2024;
                }
                if (variant == 3)
                    filter.statuses
                        = { ComplaintStatus::Received, ComplaintStatus::InProgress, ComplaintStatus::Answered };
                auto rows = allPages(query, filter, { column, order }, 113);
                QVERIFY(rows);
                QCOMPARE(int(rows->size()), variant == 0 ? 1500 : *query.count(filter));
                QVERIFY2(variant == 0 || rows->size() > 5, qPrintable(QString::number(rows->size())));
                QSet<qint64> distinct;
                for (const ComplaintListRow& row : *rows)
                    distinct.insert(row.id);
                QCOMPARE(distinct.size(), rows->size());
                for (qsizetype i = 1; i < rows->size(); ++i) {
                    const Complaint& a = byId[rows->at(i - 1).id];
                    const Complaint& b = byId[rows->at(i).id];
                    auto key = [&](const Complaint& c) -> QVariantList {
                        switch (column) {
                        case ComplaintSortColumn::Number:
                            return { c.fiscalYear, c.sequence, c.id };
                        case ComplaintSortColumn::ReceivedAt:
                            return { c.receivedAt.toString(Qt::ISODate), c.id };
                        case ComplaintSortColumn::Channel:
                            return { int(c.channel), c.id };
                        case ComplaintSortColumn::Complainant:
                            return { c.complainant.kana, c.complainant.name, c.id };
                        case ComplaintSortColumn::Category:
                            return { int(c.category), c.id };
                        case ComplaintSortColumn::Status:
                            return { rank(c.status), c.id };
                        case ComplaintSortColumn::Assignee:
                            return { c.assigneeName, c.id };
                        case ComplaintSortColumn::TargetDate:
                            return { c.targetDate.toString(Qt::ISODate), c.id };
                        }
                        return {};
                    };
                    const QVariantList ka = key(a);
                    const QVariantList kb = key(b);
                    // Lexicographic, as SQLite compares: text by code unit (UTF-8 order = code points).
                    int cmp = 0;
                    for (qsizetype k = 0; k < ka.size() && cmp == 0; ++k) {
                        if (ka[k].typeId() == QMetaType::QString)
                            cmp = QString::compare(ka[k].toString(), kb[k].toString(), Qt::CaseSensitive);
                        else
                            cmp = ka[k].toLongLong() < kb[k].toLongLong()
                                ? -1
                                : (ka[k].toLongLong() > kb[k].toLongLong() ? 1 : 0);
                    }
                    QVERIFY2(order == Qt::AscendingOrder ? cmp < 0 : cmp > 0,
                        qPrintable(u"sort %1/%2 at row %3"_s.arg(int(column)).arg(int(order)).arg(i)));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestComplaintSearch)
#include "tst_complaint_search.moc"
