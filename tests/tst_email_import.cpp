// SPDX-License-Identifier: GPL-3.0-or-later
// Complaints that arrive by email: the message as Japanese mailers write it (ISO-2022-JP in
// base64 and in 7bit with Windows characters, Shift_JIS in quoted-printable, UTF-8, multipart
// with attachments, HTML only) decodes to exactly the text the sender typed; input that is not
// an email is refused with a sentence and stores nothing; an import is one transaction that
// keeps the original message and its attachments with the complaint.
#include "TestSupport.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/EmailIntake.h"
#include "core/complaints/EmailMessage.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Vault.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString& name)
{
    return readFile(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/email/") + name);
}

template <typename T> const char* why(const std::expected<T, Error>& result)
{
    static QByteArray text;
    text = result ? QByteArray() : result.error().message().toUtf8();
    return text.constData();
}

EmailMessage parsed(const QString& name)
{
    auto message = parseEmail(sample(name));
    if (!message)
        qWarning("%s: %s", qPrintable(name), why(message));
    return message ? *message : EmailMessage();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

qint64 rowCount(Session& session, const char* table)
{
    auto statement = session.vault().database().prepare(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)));
    if (!statement || !statement->step().value_or(false))
        return -1;
    return statement->integer(0);
}

} // namespace

class TestEmailImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void iso2022JpBase64();
    void iso2022Jp7bitWithWindowsCharacters();
    void shiftJisQuotedPrintable();
    void utf8EightBit();
    void multipartKeepsAttachmentsAndPrefersPlainText();
    void htmlOnlyBecomesText();
    void htmlToPlainText_data();
    void htmlToPlainText();
    void rawEightBitHeadersAreCp932();
    void forwardedMessageIsKeptWhole();
    void malformedInputIsRefused_data();
    void malformedInputIsRefused();
    void damagedMessagesParseOrFailCleanly();
    void readFileChecksTheLimitBeforeReading();
    void draftFromFillsTheIntakeForm();
    void importStoresComplaintOriginalAndAttachmentsTogether();
    void attachmentOverTheLimitStoresNothing();
    void auditorCannotImport();

private:
    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<Session> m_auditor;
};

void TestEmailImport::initTestCase()
{
    m_office = std::make_unique<TestOffice>();
    QVERIFY(m_office->isValid());
    const QByteArray password = DemoGenerator::demoAccountPassword();
    QVERIFY(AccountService(*m_office->session).addAccount(u"kansa"_s, u"監事 一郎"_s, Role::Auditor, password));
    auto auditor = Session::unlock(m_office->location, u"kansa"_s, password);
    QVERIFY2(auditor, why(auditor));
    m_auditor = std::move(*auditor);
}

void TestEmailImport::iso2022JpBase64()
{
    const EmailMessage message = parsed(u"iso2022jp-base64.eml"_s);
    QCOMPARE(message.fromAddress, u"taro.yamada@example.jp"_s);
    QCOMPARE(message.fromName, u"山田 太郎"_s);
    QCOMPARE(message.subject, u"医療費通知の送付先について"_s);
    QCOMPARE(message.date.toUTC(), utc(2025, 11, 17, 1, 15));
    QCOMPARE(message.date.timeSpec(), Qt::LocalTime);
    QCOMPARE(
        message.body, u"健康保険組合 御中\n\n医療費通知が前の住所に届きました。\n家族に見られてしまい困っています。"_s);
    QVERIFY(message.attachments.isEmpty());
    QCOMPARE(message.raw, sample(u"iso2022jp-base64.eml"_s));
}

void TestEmailImport::iso2022Jp7bitWithWindowsCharacters()
{
    // Windows mailers put CP932's ① (JIS row 13) into ISO-2022-JP; iconv alone refuses it.
    const EmailMessage message = parsed(u"iso2022jp-7bit.eml"_s);
    QCOMPARE(message.fromName, u"佐々木 花子"_s);
    QCOMPARE(message.fromAddress, u"hanako@example.ne.jp"_s);
    QCOMPARE(message.subject, u"職員の対応について（苦情①）"_s);
    QCOMPARE(message.body, u"お世話になっております。\n\n書類番号は①です。\n返信は不要です。"_s);
}

