// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/complaints/ComplaintAttachments.h"
#include "core/complaints/ComplaintDrafts.h"
#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/EmailIntake.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Vault.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/AttachmentViewer.h"
#include "ui/complaints/AttachmentsPanel.h"
#include "ui/complaints/ComplaintEditor.h"
#include "ui/complaints/ComplaintWindows.h"
#include "ui/complaints/EmailOriginalDialog.h"
#include "ui/complaints/StatusChangeDialog.h"
#include "ui/complaints/TimelinePanel.h"
#include "ui/complaints/UnsavedChangesPrompt.h"
#include "ui/letters/LetterPrintDialog.h"
#include "ui/letters/PdfViewerDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QString kStaffLogin = QStringLiteral("suzuki");
const QString kStaffPassword = QStringLiteral("Umi-no-Oto-42-Sazanami");
const QString kName = QStringLiteral("山田 花子");
const QString kContent = QStringLiteral("医療費通知が別の加入者の分と一緒に届いた。");

QByteArray pngImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray pdfDocument(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("FAX page %1").arg(page + 1));
    }
    painter.end();
    return bytes;
}

/// A FAX as scanners send it: a two-page TIFF (CCITT Group 4), 300×400 pixels a page.
QByteArray twoPageTiff()
{
    return QByteArray::fromBase64(
    "SUkqAF4AAAD//////IMEIdYfT8ucLdwWt/++ZuqT9VxT2loJ8sv73XvVbvVe91iP////////////////////////////////"
    "////////////////////////gAgAgBAA/gAEAAEAAAACAAAAAAEDAAEAAAAsAQAAAQEDAAEAAACQAQAAAgEDAAEAAAABAAAA"
    "AwEDAAEAAAAEAAAABgEDAAEAAAAAAAAACgEDAAEAAAABAAAAEQEEAAEAAAAIAAAAEgEDAAEAAAABAAAAFQEDAAEAAAABAAAA"
    "FgEDAAEAAACQAQAAFwEEAAEAAABWAAAAHAEDAAEAAAABAAAAKQEDAAIAAAAAAAIAPgEFAAIAAABUAQAAPwEFAAYAAAAkAQAA"
    "0AEAAIXrUQAAAIAAw/WoAAAAAALNzEwAAAAAAc3MTAAAAIAAzcxMAAAAAAKPwvUAAAAAEDcaoAAAAAACK4cKAAAAIAD/////"
    "/IQLQMzKyxzDwg9CG5Md0nQQbt3T11btU0lvr4UehSVoJZY5xwS6EQguEFSQV0t1Sq2iKOTXJOOlxH//////////////////"
    "//////////////////////////////////////wAQAQQAP4ABAABAAAAAgAAAAABAwABAAAALAEAAAEBAwABAAAAkAEAAAIB"
    "AwABAAAAAQAAAAMBAwABAAAABAAAAAYBAwABAAAAAAAAAAoBAwABAAAAAQAAABEBBAABAAAAZAEAABIBAwABAAAAAQAAABUB"
    "AwABAAAAAQAAABYBAwABAAAAkAEAABcBBAABAAAAbAAAABwBAwABAAAAAQAAACkBAwACAAAAAQACAD4BBQACAAAAxgIAAD8B"
    "BQAGAAAAlgIAAAAAAACF61EAAACAAMP1qAAAAAACzcxMAAAAAAHNzEwAAACAAM3MTAAAAAACj8L1AAAAABA3GqAAAAAAAiuH"
    "CgAAACAA");
}

QString encodedWord(const QString& text)
{
    return QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(text.toUtf8().toBase64()));
}

/// A saved email as a mail program writes it: Japanese subject and body, one PNG attached.
QByteArray emailWithAttachment(const QByteArray& png)
{
    QByteArray mail;
    mail += "From: " + encodedWord(kName).toLatin1() + " <hanako@example.jp>\r\n";
    mail += "To: kojin@example.or.jp\r\n";
    mail += "Subject: " + encodedWord(QStringLiteral("個人情報の取扱いについて")).toLatin1() + "\r\n";
    mail += "Date: Mon, 30 Nov 2026 09:15:00 +0900\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n";
    mail += "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    // Wrapped at 76 characters, as mail programs write base64.
    const QByteArray body = (kContent + u'\n' + kName + u'\n').toUtf8().toBase64();
    for (qsizetype at = 0; at < body.size(); at += 76)
        mail += body.mid(at, 76) + "\r\n";
    mail += "--b1\r\nContent-Type: image/png; name=\"scan.png\"\r\n"
            "Content-Disposition: attachment; filename=\"scan.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    mail += png.toBase64() + "\r\n";
    mail += "--b1--\r\n";
    return mail;
}

