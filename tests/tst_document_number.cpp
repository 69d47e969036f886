// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/DocumentNumberFormat.h"

#include <QTest>

using namespace pd;

class TestDocumentNumber : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void fiscalYearBoundary();
    void invalidPatterns_data();
    void invalidPatterns();
    void missingValuesRefused();
    void placeholdersAreDescribed();
};

void TestDocumentNumber::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const QDate day(2025, 11, 25);
    QTest::newRow("document number") << QStringLiteral("{略称}健保発第{n}号") << qint64(12) << day
                                     << QStringLiteral("テスト健保発第12号");
    QTest::newRow("case number") << QStringLiteral("苦-{年度}-{n:4}") << qint64(1) << day
                                 << QStringLiteral("苦-2025-0001");
    QTest::newRow("era fiscal year") << QStringLiteral("{年度和暦}年度第{n}号") << qint64(3) << day
                                     << QStringLiteral("令和7年度第3号");
    QTest::newRow("era fiscal year 1") << QStringLiteral("{年度和暦}年度第{n}号") << qint64(3) << QDate(2019, 6, 1)
                                       << QStringLiteral("令和元年度第3号");
    QTest::newRow("date parts") << QStringLiteral("{yyyy}{mm}{dd}-{n:3}") << qint64(7) << QDate(2025, 4, 1)
                                << QStringLiteral("20250401-007");
    QTest::newRow("plain n") << QStringLiteral("{n}") << qint64(123456) << day << QStringLiteral("123456");
    QTest::newRow("padding 1") << QStringLiteral("{n:1}") << qint64(5) << day << QStringLiteral("5");
    QTest::newRow("padding 10") << QStringLiteral("{n:10}") << qint64(42) << day << QStringLiteral("0000000042");
    QTest::newRow("overflow is not cut") << QStringLiteral("A{n:2}") << qint64(123) << day << QStringLiteral("A123");
    QTest::newRow("padding exact") << QStringLiteral("{n:4}") << qint64(9999) << day << QStringLiteral("9999");
    QTest::newRow("literal text kept") << QStringLiteral("個人情報 第{n}号（写）") << qint64(2) << day
                                       << QStringLiteral("個人情報 第2号（写）");
}

void TestDocumentNumber::format()
{
    QFETCH(QString, pattern);
    QFETCH(qint64, sequence);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QVERIFY(DocumentNumberFormat::validate(pattern).has_value());
    const Result<QString> number
        = DocumentNumberFormat::format(pattern, NumberContext::forDate(sequence, QStringLiteral("テスト"), date));
    QVERIFY2(number.has_value(), number ? "" : qPrintable(number.error().message()));
    QCOMPARE(*number, expected);
}

void TestDocumentNumber::fiscalYearBoundary()
{
    const QString pattern = QStringLiteral("苦-{年度}-{n:4}");
    const auto numberOn = [&pattern](QDate date) {
        return DocumentNumberFormat::format(pattern, NumberContext::forDate(1, QString(), date)).value();
    };
    QCOMPARE(numberOn(QDate(2026, 3, 31)), QStringLiteral("苦-2025-0001"));
    QCOMPARE(numberOn(QDate(2026, 4, 1)), QStringLiteral("苦-2026-0001"));
    QCOMPARE(numberOn(QDate(2026, 1, 1)), QStringLiteral("苦-2025-0001"));
    QCOMPARE(NumberContext::forDate(1, QString(), QDate(2026, 3, 31)).fiscalYear, FiscalYear(2025));
    QCOMPARE(NumberContext::forDate(1, QString(), QDate(2026, 4, 1)).fiscalYear, FiscalYear(2026));

    // The era of the fiscal year follows the fiscal year, not the calendar year of the date.
    const QString era = QStringLiteral("{年度和暦}-{n}");
    const auto eraOn = [&era](QDate date) {
        return DocumentNumberFormat::format(era, NumberContext::forDate(1, QString(), date)).value();
    };
    QCOMPARE(eraOn(QDate(2026, 3, 31)), QStringLiteral("令和7-1"));
    QCOMPARE(eraOn(QDate(2026, 4, 1)), QStringLiteral("令和8-1"));
    QCOMPARE(eraOn(QDate(2019, 4, 30)), QStringLiteral("平成31-1"));
    QCOMPARE(eraOn(QDate(2019, 5, 1)), QStringLiteral("令和元-1"));
    QCOMPARE(eraOn(QDate(2020, 3, 31)), QStringLiteral("令和元-1"));

    // An explicit fiscal year (a number reserved in the old year) wins over the date.
    NumberContext context = NumberContext::forDate(5, QString(), QDate(2026, 4, 1));
    context.fiscalYear = FiscalYear(2025);
    QCOMPARE(DocumentNumberFormat::format(pattern, context).value(), QStringLiteral("苦-2025-0005"));
}