void TestEmailImport::shiftJisQuotedPrintable()
{
    // "Shift_JIS" mail is CP932: 髙 (an IBM extension) and ～ (FULLWIDTH TILDE, not WAVE DASH).
    const EmailMessage message = parsed(u"shiftjis-qp.eml"_s);
    QCOMPARE(message.fromName, u"髙橋 一郎"_s);
    QCOMPARE(message.subject, u"電話窓口がつながらない"_s);
    QCOMPARE(message.date.toUTC(), utc(2025, 11, 19, 9, 30));
    QCOMPARE(
        message.body, u"髙橋と申します。\n窓口の受付時間は９時\uFF5E１７時と聞きましたが、電話がつながりません。"_s);
}

void TestEmailImport::utf8EightBit()
{
    const EmailMessage message = parsed(u"utf8.eml"_s);
    QCOMPARE(message.fromName, u"鈴木 次郎"_s);
    QCOMPARE(message.fromAddress, u"jiro.suzuki@example.org"_s);
    QCOMPARE(message.subject, u"利用目的の確認"_s);
    QCOMPARE(message.date.toUTC(), utc(2025, 11, 20, 5, 5, 30));
    QCOMPARE(message.body, u"被扶養者の認定書類について、目的外に使われていないか確認したいです。"_s);
}

void TestEmailImport::multipartKeepsAttachmentsAndPrefersPlainText()
{
    const EmailMessage message = parsed(u"multipart-attachments.eml"_s);
    QCOMPARE(message.subject, u"誤送付の証拠"_s);
    // The HTML alternative says the same: the body holds the plain text once.
    QCOMPARE(message.body, u"添付のとおり、通知書と写真を送ります。"_s);
    QCOMPARE(message.attachments.size(), 2);
    QCOMPARE(message.attachments.at(0).fileName, u"通知書.pdf"_s); // RFC 2231
    QCOMPARE(message.attachments.at(0).mimeType, u"application/pdf"_s);
    QCOMPARE(message.attachments.at(0).data, sample(u"sample.pdf"_s));
    QCOMPARE(message.attachments.at(1).fileName, u"写真.png"_s); // RFC 2047 inside the parameter
    QCOMPARE(message.attachments.at(1).mimeType, u"image/png"_s);
    QCOMPARE(message.attachments.at(1).data, sample(u"sample.png"_s));
}

void TestEmailImport::htmlOnlyBecomesText()
{
    const EmailMessage message = parsed(u"html-only.eml"_s);
    QCOMPARE(message.fromAddress, u"info@example.co.jp"_s);
    QVERIFY(message.fromName.isEmpty());
    QCOMPARE(message.body, u"保険証の<再発行>について\n回答をお願いします。\nよろしく&お願いします。"_s);
}

void TestEmailImport::htmlToPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    // <pre>: lines, blank lines and spaces as written (a table typed with spaces, a signature).
    QTest::newRow("pre keeps lines")
        << u"<p>下記の通りです。</p><pre>受付日　　2025/11/20\n氏名      山田 太郎\n\n  以上</pre><p>よろしく</p>"_s
        << u"下記の通りです。\n受付日　　2025/11/20\n氏名      山田 太郎\n\n  以上\nよろしく"_s;
    QTest::newRow("pre first line break dropped, CRLF")
        << u"<pre>\r\nline 1\r\n    line 2\r\n</pre>"_s << u"line 1\n    line 2"_s;
    QTest::newRow("pre tags and entities inside")
        << u"<PRE class=\"x\"><b>a</b> &lt;b&gt;  &amp;\n<span>b</span>&nbsp;&nbsp;c<br>d</PRE>"_s
        << u"a <b>  &\nb  c\nd"_s;
    QTest::newRow("two pre blocks") << u"<pre>a\n b</pre><pre>c</pre>"_s << u"a\n b\nc"_s;
    QTest::newRow("unclosed pre") << u"text <pre>x\n  y"_s << u"text\nx\n  y"_s;
    QTest::newRow("source line breaks outside pre flow")
        << u"<p>one\ntwo   three</p>"_s << u"one two three"_s;

    // The rest of the markup.
    QTest::newRow("br") << u"a<br>b<br/>c<BR class=\"x\">d"_s << u"a\nb\nc\nd"_s;
    QTest::newRow("paragraphs") << u"<p>A</p><p>B<br>C</p>"_s << u"A\nB\nC"_s;
    QTest::newRow("br between paragraphs is an empty line") << u"<p>A</p><br><p>B</p>"_s << u"A\n\nB"_s;
    QTest::newRow("nested div") << u"<div>a<div>b</div>c</div>"_s << u"a\nb\nc"_s;
    QTest::newRow("list items") << u"<ul><li>一</li><li>二</li></ul>"_s << u"・一\n・二"_s;
    QTest::newRow("table cells") << u"<table><tr><td>氏名</td><td>山田</td></tr><tr><td>電話</td></tr></table>"_s
                                 << u"氏名 山田\n電話"_s;
    QTest::newRow("nbsp kept as spaces") << u"<p>&nbsp;&nbsp;字下げ</p><p>a&nbsp;&nbsp;b</p>"_s
                                         << u"字下げ\na  b"_s;
    QTest::newRow("entities") << u"&lt;再発行&gt; &amp;amp; &quot;q&quot; &#12354;&#x3042; &yen;100 &bogus; &amp"_s
                              << u"<再発行> &amp; \"q\" ああ ¥100 &bogus; &amp"_s;
    QTest::newRow("invalid numeric entity") << u"a&#xD800;b&#0;c"_s << u"a&#xD800;b&#0;c"_s;
    QTest::newRow("style script head skipped")
        << u"<html><head><title>T</title><style>p{color:red}</style></head><body><script>alert(1)</script>"
           u"<p>本文</p><!-- note --></body></html>"_s
        << u"本文"_s;
    QTest::newRow("many breaks collapse") << u"a<br><br><br><br>b"_s << u"a\n\nb"_s;
}