void dropFiles(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint center = target->rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(center), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

/// The status dialog on screen (closed ones wait for their deferred delete).
StatusChangeDialog* shownStatusDialog(QWidget* editor)
{
    for (StatusChangeDialog* dialog : editor->findChildren<StatusChangeDialog*>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

/// The "create" entries the audit log holds for attachments, oldest first.
QList<storage::AuditEntry> attachmentCreations(Session& session)
{
    storage::AuditLog::Filter filter;
    filter.limit = 100000;
    const QList<storage::AuditEntry> entries = storage::AuditLog::entries(session.vault().database(), filter).value();
    QList<storage::AuditEntry> found;
    for (const storage::AuditEntry& entry : entries)
        if (entry.action == QStringLiteral("create") && entry.recordType == QStringLiteral("complaint_attachment"))
            found.append(entry);
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    return found;
}

Status setAttachmentLimit(Session& session, int megabytes)
{
    OrganizationService organizations(session);
    auto organization = organizations.organization();
    if (!organization)
        return std::unexpected(organization.error());
    organization->attachmentLimitMb = megabytes;
    return organizations.saveOrganization(*organization);
}

QStringList filesIn(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}
} // namespace

class TestGuiComplaintEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusButtonsOfferOnlyLegalSteps();
    void signOffOnlyForTheOfficer();
    void timelineEntryWithCtrlEnter();
    void attachmentsAreShownFromMemory();
    void attachmentOverTheLimitIsRefusedBeforeReading();
    void filesAttachedBeforeTheFirstSaveAreStoredWithIt();
    void filesOfAnUnsavedComplaintSurviveInTheDraft();
    void droppedEmailBecomesAComplaint();
    void malformedEmailStoresNothing();
    void printLetterIsPrefilled();
    void conflictKeepsTypedText();

private:
    Session& session() const { return *m_context->session(); }
    Complaint createComplaint();
    ComplaintEditor* openEditor(qint64 id);
    QString writeSourceFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_sourceDir; // files a user would attach: outside the program's temporary folder
    QTemporaryDir m_programTemp; // TMPDIR of this test: must stay empty while files are viewed
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<QWidget> m_host;
    ComplaintWindows* m_windows = nullptr;
};

void TestGuiComplaintEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_sourceDir.isValid());
    QVERIFY(m_programTemp.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    // QDir::tempPath() follows TMPDIR: a folder of our own, so that nothing else writes there.
    qputenv("TMPDIR", QFile::encodeName(m_programTemp.path()));
    QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(m_programTemp.path()).canonicalPath());
    MessageBox::setRecordingForTesting(true);
}

void TestGuiComplaintEditor::init()
{
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    auto staff = AccountService(*m_office->session)
                     .addAccount(kStaffLogin, QStringLiteral("鈴木 一郎"), Role::Staff, kStaffPassword.toUtf8());
    QVERIFY(staff.has_value());
    m_context = std::make_unique<SessionContext>();
    m_context->open(std::move(m_office->session));
    m_host = std::make_unique<QWidget>();
    m_host->resize(400, 300);
    m_host->show();
    m_windows = new ComplaintWindows(*m_context, m_host.get());
    MessageBox::clearRecordedForTesting();
    MessageBox::setAnswerForTesting(std::nullopt);
}

void TestGuiComplaintEditor::cleanup()
{
    UnsavedChangesPrompt::setAnswerForTesting(UnsavedChangesPrompt::Choice::Discard);
    m_host.reset();
    m_context.reset();
    m_office.reset();
    MessageBox::setAnswerForTesting(std::nullopt);
    UnsavedChangesPrompt::setAnswerForTesting(std::nullopt);
}

Complaint TestGuiComplaintEditor::createComplaint()
{
    Complaint draft;
    draft.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
    draft.complainant.name = kName;
    draft.complainant.postalCode = QStringLiteral("100-0001");
    draft.complainant.address = QStringLiteral("東京都千代田区千代田1-1");
    draft.content = kContent;
    auto created = ComplaintService(session()).create(draft);
    if (!created)
        qWarning("%s", qPrintable(created.error().message()));
    return created.value_or(Complaint());
}

ComplaintEditor* TestGuiComplaintEditor::openEditor(qint64 id)
{
    ComplaintEditor* editor = m_windows->openComplaint(id);
    if (editor && !QTest::qWaitForWindowActive(editor))
        return nullptr;
    return editor;
}

