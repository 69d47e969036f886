// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/render/LetterService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/letters/IssuedLetterTableModel.h"
#include "ui/letters/IssuedLettersPage.h"
#include "ui/letters/JapaneseDateEdit.h"
#include "ui/letters/LetterFieldsForm.h"
#include "ui/letters/LetterPrintDialog.h"
#include "ui/letters/LetterSettingsForm.h"
#include "ui/letters/RecordLettersWidget.h"
#include "ui/letters/TemplateEditorDialog.h"
#include "ui/organization/OrganizationDialog.h"
#include "ui/organization/OrganizationForm.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QString kRecordType = QStringLiteral("complaint");
constexpr qint64 kRecordId = 7;
const QString kRecordNumber = QStringLiteral("苦-2025-0007");
const QString kAddressee = QStringLiteral("山田　太郎");
} // namespace

class TestGuiLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void printDialogIssuesFromTheKeyboard();
    void printDialogKeepsInputOnErrorAndAcrossLock();
    void optionalDateStartsEmpty();
    void templateEditorRefusesUnknownPlaceholders();
    void organizationDialogShowsNumberExample();
    void lettersPageAndMenus();

private:
    template <typename T>
    static T* child(QObject* parent, const QString& name)
    {
        return parent->findChild<T*>(name);
    }
    /// Types `text` key by key, as a keyboard (or an IME committing character by character) does.
    static void typeText(QWidget* widget, const QString& text);
    static LetterRequest complaintRequest();
    void setUpOrganization();
    IssuedLetter issueOne(const QString& addressee);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<SessionContext> m_context;
};

void TestGuiLetters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    MessageBox::setRecordingForTesting(true);
}

void TestGuiLetters::init()
{
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    m_context = std::make_unique<SessionContext>();
    m_context->open(std::move(m_office->session));
    setUpOrganization();
    MessageBox::clearRecordedForTesting();
    MessageBox::setAnswerForTesting(std::nullopt);
}

void TestGuiLetters::cleanup()
{
    m_context.reset();
    m_office.reset();
    MessageBox::setAnswerForTesting(std::nullopt);
}

void TestGuiLetters::typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

LetterRequest TestGuiLetters::complaintRequest()
{
    LetterRequest request;
    request.templateName = QStringLiteral("complaint_answer");
    request.recordType = kRecordType;
    request.recordId = kRecordId;
    request.recordNumber = kRecordNumber;
    request.fields.setText(QStringLiteral("受付番号"), kRecordNumber)
        .setDate(QStringLiteral("申出日"), QDate(2025, 10, 28))
        .setText(QStringLiteral("申出内容"), QStringLiteral("医療費通知が別の加入者の分と一緒に届いた。"))
        .setText(QStringLiteral("回答内容"), QStringLiteral("封入作業の確認が不十分でした。"));
    return request;
}

void TestGuiLetters::setUpOrganization()
{
    OrganizationService service(*m_context->session());
    auto organization = service.organization();
    QVERIFY(organization.has_value());
    organization->shortName = QStringLiteral("テスト");
    organization->documentNumberFormat = QStringLiteral("{略称}健保発第{n}号");
    organization->department = QStringLiteral("個人情報相談窓口");
    organization->senderTitle = QStringLiteral("理事長");
    organization->senderName = QStringLiteral("鈴木　一郎");
    QVERIFY(service.saveOrganization(*organization).has_value());
}

IssuedLetter TestGuiLetters::issueOne(const QString& addressee)
{
    LetterRequest request = complaintRequest();
    request.fields.setText(QStringLiteral("宛先氏名"), addressee);
    auto issued = LetterService(*m_context->session()).issue(request);
    if (!issued)
        qWarning() << issued.error().message();
    return issued.value_or(IssuedLetter());
}

