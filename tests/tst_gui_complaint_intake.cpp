// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "core/complaints/ComplaintDrafts.h"
#include "core/complaints/ComplaintService.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/AttachmentsPanel.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/complaints/ComplaintEditor.h"
#include "ui/complaints/ComplaintWindows.h"
#include "ui/complaints/TimelinePanel.h"
#include "ui/complaints/UnsavedChangesPrompt.h"
#include "ui/unlock/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

using namespace pd;
using namespace pd::ui;

namespace {
const QString kAuditorLogin = QStringLiteral("kanji");
const QString kAuditorPassword = QStringLiteral("Yama-no-Kaze-58-Kogarashi");
const QString kCallerNumber = QStringLiteral("03-1234-5678");
const QString kName = QStringLiteral("山田 花子");
const QString kKana = QStringLiteral("ヤマダ ハナコ");
const QString kContent = QStringLiteral("医療費通知が別の加入者の分と一緒に届いた。");
} // namespace

class TestGuiComplaintIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void phoneComplaintWithTheKeyboardAlone();
    void tabOrderFollowsThePaperForm();
    void draftSurvivesLockAndCrash();
    void unsavedChangesPrompt();
    void validationMovesFocusToTheField();
    void auditorSeesReadOnly();
    void complaintsPageOpensOneWindowPerComplaint();

private:
    static void typeText(QWidget* widget, const QString& text);
    static void pressTab();
    static QWidget* field(ComplaintEditor* editor, const char* name);
    void startController(std::unique_ptr<Session> session);
    MainWindow* mainWindow() const { return m_controller->mainWindow(); }
    Session& session() const { return *m_controller->context().session(); }
    ComplaintEditor* newComplaintByKeyboard();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<AppController> m_controller;
};

void TestGuiComplaintIntake::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestGuiComplaintIntake::init()
{
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    auto auditor = AccountService(*m_office->session)
                       .addAccount(kAuditorLogin, QStringLiteral("監事 一郎"), Role::Auditor, kAuditorPassword.toUtf8());
    QVERIFY2(auditor.has_value(), qPrintable(auditor ? QString() : auditor.error().message()));
    MessageBox::setRecordingForTesting(true);
    MessageBox::clearRecordedForTesting();
    MessageBox::setAnswerForTesting(std::nullopt);
    UnsavedChangesPrompt::clearAskedForTesting();
    startController(std::move(m_office->session));
}

void TestGuiComplaintIntake::cleanup()
{
    m_controller.reset();
    m_office.reset();
    MessageBox::setRecordingForTesting(false);
    MessageBox::setAnswerForTesting(std::nullopt);
    UnsavedChangesPrompt::setAnswerForTesting(std::nullopt);
}

void TestGuiComplaintIntake::startController(std::unique_ptr<Session> session)
{
    m_controller = std::make_unique<AppController>();
    m_controller->setKdfParams(test::fastKdf());
    m_controller->startWithSession(std::move(session));
    QVERIFY(mainWindow());
    mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(mainWindow()));
}