QString TestGuiComplaintEditor::writeSourceFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_sourceDir.filePath(name);
    return test::writeFile(path, bytes) ? path : QString();
}

void TestGuiComplaintEditor::statusButtonsOfferOnlyLegalSteps()
{
    const Complaint complaint = createComplaint();
    QVERIFY(complaint.id != 0);
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    QCOMPARE(m_windows->openComplaint(complaint.id), editor); // one window per complaint

    auto offered = [editor] {
        QList<ComplaintStatus> statuses;
        for (QPushButton* button : editor->statusButtons())
            statuses.append(statusFromKey(button->property("targetStatus").toString()).value());
        return statuses;
    };
    QCOMPARE(offered(), validFollowStates(ComplaintStatus::Received));

    // 受付 → 対応中, with a note for the timeline.
    editor->statusButtons().constFirst()->click();
    auto* dialog = shownStatusDialog(editor);
    QVERIFY(dialog);
    QCOMPARE(dialog->target(), ComplaintStatus::InProgress);
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("called back"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->storedComplaint().status == ComplaintStatus::InProgress, qPrintable(editor->errorLabel()->text()));
    QCOMPARE(offered(), validFollowStates(ComplaintStatus::InProgress));
    const QList<ComplaintTimelineEntry> timeline = ComplaintService(session()).find(complaint.id)->timeline;
    QVERIFY(!timeline.isEmpty());
    QCOMPARE(timeline.constLast().status, std::optional(ComplaintStatus::InProgress));
    QCOMPARE(timeline.constLast().text, QStringLiteral("called back"));

    // 回答済 needs the answer: refused with the reason, the cursor goes to the answer method.
    editor->requestStatusChange(ComplaintStatus::Answered);
    QVERIFY(editor->errorLabel()->hasError());
    auto* method = editor->findChild<QComboBox*>(QStringLiteral("answerMethodCombo"));
    QCOMPARE(editor->focusWidget(), method);
    QCOMPARE(ComplaintService(session()).find(complaint.id)->status, ComplaintStatus::InProgress);

    // With the answer entered (saved first automatically), the step goes through.
    method->setCurrentIndex(method->findData(answerMethodKey(AnswerMethod::Letter)));
    auto* answeredOn = editor->findChild<QWidget*>(QStringLiteral("answeredOnEdit"))->findChild<QDateEdit*>();
    answeredOn->setDate(QDate::currentDate());
    QTest::keyClicks(editor->findChild<QPlainTextEdit*>(QStringLiteral("resultEdit")),
                     QStringLiteral("The notice was re-sent."));
    editor->requestStatusChange(ComplaintStatus::Answered);
    dialog = shownStatusDialog(editor);
    QVERIFY(dialog && dialog->target() == ComplaintStatus::Answered);
    dialog->accept();
    QCOMPARE(editor->storedComplaint().status, ComplaintStatus::Answered);
    QCOMPARE(offered(), validFollowStates(ComplaintStatus::Answered));

    // 完了 needs the officer's sign-off.
    editor->requestStatusChange(ComplaintStatus::Closed);
    QVERIFY(editor->errorLabel()->hasError());
    QCOMPARE(editor->focusWidget(), editor->signOffButton());
    MessageBox::setAnswerForTesting(true);
    editor->signOffButton()->click();
    QVERIFY(editor->storedComplaint().isSignedOff());
    editor->requestStatusChange(ComplaintStatus::Closed);
    dialog = shownStatusDialog(editor);
    QVERIFY(dialog && dialog->target() == ComplaintStatus::Closed);
    dialog->accept();
    QCOMPARE(editor->storedComplaint().status, ComplaintStatus::Closed);
    QVERIFY(editor->storedComplaint().completedOn.isValid());

    // Closed: no further step, and the record is final.
    QTRY_VERIFY(editor->statusButtons().isEmpty());
    QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isReadOnly());
    QVERIFY(!editor->saveAction()->isEnabled());
}

void TestGuiComplaintEditor::signOffOnlyForTheOfficer()
{
    Complaint complaint = createComplaint();
    QVERIFY(ComplaintService(session()).transition(complaint.id, complaint.revision, ComplaintStatus::InProgress));
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    QVERIFY(!editor->signOffButton()->isHidden());

    // The same window after a lock and an unlock by a staff member: no sign-off offered.
    m_context->close(SessionContext::CloseReason::Lock);
    auto staff = Session::unlock(m_office->location, kStaffLogin, kStaffPassword.toUtf8());
    QVERIFY(staff.has_value());
    m_context->open(std::move(*staff));
    QVERIFY(editor->signOffButton()->isHidden());
    QVERIFY(!editor->signOff());
    QVERIFY(!ComplaintService(session()).find(complaint.id)->isSignedOff());
    // Staff still move the complaint on.
    QCOMPARE(editor->statusButtons().size(), validFollowStates(ComplaintStatus::InProgress).size());
}