void TestGuiLetters::printDialogIssuesFromTheKeyboard()
{
    LetterPrintDialog dialog(*m_context, complaintRequest(), QStringLiteral("complaint"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentTemplateName(), QStringLiteral("complaint_answer"));

    // The record's values are in the form; nothing else is filled in by itself.
    LetterFieldsForm* form = dialog.fieldsForm();
    auto* content = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("申出内容")));
    QVERIFY(content);
    QCOMPARE(content->toPlainText(), QStringLiteral("医療費通知が別の加入者の分と一緒に届いた。"));
    auto* received = qobject_cast<JapaneseDateEdit*>(form->editor(QStringLiteral("申出日")));
    QVERIFY(received);
    QCOMPARE(received->date(), QDate(2025, 10, 28));
    QCOMPARE(received->eraLabel()->text(), QStringLiteral("令和7年10月28日"));
    auto* prevention = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("再発防止策")));
    QVERIFY(prevention && prevention->toPlainText().isEmpty());
    QVERIFY(!form->editor(QStringLiteral("文書番号"))); // assigned when issued
    auto* sender = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("発信者職名")));
    QVERIFY(sender);
    QVERIFY(sender->text().isEmpty());
    QCOMPARE(sender->placeholderText(), QStringLiteral("理事長")); // from the settings unless typed over

    // Issue is never the default button; Enter in a field opens the preview instead.
    auto* issueButton = child<QPushButton>(&dialog, QStringLiteral("issueButton"));
    QVERIFY(issueButton && !issueButton->isDefault() && !issueButton->autoDefault());
    QVERIFY(issueButton->text().contains(QLatin1Char('&')));

    auto* name = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("宛先氏名")));
    QVERIFY(name);
    QVERIFY(name->text().isEmpty());
    name->setFocus();
    typeText(name, kAddressee);
    QCOMPARE(name->text(), kAddressee);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!dialog.issuedLetter());
    auto* preview = dialog.findChild<QPrintPreviewDialog*>();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    // Its Print goes through our print dialog (no print to file), not Qt's own.
    QVERIFY(preview->findChild<QAction*>(QStringLiteral("letterPrintAction")));
    preview->close();

    // Issue asks first; declining issues nothing.
    MessageBox::setAnswerForTesting(false);
    QTest::mouseClick(issueButton, Qt::LeftButton);
    QVERIFY(!dialog.issuedLetter());
    QCOMPARE(MessageBox::recordedForTesting().size(), 1);

    MessageBox::setAnswerForTesting(true);
    QSignalSpy issuedSpy(&dialog, &LetterPrintDialog::letterIssued);
    QTest::mouseClick(issueButton, Qt::LeftButton);
    QVERIFY2(dialog.issuedLetter().has_value(), qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(issuedSpy.size(), 1);
    const IssuedLetter issued = *dialog.issuedLetter();
    QCOMPARE(issued.documentNumber, QStringLiteral("テスト健保発第1号"));
    QCOMPARE(issued.recipientName, kAddressee);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("issuedLabel"))->text().contains(issued.documentNumber));
    QVERIFY(!issueButton->isEnabled()); // the same letter is not issued twice by accident
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("printIssuedButton"))->isEnabled());

    auto letters = LetterService(*m_context->session()).lettersFor(kRecordType, kRecordId);
    QVERIFY(letters.has_value());
    QCOMPARE(letters->size(), 1);
    QCOMPARE(letters->first().documentNumber, QStringLiteral("テスト健保発第1号"));
    QCOMPARE(letters->first().recordNumber, kRecordNumber);

    // The record's letters tab lists it, and saves exactly the archived bytes.
    RecordLettersWidget widget(*m_context);
    widget.setRecord(kRecordType, kRecordId);
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(widget.model()->index(0, IssuedLetterTableModel::NumberColumn).data().toString(),
             QStringLiteral("テスト健保発第1号"));
    QCOMPARE(widget.model()->index(0, IssuedLetterTableModel::AddresseeColumn).data().toString(),
             kAddressee + QStringLiteral(" 様"));
    QCOMPARE(widget.selectedLetterId(), issued.id);

    auto archived = LetterService(*m_context->session()).archivedLetter(issued.id);
    QVERIFY(archived.has_value());
    QVERIFY(archived->pdf.startsWith("%PDF"));
    QTemporaryDir output;
    const QString fromTab = output.filePath(QStringLiteral("from-tab.pdf"));
    QVERIFY(widget.saveSelectedPdfTo(fromTab));
    QCOMPARE(test::readFile(fromTab), archived->pdf);
    const QString fromDialog = output.filePath(QStringLiteral("from-dialog.pdf"));
    QVERIFY(dialog.saveIssuedPdfTo(fromDialog));
    QCOMPARE(test::readFile(fromDialog), archived->pdf);

    // Reload shows letters issued elsewhere (e.g. by privacydesk-admin).
    const IssuedLetter second = issueOne(QStringLiteral("佐藤　花子"));
    QCOMPARE(second.documentNumber, QStringLiteral("テスト健保発第2号"));
    widget.reload();
    QCOMPARE(widget.model()->rowCount(), 2);

    // Typing again re-enables Issue (a deliberate second letter).
    typeText(name, QStringLiteral("様"));
    QVERIFY(issueButton->isEnabled());
}