void TestGuiComplaintIntake::typeText(QWidget* widget, const QString& text)
{
    // Key by key, as a keyboard (or an IME committing character by character) does.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void TestGuiComplaintIntake::pressTab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

QWidget* TestGuiComplaintIntake::field(ComplaintEditor* editor, const char* name)
{
    return editor->findChild<QWidget*>(QLatin1String(name));
}

ComplaintEditor* TestGuiComplaintIntake::newComplaintByKeyboard()
{
    mainWindow()->activateWindow();
    if (!QTest::qWaitForWindowActive(mainWindow()))
        return nullptr;
    ComplaintWindows* windows = mainWindow()->complaintWindows();
    const qsizetype before = windows->editors().size();
    QTest::keyClick(mainWindow(), Qt::Key_N, Qt::ControlModifier);
    if (windows->editors().size() != before + 1)
        return nullptr;
    ComplaintEditor* editor = windows->editors().constLast();
    if (!QTest::qWaitForWindowActive(editor))
        return nullptr;
    return editor;
}

void TestGuiComplaintIntake::phoneComplaintWithTheKeyboardAlone()
{
    const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
    ComplaintEditor* editor = newComplaintByKeyboard();
    QVERIFY(editor);

    // Now, phone, and the cursor in the caller's number.
    auto* channel = editor->findChild<QComboBox*>(QStringLiteral("channelCombo"));
    QCOMPARE(channel->currentData().toString(), channelKey(ComplaintChannel::Phone));
    auto* receivedAt = editor->findChild<QDateTimeEdit*>(QStringLiteral("receivedAtEdit"));
    QVERIFY(receivedAt->dateTime() >= before && receivedAt->dateTime() <= QDateTime::currentDateTime());
    QTRY_VERIFY(field(editor, "callerNumberEdit")->hasFocus());

    typeText(QApplication::focusWidget(), kCallerNumber);
    pressTab(); // call from
    QVERIFY(field(editor, "callStartEdit")->hasFocus());
    pressTab(); // call to
    QVERIFY(field(editor, "callEndEdit")->hasFocus());
    pressTab();
    QVERIFY(field(editor, "nameEdit")->hasFocus());
    typeText(QApplication::focusWidget(), kName);
    pressTab();
    QVERIFY(field(editor, "kanaEdit")->hasFocus());
    typeText(QApplication::focusWidget(), kKana);
    pressTab(); // relation
    pressTab(); // phone
    pressTab(); // email
    pressTab(); // postal code
    pressTab(); // address
    pressTab();
    QVERIFY(field(editor, "contentEdit")->hasFocus());
    typeText(QApplication::focusWidget(), kContent);
    pressTab();
    QVERIFY(field(editor, "categoryCombo")->hasFocus());
    // 分類: Home goes to the first entry (利用目的); one step down is 開示等.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    pressTab();
    QVERIFY(field(editor, "purposeCategoryList")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // checks the second category
    auto* categories = editor->findChild<QListWidget*>(QStringLiteral("purposeCategoryList"));
    QCOMPARE(categories->item(1)->checkState(), Qt::Checked);
    const qint64 checkedCategory = categories->item(1)->data(Qt::UserRole).toLongLong();
    QVERIFY(editor->isModified());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor->complaintId() != 0, qPrintable(editor->errorLabel()->text()));
    QVERIFY(!editor->isModified());
    const QString number = editor->complaintNumber();
    QVERIFY(!number.isEmpty());
    QVERIFY(editor->windowTitle().contains(number));
    QVERIFY(editor->statusBar()->currentMessage().contains(number));
    QVERIFY(editor->isVisible()); // stays open for more

    auto stored = ComplaintService(session()).find(editor->complaintId());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->number, number);
    QCOMPARE(stored->channel, ComplaintChannel::Phone);
    QCOMPARE(stored->channelDetails.callerNumber, kCallerNumber);
    QVERIFY(stored->channelDetails.callStarted.isValid());
    QCOMPARE(stored->complainant.name, kName);
    QCOMPARE(stored->complainant.kana, kKana);
    QCOMPARE(stored->content, kContent);
    QCOMPARE(stored->category, ComplaintCategory::Disclosure);
    QCOMPARE(stored->purposeCategoryIds, QList<qint64>{checkedCategory});
    QCOMPARE(stored->receivedBy, session().account().id);
    QCOMPARE(stored->status, ComplaintStatus::Received);

    // Saved: nothing is left as a draft, and Ctrl+N from the editor starts the next call.
    auto drafts = ComplaintDrafts(session()).list();
    QVERIFY(drafts.has_value());
    QVERIFY(drafts->isEmpty());
    QTest::keyClick(editor, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(mainWindow()->complaintWindows()->editors().size(), 2);
}

void TestGuiComplaintIntake::tabOrderFollowsThePaperForm()
{
    ComplaintEditor* editor = newComplaintByKeyboard();
    QVERIFY(editor);
    const QStringList paper{
        QStringLiteral("receivedAtEdit"), QStringLiteral("channelCombo"),     QStringLiteral("callerNumberEdit"),
        QStringLiteral("callStartEdit"),  QStringLiteral("callEndEdit"),      QStringLiteral("nameEdit"),
        QStringLiteral("kanaEdit"),       QStringLiteral("relationCombo"),    QStringLiteral("phoneEdit"),
        QStringLiteral("emailEdit"),      QStringLiteral("postalCodeEdit"),   QStringLiteral("addressEdit"),
        QStringLiteral("contentEdit"),    QStringLiteral("categoryCombo"),    QStringLiteral("purposeCategoryList"),
        QStringLiteral("possibleBreachCheck"), QStringLiteral("assigneeCombo"),
    };
    QStringList declared;
    for (QWidget* widget : editor->intakeTabOrder())
        declared.append(widget->objectName());
    QCOMPARE(declared.mid(0, paper.size()), paper);

    // And the Tab key really goes that way, from the first field to the last.
    field(editor, "receivedAtEdit")->setFocus();
    QTRY_VERIFY(field(editor, "receivedAtEdit")->hasFocus());
    for (qsizetype index = 1; index < paper.size(); ++index) {
        pressTab();
        QVERIFY2(field(editor, qPrintable(paper.at(index)))->hasFocus(),
                 qPrintable(QStringLiteral("Tab after %1 did not reach %2").arg(paper.at(index - 1), paper.at(index))));
    }
    // Shift+Tab walks back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(field(editor, "possibleBreachCheck")->hasFocus());

    // Another channel shows its own fields in the same place of the order.
    auto* channel = editor->findChild<QComboBox*>(QStringLiteral("channelCombo"));
    channel->setFocus();
    QTRY_VERIFY(channel->hasFocus());
    QTest::keyClick(channel, Qt::Key_Down); // FAX
    QCOMPARE(channel->currentData().toString(), channelKey(ComplaintChannel::Fax));
    pressTab();
    QVERIFY(field(editor, "faxNumberEdit")->hasFocus());
    pressTab();
    QVERIFY(field(editor, "nameEdit")->hasFocus());
}

void TestGuiComplaintIntake::draftSurvivesLockAndCrash()
{
    ComplaintEditor* editor = newComplaintByKeyboard();
    QVERIFY(editor);
    QTRY_VERIFY(field(editor, "callerNumberEdit")->hasFocus());
    typeText(QApplication::focusWidget(), kCallerNumber);
    pressTab();
    pressTab();
    pressTab();
    typeText(QApplication::focusWidget(), kName);
    const QString key = editor->draftKey();

    // Two seconds after the last key the form is in the encrypted database.
    QTRY_VERIFY_WITH_TIMEOUT(ComplaintDrafts(session()).load(key).value_or(std::nullopt).has_value(), 5000);

    // A lock writes the draft at once and keeps the window with its text.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), kKana);
    m_controller->lock();
    QVERIFY(!editor->isVisible());
    UnlockDialog* unlock = m_controller->unlockDialog();
    QVERIFY(unlock);
    auto* password = unlock->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    password->clear();
    QTest::keyClicks(password, QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!m_controller->isLocked());
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("kanaEdit"))->text(), kKana);
    auto draft = ComplaintDrafts(session()).load(key);
    QVERIFY(draft.has_value() && draft->has_value());
    QVERIFY((*draft)->contains(kKana.toUtf8()));
    // The window is open, so nothing is offered for recovery after unlocking.
    QCOMPARE(mainWindow()->complaintWindows()->recoverableDraftCount(), 0);

    // A crash: the program is gone without closing anything.
    m_controller.reset();
    auto reopened = m_office->unlock();
    QVERIFY(reopened.has_value());
    MessageBox::clearRecordedForTesting();
    MessageBox::setAnswerForTesting(true);
    startController(std::move(*reopened));
    QTRY_COMPARE(mainWindow()->complaintWindows()->editors().size(), 1);
    QVERIFY(MessageBox::recordedForTesting().join(u'\n').contains(QStringLiteral("1 complaint form")));
    ComplaintEditor* restored = mainWindow()->complaintWindows()->editors().constFirst();
    QCOMPARE(restored->draftKey(), key);
    QVERIFY(restored->isModified());
    QCOMPARE(restored->findChild<QLineEdit*>(QStringLiteral("callerNumberEdit"))->text(), kCallerNumber);
    QCOMPARE(restored->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), kName);
    QCOMPARE(restored->findChild<QLineEdit*>(QStringLiteral("kanaEdit"))->text(), kKana);

    // Saving the restored form stores it and removes the draft.
    restored->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(restored));
    auto* content = restored->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"));
    content->setFocus();
    typeText(content, kContent);
    QTest::keyClick(content, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(restored->complaintId() != 0, qPrintable(restored->errorLabel()->text()));
    QVERIFY(ComplaintDrafts(session()).list().value().isEmpty());
}