void TestGuiComplaintEditor::timelineEntryWithCtrlEnter()
{
    const Complaint complaint = createComplaint();
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    TimelinePanel* timeline = editor->timelinePanel();
    editor->tabs()->setCurrentWidget(timeline);
    const int before = timeline->list()->topLevelItemCount();
    timeline->entryEdit()->setFocus();
    QTest::keyClicks(timeline->entryEdit(), QStringLiteral("Explained the purpose of use."));
    QTest::keyClick(timeline->entryEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(timeline->list()->topLevelItemCount(), before + 1);
    QVERIFY(timeline->entryEdit()->toPlainText().isEmpty());
    const Complaint stored = ComplaintService(session()).find(complaint.id).value();
    QCOMPARE(stored.timeline.constLast().text, QStringLiteral("Explained the purpose of use."));
    QCOMPARE(stored.timeline.constLast().accountId, session().account().id);
    // A note does not make the form's own fields unsaved, and does not bump the revision.
    QCOMPARE(stored.revision, complaint.revision);
    QVERIFY(!editor->isModified());
}

void TestGuiComplaintEditor::attachmentsAreShownFromMemory()
{
    const QByteArray png = pngImage(QSize(320, 200));
    const QByteArray pdf = pdfDocument(2);
    const QString pngPath = writeSourceFile(QStringLiteral("fax.png"), png);
    const QString pdfPath = writeSourceFile(QStringLiteral("letter.pdf"), pdf);
    QVERIFY(!pngPath.isEmpty() && !pdfPath.isEmpty());

    const Complaint complaint = createComplaint();
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    const QStringList tempBefore = filesIn(QDir::tempPath());

    // Dropped onto the window: stored in the database, listed on the tab.
    dropFiles(editor, {pngPath, pdfPath});
    AttachmentsPanel* panel = editor->attachmentsPanel();
    QCOMPARE(editor->tabs()->currentWidget(), panel);
    QCOMPARE(panel->count(), 2);
    auto stored = ComplaintAttachments(session()).list(complaint.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).mimeType, QStringLiteral("image/png"));
    QCOMPARE(stored->at(1).mimeType, QStringLiteral("application/pdf"));

    // The image: read from memory by QImageReader.
    QVERIFY(panel->selectRow(0));
    panel->viewSelected();
    auto* viewer = editor->findChild<AttachmentViewer*>();
    QVERIFY(viewer);
    QCOMPARE(viewer->pageCount(), 1);
    QCOMPARE(viewer->currentImage().size(), QSize(320, 200));
    viewer->zoomIn();
    QVERIFY(viewer->zoom() > 0);
    viewer->fitToWindow();
    QCOMPARE(viewer->zoom(), 0.0);
    viewer->close();

    // A multi-page TIFF FAX: one page at a time.
    if (QImageReader::supportedImageFormats().contains("tiff")) {
        const QString tiffPath = writeSourceFile(QStringLiteral("fax.tiff"), twoPageTiff());
        QVERIFY(panel->attachFiles({tiffPath}));
        QCOMPARE(panel->count(), 3);
        QVERIFY(panel->selectRow(2));
        panel->viewSelected();
        AttachmentViewer* tiffViewer = nullptr;
        for (AttachmentViewer* candidate : editor->findChildren<AttachmentViewer*>())
            if (candidate->isVisible())
                tiffViewer = candidate;
        QVERIFY(tiffViewer);
        QCOMPARE(tiffViewer->pageCount(), 2);
        QCOMPARE(tiffViewer->currentPage(), 0);
        QTRY_COMPARE(QApplication::activeWindow(), tiffViewer);
        QTest::keyClick(tiffViewer->focusWidget() ? tiffViewer->focusWidget() : tiffViewer, Qt::Key_PageDown);
        QCOMPARE(tiffViewer->currentPage(), 1);
        QCOMPARE(tiffViewer->currentImage().size(), QSize(300, 400));
        tiffViewer->close();
    } else {
        qWarning("Qt's TIFF plugin (qt6-image-formats-plugins) is missing: multi-page FAX viewing is not tested.");
    }

    // The PDF: QtPdf on a buffer.
    QVERIFY(panel->selectRow(1));
    panel->viewSelected();
    auto* pdfViewer = editor->findChild<PdfViewerDialog*>();
    QVERIFY(pdfViewer);
    QCOMPARE(pdfViewer->pdf(), pdf);
    QTRY_COMPARE(pdfViewer->pageCount(), 2);

    // No plaintext copy was written anywhere in the temporary folder.
    QCOMPARE(filesIn(QDir::tempPath()), tempBefore);

    // Remove asks first.
    MessageBox::setAnswerForTesting(true);
    const int attached = panel->count();
    QVERIFY(panel->selectRow(0));
    panel->removeSelected();
    QCOMPARE(panel->count(), attached - 1);
    QCOMPARE(ComplaintAttachments(session()).list(complaint.id)->size(), attached - 1);
}