void TestEmailImport::htmlToPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(pd::htmlToPlainText(html), text);
}

void TestEmailImport::rawEightBitHeadersAreCp932()
{
    // Older Japanese mailers send Shift_JIS headers without RFC 2047 encoding.
    const EmailMessage message = parsed(u"raw-8bit-headers.eml"_s);
    QCOMPARE(message.fromAddress, u"takada@example.jp"_s);
    QCOMPARE(message.fromName, u"髙田 ①子"_s);
    QCOMPARE(message.subject, u"保険証の再発行\uFF5E至急"_s);
    QCOMPARE(message.body, u"再発行の手続きを教えてください。"_s);
}

void TestEmailImport::forwardedMessageIsKeptWhole()
{
    const EmailMessage message = parsed(u"forwarded.eml"_s);
    // The subject's first character is split across two encoded words.
    QCOMPARE(message.subject, u"転送：個人情報の誤送付"_s);
    QCOMPARE(message.fromName, u"Kenpo Info"_s);
    QCOMPARE(message.body, u"加入者からの苦情を転送します。"_s);
    QCOMPARE(message.attachments.size(), 1);
    const EmailAttachmentPart& forwarded = message.attachments.first();
    QCOMPARE(forwarded.mimeType, u"message/rfc822"_s);
    QCOMPARE(forwarded.fileName, u"誤って届いた通知.eml"_s);
    QCOMPARE(EmailIntake::attachmentType(forwarded), u"message/rfc822"_s);
    // The attachment is a message of its own, which parses in turn.
    auto inner = parseEmail(forwarded.data);
    QVERIFY2(inner, why(inner));
    QCOMPARE(inner->fromName, u"伊藤 四郎"_s);
    QCOMPARE(inner->body, u"別人の通知が届きました。"_s);
}

void TestEmailImport::malformedInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \n");
    QTest::newRow("an image") << sample(u"sample.png"_s);
    QTest::newRow("a PDF") << sample(u"sample.pdf"_s);
    QTest::newRow("plain text") << sample(u"not-an-email.eml"_s);
    QTest::newRow("no sender") << sample(u"no-sender.eml"_s);
}

void TestEmailImport::malformedInputIsRefused()
{
    QFETCH(QByteArray, raw);
    const qint64 complaintsBefore = rowCount(*m_office->session, "complaints");
    auto message = parseEmail(raw);
    QVERIFY(!message);
    QCOMPARE(message.error().kind, ErrorKind::InvalidInput);
    // A sentence that says what is wrong, not just "invalid input".
    QVERIFY2(message.error().detail.contains(u"email"_s), qPrintable(message.error().detail));
    QCOMPARE(rowCount(*m_office->session, "complaints"), complaintsBefore);
    QCOMPARE(rowCount(*m_office->session, "complaint_emails"), 0);
}

