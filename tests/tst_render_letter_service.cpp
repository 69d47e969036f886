// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing letters: numbering per fiscal year in the archiving transaction, safe across
// processes; the archive reprints byte for byte; templates keep their versions.
#include "TestSupport.h"

#include "core/letters/TemplateCatalog.h"
#include "core/model/FiscalYear.h"
#include "core/render/LetterService.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace pd;

namespace {
QString pdfText(const QByteArray& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"),
                                                QStringLiteral("-")});
    if (!process.waitForStarted())
        return {};
    process.write(pdf);
    process.closeWriteChannel();
    process.waitForFinished();
    // Layout decides where pdftotext breaks lines and which spaces it keeps: compare without white space.
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
    return text;
}

/// `needle` as it must appear in pdfText(), i.e. without white space.
QString compact(QString needle)
{
    needle.remove(QRegularExpression(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption));
    return needle;
}

LetterRequest complaintAnswer(const QString& recipient, QDate date = {})
{
    LetterRequest request;
    request.templateName = QStringLiteral("complaint_answer");
    request.recordType = QStringLiteral("complaint");
    request.recordId = 7;
    request.recordNumber = QStringLiteral("苦-2025-0007");
    request.issueDate = date;
    // The record's fields only: the organization's and the sender's come from the settings.
    QVariantMap fields = TemplateCatalog::find(QStringLiteral("complaint_answer"))->sampleData().toVariantMap();
    for (const QString& key : TemplateCatalog::standardFieldKeys())
        if (!key.startsWith(QStringLiteral("宛先")))
            fields.remove(key);
    request.fields = LetterData(fields);
    request.fields.setText(QStringLiteral("宛先氏名"), recipient);
    return request;
}

void configure(Session& session)
{
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    organization->shortName = QStringLiteral("テスト");
    organization->documentNumberFormat = QStringLiteral("{略称}健保発第{n}号");
    organization->senderTitle = QStringLiteral("理事長");
    organization->senderName = QStringLiteral("鈴木 一郎");
    (void)organizations.saveOrganization(*organization);
}

int issueInChild(const QString& location, int count)
{
    auto session = Session::unlock(location, test::officerLogin(), test::officerPassword());
    if (!session)
        return 2;
    LetterService letters(**session);
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        auto issued = letters.issue(complaintAnswer(QStringLiteral("並行 太郎"), QDate(2025, 11, 25)));
        if (!issued)
            return 3;
        out << issued->sequence << Qt::endl;
    }
    return 0;
}
} // namespace

class TestRenderLetterService : public QObject
{
    Q_OBJECT

private slots:
    void builtInTemplatesAreInstalled();
    void issueNumbersAndArchives();
    void numberingFollowsTheFiscalYear();
    void reprintIsByteIdentical();
    void valuesAreEscaped();
    void oldLettersKeepTheirTemplateVersion();
    void unknownPlaceholdersAreRefused();
    void auditorCannotIssue();
    void previewWritesNoFile();
    void sealImageIsPrinted();
    void registerListsIssuedLetters();
    void twoProcessesGetDistinctConsecutiveNumbers();
};

void TestRenderLetterService::builtInTemplatesAreInstalled()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    auto templates = LetterService(*office.session).templates();
    QVERIFY(templates);
    QCOMPARE(templates->size(), TemplateCatalog::entries().size());
    QCOMPARE(templates->size(), 12);
    for (const StoredTemplate& stored : *templates) {
        QVERIFY(stored.builtIn);
        QCOMPARE(stored.version, 1);
        QVERIFY(!stored.html.isEmpty());
    }
}

void TestRenderLetterService::issueNumbersAndArchives()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    LetterService letters(*office.session);
    auto first = letters.issue(complaintAnswer(QStringLiteral("山田　太郎"), QDate(2025, 11, 25)));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(first->documentNumber, QStringLiteral("テスト健保発第1号"));
    QCOMPARE(first->fiscalYear, 2025);
    auto second = letters.issue(complaintAnswer(QStringLiteral("佐藤　花子"), QDate(2025, 11, 26)));
    QVERIFY(second);
    QCOMPARE(second->documentNumber, QStringLiteral("テスト健保発第2号"));

    const QString text = pdfText(first->pdf);
    QVERIFY2(text.contains(compact(QStringLiteral("テスト健保発第1号"))), qPrintable(text));
    QVERIFY(text.contains(compact(QStringLiteral("令和7年11月25日"))));
    QVERIFY2(text.contains(compact(QStringLiteral("山田　太郎"))), qPrintable(text));
    QVERIFY(text.contains(compact(QStringLiteral("理事長"))));

    auto listed = letters.lettersFor(QStringLiteral("complaint"), 7);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QVERIFY(listed->first().pdf.isEmpty()); // listings do not carry the PDF
    auto entries = storage::AuditLog::entries(office.session->vault().database(), {});
    QVERIFY(entries);
    QCOMPARE(entries->first().action, QStringLiteral("issue"));
    QCOMPARE(entries->first().recordId, second->id);
}