void TestGuiComplaintEditor::attachmentOverTheLimitIsRefusedBeforeReading()
{
    OrganizationService organizations(session());
    auto organization = organizations.organization();
    QVERIFY(organization.has_value());
    organization->attachmentLimitMb = 1;
    QVERIFY(organizations.saveOrganization(*organization).has_value());

    // Sparse: two megabytes on paper, nothing on the disk, and never read.
    const QString path = m_sourceDir.filePath(QStringLiteral("huge-scan.tif"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(2 * 1024 * 1024));
    file.close();

    const Complaint complaint = createComplaint();
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    AttachmentsPanel* panel = editor->attachmentsPanel();
    QVERIFY(!panel->attachFiles({path}));
    QVERIFY(panel->errorLabel()->hasError());
    QVERIFY2(panel->errorLabel()->text().contains(QStringLiteral("huge-scan.tif"))
                 && panel->errorLabel()->text().contains(QStringLiteral("1 MB")),
             qPrintable(panel->errorLabel()->text()));
    QCOMPARE(panel->count(), 0);
    QVERIFY(ComplaintAttachments(session()).list(complaint.id)->isEmpty());

    // The same on a complaint not saved yet: refused before reading, with the limit named.
    ComplaintEditor* fresh = m_windows->newComplaint();
    QVERIFY(fresh);
    QVERIFY(!fresh->attachmentsPanel()->attachFiles({path}));
    const QString refusal = fresh->attachmentsPanel()->errorLabel()->text();
    QVERIFY2(refusal.contains(QStringLiteral("huge-scan.tif")) && refusal.contains(QStringLiteral("1 MB")),
             qPrintable(refusal));
    QCOMPARE(fresh->attachmentsPanel()->count(), 0);
    QVERIFY(fresh->attachmentsPanel()->pendingAttachments().isEmpty());

    // An email over the limit is not imported either.
    const QString mail = m_sourceDir.filePath(QStringLiteral("huge.eml"));
    QFile mailFile(mail);
    QVERIFY(mailFile.open(QIODevice::WriteOnly));
    QVERIFY(mailFile.resize(2 * 1024 * 1024));
    mailFile.close();
    MessageBox::clearRecordedForTesting();
    QVERIFY(!m_windows->openFromEmailFile(mail));
    QVERIFY(MessageBox::recordedForTesting().join(u'\n').contains(QStringLiteral("1 MB")));
}

void TestGuiComplaintEditor::filesAttachedBeforeTheFirstSaveAreStoredWithIt()
{
    // A complaint taken by FAX: the form is typed and the scan attached before the first save.
    const QByteArray png = pngImage(QSize(320, 200));
    const QByteArray pdf = pdfDocument(2);
    const QString pngPath = writeSourceFile(QStringLiteral("fax-page.png"), png);
    const QString pdfPath = writeSourceFile(QStringLiteral("fax.pdf"), pdf);
    const QString notAScan = writeSourceFile(QStringLiteral("memo.txt"), QByteArray("not a scan\n"));
    // A PDF as far as its content goes, and just over one megabyte.
    const QString bigPath = writeSourceFile(QStringLiteral("big.pdf"),
                                            QByteArray("%PDF-1.4\n") + QByteArray(1024 * 1024 + 100, '%') + "\n%%EOF\n");
    QVERIFY(!pngPath.isEmpty() && !pdfPath.isEmpty() && !notAScan.isEmpty() && !bigPath.isEmpty());
    const QStringList tempBefore = filesIn(QDir::tempPath());
    const int creationsBefore = attachmentCreations(session()).size();
    const int complaintsBefore = ComplaintQuery(session()).count({}).value();

    ComplaintEditor* editor = m_windows->newComplaint();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QVERIFY(!editor->isModified());
    AttachmentsPanel* panel = editor->attachmentsPanel();
    auto* attachButton = panel->findChild<QPushButton*>(QStringLiteral("attachButton"));
    QVERIFY(attachButton->isEnabled());

    // Dropped onto the window, as onto a saved complaint: listed as pending, nothing stored yet.
    dropFiles(editor, {pngPath, pdfPath});
    QCOMPARE(editor->tabs()->currentWidget(), panel);
    QCOMPARE(panel->count(), 2);
    QVERIFY(!panel->errorLabel()->hasError());
    QCOMPARE(panel->pendingAttachments().size(), 2);
    QCOMPARE(panel->pendingAttachments().at(0).mimeType, QStringLiteral("image/png"));
    QCOMPARE(panel->pendingAttachments().at(1).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(attachmentCreations(session()).size(), creationsBefore);
    // Attached files are unsaved input: closing would ask.
    QVERIFY(editor->isModified());

    // Checked as for a saved complaint: the type comes from the content.
    QVERIFY(!panel->attachFiles({notAScan}));
    QVERIFY2(panel->errorLabel()->text().contains(QStringLiteral("memo.txt")), qPrintable(panel->errorLabel()->text()));
    QCOMPARE(panel->count(), 2);

    // Shown from memory.
    QVERIFY(panel->selectRow(0));
    panel->viewSelected();
    auto* viewer = editor->findChild<AttachmentViewer*>();
    QVERIFY(viewer);
    QCOMPARE(viewer->currentImage().size(), QSize(320, 200));
    viewer->close();
    QVERIFY(panel->selectRow(1));
    panel->viewSelected();
    auto* pdfViewer = editor->findChild<PdfViewerDialog*>();
    QVERIFY(pdfViewer);
    QCOMPARE(pdfViewer->pdf(), pdf);
    pdfViewer->close();

    // Removed again without a question (nothing was stored).
    QVERIFY(panel->attachFiles({bigPath}));
    QCOMPARE(panel->count(), 3);
    MessageBox::clearRecordedForTesting();
    QVERIFY(panel->selectRow(2));
    panel->removeSelected();
    QCOMPARE(panel->count(), 2);
    QVERIFY(MessageBox::recordedForTesting().isEmpty());

    // A save that fails (here: the content is missing) keeps the files in the form.
    editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(kName);
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(editor->errorLabel()->hasError());
    QCOMPARE(editor->complaintId(), 0);
    QCOMPARE(panel->count(), 2);
    QCOMPARE(panel->pendingAttachments().size(), 2);
    QCOMPARE(ComplaintQuery(session()).count({}).value(), complaintsBefore);

    // A file that fails inside the transaction (the limit was lowered meanwhile) stores nothing:
    // neither the complaint nor any of its files.
    auto* content = editor->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"));
    content->setPlainText(kContent);
    QVERIFY(panel->attachFiles({bigPath}));
    QCOMPARE(panel->count(), 3);
    QVERIFY(setAttachmentLimit(session(), 1).has_value());
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor->errorLabel()->text().contains(QStringLiteral("1 MB")), qPrintable(editor->errorLabel()->text()));
    QCOMPARE(editor->complaintId(), 0);
    QCOMPARE(ComplaintQuery(session()).count({}).value(), complaintsBefore);
    QCOMPARE(attachmentCreations(session()).size(), creationsBefore);
    QCOMPARE(panel->count(), 3);
    QVERIFY(editor->isModified());

    // Without the big one, Ctrl+S stores the complaint with both files.
    QVERIFY(setAttachmentLimit(session(), ComplaintAttachments::kDefaultLimitMb).has_value());
    QVERIFY(panel->selectRow(2));
    panel->removeSelected();
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor->complaintId() != 0, qPrintable(editor->errorLabel()->text()));
    QVERIFY(!editor->isModified());
    const qint64 id = editor->complaintId();
    auto stored = ComplaintAttachments(session()).list(id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).fileName, QStringLiteral("fax-page.png"));
    QCOMPARE(stored->at(0).mimeType, QStringLiteral("image/png"));
    QCOMPARE(stored->at(1).fileName, QStringLiteral("fax.pdf"));
    QCOMPARE(stored->at(1).mimeType, QStringLiteral("application/pdf"));
    for (const ComplaintAttachment& attachment : *stored) {
        QCOMPARE(attachment.source, ComplaintAttachments::kSourceFile);
        QCOMPARE(attachment.addedBy, session().account().id);
    }
    QCOMPARE(ComplaintAttachments(session()).content(stored->at(0).id).value(), png);
    QCOMPARE(ComplaintAttachments(session()).content(stored->at(1).id).value(), pdf);
    // The panel now lists the stored files, and nothing is pending any more.
    QCOMPARE(panel->count(), 2);
    QVERIFY(panel->pendingAttachments().isEmpty());

    // Audited as a file attached later is: one "create" per file, with the same detail.
    const QList<storage::AuditEntry> created = attachmentCreations(session());
    QCOMPARE(created.size(), creationsBefore + 2);
    QCOMPARE(created.at(creationsBefore).recordId, stored->at(0).id);
    QCOMPARE(created.at(creationsBefore + 1).recordId, stored->at(1).id);
    QVERIFY(panel->attachFiles({pngPath}));
    const QList<storage::AuditEntry> later = attachmentCreations(session());
    QCOMPARE(later.size(), creationsBefore + 3);
    for (int index = creationsBefore; index < creationsBefore + 2; ++index) {
        QCOMPARE(created.at(index).detail, later.last().detail);
        QCOMPARE(created.at(index).login, later.last().login);
        QCOMPARE(created.at(index).result, later.last().result);
    }

    // Never a plaintext copy in the temporary folder.
    QCOMPARE(filesIn(QDir::tempPath()), tempBefore);
}