void TestGuiLetters::printDialogKeepsInputOnErrorAndAcrossLock()
{
    LetterRequest request = complaintRequest();
    LetterPrintDialog dialog(*m_context, request, QStringLiteral("complaint"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LetterFieldsForm* form = dialog.fieldsForm();
    auto* answer = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("回答内容")));
    QVERIFY(answer);
    answer->setPlainText(QStringLiteral("調査の結果をご報告します。"));

    // No addressee: Issue says so inline and asks nothing.
    MessageBox::setAnswerForTesting(true);
    dialog.issue();
    QVERIFY(!dialog.issuedLetter());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QVERIFY(MessageBox::recordedForTesting().isEmpty());
    QCOMPARE(answer->toPlainText(), QStringLiteral("調査の結果をご報告します。"));

    // Fill sample fills only what is empty, and only when asked.
    auto* prevention = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("再発防止策")));
    QVERIFY(prevention->toPlainText().isEmpty());
    dialog.fillSample();
    QVERIFY(!prevention->toPlainText().isEmpty());
    QCOMPARE(answer->toPlainText(), QStringLiteral("調査の結果をご報告します。"));
    auto* name = qobject_cast<QLineEdit*>(form->editor(QStringLiteral("宛先氏名")));
    QCOMPARE(name->text(), QStringLiteral("山田　太郎")); // the catalog's sample
    name->setText(QStringLiteral("高橋　次郎"));

    // Switching templates keeps what was typed for the fields they share.
    QVERIFY(dialog.selectTemplate(QStringLiteral("fax_cover")));
    QCOMPARE(dialog.currentTemplateName(), QStringLiteral("fax_cover"));
    QCOMPARE(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("宛先氏名")))->text(), QStringLiteral("高橋　次郎"));
    QVERIFY(dialog.selectTemplate(QStringLiteral("complaint_answer")));
    answer = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("回答内容")));
    QCOMPARE(answer->toPlainText(), QStringLiteral("調査の結果をご報告します。"));

    // Lock: the actions wait; unlocked: the templates are back and the input is intact.
    m_context->close(SessionContext::CloseReason::Lock);
    auto* preview = child<QPushButton>(&dialog, QStringLiteral("previewButton"));
    auto* issue = child<QPushButton>(&dialog, QStringLiteral("issueButton"));
    QVERIFY(!preview->isEnabled());
    QVERIFY(!issue->isEnabled());
    auto session = m_office->unlock();
    QVERIFY(session.has_value());
    m_context->open(std::move(*session));
    QVERIFY(preview->isEnabled());
    QVERIFY(issue->isEnabled());
    QCOMPARE(dialog.currentTemplateName(), QStringLiteral("complaint_answer"));
    QVERIFY(dialog.templateList()->count() > 0);
    answer = qobject_cast<QPlainTextEdit*>(form->editor(QStringLiteral("回答内容")));
    QCOMPARE(answer->toPlainText(), QStringLiteral("調査の結果をご報告します。"));
    QCOMPARE(qobject_cast<QLineEdit*>(form->editor(QStringLiteral("宛先氏名")))->text(), QStringLiteral("高橋　次郎"));

    // A draft PDF can be saved to a path of the caller's choice; it is a complete PDF.
    QTemporaryDir output;
    const QString draft = output.filePath(QStringLiteral("draft.pdf"));
    QVERIFY2(dialog.savePdfTo(draft), qPrintable(dialog.errorLabel()->text()));
    QVERIFY(test::readFile(draft).startsWith("%PDF"));
    QVERIFY(!dialog.issuedLetter());
}

void TestGuiLetters::optionalDateStartsEmpty()
{
    // A date nobody entered stays empty (and out of the letter) until the user types one.
    JapaneseDateEdit edit(true);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(edit.isEmpty());
    QVERIFY(!edit.date().isValid());
    edit.dateEdit()->setFocus();
    QTest::keyClicks(edit.dateEdit(), QStringLiteral("20251028"));
    QCOMPARE(edit.date(), QDate(2025, 10, 28));
    QCOMPARE(edit.eraLabel()->text(), QStringLiteral("令和7年10月28日"));
    QTest::keyClick(edit.dateEdit(), Qt::Key_Delete, Qt::ControlModifier);
    QVERIFY(edit.isEmpty());
    QTest::keyClick(edit.dateEdit(), Qt::Key_Up); // from empty: today, not a day in 1872
    QCOMPARE(edit.date(), QDate::currentDate());
    edit.setDate(QDate(2019, 5, 1));
    QCOMPARE(edit.eraLabel()->text(), QStringLiteral("令和元年5月1日"));
}