void TestEmailImport::damagedMessagesParseOrFailCleanly()
{
    // Cut short (a half-saved file) the message still reads as far as it goes.
    const QByteArray multipart = sample(u"multipart-attachments.eml"_s);
    auto truncated = parseEmail(multipart.left(multipart.size() / 2));
    QVERIFY2(truncated, why(truncated));
    QCOMPARE(truncated->fromAddress, u"saburo@example.jp"_s);
    QCOMPARE(truncated->body, u"添付のとおり、通知書と写真を送ります。"_s);

    // Damaged bytes anywhere: a result or a sentence, never a crash or a message without a sender.
    QRandomGenerator random(20251130);
    const QStringList names { u"iso2022jp-base64.eml"_s, u"iso2022jp-7bit.eml"_s, u"shiftjis-qp.eml"_s,
        u"multipart-attachments.eml"_s, u"forwarded.eml"_s, u"raw-8bit-headers.eml"_s };
    for (int round = 0; round < 600; ++round) {
        QByteArray damaged = sample(names.at(round % names.size()));
        const int changes = 1 + int(random.bounded(8));
        for (int i = 0; i < changes; ++i)
            damaged[int(random.bounded(damaged.size()))] = char(random.bounded(1, 256));
        if (round % 3 == 0)
            damaged.truncate(int(random.bounded(damaged.size())));
        auto message = parseEmail(damaged);
        if (message)
            QVERIFY(!message->fromAddress.isEmpty());
        else
            QVERIFY(!message.error().detail.isEmpty());
    }
}

void TestEmailImport::readFileChecksTheLimitBeforeReading()
{
    Session& session = *m_office->session;
    EmailIntake intake(session);
    auto message = intake.readFile(QStringLiteral(PRIVACYDESK_SOURCE_DIR "/tests/data/email/utf8.eml"));
    QVERIFY2(message, why(message));
    QCOMPARE(message->raw, sample(u"utf8.eml"_s));
    QCOMPARE(message->subject, u"利用目的の確認"_s);

    auto missing = intake.readFile(m_office->dir.filePath(u"missing.eml"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(missing.error().detail.contains(u"missing.eml"_s), qPrintable(missing.error().detail));

    // A message larger than the limit is refused from its size alone.
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->attachmentLimitMb = 1;
    QVERIFY(organizations.saveOrganization(*organization));
    const QString large = m_office->dir.filePath(u"large.eml"_s);
    QVERIFY(writeFile(large, sample(u"utf8.eml"_s) + QByteArray(int(ComplaintAttachments::bytesForMb(1)), 'a')));
    auto tooLarge = intake.readFile(large);
    QVERIFY(!tooLarge);
    QVERIFY2(tooLarge.error().detail.contains(u"1 MB"_s), qPrintable(tooLarge.error().detail));
    organization = organizations.organization();
    QVERIFY(organization);
    organization->attachmentLimitMb = ComplaintAttachments::kDefaultLimitMb;
    QVERIFY(organizations.saveOrganization(*organization));
}

void TestEmailImport::draftFromFillsTheIntakeForm()
{
    const EmailMessage message = parsed(u"iso2022jp-base64.eml"_s);
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    const Complaint draft = EmailIntake::draftFrom(message);
    QCOMPARE(draft.channel, ComplaintChannel::Email);
    QVERIFY(draft.receivedAt >= before && draft.receivedAt <= QDateTime::currentDateTime().addSecs(1));
    QCOMPARE(draft.complainant.name, u"山田 太郎"_s);
    QCOMPARE(draft.complainant.email, u"taro.yamada@example.jp"_s);
    QCOMPARE(draft.channelDetails.emailFrom, u"山田 太郎 <taro.yamada@example.jp>"_s);
    QCOMPARE(draft.channelDetails.emailSubject, message.subject);
    QCOMPARE(draft.channelDetails.emailDate, message.date);
    QCOMPARE(draft.channelDetails.emailBody, message.body);
    QCOMPARE(draft.content, message.body);

    // A message that is all attachment still gives the form something to say.
    EmailMessage bare = message;
    bare.body.clear();
    QCOMPARE(EmailIntake::draftFrom(bare).content, message.subject);
    // A sender without a name is named by the address, so that the draft can be saved as it is.
    const Complaint unnamed = EmailIntake::draftFrom(parsed(u"html-only.eml"_s));
    QCOMPARE(unnamed.complainant.name, u"info@example.co.jp"_s);
    QCOMPARE(unnamed.complainant.relation, ComplainantRelation::Self);
}

void TestEmailImport::importStoresComplaintOriginalAndAttachmentsTogether()
{
    Session& session = *m_office->session;
    const EmailMessage message = parsed(u"multipart-attachments.eml"_s);
    Complaint draft = EmailIntake::draftFrom(message);
    draft.complainant.kana = u"タナカ サブロウ"_s; // corrected in the form before saving
    auto created = EmailIntake(session).create(draft, message);
    QVERIFY2(created, why(created));
    QVERIFY(!created->number.isEmpty());
    QCOMPARE(created->channel, ComplaintChannel::Email);
    QCOMPARE(created->complainant.kana, u"タナカ サブロウ"_s);
    QCOMPARE(created->channelDetails.emailSubject, u"誤送付の証拠"_s);

    auto found = ComplaintService(session).findByNumber(created->number);
    QVERIFY2(found, why(found));
    QCOMPARE(found->content, message.body);

    auto original = EmailIntake(session).originalMessage(created->id);
    QVERIFY2(original, why(original));
    QVERIFY(original->has_value());
    QCOMPARE(**original, sample(u"multipart-attachments.eml"_s));

    ComplaintAttachments attachments(session);
    auto list = attachments.list(created->id);
    QVERIFY2(list, why(list));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).fileName, u"通知書.pdf"_s);
    QCOMPARE(list->at(0).mimeType, u"application/pdf"_s);
    QCOMPARE(list->at(0).source, u"email"_s);
    QCOMPARE(list->at(0).size, sample(u"sample.pdf"_s).size());
    QCOMPARE(list->at(1).fileName, u"写真.png"_s);
    QCOMPARE(list->at(1).mimeType, u"image/png"_s);
    auto png = attachments.content(list->at(1).id);
    QVERIFY2(png, why(png));
    QCOMPARE(*png, sample(u"sample.png"_s));

    // A complaint that did not come by email has no original.
    Complaint phone = draft;
    phone.channel = ComplaintChannel::Phone;
    auto byPhone = ComplaintService(session).create(phone);
    QVERIFY2(byPhone, why(byPhone));
    auto none = EmailIntake(session).originalMessage(byPhone->id);
    QVERIFY2(none, why(none));
    QVERIFY(!none->has_value());
}