void TestGuiComplaintEditor::filesOfAnUnsavedComplaintSurviveInTheDraft()
{
    const QByteArray png = pngImage(QSize(64, 48));
    const QString pngPath = writeSourceFile(QStringLiteral("scan.png"), png);
    ComplaintEditor* editor = m_windows->newComplaint();
    QVERIFY(editor);
    QVERIFY(editor->attachmentsPanel()->attachFiles({pngPath}));
    editor->saveDraft();
    auto payload = ComplaintDrafts(session()).load(editor->draftKey());
    QVERIFY(payload.has_value() && payload->has_value());

    // After a crash: the draft brings the file back, still pending.
    ComplaintEditor* restored = new ComplaintEditor(*m_context, m_host.get());
    QVERIFY(restored->restoreDraft(editor->draftKey(), **payload));
    QCOMPARE(restored->attachmentsPanel()->count(), 1);
    const QList<PendingAttachment> files = restored->attachmentsPanel()->pendingAttachments();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().fileName, QStringLiteral("scan.png"));
    QCOMPARE(files.first().data, png);
    QVERIFY(restored->isModified());

    // Checked again on the way back: a limit lowered meanwhile is applied, and the user is told.
    const QByteArray big = QByteArray("%PDF-1.4\n") + QByteArray(1024 * 1024 + 100, '%') + "\n%%EOF\n";
    QVERIFY(setAttachmentLimit(session(), 2).has_value());
    ComplaintEditor* another = m_windows->newComplaint();
    QVERIFY(another);
    QVERIFY(another->attachmentsPanel()->attachFiles({writeSourceFile(QStringLiteral("big.pdf"), big)}));
    another->saveDraft();
    auto bigPayload = ComplaintDrafts(session()).load(another->draftKey());
    QVERIFY(bigPayload.has_value() && bigPayload->has_value());
    QVERIFY(setAttachmentLimit(session(), 1).has_value());
    ComplaintEditor* reopened = new ComplaintEditor(*m_context, m_host.get());
    QVERIFY(reopened->restoreDraft(another->draftKey(), **bigPayload));
    QCOMPARE(reopened->attachmentsPanel()->count(), 0);
    QVERIFY(reopened->errorLabel()->hasError());
}