void TestRenderLetterService::numberingFollowsTheFiscalYear()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    LetterService letters(*office.session);
    auto march = letters.issue(complaintAnswer(QStringLiteral("年度 末子"), QDate(2026, 3, 31)));
    auto march2 = letters.issue(complaintAnswer(QStringLiteral("年度 末子"), QDate(2026, 3, 31)));
    auto april = letters.issue(complaintAnswer(QStringLiteral("年度 初子"), QDate(2026, 4, 1)));
    QVERIFY(march && march2 && april);
    QCOMPARE(march->fiscalYear, 2025);
    QCOMPARE(march2->sequence, 2);
    QCOMPARE(april->fiscalYear, 2026);
    QCOMPARE(april->sequence, 1);
    QCOMPARE(april->documentNumber, QStringLiteral("テスト健保発第1号"));
    QVERIFY(pdfText(april->pdf).contains(compact(QStringLiteral("令和8年4月1日"))));
}

void TestRenderLetterService::reprintIsByteIdentical()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    auto issued = LetterService(*office.session).issue(complaintAnswer(QStringLiteral("山田　太郎")));
    QVERIFY(issued);
    office.lock();
    auto session = office.unlock();
    QVERIFY(session);
    auto reprint = LetterService(**session).archivedLetter(issued->id);
    QVERIFY(reprint);
    QCOMPARE(reprint->pdf, issued->pdf);
    QCOMPARE(reprint->templateVersion, 1);
    auto byNumber = LetterService(**session).archivedLetter(issued->documentNumber);
    QVERIFY(byNumber);
    QCOMPARE(byNumber->pdf, issued->pdf);
}

void TestRenderLetterService::valuesAreEscaped()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    LetterService letters(*office.session);
    LetterRequest request = complaintAnswer(QStringLiteral("<b>山田</b> & 太郎"));
    request.fields.setText(QStringLiteral("申出内容"), QStringLiteral("<i>斜体</i>にしないでください"));
    auto preview = letters.preview(request);
    QVERIFY(preview);
    QVERIFY(!preview->html.contains(QStringLiteral("<b>山田</b>")));
    const QString text = pdfText(preview->rendered.pdf);
    QVERIFY2(text.contains(compact(QStringLiteral("<b>山田</b> & 太郎"))), qPrintable(text));
    QVERIFY(text.contains(compact(QStringLiteral("<i>斜体</i>"))));
    QVERIFY(text.contains(compact(LetterService::numberPlaceholder())));
}

void TestRenderLetterService::oldLettersKeepTheirTemplateVersion()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    LetterService letters(*office.session);
    auto before = letters.issue(complaintAnswer(QStringLiteral("旧版 太郎")));
    QVERIFY(before);
    auto stored = letters.latestTemplate(QStringLiteral("complaint_answer"));
    QVERIFY(stored);
    QString html = stored->html;
    html.replace(QStringLiteral("敬具"), QStringLiteral("敬具（改訂版）"));
    auto saved = letters.saveTemplate(stored->name, stored->title, html);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
    QCOMPARE(saved->version, 2);
    auto after = letters.issue(complaintAnswer(QStringLiteral("新版 花子")));
    QVERIFY(after);
    QCOMPARE(after->templateVersion, 2);
    QVERIFY(pdfText(after->pdf).contains(compact(QStringLiteral("敬具（改訂版）"))));
    auto reprint = letters.archivedLetter(before->id);
    QVERIFY(reprint);
    QCOMPARE(reprint->templateVersion, 1);
    QVERIFY(!pdfText(reprint->pdf).contains(compact(QStringLiteral("改訂版"))));
    QCOMPARE(letters.templateVersions(stored->name)->size(), 2);
}

void TestRenderLetterService::unknownPlaceholdersAreRefused()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    LetterService letters(*office.session);
    auto stored = letters.latestTemplate(QStringLiteral("fax_cover"));
    QVERIFY(stored);
    auto saved = letters.saveTemplate(stored->name, stored->title, stored->html + QStringLiteral("<p>{{宛先指名}}</p>"));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
    QVERIFY(saved.error().message().contains(QStringLiteral("宛先指名")));
    auto broken = letters.saveTemplate(stored->name, stored->title, QStringLiteral("<p>{{#記}}</p>"));
    QVERIFY(!broken);
    QCOMPARE(letters.templateVersions(stored->name)->size(), 1);
}

void TestRenderLetterService::auditorCannotIssue()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    const QByteArray password = QByteArrayLiteral("Shinsa-no-Hi-2026-ok");
    QVERIFY(AccountService(*office.session).addAccount(QStringLiteral("kansa"), QStringLiteral("監事 一郎"), Role::Auditor,
                                                       password));
    office.lock();
    auto auditor = Session::unlock(office.location, QStringLiteral("kansa"), password);
    QVERIFY(auditor);
    LetterService letters(**auditor);
    auto issued = letters.issue(complaintAnswer(QStringLiteral("監査 太郎")));
    QVERIFY(!issued);
    QCOMPARE(issued.error().kind, ErrorKind::PermissionDenied);
    auto saved = letters.saveTemplate(QStringLiteral("custom"), QStringLiteral("独自"), QStringLiteral("<p>{{組合名}}</p>"));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::PermissionDenied);
}