void TestDocumentNumber::invalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("no n") << QStringLiteral("{略称}健保発第号") << QStringLiteral("{n}");
    QTest::newRow("unknown token") << QStringLiteral("第{x}号{n}") << QStringLiteral("{x} is not a known");
    QTest::newRow("upper case") << QStringLiteral("{N}") << QStringLiteral("{N} is not a known");
    QTest::newRow("spaces in token") << QStringLiteral("{ n }") << QStringLiteral("is not a known");
    QTest::newRow("unclosed") << QStringLiteral("第{n号") << QStringLiteral("position 2 is not closed");
    QTest::newRow("unopened") << QStringLiteral("第n}号") << QStringLiteral("position 3 has no opening");
    QTest::newRow("nested") << QStringLiteral("{{n}}") << QStringLiteral("position 1 is not closed");
    QTest::newRow("empty token") << QStringLiteral("{}{n}") << QStringLiteral("{} is not a known");
    QTest::newRow("width 0") << QStringLiteral("{n:0}") << QStringLiteral("from 1 to 10");
    QTest::newRow("width 11") << QStringLiteral("{n:11}") << QStringLiteral("from 1 to 10");
    QTest::newRow("width missing") << QStringLiteral("{n:}") << QStringLiteral("from 1 to 10");
    QTest::newRow("width text") << QStringLiteral("{n:a}") << QStringLiteral("from 1 to 10");
    QTest::newRow("width sign") << QStringLiteral("{n:+4}") << QStringLiteral("from 1 to 10");
    QTest::newRow("width full-width") << QStringLiteral("{n:４}") << QStringLiteral("from 1 to 10");
    QTest::newRow("full-width braces") << QStringLiteral("第｛n｝号") << QStringLiteral("half-width");
    QTest::newRow("two lines") << QStringLiteral("第{n}号\n写") << QStringLiteral("single line");
}

void TestDocumentNumber::invalidPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, reason);
    const Status status = DocumentNumberFormat::validate(pattern);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(status.error().detail.contains(reason), qPrintable(status.error().detail));
    QVERIFY(status.error().message().contains(status.error().detail));
    // format() refuses the same patterns: a broken setting never issues a number.
    const Result<QString> number = DocumentNumberFormat::format(
        pattern, NumberContext::forDate(1, QStringLiteral("テスト"), QDate(2025, 11, 25)));
    QVERIFY(!number.has_value());
    QCOMPARE(number.error().detail, status.error().detail);
}

void TestDocumentNumber::missingValuesRefused()
{
    const QDate day(2025, 11, 25);
    const auto refused = [](const QString& pattern, const NumberContext& context, const QString& reason) {
        const Result<QString> number = DocumentNumberFormat::format(pattern, context);
        if (number.has_value()) {
            qWarning("accepted: %s", qPrintable(*number));
            return false;
        }
        if (!number.error().detail.contains(reason)) {
            qWarning("reason: %s", qPrintable(number.error().detail));
            return false;
        }
        return number.error().kind == ErrorKind::InvalidInput;
    };
    QVERIFY(refused(QStringLiteral("{略称}第{n}号"), NumberContext::forDate(1, QStringLiteral("  "), day),
        QStringLiteral("short name")));
    QVERIFY(
        refused(QStringLiteral("第{n}号"), NumberContext::forDate(0, QString(), day), QStringLiteral("start at 1")));
    QVERIFY(
        refused(QStringLiteral("第{n}号"), NumberContext::forDate(-3, QString(), day), QStringLiteral("start at 1")));
    NumberContext noDate { 1, FiscalYear(2025), QString(), QDate() };
    QVERIFY(refused(QStringLiteral("{yyyy}-{n}"), noDate, QStringLiteral("{yyyy}")));
    QVERIFY(refused(QStringLiteral("{dd}-{n}"), noDate, QStringLiteral("{dd}")));
    NumberContext noYear;
    noYear.sequence = 1;
    QVERIFY(refused(QStringLiteral("{年度}-{n}"), noYear, QStringLiteral("{年度}")));
    // Tokens that are not used need no value.
    QCOMPARE(DocumentNumberFormat::format(QStringLiteral("第{n}号"), noYear).value(), QStringLiteral("第1号"));
}

void TestDocumentNumber::placeholdersAreDescribed()
{
    const QList<NumberPlaceholder> list = DocumentNumberFormat::placeholders();
    QStringList tokens;
    for (const NumberPlaceholder& placeholder : list) {
        tokens.append(placeholder.token);
        QVERIFY2(!placeholder.description.isEmpty(), qPrintable(placeholder.token));
        QVERIFY2(!placeholder.example.isEmpty(), qPrintable(placeholder.token));
        // Every listed token is accepted by the validator.
        QVERIFY(DocumentNumberFormat::validate(placeholder.token + QStringLiteral("{n}")).has_value());
    }
    QCOMPARE(tokens,
        QStringList(
            { QStringLiteral("{n}"), QStringLiteral("{n:4}"), QStringLiteral("{年度}"), QStringLiteral("{年度和暦}"),
                QStringLiteral("{略称}"), QStringLiteral("{yyyy}"), QStringLiteral("{mm}"), QStringLiteral("{dd}") }));
    QCOMPARE(list.at(0).example, QStringLiteral("12"));
    QCOMPARE(list.at(1).example, QStringLiteral("0012"));
    QCOMPARE(list.at(2).example, QStringLiteral("2025"));
    QCOMPARE(list.at(3).example, QStringLiteral("令和7"));
    QCOMPARE(list.at(4).example, QStringLiteral("テスト"));
    QCOMPARE(list.at(6).example, QStringLiteral("11"));
}

QTEST_GUILESS_MAIN(TestDocumentNumber)
#include "tst_document_number.moc"
