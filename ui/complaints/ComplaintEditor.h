// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "core/complaints/EmailMessage.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMimeData;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;

namespace pd::ui {

class AttachmentsPanel;
class EmailOriginalDialog;
class ErrorLabel;
class JapaneseDateEdit;
class LetterPrintDialog;
class RecordLettersWidget;
class SessionContext;
class TimelinePanel;

/// One complaint (苦情受付票 / 苦情処理記録) in a window of its own: intake at the speed of a phone
/// call, then handling, answer, sign-off, attachments and letters.
///
/// The 受付票 tab follows the paper form from top to bottom, and so does the tab order; a new
/// complaint starts with the current time, channel 電話 and the cursor in the caller's number.
/// Ctrl+S saves (the window stays open with the assigned 受付番号). What is typed is autosaved
/// as a draft in the encrypted database two seconds after the last change and when the session
/// locks, so that it survives a lock and a crash. The auditor gets the same window read-only.
class ComplaintEditor : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 2000;
    static inline const QString kAnswerTemplate = QStringLiteral("complaint_answer");
    static inline const QString kFaxCoverTemplate = QStringLiteral("fax_cover");

    explicit ComplaintEditor(SessionContext& context, QWidget* parent = nullptr);
    ~ComplaintEditor() override;

    /// A blank intake form: received now, by phone, cursor in the caller's number.
    void startNew();
    /// A new complaint prefilled from an email; its files are listed as pending until saved.
    void startFromEmail(const EmailMessage& message);
    /// Shows a stored complaint (audited as a view). False, with the reason shown, on error.
    bool loadComplaint(qint64 complaintId);
    /// Reopens what was autosaved under `key`. False when the payload is not a draft of ours.
    bool restoreDraft(const QString& key, const QByteArray& payload);

    qint64 complaintId() const { return m_complaint.id; }
    QString complaintNumber() const { return m_complaint.number; }
    /// The complaint as last loaded or saved.
    const Complaint& storedComplaint() const { return m_complaint; }
    /// The record as the form holds it now.
    Complaint formComplaint() const;
    /// Unsaved input: a changed field, or a note typed for the timeline and not yet added.
    bool isModified() const;
    /// The auditor, or an account that may not write complaints.
    bool isReadOnly() const { return m_readOnly; }
    /// Closed or withdrawn: the record is final (notes and late files are still taken).
    bool isFinal() const;
    bool hasPendingEmail() const { return m_pendingEmail.has_value(); }
    QString draftKey() const { return m_draftKey; }
    /// The intake fields in the order of the paper form (and of the Tab key).
    QList<QWidget*> intakeTabOrder() const;