void TestGuiComplaintEditor::droppedEmailBecomesAComplaint()
{
    const QByteArray png = pngImage(QSize(64, 48));
    const QString path = writeSourceFile(QStringLiteral("complaint.eml"), emailWithAttachment(png));
    QVERIFY(!path.isEmpty());

    // Dropped onto the main window (here: the host the windows belong to).
    m_windows->acceptEmailDrops(m_host.get());
    dropFiles(m_host.get(), {path});
    QCOMPARE(m_windows->editors().size(), 1);
    ComplaintEditor* editor = m_windows->editors().constFirst();
    QVERIFY(editor->hasPendingEmail());
    QVERIFY(editor->isModified());
    QCOMPARE(editor->findChild<QComboBox*>(QStringLiteral("channelCombo"))->currentData().toString(),
             channelKey(ComplaintChannel::Email));
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("emailSubjectEdit"))->text(),
             QStringLiteral("個人情報の取扱いについて"));
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), kName);
    QCOMPARE(editor->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"))->toPlainText().trimmed(),
             QString(kContent + u'\n' + kName));
    QCOMPARE(editor->attachmentsPanel()->count(), 1); // pending until saved

    QVERIFY2(editor->save(), qPrintable(editor->errorLabel()->text()));
    QVERIFY(!editor->hasPendingEmail());
    const qint64 id = editor->complaintId();
    QVERIFY(id != 0);
    auto attachments = ComplaintAttachments(session()).list(id);
    QVERIFY(attachments.has_value());
    QCOMPARE(attachments->size(), 1);
    QCOMPARE(attachments->constFirst().fileName, QStringLiteral("scan.png"));
    QCOMPARE(attachments->constFirst().source, ComplaintAttachments::kSourceEmail);
    QCOMPARE(ComplaintAttachments(session()).content(attachments->constFirst().id).value(), png);
    auto original = EmailIntake(session()).originalMessage(id);
    QVERIFY(original.has_value() && original->has_value());
    QCOMPARE(**original, emailWithAttachment(png));
    QCOMPARE(editor->attachmentsPanel()->count(), 1);

    // The email as received, from the encrypted copy.
    auto* originalButton = editor->findChild<QPushButton*>(QStringLiteral("originalEmailButton"));
    QVERIFY(!originalButton->isHidden());
    originalButton->click();
    auto* originalDialog = editor->findChild<EmailOriginalDialog*>();
    QVERIFY(originalDialog);
    const QString shown = originalDialog->textView()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("個人情報の取扱いについて")));
    QVERIFY(shown.contains(QStringLiteral("hanako@example.jp")));
    QVERIFY(shown.contains(QStringLiteral("scan.png")));
    QVERIFY(shown.contains(kContent));
    originalDialog->close();

    // Dropped onto an open editor: another complaint of its own.
    dropFiles(editor, {path});
    QCOMPARE(m_windows->editors().size(), 2);
}