void TestGuiComplaintIntake::unsavedChangesPrompt()
{
    ComplaintEditor* editor = newComplaintByKeyboard();
    QVERIFY(editor);
    QTRY_VERIFY(field(editor, "callerNumberEdit")->hasFocus());
    typeText(QApplication::focusWidget(), kCallerNumber);
    QVERIFY(editor->isModified());
    QPointer<ComplaintEditor> guard(editor);

    // Cancel: Esc asks, and the window stays with its text.
    UnsavedChangesPrompt::setAnswerForTesting(UnsavedChangesPrompt::Choice::Cancel);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(UnsavedChangesPrompt::askedForTesting().size(), 1);
    QVERIFY(UnsavedChangesPrompt::askedForTesting().constFirst().contains(QStringLiteral("not been saved")));
    QVERIFY(guard && editor->isVisible());
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("callerNumberEdit"))->text(), kCallerNumber);

    // Save with a required field missing: the window stays, saying why.
    UnsavedChangesPrompt::setAnswerForTesting(UnsavedChangesPrompt::Choice::Save);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(guard && editor->isVisible());
    QVERIFY(editor->errorLabel()->isVisibleTo(editor));
    QVERIFY(editor->complaintId() == 0);

    // Discard: the window closes and no draft is left behind.
    editor->saveDraft();
    QCOMPARE(ComplaintDrafts(session()).list().value().size(), 1);
    UnsavedChangesPrompt::setAnswerForTesting(UnsavedChangesPrompt::Choice::Discard);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard);
    QVERIFY(ComplaintDrafts(session()).list().value().isEmpty());

    // A form nobody typed into closes without a question.
    UnsavedChangesPrompt::clearAskedForTesting();
    ComplaintEditor* untouched = newComplaintByKeyboard();
    QVERIFY(untouched);
    QPointer<ComplaintEditor> untouchedGuard(untouched);
    QVERIFY(!untouched->isModified());
    untouched->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), untouched);
    QTest::keyClick(untouched->focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!untouchedGuard);
    QVERIFY(UnsavedChangesPrompt::askedForTesting().isEmpty());
}