void TestEmailImport::attachmentOverTheLimitStoresNothing()
{
    Session& session = *m_office->session;
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->attachmentLimitMb = 1;
    QVERIFY(organizations.saveOrganization(*organization));

    EmailMessage message = parsed(u"utf8.eml"_s);
    message.attachments.append({ u"scan.pdf"_s, u"application/pdf"_s,
        QByteArray("%PDF-1.4\n") + QByteArray(int(ComplaintAttachments::bytesForMb(1)), 'x') });
    const qint64 complaints = rowCount(session, "complaints");
    const qint64 emails = rowCount(session, "complaint_emails");
    const qint64 files = rowCount(session, "complaint_attachments");
    auto created = EmailIntake(session).create(EmailIntake::draftFrom(message), message);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(created.error().detail.contains(u"1 MB"_s), qPrintable(created.error().detail));
    QCOMPARE(rowCount(session, "complaints"), complaints);
    QCOMPARE(rowCount(session, "complaint_emails"), emails);
    QCOMPARE(rowCount(session, "complaint_attachments"), files);

    organization = organizations.organization();
    QVERIFY(organization);
    organization->attachmentLimitMb = ComplaintAttachments::kDefaultLimitMb;
    QVERIFY(organizations.saveOrganization(*organization));
    created = EmailIntake(session).create(EmailIntake::draftFrom(message), message);
    QVERIFY2(created, why(created));
}

void TestEmailImport::auditorCannotImport()
{
    const EmailMessage message = parsed(u"utf8.eml"_s);
    const qint64 complaints = rowCount(*m_office->session, "complaints");
    auto created = EmailIntake(*m_auditor).create(EmailIntake::draftFrom(message), message);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ErrorKind::PermissionDenied);
    QCOMPARE(rowCount(*m_office->session, "complaints"), complaints);
    storage::AuditLog::Filter filter;
    filter.limit = 1;
    auto last = storage::AuditLog::entries(m_auditor->vault().database(), filter);
    QVERIFY(last && !last->isEmpty());
    QCOMPARE(last->first().login, u"kansa"_s);
    QCOMPARE(last->first().action, u"denied"_s);
}

QTEST_GUILESS_MAIN(TestEmailImport)
#include "tst_email_import.moc"