void TestGuiLetters::templateEditorRefusesUnknownPlaceholders()
{
    TemplateEditorDialog editor(*m_context);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.selectTemplate(QStringLiteral("complaint_answer"));
    QCOMPARE(editor.currentName(), QStringLiteral("complaint_answer"));
    QTRY_VERIFY(editor.previewPageCount() >= 1); // live preview with the sample data
    QVERIFY(editor.placeholderList()->topLevelItemCount() > 10);

    QPlainTextEdit* html = editor.htmlEdit();
    const QString original = html->toPlainText();
    QVERIFY(original.contains(QStringLiteral("{{受付番号}}")));

    // An unknown placeholder is flagged, with its line, and saving is refused.
    QTextCursor cursor = html->textCursor();
    cursor.movePosition(QTextCursor::End);
    html->setTextCursor(cursor);
    html->setFocus();
    typeText(html, QStringLiteral("<p>{{受付番合}}</p>"));
    QVERIFY(!editor.checkTemplate());
    QVERIFY(editor.problemLabel()->isVisible());
    QVERIFY(editor.problemLabel()->text().contains(QStringLiteral("受付番合")));
    QVERIFY(!child<QPushButton>(&editor, QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!editor.save());
    auto versions = LetterService(*m_context->session()).templateVersions(QStringLiteral("complaint_answer"));
    QVERIFY(versions.has_value());
    QCOMPARE(versions->size(), 1);

    // A syntax error is flagged too.
    html->setPlainText(original + QStringLiteral("{{#お詫び}}"));
    QVERIFY(!editor.checkTemplate());
    QVERIFY(editor.problemLabel()->text().contains(QStringLiteral("お詫び")));

    // A valid edit: a placeholder from the list (double-click / Enter inserts it at the cursor).
    html->setPlainText(original);
    cursor = html->textCursor();
    const int at = original.indexOf(QStringLiteral("<p class=\"end\">"));
    QVERIFY(at > 0);
    cursor.setPosition(at);
    html->setTextCursor(cursor);
    QTreeWidgetItem* number = nullptr;
    for (int i = 0; i < editor.placeholderList()->topLevelItemCount(); ++i)
        if (editor.placeholderList()->topLevelItem(i)->text(0) == QStringLiteral("{{受付番号}}"))
            number = editor.placeholderList()->topLevelItem(i);
    QVERIFY(number);
    editor.insertPlaceholder(number);
    QVERIFY(html->toPlainText().contains(QStringLiteral("{{受付番号}}<p class=\"end\">")));
    QVERIFY(editor.checkTemplate());
    QVERIFY(editor.problemLabel()->isHidden());
    QVERIFY(child<QPushButton>(&editor, QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(editor.save());
    versions = LetterService(*m_context->session()).templateVersions(QStringLiteral("complaint_answer"));
    QVERIFY(versions.has_value());
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->first().version, 2);
    QCOMPARE(versions->first().html, html->toPlainText());
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.versionList()->count(), 2);

    // Revert to built-in loads the shipped text without saving it.
    child<QPushButton>(&editor, QStringLiteral("revertButton"))->click();
    QCOMPARE(html->toPlainText(), original);
    QVERIFY(editor.isModified());
}

void TestGuiLetters::organizationDialogShowsNumberExample()
{
    OrganizationDialog dialog(*m_context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LetterSettingsForm* letters = dialog.letterSettings();
    dialog.tabs()->setCurrentIndex(1);
    QCOMPARE(letters->numberFormatEdit()->text(), QStringLiteral("{略称}健保発第{n}号"));
    QVERIFY(letters->exampleLabel()->isVisible());
    QVERIFY(letters->exampleLabel()->text().contains(QStringLiteral("テスト健保発第12号")));
    QCOMPARE(letters->departmentEdit()->text(), QStringLiteral("個人情報相談窓口"));
    QVERIFY(letters->sealButton(Organization::SealMode::Omitted)->isChecked());

    // Invalid: a red reason instead of the example, and Save is off.
    auto* save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    letters->numberFormatEdit()->setText(QStringLiteral("健保発第号"));
    QVERIFY(letters->exampleLabel()->isHidden());
    QVERIFY(letters->formatErrorLabel()->isVisible());
    QVERIFY(!letters->formatErrorLabel()->text().isEmpty());
    QVERIFY(!save->isEnabled());

    // The example follows the short name typed on the other tab.
    letters->numberFormatEdit()->setText(QStringLiteral("{略称}発第{n:3}号"));
    dialog.form()->findChild<QLineEdit*>(QStringLiteral("shortNameEdit"))->setText(QStringLiteral("JTB"));
    QVERIFY(letters->exampleLabel()->text().contains(QStringLiteral("JTB発第012号")));
    dialog.form()->findChild<QLineEdit*>(QStringLiteral("shortNameEdit"))->clear();
    QVERIFY(letters->formatErrorLabel()->isVisible()); // {略称} without a short name
    dialog.form()->findChild<QLineEdit*>(QStringLiteral("shortNameEdit"))->setText(QStringLiteral("テスト"));

    // The image option needs an image.
    letters->sealButton(Organization::SealMode::Image)->setChecked(true);
    QVERIFY(!save->isEnabled());
    QImage seal(120, 120, QImage::Format_ARGB32);
    seal.fill(QColor(200, 30, 30));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(seal.save(&buffer, "PNG"));
    QString error;
    QVERIFY(!letters->setSealImage(QByteArrayLiteral("not an image"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(letters->setSealImage(png, &error), qPrintable(error));
    QVERIFY(save->isEnabled());

    // Saving keeps the settings of other areas (complaints) untouched.
    OrganizationService service(*m_context->session());
    const QString complaintFormat = service.organization()->complaintNumberFormat;
    letters->departmentEdit()->setText(QStringLiteral("総務課"));
    save->click();
    auto saved = service.organization();
    QVERIFY(saved.has_value());
    QCOMPARE(saved->documentNumberFormat, QStringLiteral("{略称}発第{n:3}号"));
    QCOMPARE(saved->department, QStringLiteral("総務課"));
    QCOMPARE(saved->sealMode, Organization::SealMode::Image);
    QVERIFY(!saved->sealImage.isEmpty());
    QCOMPARE(saved->complaintNumberFormat, complaintFormat);
    QCOMPARE(saved->shortName, QStringLiteral("テスト"));
}

void TestGuiLetters::lettersPageAndMenus()
{
    const IssuedLetter first = issueOne(QStringLiteral("山田　太郎"));
    QVERIFY(!first.documentNumber.isEmpty());

    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindowPage::Letters);
    IssuedLettersPage* page = window.lettersPage();
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, IssuedLetterTableModel::NumberColumn).data().toString(), first.documentNumber);

    // Issued from the dialog: the page follows.
    QCOMPARE(window.newLetterAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    QVERIFY(window.letterTemplatesAction()->isVisible());
    for (QAction* action : {window.newLetterAction(), window.letterTemplatesAction(), window.printRegisterAction()})
        QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->objectName()));
    window.newLetterAction()->trigger();
    auto* dialog = window.findChild<LetterPrintDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->request().recordType.isEmpty());
    QVERIFY(dialog->selectTemplate(QStringLiteral("fax_cover")));
    qobject_cast<QLineEdit*>(dialog->fieldsForm()->editor(QStringLiteral("宛先氏名")))->setText(QStringLiteral("田中"));
    MessageBox::setAnswerForTesting(true);
    dialog->issue();
    QVERIFY2(dialog->issuedLetter().has_value(), qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(page->model()->rowCount(), 2);

    // The register for the period opens as a PDF in memory.
    page->showRegister();
    auto* viewer = page->findChild<QDialog*>(QStringLiteral("registerViewer"));
    QVERIFY(viewer);
    QTRY_VERIFY(viewer->isVisible());
    viewer->close();

    // Save PDF from the page writes the archived bytes.
    page->view()->selectRow(page->model()->rowOf(first.id));
    QTemporaryDir output;
    const QString path = output.filePath(QStringLiteral("first.pdf"));
    QVERIFY(page->saveSelectedPdfTo(path));
    QCOMPARE(test::readFile(path), LetterService(*m_context->session()).archivedLetter(first.id)->pdf);

    // The template editor is the officer's.
    window.letterTemplatesAction()->trigger();
    QVERIFY(window.findChild<TemplateEditorDialog*>());
}

QTEST_MAIN(TestGuiLetters)
#include "tst_gui_letters.moc"