void TestRenderLetterService::previewWritesNoFile()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    // main() gave this process its own TMPDIR, so other tests running in parallel cannot
    // disturb the listing; /tmp itself is searched for the marker instead.
    const auto listing = [] {
        QStringList files = test::filesBelow(QDir::tempPath());
        files.sort();
        return files;
    };
    const QString marker = QStringLiteral("一時 ファイル子");
    const QStringList before = listing();
    LetterService letters(*office.session);
    QVERIFY(letters.preview(complaintAnswer(QStringLiteral("一時 ファイル子"))));
    QVERIFY(letters.issue(complaintAnswer(QStringLiteral("一時 ファイル子"))));
    QVERIFY(letters.issuedRegister(QDate::currentDate().addDays(-1), QDate::currentDate()));
    QStringList after = listing();
    after.removeIf([&](const QString& file) { return file.startsWith(office.dir.path()); });
    QStringList expected = before;
    expected.removeIf([&](const QString& file) { return file.startsWith(office.dir.path()); });
    QCOMPARE(after, expected);
    QDir shared(QStringLiteral("/tmp"));
    for (const QFileInfo& file : shared.entryInfoList(QDir::Files | QDir::Hidden)) {
        if (file.size() > 50 * 1024 * 1024)
            continue;
        for (const QByteArray& encoded : test::markerEncodings(marker))
            QVERIFY2(!test::readFile(file.absoluteFilePath()).contains(encoded), qPrintable(file.absoluteFilePath()));
    }
}

void TestRenderLetterService::sealImageIsPrinted()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    LetterService letters(*office.session);
    auto withoutSeal = letters.preview(complaintAnswer(QStringLiteral("印影 太郎")));
    QVERIFY(withoutSeal);
    QVERIFY(!withoutSeal->rendered.pdf.contains("/Subtype /Image"));
    QVERIFY(pdfText(withoutSeal->rendered.pdf).contains(compact(QStringLiteral("（公印省略）"))));

    QImage seal(120, 120, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    {
        QPainter painter(&seal);
        painter.setPen(QPen(Qt::red, 6));
        painter.drawEllipse(8, 8, 104, 104);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(seal.save(&buffer, "PNG"));
    OrganizationService organizations(*office.session);
    auto organization = organizations.organization();
    QVERIFY(organization);
    organization->sealMode = Organization::SealMode::Image;
    organization->sealImage = png;
    QVERIFY(organizations.saveOrganization(*organization));

    auto withSeal = letters.preview(complaintAnswer(QStringLiteral("印影 太郎")));
    QVERIFY(withSeal);
    QVERIFY(withSeal->rendered.pdf.contains("/Subtype /Image"));
    QVERIFY(!pdfText(withSeal->rendered.pdf).contains(compact(QStringLiteral("（公印省略）"))));
}

void TestRenderLetterService::registerListsIssuedLetters()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    LetterService letters(*office.session);
    for (const QString& name : {QStringLiteral("一番 太郎"), QStringLiteral("二番 花子"), QStringLiteral("三番 次郎")})
        QVERIFY(letters.issue(complaintAnswer(name)));
    auto pdf = letters.issuedRegister(QDate::currentDate().addDays(-1), QDate::currentDate());
    QVERIFY(pdf);
    const QString text = pdfText(pdf->pdf);
    for (const QString& number : {QStringLiteral("テスト健保発第1号"), QStringLiteral("テスト健保発第3号")})
        QVERIFY2(text.contains(compact(number)), qPrintable(text));
    QVERIFY(text.contains(compact(QStringLiteral("二番 花子"))));
    QVERIFY(text.contains(compact(QStringLiteral("苦-2025-0007"))));
}

void TestRenderLetterService::twoProcessesGetDistinctConsecutiveNumbers()
{
    test::TestOffice office;
    QVERIFY(office.isValid());
    configure(*office.session);
    office.lock();
    constexpr int perProcess = 15;
    QProcess first;
    QProcess second;
    for (QProcess* process : {&first, &second})
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--issue-letters"), office.location, QString::number(perProcess)});
    QList<int> numbers;
    for (QProcess* process : {&first, &second}) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
        for (const QByteArray& line : process->readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                numbers.append(line.trimmed().toInt());
    }
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(numbers.size(), 2 * perProcess);
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i + 1);
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QTemporaryDir privateTemp;
    qputenv("TMPDIR", QFile::encodeName(privateTemp.path()));
    QGuiApplication app(argc, argv);
    crypto::initialize();
    if (argc == 4 && qstrcmp(argv[1], "--issue-letters") == 0)
        return issueInChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    TestRenderLetterService test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_render_letter_service.moc"