void TestGuiComplaintEditor::malformedEmailStoresNothing()
{
    const QString path = writeSourceFile(QStringLiteral("not-a-mail.eml"), QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 16));
    QVERIFY(!path.isEmpty());
    MessageBox::clearRecordedForTesting();
    QVERIFY(!m_windows->openFromEmailFile(path));
    QVERIFY(m_windows->editors().isEmpty());
    QCOMPARE(MessageBox::recordedForTesting().size(), 1);
    QVERIFY(MessageBox::recordedForTesting().constFirst().contains(QStringLiteral("not-a-mail.eml")));
}

void TestGuiComplaintEditor::printLetterIsPrefilled()
{
    const Complaint complaint = createComplaint();
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier);
    LetterPrintDialog* dialog = editor->letterDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentTemplateName(), ComplaintEditor::kAnswerTemplate);
    const LetterRequest request = dialog->request();
    QCOMPARE(request.recordType, QStringLiteral("complaint"));
    QCOMPARE(request.recordId, complaint.id);
    QCOMPARE(request.recordNumber, complaint.number);
    QCOMPARE(request.fields.toVariantMap().value(QStringLiteral("受付番号")).toString(), complaint.number);
    QCOMPARE(request.fields.toVariantMap().value(QStringLiteral("宛先氏名")).toString(), kName);

    // The FAX cover sheet from the same record.
    LetterPrintDialog* fax = editor->printLetter(ComplaintEditor::kFaxCoverTemplate);
    QVERIFY(fax);
    QCOMPARE(fax->currentTemplateName(), ComplaintEditor::kFaxCoverTemplate);
    QCOMPARE(fax->request().recordNumber, complaint.number);
}

void TestGuiComplaintEditor::conflictKeepsTypedText()
{
    const Complaint complaint = createComplaint();
    ComplaintEditor* editor = openEditor(complaint.id);
    QVERIFY(editor);
    auto* content = editor->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"));
    content->setFocus();
    content->moveCursor(QTextCursor::End);
    QTest::keyClicks(content, QStringLiteral(" (second call)"));

    // Someone else saves first.
    Complaint other = ComplaintService(session()).find(complaint.id).value();
    other.complainant.phone = QStringLiteral("090-0000-0000");
    QVERIFY(ComplaintService(session()).update(other).has_value());

    QVERIFY(!editor->save());
    QVERIFY(editor->errorLabel()->hasError());
    auto* reload = editor->findChild<QPushButton*>(QStringLiteral("reloadButton"));
    QVERIFY(reload->isVisibleTo(editor));
    QVERIFY(content->toPlainText().endsWith(QStringLiteral("(second call)")));
    QVERIFY(editor->isModified());

    // Reload shows theirs.
    MessageBox::setAnswerForTesting(true);
    reload->click();
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("phoneEdit"))->text(), QStringLiteral("090-0000-0000"));
    QVERIFY(!editor->isModified());
    QVERIFY(!reload->isVisibleTo(editor));
}

QTEST_MAIN(TestGuiComplaintEditor)
#include "tst_gui_complaint_editor.moc"