    QTabWidget* tabs() const { return m_tabs; }
    ErrorLabel* errorLabel() const { return m_error; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    AttachmentsPanel* attachmentsPanel() const { return m_attachments; }
    RecordLettersWidget* lettersWidget() const { return m_letters; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* printLetterAction() const { return m_printLetterAction; }
    QList<QPushButton*> statusButtons() const { return m_statusButtons; }
    QPushButton* signOffButton() const { return m_signOffButton; }
    /// The Print letter dialog opened last from this window, while it is open.
    LetterPrintDialog* letterDialog() const;

public slots:
    /// Ctrl+S. Creates (with the files attached to the new form, in the same transaction) or
    /// updates; on failure the typed text and the attached files stay and the reason is shown.
    bool save();
    /// Writes the draft now (the autosave timer and the lock call this).
    void saveDraft();
    /// Loads the stored version again, discarding what was typed (after a conflict).
    void reloadFromDatabase();
    /// Print letter… for the answer letter or the FAX cover sheet, prefilled from the record.
    LetterPrintDialog* printLetter(const QString& templateName = kAnswerTemplate);
    /// Asks for an optional note, then moves the complaint to `to`.
    void requestStatusChange(ComplaintStatus to);
    /// Moves to `to` without asking (the note as given).
    bool changeStatus(ComplaintStatus to, const QString& note);
    /// 責任者確認 by the privacy officer.
    bool signOff();
    /// The email the complaint came by, as received (the pending one before the first save).
    EmailOriginalDialog* showOriginalEmail();
    /// Closes without asking, after keeping unsaved input as a draft (another database is opened).
    void closeKeepingDraft();

signals:
    /// The complaint got its id (first save) or was saved again.
    void complaintSaved(qint64 complaintId);
    /// .eml files dropped onto the window: each becomes a complaint of its own.
    void emailFilesDropped(const QStringList& paths);
    void importEmailRequested();
    void newComplaintRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildIntakeTab();
    void buildAnswerTab();
    void createActions();
    void setTabOrderAlongPaper();
    void connectChangeSignals();
    void loadReferenceData();
    void showComplaint(const Complaint& complaint);
    void applyToForm(const Complaint& complaint);
    void channelChanged();
    void relationChanged();
    void markModified();
    void setModified(bool modified);
    void updateTitle();
    void updatePermissions();
    void updateStatusArea();
    void showSaveError(const Error& error);
    void focusFirstInvalidField();
    void focusField(QWidget* field);
    void discardDraft();
    void sessionChanged();
    bool handleFileDrop(const QMimeData* mime);
    QByteArray draftPayload() const;
    QString newDraftKey() const;

    SessionContext& m_context;
    Complaint m_complaint; // as stored (id 0 until the first save)
    std::optional<EmailMessage> m_pendingEmail; // an imported email, stored with the first save
    bool m_emailOmittedFromDraft = false;
    QString m_draftKey;
    bool m_modified = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_closing = false;
    QTimer* m_autosave = nullptr;

    QLabel* m_numberLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QTabWidget* m_tabs = nullptr;

    // 受付
    QDateTimeEdit* m_receivedAt = nullptr;
    QLabel* m_receivedBy = nullptr;
    QComboBox* m_channel = nullptr;
    QWidget* m_phoneFields = nullptr;
    QLineEdit* m_callerNumber = nullptr;
    QDateTimeEdit* m_callStart = nullptr;
    QDateTimeEdit* m_callEnd = nullptr;
    QToolButton* m_callEndedNow = nullptr;
    QWidget* m_faxFields = nullptr;
    QLineEdit* m_faxNumber = nullptr;
    QWidget* m_emailFields = nullptr;
    QLineEdit* m_emailFrom = nullptr;
    QDateTimeEdit* m_emailDate = nullptr;
    QLineEdit* m_emailSubject = nullptr;
    QPlainTextEdit* m_emailBody = nullptr;
    QPushButton* m_originalEmailButton = nullptr;
    QWidget* m_postFields = nullptr;
    JapaneseDateEdit* m_postmark = nullptr;
    QLineEdit* m_senderAddress = nullptr;
    // 申出人
    QLineEdit* m_name = nullptr;
    QLineEdit* m_kana = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_address = nullptr;
    // 申出内容, 分類, handling
    QPlainTextEdit* m_content = nullptr;
    QComboBox* m_category = nullptr;
    QListWidget* m_purposeCategories = nullptr;
    QCheckBox* m_possibleBreach = nullptr;
    QComboBox* m_assignee = nullptr;
    JapaneseDateEdit* m_targetDate = nullptr;
    // 回答・完了
    QComboBox* m_answerMethod = nullptr;
    JapaneseDateEdit* m_answeredOn = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPlainTextEdit* m_prevention = nullptr;
    QLabel* m_signOffLabel = nullptr;
    QPushButton* m_signOffButton = nullptr;
    QLabel* m_completedLabel = nullptr;
    QWidget* m_statusButtonBox = nullptr;
    QList<QPushButton*> m_statusButtons;
    QList<QWidget*> m_dateFields; // Tab leaves them instead of walking their sections

    TimelinePanel* m_timeline = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    RecordLettersWidget* m_letters = nullptr;
    QWidget* m_intakeTab = nullptr;
    QWidget* m_answerTab = nullptr;
    QWidget* m_lettersTab = nullptr;

    QAction* m_saveAction = nullptr;
    QAction* m_printLetterAction = nullptr;
    QAction* m_faxCoverAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_importEmailAction = nullptr;
    QMenu* m_statusMenu = nullptr;
    QPointer<LetterPrintDialog> m_letterDialog;
};

} // namespace pd::ui