void TestGuiComplaintIntake::validationMovesFocusToTheField()
{
    ComplaintEditor* editor = newComplaintByKeyboard();
    QVERIFY(editor);
    QTRY_VERIFY(field(editor, "callerNumberEdit")->hasFocus());
    typeText(QApplication::focusWidget(), kCallerNumber);
    pressTab();
    pressTab();
    pressTab();
    typeText(QApplication::focusWidget(), kName);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(editor->complaintId(), qint64(0));
    QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("content")));
    QVERIFY(field(editor, "contentEdit")->hasFocus());
    // Nothing typed was lost.
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), kName);
    typeText(QApplication::focusWidget(), kContent);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor->complaintId() != 0, qPrintable(editor->errorLabel()->text()));
    QVERIFY(!editor->errorLabel()->hasError());
}

void TestGuiComplaintIntake::auditorSeesReadOnly()
{
    Complaint draft;
    draft.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
    draft.complainant.name = kName;
    draft.content = kContent;
    auto created = ComplaintService(session()).create(draft);
    QVERIFY(created.has_value());

    m_controller.reset();
    auto auditor = Session::unlock(m_office->location, kAuditorLogin, kAuditorPassword.toUtf8());
    QVERIFY2(auditor.has_value(), qPrintable(auditor ? QString() : auditor.error().message()));
    startController(std::move(*auditor));

    // No intake for the auditor: Ctrl+N opens nothing.
    QVERIFY(!mainWindow()->newComplaintAction()->isVisible());
    QTest::keyClick(mainWindow(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(mainWindow()->complaintWindows()->editors().isEmpty());

    ComplaintEditor* editor = mainWindow()->complaintWindows()->openComplaint(created->id);
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->windowTitle().contains(created->number));
    QVERIFY(!editor->saveAction()->isVisible());
    QVERIFY(!editor->printLetterAction()->isVisible());
    QVERIFY(editor->statusButtons().isEmpty());
    QVERIFY(editor->signOffButton()->isHidden());
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), kName);
    QVERIFY(name->isReadOnly());
    QVERIFY(editor->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"))->isReadOnly());
    QVERIFY(!editor->findChild<QComboBox*>(QStringLiteral("categoryCombo"))->isEnabled());
    QVERIFY(editor->timelinePanel()->entryEdit()->isHidden());
    QVERIFY(editor->attachmentsPanel()->findChild<QPushButton*>(QStringLiteral("attachButton"))->isHidden());

    // Typing and Ctrl+S change nothing.
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor));
    name->setFocus();
    typeText(name, QStringLiteral("X"));
    QCOMPARE(name->text(), kName);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->isModified());
    QCOMPARE(ComplaintService(session()).find(created->id)->revision, created->revision);
}

void TestGuiComplaintIntake::complaintsPageOpensOneWindowPerComplaint()
{
    Complaint draft;
    draft.receivedAt = QDateTime::currentDateTime().addSecs(-600);
    draft.complainant.name = kName;
    draft.content = kContent;
    auto created = ComplaintService(session()).create(draft);
    QVERIFY(created.has_value());

    ComplaintsPage* page = mainWindow()->complaintsPage();
    ComplaintWindows* windows = mainWindow()->complaintWindows();
    emit page->openComplaintRequested(created->id);
    QCOMPARE(windows->editors().size(), 1);
    ComplaintEditor* editor = windows->editors().constFirst();
    QCOMPARE(editor->complaintId(), created->id);
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), kName);
    // Asking again raises the same window.
    emit page->openComplaintRequested(created->id);
    QCOMPARE(windows->editors().size(), 1);
    QCOMPARE(windows->editorFor(created->id), editor);
    // The page's New button opens an intake form.
    emit page->newComplaintRequested();
    QCOMPARE(windows->editors().size(), 2);
    QCOMPARE(windows->editors().constLast()->complaintId(), qint64(0));
}

QTEST_MAIN(TestGuiComplaintIntake)
#include "tst_gui_complaint_intake.moc"
