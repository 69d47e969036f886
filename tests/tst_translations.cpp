// SPDX-License-Identifier: GPL-3.0-or-later
// The translation sources as shipped: privacydesk_ja.ts must be complete and keep every
// placeholder and mnemonic of the English source; privacydesk_en.ts must give the English
// singular and plural of every %n message. The .ts files are read from the source tree
// (the compiled .qm files live in the GUI's resources, which the tests do not link).
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< "", "unfinished", "vanished" or "obsolete".
    bool numerus = false;
    QStringList forms; ///< The translation, or its numerus forms.
    qint64 line = 0; ///< Line of the <message> in the .ts file.

    bool isLive() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    QString where() const
    {
        return QStringLiteral("line %1 [%2] \"%3\"").arg(line).arg(context, source.left(70));
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString tsPath(const char* name)
{
    return QStringLiteral(PRIVACYDESK_SOURCE_DIR "/translations/") + QLatin1String(name);
}

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
                inMessage = true;
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform") && inMessage) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// %1 … %9, %L1 … %L9 and %n, each once.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

/// "&F" in "&File": an ampersand before a letter or digit ("&&" is a literal ampersand).
bool hasMnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&') {
            ++i;
            continue;
        }
        if (next.isLetterOrNumber())
            return true;
    }
    return false;
}

QString report(const QStringList& problems)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    TsFile m_ja;
    TsFile m_en;

    QList<TsMessage> liveJapanese() const
    {
        QList<TsMessage> live;
        for (const TsMessage& message : m_ja.messages) {
            if (message.isLive())
                live.append(message);
        }
        return live;
    }

private slots:
    void initTestCase()
    {
        m_ja = readTs(tsPath("privacydesk_ja.ts"));
        m_en = readTs(tsPath("privacydesk_en.ts"));
    }

    void japaneseFileIsWellFormed()
    {
        QVERIFY2(m_ja.error.isEmpty(), qPrintable(m_ja.error));
        QVERIFY(m_ja.language.startsWith(QLatin1String("ja")));
        QVERIFY2(liveJapanese().size() > 100, "privacydesk_ja.ts has suspiciously few messages");
    }

    void japaneseHasNoUnfinishedMessages()
    {
        QStringList problems;
        for (const TsMessage& message : liveJapanese()) {
            if (message.type == QLatin1String("unfinished"))
                problems.append(message.where());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void japaneseTranslationsAreNotEmpty()
    {
        QStringList problems;
        for (const TsMessage& message : liveJapanese()) {
            bool empty = message.forms.isEmpty();
            for (const QString& form : message.forms)
                empty = empty || form.trimmed().isEmpty();
            if (empty)
                problems.append(message.where());
            // Japanese has a single plural form.
            if (message.numerus && message.forms.size() != 1)
                problems.append(message.where() + QStringLiteral(": %1 numerus forms").arg(message.forms.size()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void japaneseKeepsPlaceholders()
    {
        QStringList problems;
        for (const TsMessage& message : liveJapanese()) {
            const QSet<QString> expected = placeholders(message.source);
            for (const QString& form : message.forms) {
                const QSet<QString> actual = placeholders(form);
                for (const QString& placeholder : expected) {
                    if (!actual.contains(placeholder))
                        problems.append(message.where() + QStringLiteral(": %1 missing").arg(placeholder));
                }
                for (const QString& placeholder : actual) {
                    if (!expected.contains(placeholder))
                        problems.append(message.where() + QStringLiteral(": %1 not in the source").arg(placeholder));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void japaneseKeepsMnemonics()
    {
        QStringList problems;
        for (const TsMessage& message : liveJapanese()) {
            if (!hasMnemonic(message.source))
                continue;
            for (const QString& form : message.forms) {
                if (!hasMnemonic(form))
                    problems.append(message.where() + QStringLiteral(": no & in \"%1\"").arg(form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void englishPluralsCoverEveryNumerusMessage()
    {
        QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
        QVERIFY(m_en.language.startsWith(QLatin1String("en")));
        QSet<QString> english;
        QStringList problems;
        for (const TsMessage& message : m_en.messages) {
            if (!message.isLive())
                continue;
            english.insert(message.context + QLatin1Char('\n') + message.source);
            if (!message.numerus)
                problems.append(message.where() + QStringLiteral(": not a numerus message"));
            if (message.type == QLatin1String("unfinished"))
                problems.append(message.where() + QStringLiteral(": unfinished"));
            if (message.forms.size() != 2)
                problems.append(message.where() + QStringLiteral(": %1 forms, English has 2").arg(message.forms.size()));
            for (const QString& form : message.forms) {
                if (form.trimmed().isEmpty() || form.contains(QLatin1String("(s)"))
                    || !placeholders(form).contains(QStringLiteral("%n")))
                    problems.append(message.where() + QStringLiteral(": bad form \"%1\"").arg(form));
            }
        }
        for (const TsMessage& message : liveJapanese()) {
            if (message.numerus && !english.contains(message.context + QLatin1Char('\n') + message.source))
                problems.append(message.where() + QStringLiteral(": missing from privacydesk_en.ts"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
