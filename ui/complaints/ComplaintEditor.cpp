// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintEditor.h"

#include "core/complaints/ComplaintDrafts.h"
#include "core/complaints/ComplaintService.h"
#include "core/complaints/EmailIntake.h"
#include "core/render/RecordLetters.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/complaints/AttachmentsPanel.h"
#include "ui/complaints/ComplaintEditorDraft.h"
#include "ui/complaints/EmailDrop.h"
#include "ui/complaints/EmailOriginalDialog.h"
#include "ui/complaints/StatusChangeDialog.h"
#include "ui/complaints/TimelinePanel.h"
#include "ui/complaints/UnsavedChangesPrompt.h"
#include "ui/letters/JapaneseDateEdit.h"
#include "ui/letters/LetterPrintDialog.h"
#include "ui/letters/RecordLettersWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// The value an optional date/time field holds while it is empty (shown as its special text).
const QDateTime kUnsetDateTime(QDate(2000, 1, 1), QTime(0, 0));

void makeOptional(QDateTimeEdit* edit, const QString& emptyText)
{
    edit->setMinimumDateTime(kUnsetDateTime);
    edit->setSpecialValueText(emptyText);
    edit->setDateTime(kUnsetDateTime);
}

bool isUnset(const QDateTimeEdit* edit)
{
    return edit->dateTime() == edit->minimumDateTime();
}

QDateTime optionalDateTime(const QDateTimeEdit* edit)
{
    return isUnset(edit) ? QDateTime() : edit->dateTime();
}

void setOptionalDateTime(QDateTimeEdit* edit, const QDateTime& value)
{
    edit->setDateTime(value.isValid() ? value.toLocalTime() : edit->minimumDateTime());
}

QString errorText(const Error& error)
{
    if (error.kind == ErrorKind::InvalidInput && !error.detail.isEmpty())
        return error.detail;
    return error.message();
}

QDateTime nowToTheMinute()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
}

template <typename Enum>
void selectData(QComboBox* combo, Enum value, QString (*key)(Enum))
{
    const int index = combo->findData(key(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QGroupBox* section(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    QFont font = box->font();
    font.setBold(true);
    box->setFont(font);
    return box;
}

// The section title is bold; the fields inside keep the normal font.
QFormLayout* formIn(QGroupBox* box)
{
    auto* inner = new QWidget(box);
    inner->setFont(box->parentWidget()->font());
    auto* form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(inner);
    return form;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ComplaintEditor::ComplaintEditor(SessionContext& context, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_context(context)
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("complaintEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ComplaintEditor::saveDraft);

    m_numberLabel = new QLabel(this);
    m_numberLabel->setObjectName(QStringLiteral("numberLabel"));
    m_numberLabel->setTextFormat(Qt::PlainText);
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headline = m_numberLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.3);
    headline.setBold(true);
    m_numberLabel->setFont(headline);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setMargin(4);
    m_statusLabel->setAutoFillBackground(true);
    m_statusLabel->setBackgroundRole(QPalette::AlternateBase);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_reloadButton = new QPushButton(tr("Reload the saved version"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAutoDefault(false);
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        MessageBox::question(this, tr("Reload"),
                             tr("Load the version saved by the other person? What you typed here is discarded."),
                             tr("&Reload"), [this](bool confirmed) {
                                 if (confirmed)
                                     reloadFromDatabase();
                             });
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    m_tabs->setDocumentMode(true);
    buildIntakeTab();
    m_timeline = new TimelinePanel(m_context, this);
    m_tabs->addTab(m_timeline, tr("Handling"));
    buildAnswerTab();
    m_attachments = new AttachmentsPanel(m_context, this);
    m_tabs->addTab(m_attachments, tr("Attachments"));
    m_lettersTab = new QWidget(this);
    m_letters = new RecordLettersWidget(m_context, m_lettersTab);
    m_tabs->addTab(m_lettersTab, tr("Letters"));

    createActions();
    // Alt+1…5 go to the tabs (their titles carry no access keys: the form's labels need the letters).
    for (int index = 0; index < m_tabs->count(); ++index) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_tabs->setCurrentIndex(index); });
        m_tabs->setTabToolTip(index, tr("Alt+%1").arg(index + 1));
    }

    auto* lettersLayout = new QVBoxLayout(m_lettersTab);
    auto* lettersButtons = new QHBoxLayout;
    auto* printLetterButton = new QPushButton(m_printLetterAction->icon(), tr("&Print letter…"), m_lettersTab);
    printLetterButton->setObjectName(QStringLiteral("printLetterButton"));
    printLetterButton->setToolTip(tr("The answer letter (苦情への回答書) prefilled from this complaint (Ctrl+P)"));
    auto* faxCoverButton = new QPushButton(tr("FA&X cover sheet…"), m_lettersTab);
    faxCoverButton->setObjectName(QStringLiteral("faxCoverButton"));
    for (QPushButton* button : {printLetterButton, faxCoverButton})
        button->setAutoDefault(false);
    connect(printLetterButton, &QPushButton::clicked, m_printLetterAction, &QAction::trigger);
    connect(faxCoverButton, &QPushButton::clicked, m_faxCoverAction, &QAction::trigger);
    connect(m_printLetterAction, &QAction::enabledChanged, printLetterButton, &QPushButton::setEnabled);
    connect(m_faxCoverAction, &QAction::enabledChanged, faxCoverButton, &QPushButton::setEnabled);
    connect(m_printLetterAction, &QAction::visibleChanged, printLetterButton,
            [this, printLetterButton, faxCoverButton] {
                printLetterButton->setVisible(m_printLetterAction->isVisible());
                faxCoverButton->setVisible(m_faxCoverAction->isVisible());
            });
    lettersButtons->addWidget(printLetterButton);
    lettersButtons->addWidget(faxCoverButton);
    lettersButtons->addStretch(1);
    lettersLayout->addLayout(lettersButtons);
    lettersLayout->addWidget(m_letters, 1);

    auto* header = new QHBoxLayout;
    header->addWidget(m_numberLabel);
    header->addSpacing(12);
    header->addWidget(m_statusLabel);
    header->addStretch(1);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_reloadButton, 0, Qt::AlignTop);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(header);
    layout->addLayout(errorRow);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    setTabOrderAlongPaper();
    connectChangeSignals();
    connect(m_timeline, &TimelinePanel::entryAdded, this, [this](const ComplaintTimelineEntry& entry) {
        m_complaint.timeline.append(entry);
        statusBar()->showMessage(tr("The entry has been added to the handling record."), 5000);
        m_context.notifyComplaintsChanged(m_complaint.id);
    });
    connect(m_timeline, &TimelinePanel::pendingTextChanged, this, [this] {
        if (m_loading || m_readOnly)
            return;
        setWindowModified(isModified());
        m_autosave->start();
    });
    connect(m_attachments, &AttachmentsPanel::emailFilesDropped, this, &ComplaintEditor::emailFilesDropped);
    connect(m_attachments, &AttachmentsPanel::attachmentsChanged, this,
            [this] { m_context.notifyComplaintsChanged(m_complaint.id); });
    // Files attached to an unsaved complaint are input like the typed fields: they are saved with
    // it, kept in the draft, and closing asks about them.
    connect(m_attachments, &AttachmentsPanel::pendingAttachmentsChanged, this, &ComplaintEditor::markModified);

    // Child widgets that take text drops (line edits) would swallow a dropped file: the window decides.
    for (QWidget* child : findChildren<QWidget*>())
        if (child->acceptDrops())
            child->installEventFilter(this);
    // Tab in a date field would walk its sections (year, month, day…); on this form it goes to the
    // next field, as on paper. Digits typed into a date move on to the next section by themselves.
    for (QWidget* dateField : {static_cast<QWidget*>(m_receivedAt), static_cast<QWidget*>(m_callStart),
                               static_cast<QWidget*>(m_callEnd), static_cast<QWidget*>(m_emailDate),
                               static_cast<QWidget*>(m_postmark->dateEdit()), static_cast<QWidget*>(m_targetDate->dateEdit()),
                               static_cast<QWidget*>(m_answeredOn->dateEdit())}) {
        m_dateFields.append(dateField);
        dateField->installEventFilter(this);
        for (QWidget* part : dateField->findChildren<QWidget*>())
            part->installEventFilter(this);
    }

    // A lock keeps the window and its text (the controller hides and restores it); the draft is
    // written while the session still exists, in case the program does not survive the lock.
    connect(&m_context, &SessionContext::aboutToClose, this, [this] {
        m_autosave->stop();
        saveDraft();
    });
    connect(&m_context, &SessionContext::sessionChanged, this, &ComplaintEditor::sessionChanged);

    loadReferenceData();
    updatePermissions();
    resize(980, 860);
}

ComplaintEditor::~ComplaintEditor() = default;

LetterPrintDialog* ComplaintEditor::letterDialog() const
{
    return m_letterDialog;
}

// ---------------------------------------------------------------------------------------------
// Building the form

void ComplaintEditor::buildIntakeTab()
{
    m_intakeTab = new QWidget;
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("intakeScroll"));
    scroll->setWidget(m_intakeTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Intake"));

    // 受付
    QGroupBox* reception = section(tr("Reception"), m_intakeTab);
    QFormLayout* receptionForm = formIn(reception);
    m_receivedAt = new QDateTimeEdit;
    m_receivedAt->setObjectName(QStringLiteral("receivedAtEdit"));
    m_receivedAt->setDisplayFormat(QStringLiteral("yyyy/MM/dd HH:mm"));
    m_receivedAt->setCalendarPopup(true);
    m_receivedBy = new QLabel;
    m_receivedBy->setObjectName(QStringLiteral("receivedByLabel"));
    m_receivedBy->setTextFormat(Qt::PlainText);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (ComplaintChannel channel : kComplaintChannels)
        m_channel->addItem(channelDisplayName(channel), channelKey(channel));
    receptionForm->addRow(buddyLabel(tr("Recei&ved:"), m_receivedAt), m_receivedAt);
    receptionForm->addRow(tr("Received by:"), m_receivedBy);
    receptionForm->addRow(buddyLabel(tr("C&hannel:"), m_channel), m_channel);

    // The channel's own fields; only those of the chosen channel are shown (and reached by Tab).
    m_phoneFields = new QWidget;
    m_phoneFields->setObjectName(QStringLiteral("phoneFields"));
    {
        auto* form = new QFormLayout(m_phoneFields);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_callerNumber = new QLineEdit;
        m_callerNumber->setObjectName(QStringLiteral("callerNumberEdit"));
        m_callerNumber->setPlaceholderText(tr("as shown on the phone"));
        m_callerNumber->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        m_callStart = new QDateTimeEdit;
        m_callStart->setObjectName(QStringLiteral("callStartEdit"));
        m_callStart->setDisplayFormat(QStringLiteral("HH:mm"));
        makeOptional(m_callStart, tr("–"));
        m_callEnd = new QDateTimeEdit;
        m_callEnd->setObjectName(QStringLiteral("callEndEdit"));
        m_callEnd->setDisplayFormat(QStringLiteral("HH:mm"));
        makeOptional(m_callEnd, tr("–"));
        m_callEndedNow = new QToolButton;
        m_callEndedNow->setObjectName(QStringLiteral("callEndedNowButton"));
        m_callEndedNow->setText(tr("Call en&ded now"));
        m_callEndedNow->setToolTip(tr("Sets the end of the call to the current time (Alt+D)"));
        m_callEndedNow->setFocusPolicy(Qt::NoFocus); // reached by its access key; Tab stays on the form
        connect(m_callEndedNow, &QToolButton::clicked, this, [this] {
            m_callEnd->setDateTime(QDateTime(m_receivedAt->date(), nowToTheMinute().time()));
        });
        auto* callTimes = new QHBoxLayout;
        callTimes->addWidget(m_callStart);
        callTimes->addWidget(buddyLabel(tr("to"), m_callEnd));
        callTimes->addWidget(m_callEnd);
        callTimes->addWidget(m_callEndedNow);
        callTimes->addStretch(1);
        form->addRow(buddyLabel(tr("Caller's num&ber:"), m_callerNumber), m_callerNumber);
        form->addRow(buddyLabel(tr("Call fro&m:"), m_callStart), callTimes);
    }
    m_faxFields = new QWidget;
    m_faxFields->setObjectName(QStringLiteral("faxFields"));
    {
        auto* form = new QFormLayout(m_faxFields);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_faxNumber = new QLineEdit;
        m_faxNumber->setObjectName(QStringLiteral("faxNumberEdit"));
        m_faxNumber->setPlaceholderText(tr("as printed in the FAX header"));
        form->addRow(buddyLabel(tr("FAX num&ber:"), m_faxNumber), m_faxNumber);
    }
    m_emailFields = new QWidget;
    m_emailFields->setObjectName(QStringLiteral("emailFields"));
    {
        auto* form = new QFormLayout(m_emailFields);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_emailFrom = new QLineEdit;
        m_emailFrom->setObjectName(QStringLiteral("emailFromEdit"));
        m_emailDate = new QDateTimeEdit;
        m_emailDate->setObjectName(QStringLiteral("emailDateEdit"));
        m_emailDate->setDisplayFormat(QStringLiteral("yyyy/MM/dd HH:mm"));
        makeOptional(m_emailDate, tr("–"));
        m_emailSubject = new QLineEdit;
        m_emailSubject->setObjectName(QStringLiteral("emailSubjectEdit"));
        m_emailBody = new QPlainTextEdit;
        m_emailBody->setObjectName(QStringLiteral("emailBodyEdit"));
        m_emailBody->setTabChangesFocus(true);
        m_emailBody->setMinimumHeight(m_emailBody->fontMetrics().lineSpacing() * 6);
        form->addRow(buddyLabel(tr("Fro&m:"), m_emailFrom), m_emailFrom);
        form->addRow(buddyLabel(tr("Sent:"), m_emailDate), m_emailDate);
        form->addRow(buddyLabel(tr("Su&bject:"), m_emailSubject), m_emailSubject);
        form->addRow(buddyLabel(tr("Message bod&y:"), m_emailBody), m_emailBody);
        m_originalEmailButton = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message")),
                                                tr("Show the original email…"));
        m_originalEmailButton->setObjectName(QStringLiteral("originalEmailButton"));
        m_originalEmailButton->setToolTip(tr("The email as it was received, kept encrypted with the complaint"));
        m_originalEmailButton->setAutoDefault(false);
        connect(m_originalEmailButton, &QPushButton::clicked, this, &ComplaintEditor::showOriginalEmail);
        form->addRow(QString(), m_originalEmailButton);
    }
    m_postFields = new QWidget;
    m_postFields->setObjectName(QStringLiteral("postFields"));
    {
        auto* form = new QFormLayout(m_postFields);
        form->setContentsMargins(0, 0, 0, 0);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_postmark = new JapaneseDateEdit(true);
        m_postmark->setObjectName(QStringLiteral("postmarkEdit"));
        m_senderAddress = new QLineEdit;
        m_senderAddress->setObjectName(QStringLiteral("senderAddressEdit"));
        m_senderAddress->setPlaceholderText(tr("as written on the envelope"));
        form->addRow(buddyLabel(tr("Post&mark:"), m_postmark->dateEdit()), m_postmark);
        form->addRow(buddyLabel(tr("Sende&r's address:"), m_senderAddress), m_senderAddress);
    }
    for (QWidget* fields : {m_phoneFields, m_faxFields, m_emailFields, m_postFields})
        receptionForm->addRow(fields);

    // 申出人
    QGroupBox* complainant = section(tr("Complainant"), m_intakeTab);
    QFormLayout* complainantForm = formIn(complainant);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kana = new QLineEdit;
    m_kana->setObjectName(QStringLiteral("kanaEdit"));
    m_kana->setPlaceholderText(tr("in katakana"));
    m_relation = new QComboBox;
    m_relation->setObjectName(QStringLiteral("relationCombo"));
    for (ComplainantRelation relation : kComplainantRelations)
        m_relation->addItem(relationDisplayName(relation), relationKey(relation));
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_postalCode = new QLineEdit;
    m_postalCode->setObjectName(QStringLiteral("postalCodeEdit"));
    m_postalCode->setPlaceholderText(tr("123-4567"));
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("0000-00000")) + 24);
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressEdit"));
    complainantForm->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    complainantForm->addRow(buddyLabel(tr("&Kana:"), m_kana), m_kana);
    complainantForm->addRow(buddyLabel(tr("Re&lation:"), m_relation), m_relation);
    complainantForm->addRow(buddyLabel(tr("&Phone:"), m_phone), m_phone);
    complainantForm->addRow(buddyLabel(tr("&Email:"), m_email), m_email);
    complainantForm->addRow(buddyLabel(tr("Postal &code:"), m_postalCode), m_postalCode);
    complainantForm->addRow(buddyLabel(tr("Addre&ss:"), m_address), m_address);

    // 申出内容
    QGroupBox* contentBox = section(tr("Content of the complaint"), m_intakeTab);
    m_content = new QPlainTextEdit;
    m_content->setObjectName(QStringLiteral("contentEdit"));
    m_content->setAccessibleName(tr("Content of the complaint"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the complainant says, in their words where it matters"));
    m_content->setMinimumHeight(m_content->fontMetrics().lineSpacing() * 7);
    {
        auto* inner = new QWidget(contentBox);
        inner->setFont(font());
        auto* innerLayout = new QVBoxLayout(inner);
        innerLayout->setContentsMargins(0, 0, 0, 0);
        innerLayout->addWidget(buddyLabel(tr("C&ontent:"), m_content));
        innerLayout->addWidget(m_content);
        auto* boxLayout = new QVBoxLayout(contentBox);
        boxLayout->addWidget(inner);
    }

    // 分類 and the related categories of the purpose register
    QGroupBox* classification = section(tr("Classification"), m_intakeTab);
    QFormLayout* classificationForm = formIn(classification);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (ComplaintCategory category : kComplaintCategories)
        m_category->addItem(categoryDisplayName(category), categoryKey(category));
    m_purposeCategories = new QListWidget;
    m_purposeCategories->setObjectName(QStringLiteral("purposeCategoryList"));
    m_purposeCategories->setAccessibleName(tr("Related categories of personal information"));
    m_purposeCategories->setToolTip(tr("Space checks or unchecks the category"));
    m_purposeCategories->setMinimumHeight(m_purposeCategories->fontMetrics().lineSpacing() * 6);
    m_possibleBreach = new QCheckBox(tr("Possible bre&ach (漏えい等のおそれ): the case becomes an incident"));
    m_possibleBreach->setObjectName(QStringLiteral("possibleBreachCheck"));
    classificationForm->addRow(buddyLabel(tr("Cate&gory:"), m_category), m_category);
    classificationForm->addRow(buddyLabel(tr("Rela&ted data categories:"), m_purposeCategories), m_purposeCategories);
    classificationForm->addRow(m_possibleBreach);

    // 担当者, 回答目標日
    QGroupBox* handling = section(tr("Handling"), m_intakeTab);
    QFormLayout* handlingForm = formIn(handling);
    m_assignee = new QComboBox;
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_targetDate = new JapaneseDateEdit(true);
    m_targetDate->setObjectName(QStringLiteral("targetDateEdit"));
    m_targetDate->setToolTip(tr("Empty: the received date plus the number of days set for complaint answers"));
    handlingForm->addRow(buddyLabel(tr("Person &in charge:"), m_assignee), m_assignee);
    handlingForm->addRow(buddyLabel(tr("Ans&wer by:"), m_targetDate->dateEdit()), m_targetDate);

    auto* grid = new QGridLayout(m_intakeTab);
    grid->addWidget(reception, 0, 0);
    grid->addWidget(complainant, 0, 1);
    grid->addWidget(contentBox, 1, 0, 1, 2);
    grid->addWidget(classification, 2, 0);
    grid->addWidget(handling, 2, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintEditor::channelChanged);
    connect(m_relation, &QComboBox::currentIndexChanged, this, &ComplaintEditor::relationChanged);
    channelChanged();
}

void ComplaintEditor::buildAnswerTab()
{
    m_answerTab = new QWidget;
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_answerTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Answer && Closing"));

    QGroupBox* answer = section(tr("Answer"), m_answerTab);
    QFormLayout* answerForm = formIn(answer);
    m_answerMethod = new QComboBox;
    m_answerMethod->setObjectName(QStringLiteral("answerMethodCombo"));
    for (AnswerMethod method : kAnswerMethods)
        m_answerMethod->addItem(method == AnswerMethod::None ? tr("(not answered yet)") : answerMethodDisplayName(method),
                                answerMethodKey(method));
    m_answeredOn = new JapaneseDateEdit(true);
    m_answeredOn->setObjectName(QStringLiteral("answeredOnEdit"));
    m_result = new QPlainTextEdit;
    m_result->setObjectName(QStringLiteral("resultEdit"));
    m_result->setTabChangesFocus(true);
    m_result->setPlaceholderText(tr("How the complaint was resolved; printed as the answer in the answer letter"));
    m_prevention = new QPlainTextEdit;
    m_prevention->setObjectName(QStringLiteral("preventionEdit"));
    m_prevention->setTabChangesFocus(true);
    answerForm->addRow(buddyLabel(tr("Answered b&y:"), m_answerMethod), m_answerMethod);
    answerForm->addRow(buddyLabel(tr("Answered o&n:"), m_answeredOn->dateEdit()), m_answeredOn);
    answerForm->addRow(buddyLabel(tr("&Result:"), m_result), m_result);
    answerForm->addRow(buddyLabel(tr("Pre&vention:"), m_prevention), m_prevention);

    QGroupBox* closing = section(tr("Sign-off and status"), m_answerTab);
    QFormLayout* closingForm = formIn(closing);
    m_signOffLabel = new QLabel;
    m_signOffLabel->setObjectName(QStringLiteral("signOffLabel"));
    m_signOffLabel->setTextFormat(Qt::PlainText);
    m_signOffLabel->setWordWrap(true);
    m_signOffButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-sign")), tr("Si&gn off…"));
    m_signOffButton->setObjectName(QStringLiteral("signOffButton"));
    m_signOffButton->setToolTip(tr("責任者確認: you confirm the handling as the privacy officer"));
    m_signOffButton->setAutoDefault(false);
    connect(m_signOffButton, &QPushButton::clicked, this, [this] {
        MessageBox::question(this, tr("Sign Off"),
                             tr("Confirm the handling of this complaint as the privacy officer (責任者確認)? "
                                "Changing the result later withdraws the sign-off."),
                             tr("&Sign off"), [this](bool confirmed) {
                                 if (confirmed)
                                     signOff();
                             });
    });
    auto* signOffRow = new QHBoxLayout;
    signOffRow->addWidget(m_signOffLabel, 1);
    signOffRow->addWidget(m_signOffButton);
    m_completedLabel = new QLabel;
    m_completedLabel->setObjectName(QStringLiteral("completedLabel"));
    m_statusButtonBox = new QWidget;
    m_statusButtonBox->setObjectName(QStringLiteral("statusButtons"));
    auto* statusRow = new QHBoxLayout(m_statusButtonBox);
    statusRow->setContentsMargins(0, 0, 0, 0);
    closingForm->addRow(tr("Officer's sign-off:"), signOffRow);
    closingForm->addRow(tr("Completed on:"), m_completedLabel);
    closingForm->addRow(tr("Change status:"), m_statusButtonBox);

    auto* layout = new QVBoxLayout(m_answerTab);
    layout->addWidget(answer, 1);
    layout->addWidget(closing);
}

void ComplaintEditor::createActions()
{
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the complaint; a new one gets its number"));
    connect(m_saveAction, &QAction::triggered, this, &ComplaintEditor::save);

    m_printLetterAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print Letter…"), this);
    m_printLetterAction->setObjectName(QStringLiteral("printLetterAction"));
    m_printLetterAction->setShortcut(QKeySequence::Print);
    m_printLetterAction->setStatusTip(tr("Print the answer letter or another letter for this complaint"));
    connect(m_printLetterAction, &QAction::triggered, this, [this] { printLetter(kAnswerTemplate); });

    m_faxCoverAction = new QAction(tr("&FAX Cover Sheet…"), this);
    m_faxCoverAction->setObjectName(QStringLiteral("faxCoverAction"));
    m_faxCoverAction->setStatusTip(tr("Print a FAX cover sheet addressed to the complainant"));
    connect(m_faxCoverAction, &QAction::triggered, this, [this] { printLetter(kFaxCoverTemplate); });

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Complaint"), this);
    m_newAction->setObjectName(QStringLiteral("editorNewComplaintAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &ComplaintEditor::newComplaintRequested);

    m_importEmailAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-message")), tr("Import &Email…"), this);
    m_importEmailAction->setObjectName(QStringLiteral("editorImportEmailAction"));
    m_importEmailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_importEmailAction, &QAction::triggered, this, &ComplaintEditor::importEmailRequested);

    m_closeAction = new QAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close"), this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_importEmailAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_printLetterAction);
    file->addAction(m_faxCoverAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    m_statusMenu = menuBar()->addMenu(tr("Stat&us"));
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));

    QToolBar* toolbar = addToolBar(tr("Complaint"));
    toolbar->setObjectName(QStringLiteral("complaintToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_saveAction);
    toolbar->addAction(m_printLetterAction);
}

void ComplaintEditor::setTabOrderAlongPaper()
{
    // Every channel's fields in their place; Tab skips those of the channels not shown.
    const QList<QWidget*> order{m_receivedAt, m_channel, m_callerNumber, m_callStart, m_callEnd, m_faxNumber,
                                m_emailFrom, m_emailDate, m_emailSubject, m_emailBody, m_originalEmailButton,
                                m_postmark->dateEdit(),
                                m_senderAddress, m_name, m_kana, m_relation, m_phone, m_email, m_postalCode,
                                m_address, m_content, m_category, m_purposeCategories, m_possibleBreach, m_assignee,
                                m_targetDate->dateEdit()};
    for (qsizetype index = 1; index < order.size(); ++index)
        setTabOrder(order.at(index - 1), order.at(index));
    setTabOrder(m_answerMethod, m_answeredOn->dateEdit());
    setTabOrder(m_answeredOn->dateEdit(), m_result);
    setTabOrder(m_result, m_prevention);
}

QList<QWidget*> ComplaintEditor::intakeTabOrder() const
{
    // The paper 苦情受付票 from top to bottom; fields of other channels are hidden and skipped.
    QList<QWidget*> order{m_receivedAt, m_channel};
    switch (ComplaintChannel(channelFromKey(m_channel->currentData().toString()).value_or(ComplaintChannel::Phone))) {
    case ComplaintChannel::Phone:
        order << m_callerNumber << m_callStart << m_callEnd;
        break;
    case ComplaintChannel::Fax:
        order << m_faxNumber;
        break;
    case ComplaintChannel::Email:
        order << m_emailFrom << m_emailDate << m_emailSubject << m_emailBody;
        break;
    case ComplaintChannel::Post:
        order << m_postmark->dateEdit() << m_senderAddress;
        break;
    case ComplaintChannel::Visit:
    case ComplaintChannel::Other:
        break;
    }
    order << m_name << m_kana << m_relation << m_phone << m_email << m_postalCode << m_address << m_content
          << m_category << m_purposeCategories << m_possibleBreach << m_assignee << m_targetDate->dateEdit();
    return order;
}

void ComplaintEditor::connectChangeSignals()
{
    for (QLineEdit* edit : {m_callerNumber, m_faxNumber, m_emailFrom, m_emailSubject, m_senderAddress, m_name, m_kana,
                            m_phone, m_email, m_postalCode, m_address})
        connect(edit, &QLineEdit::textChanged, this, &ComplaintEditor::markModified);
    for (QPlainTextEdit* edit : {m_emailBody, m_content, m_result, m_prevention})
        connect(edit, &QPlainTextEdit::textChanged, this, &ComplaintEditor::markModified);
    for (QDateTimeEdit* edit : {m_receivedAt, m_callStart, m_callEnd, m_emailDate})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ComplaintEditor::markModified);
    for (JapaneseDateEdit* edit : {m_postmark, m_targetDate, m_answeredOn})
        connect(edit, &JapaneseDateEdit::dateChanged, this, &ComplaintEditor::markModified);
    for (QComboBox* combo : {m_channel, m_relation, m_category, m_assignee, m_answerMethod})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintEditor::markModified);
    connect(m_purposeCategories, &QListWidget::itemChanged, this, &ComplaintEditor::markModified);
    connect(m_possibleBreach, &QCheckBox::toggled, this, &ComplaintEditor::markModified);
}

void ComplaintEditor::channelChanged()
{
    const auto channel = channelFromKey(m_channel->currentData().toString()).value_or(ComplaintChannel::Phone);
    m_phoneFields->setVisible(channel == ComplaintChannel::Phone);
    m_faxFields->setVisible(channel == ComplaintChannel::Fax);
    m_emailFields->setVisible(channel == ComplaintChannel::Email);
    m_postFields->setVisible(channel == ComplaintChannel::Post);
}

void ComplaintEditor::relationChanged()
{
    const bool anonymous = m_relation->currentData().toString() == relationKey(ComplainantRelation::Anonymous);
    m_name->setPlaceholderText(anonymous ? tr("(anonymous: may stay empty)") : QString());
}

// ---------------------------------------------------------------------------------------------
// Reference data, permissions, title

void ComplaintEditor::loadReferenceData()
{
    Session* session = m_context.session();
    if (!session)
        return;
    const bool wasLoading = std::exchange(m_loading, true);

    // Related categories: the purpose register, keeping what is checked.
    QSet<qint64> checked;
    for (int row = 0; row < m_purposeCategories->count(); ++row)
        if (m_purposeCategories->item(row)->checkState() == Qt::Checked)
            checked.insert(m_purposeCategories->item(row)->data(Qt::UserRole).toLongLong());
    if (m_purposeCategories->count() == 0)
        for (qint64 id : std::as_const(m_complaint.purposeCategoryIds))
            checked.insert(id);
    if (auto categories = OrganizationService(*session).purposeRegister()) {
        m_purposeCategories->clear();
        for (const PurposeCategory& category : *categories) {
            auto* item = new QListWidgetItem(category.name, m_purposeCategories);
            item->setData(Qt::UserRole, category.id);
            item->setToolTip(category.purposes);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(category.id) ? Qt::Checked : Qt::Unchecked);
        }
        if (m_purposeCategories->count() > 0)
            m_purposeCategories->setCurrentRow(0);
    } else {
        m_error->showError(errorText(categories.error()));
    }

    // Person in charge: active officers and staff, and whoever is assigned now.
    const qint64 assignee = m_assignee->count() > 0 ? m_assignee->currentData().toLongLong() : m_complaint.assigneeId;
    if (auto accounts = AccountService(*session).accounts()) {
        m_assignee->clear();
        m_assignee->addItem(tr("(nobody yet)"), qint64(0));
        for (const Account& account : *accounts)
            if ((account.active && account.role != Role::Auditor) || account.id == assignee)
                m_assignee->addItem(account.displayName, account.id);
        const int index = m_assignee->findData(assignee);
        m_assignee->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_loading = wasLoading;
}

void ComplaintEditor::sessionChanged()
{
    if (!m_context.isOpen()) {
        updatePermissions();
        return;
    }
    loadReferenceData();
    // Someone may have changed the record while the screen was locked: show it, unless the
    // form holds unsaved input (which a save then checks against the stored revision).
    if (m_complaint.id != 0 && !m_modified)
        loadComplaint(m_complaint.id);
    updatePermissions();
}

void ComplaintEditor::updatePermissions()
{
    Session* session = m_context.session();
    const bool mayWrite = session && session->may(Permission::WriteCases);
    const bool mayPrint = session && session->may(Permission::PrintAndExport);
    m_readOnly = session ? !mayWrite : m_readOnly;
    const bool formLocked = m_readOnly || isFinal();

    for (QLineEdit* edit : {m_callerNumber, m_faxNumber, m_emailFrom, m_emailSubject, m_senderAddress, m_name, m_kana,
                            m_phone, m_email, m_postalCode, m_address})
        edit->setReadOnly(formLocked);
    for (QPlainTextEdit* edit : {m_emailBody, m_content, m_result, m_prevention})
        edit->setReadOnly(formLocked);
    for (QDateTimeEdit* edit : {m_receivedAt, m_callStart, m_callEnd, m_emailDate})
        edit->setReadOnly(formLocked);
    for (JapaneseDateEdit* edit : {m_postmark, m_targetDate, m_answeredOn})
        edit->setEnabled(!formLocked);
    for (QComboBox* combo : {m_channel, m_relation, m_category, m_assignee, m_answerMethod})
        combo->setEnabled(!formLocked);
    m_possibleBreach->setEnabled(!formLocked);
    m_callEndedNow->setVisible(!formLocked);
    m_originalEmailButton->setVisible(m_pendingEmail.has_value()
                                      || (m_complaint.id != 0 && m_complaint.channel == ComplaintChannel::Email));
    {
        // Changing the flags is not a change of the record.
        const QSignalBlocker blocker(m_purposeCategories);
        for (int row = 0; row < m_purposeCategories->count(); ++row) {
            QListWidgetItem* item = m_purposeCategories->item(row);
            item->setFlags(formLocked ? (item->flags() & ~Qt::ItemIsUserCheckable)
                                      : (item->flags() | Qt::ItemIsUserCheckable));
        }
    }

    m_saveAction->setVisible(!m_readOnly);
    m_saveAction->setEnabled(session && !formLocked);
    m_newAction->setVisible(!m_readOnly);
    m_importEmailAction->setVisible(!m_readOnly);
    m_printLetterAction->setVisible(mayPrint || !session);
    m_faxCoverAction->setVisible(mayPrint || !session);
    m_printLetterAction->setEnabled(session && mayPrint && m_complaint.id != 0);
    m_faxCoverAction->setEnabled(session && mayPrint && m_complaint.id != 0);
    m_timeline->setReadOnly(m_readOnly);
    m_attachments->setReadOnly(m_readOnly);
    updateStatusArea();
    updateTitle();
}

bool ComplaintEditor::isFinal() const
{
    return m_complaint.id != 0 && pd::isFinal(m_complaint.status);
}

void ComplaintEditor::updateStatusArea()
{
    Session* session = m_context.session();
    const bool saved = m_complaint.id != 0;
    m_statusLabel->setText(saved ? statusDisplayName(m_complaint.status) : tr("Not saved yet"));
    m_statusLabel->setToolTip(tr("Status"));

    // Sign-off: shown to everyone, done by the officer only.
    if (m_complaint.isSignedOff())
        m_signOffLabel->setText(tr("Signed off by %1 on %2")
                                    .arg(m_complaint.signedOffByName,
                                         QLocale().toString(m_complaint.signedOffAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_signOffLabel->setText(tr("Not signed off yet."));
    const bool officer = session && session->may(Permission::SignOffCases);
    m_signOffButton->setVisible(officer);
    m_signOffButton->setEnabled(officer && saved && !isFinal() && !m_complaint.isSignedOff());
    m_completedLabel->setText(m_complaint.completedOn.isValid() ? QLocale().toString(m_complaint.completedOn, QLocale::LongFormat)
                                                               : tr("–"));

    // Status steps: only the legal next statuses, and only for those who write.
    // deleteLater: this runs after a step that one of these buttons may have started.
    for (QPushButton* button : std::as_const(m_statusButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_statusButtons.clear();
    m_statusMenu->clear();
    const bool mayWrite = session && !m_readOnly;
    const QList<ComplaintStatus> next
        = saved && mayWrite ? validFollowStates(m_complaint.status) : QList<ComplaintStatus>();
    for (ComplaintStatus to : next) {
        const QString text = to == ComplaintStatus::Withdrawn ? tr("Mark as &withdrawn (%1)…").arg(statusDisplayName(to))
                           : to == ComplaintStatus::Closed    ? tr("&Close the complaint (%1)…").arg(statusDisplayName(to))
                           : to == ComplaintStatus::Answered  ? tr("Mark as &answered (%1)…").arg(statusDisplayName(to))
                                                              : tr("Start &handling (%1)…").arg(statusDisplayName(to));
        auto* button = new QPushButton(text, m_statusButtonBox);
        button->setObjectName(QStringLiteral("statusButton_%1").arg(statusKey(to)));
        button->setProperty("targetStatus", statusKey(to));
        button->setAutoDefault(false);
        button->setEnabled(mayWrite);
        connect(button, &QPushButton::clicked, this, [this, to] { requestStatusChange(to); });
        m_statusButtonBox->layout()->addWidget(button);
        m_statusButtons.append(button);
        QAction* action = m_statusMenu->addAction(text);
        action->setEnabled(mayWrite);
        connect(action, &QAction::triggered, this, [this, to] { requestStatusChange(to); });
    }
    m_statusButtonBox->setVisible(mayWrite && !next.isEmpty());
    m_statusMenu->menuAction()->setVisible(mayWrite && !next.isEmpty());
}

void ComplaintEditor::updateTitle()
{
    const QString number = m_complaint.number;
    m_numberLabel->setText(number.isEmpty() ? tr("New complaint") : tr("Complaint %1").arg(number));
    QString title = number.isEmpty() ? tr("New Complaint") : tr("Complaint %1").arg(number);
    if (m_readOnly)
        title = tr("%1 (read only)").arg(title);
    setWindowTitle(tr("%1[*] – PrivacyDesk").arg(title));
    setWindowModified(isModified());
}

void ComplaintEditor::markModified()
{
    if (m_loading || m_readOnly)
        return;
    setModified(true);
    m_autosave->start();
}

void ComplaintEditor::setModified(bool modified)
{
    m_modified = modified;
    setWindowModified(isModified());
}

bool ComplaintEditor::isModified() const
{
    return m_modified || !m_timeline->pendingText().trimmed().isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Loading and the form

QString ComplaintEditor::newDraftKey() const
{
    return QStringLiteral("new-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

void ComplaintEditor::startNew()
{
    Complaint complaint;
    complaint.receivedAt = nowToTheMinute();
    complaint.channel = ComplaintChannel::Phone;
    complaint.channelDetails.callStarted = complaint.receivedAt;
    if (Session* session = m_context.session()) {
        complaint.receivedBy = session->account().id;
        complaint.receivedByName = session->account().displayName;
    }
    m_pendingEmail.reset();
    m_draftKey = newDraftKey();
    showComplaint(complaint);
    m_tabs->setCurrentIndex(0);
    m_callerNumber->setFocus();
}

void ComplaintEditor::startFromEmail(const EmailMessage& message)
{
    Complaint complaint = EmailIntake::draftFrom(message);
    if (Session* session = m_context.session()) {
        complaint.receivedBy = session->account().id;
        complaint.receivedByName = session->account().displayName;
    }
    m_pendingEmail = message;
    m_draftKey = newDraftKey();
    showComplaint(complaint);
    QList<EmailAttachmentPart> pending = message.attachments;
    for (EmailAttachmentPart& part : pending)
        part.mimeType = EmailIntake::attachmentType(part);
    m_attachments->setPendingFiles(pending);
    // Something arrived that nobody has checked yet: it is unsaved input.
    setModified(true);
    m_autosave->start();
    statusBar()->showMessage(tr("Check the fields taken from the email, then save (Ctrl+S)."));
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
}

bool ComplaintEditor::loadComplaint(qint64 complaintId)
{
    Session* session = m_context.session();
    if (!session)
        return false;
    auto found = ComplaintService(*session).find(complaintId);
    if (!found) {
        m_error->showError(errorText(found.error()));
        return false;
    }
    m_pendingEmail.reset();
    m_draftKey = QStringLiteral("complaint-%1").arg(complaintId);
    showComplaint(*found);
    return true;
}

void ComplaintEditor::reloadFromDatabase()
{
    if (m_complaint.id == 0)
        return;
    discardDraft();
    loadComplaint(m_complaint.id);
}

void ComplaintEditor::showComplaint(const Complaint& complaint)
{
    m_complaint = complaint;
    applyToForm(complaint);
    m_timeline->setEntries(complaint.id, complaint.timeline);
    m_attachments->setComplaint(complaint.id);
    if (complaint.id != 0)
        m_letters->setRecord(QStringLiteral("complaint"), complaint.id);
    else
        m_letters->clear();
    m_error->clearError();
    m_reloadButton->hide();
    setModified(false);
    m_autosave->stop();
    updatePermissions();
}

void ComplaintEditor::applyToForm(const Complaint& complaint)
{
    const bool wasLoading = std::exchange(m_loading, true);
    const ChannelDetails& details = complaint.channelDetails;
    m_receivedAt->setDateTime(complaint.receivedAt.isValid() ? complaint.receivedAt.toLocalTime() : nowToTheMinute());
    QString receivedBy = complaint.receivedByName;
    if (receivedBy.isEmpty() && m_context.session())
        receivedBy = m_context.session()->account().displayName;
    m_receivedBy->setText(receivedBy);
    selectData(m_channel, complaint.channel, &channelKey);
    m_callerNumber->setText(details.callerNumber);
    setOptionalDateTime(m_callStart, details.callStarted);
    setOptionalDateTime(m_callEnd, details.callEnded);
    m_faxNumber->setText(details.faxNumber);
    m_emailFrom->setText(details.emailFrom);
    setOptionalDateTime(m_emailDate, details.emailDate);
    m_emailSubject->setText(details.emailSubject);
    m_emailBody->setPlainText(details.emailBody);
    if (details.postmarkDate.isValid())
        m_postmark->setDate(details.postmarkDate);
    else
        m_postmark->clear();
    m_senderAddress->setText(details.senderAddress);

    const Complainant& person = complaint.complainant;
    m_name->setText(person.name);
    m_kana->setText(person.kana);
    selectData(m_relation, person.relation, &relationKey);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_postalCode->setText(person.postalCode);
    m_address->setText(person.address);
    m_content->setPlainText(complaint.content);
    selectData(m_category, complaint.category, &categoryKey);
    const QSet<qint64> related(complaint.purposeCategoryIds.cbegin(), complaint.purposeCategoryIds.cend());
    for (int row = 0; row < m_purposeCategories->count(); ++row) {
        QListWidgetItem* item = m_purposeCategories->item(row);
        item->setCheckState(related.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_possibleBreach->setChecked(complaint.possibleBreach);
    int assignee = m_assignee->findData(complaint.assigneeId);
    if (assignee < 0 && complaint.assigneeId != 0) {
        m_assignee->addItem(complaint.assigneeName, complaint.assigneeId);
        assignee = m_assignee->count() - 1;
    }
    m_assignee->setCurrentIndex(qMax(0, assignee));
    if (complaint.targetDate.isValid())
        m_targetDate->setDate(complaint.targetDate);
    else
        m_targetDate->clear();

    selectData(m_answerMethod, complaint.answerMethod, &answerMethodKey);
    if (complaint.answeredOn.isValid())
        m_answeredOn->setDate(complaint.answeredOn);
    else
        m_answeredOn->clear();
    m_result->setPlainText(complaint.result);
    m_prevention->setPlainText(complaint.prevention);
    channelChanged();
    relationChanged();
    m_loading = wasLoading;
}

Complaint ComplaintEditor::formComplaint() const
{
    Complaint c = m_complaint;
    c.receivedAt = m_receivedAt->dateTime();
    c.channel = channelFromKey(m_channel->currentData().toString()).value_or(ComplaintChannel::Phone);
    ChannelDetails& d = c.channelDetails;
    d.callerNumber = m_callerNumber->text().trimmed();
    // The call happens on the day it was received; an end before the start ran past midnight.
    const QDate callDay = c.receivedAt.date();
    d.callStarted = isUnset(m_callStart) ? QDateTime() : QDateTime(callDay, m_callStart->time());
    d.callEnded = isUnset(m_callEnd) ? QDateTime() : QDateTime(callDay, m_callEnd->time());
    if (d.callStarted.isValid() && d.callEnded.isValid() && d.callEnded < d.callStarted
        && d.callStarted.time().hour() >= 18 && d.callEnded.time().hour() < 6)
        d.callEnded = d.callEnded.addDays(1);
    d.faxNumber = m_faxNumber->text().trimmed();
    d.emailFrom = m_emailFrom->text().trimmed();
    d.emailDate = optionalDateTime(m_emailDate);
    d.emailSubject = m_emailSubject->text();
    d.emailBody = m_emailBody->toPlainText();
    d.postmarkDate = m_postmark->date();
    d.senderAddress = m_senderAddress->text().trimmed();

    Complainant& person = c.complainant;
    person.name = m_name->text().trimmed();
    person.kana = m_kana->text().trimmed();
    person.relation = relationFromKey(m_relation->currentData().toString()).value_or(ComplainantRelation::Self);
    person.phone = m_phone->text().trimmed();
    person.email = m_email->text().trimmed();
    person.postalCode = m_postalCode->text().trimmed();
    person.address = m_address->text().trimmed();
    c.content = m_content->toPlainText().trimmed();
    c.category = categoryFromKey(m_category->currentData().toString()).value_or(ComplaintCategory::Other);
    c.purposeCategoryIds.clear();
    for (int row = 0; row < m_purposeCategories->count(); ++row)
        if (m_purposeCategories->item(row)->checkState() == Qt::Checked)
            c.purposeCategoryIds.append(m_purposeCategories->item(row)->data(Qt::UserRole).toLongLong());
    c.possibleBreach = m_possibleBreach->isChecked();
    c.assigneeId = m_assignee->currentData().toLongLong();
    c.targetDate = m_targetDate->date();
    c.answerMethod = answerMethodFromKey(m_answerMethod->currentData().toString()).value_or(AnswerMethod::None);
    c.answeredOn = m_answeredOn->date();
    c.result = m_result->toPlainText().trimmed();
    c.prevention = m_prevention->toPlainText().trimmed();
    return c;
}

// ---------------------------------------------------------------------------------------------
// Saving

bool ComplaintEditor::save()
{
    Session* session = m_context.session();
    if (!session || m_readOnly || isFinal())
        return false;
    m_error->clearError();
    m_reloadButton->hide();
    const Complaint wanted = formComplaint();
    const bool creating = wanted.id == 0;
    // Files attached before the first save go into the same transaction; on failure they stay
    // listed in the panel, like the typed text stays in the form.
    const QList<PendingAttachment> files = creating ? m_attachments->pendingAttachments() : QList<PendingAttachment>();
    Result<Complaint> saved = creating ? (m_pendingEmail ? EmailIntake(*session).create(wanted, *m_pendingEmail, files)
                                                         : ComplaintService(*session).createWithFiles(wanted, files))
                                       : ComplaintService(*session).update(wanted);
    if (!saved) {
        showSaveError(saved.error());
        return false;
    }
    discardDraft();
    const QString timelineNote = m_timeline->pendingText();
    showComplaint(*saved);
    m_timeline->setPendingText(timelineNote); // a note being typed is not part of the record
    m_draftKey = QStringLiteral("complaint-%1").arg(saved->id);
    m_pendingEmail.reset();
    setModified(false);
    if (isModified())
        m_autosave->start(); // the note being typed is still kept as a draft
    statusBar()->showMessage(creating ? tr("Saved as complaint %1.").arg(saved->number)
                                      : tr("Complaint %1 has been saved.").arg(saved->number),
                             10000);
    m_context.notifyComplaintsChanged(saved->id);
    emit complaintSaved(saved->id);
    return true;
}

void ComplaintEditor::showSaveError(const Error& error)
{
    if (error.kind == ErrorKind::Conflict) {
        m_error->showError(tr("Someone else has saved this complaint since you opened it. Your text is still here: "
                              "copy what you need, then reload the saved version and enter your changes again."));
        m_reloadButton->show();
        return;
    }
    m_error->showError(errorText(error));
    if (error.kind == ErrorKind::InvalidInput)
        focusFirstInvalidField();
}

void ComplaintEditor::focusFirstInvalidField()
{
    // The same checks as the service, in the order of the form, to put the cursor where the
    // first problem is; the message itself is the service's.
    const Complaint c = formComplaint();
    const ChannelDetails& d = c.channelDetails;
    if (c.receivedAt.date() > QDate::currentDate().addDays(1))
        return focusField(m_receivedAt);
    if (c.channel == ComplaintChannel::Phone && d.callStarted.isValid() && d.callEnded.isValid()
        && d.callEnded < d.callStarted)
        return focusField(m_callEnd);
    if (c.complainant.relation != ComplainantRelation::Anonymous && c.complainant.name.isEmpty())
        return focusField(m_name);
    if (c.content.isEmpty())
        return focusField(m_content);
    if (c.targetDate.isValid() && c.targetDate < c.receivedAt.date())
        return focusField(m_targetDate->dateEdit());
    if (m_complaint.status == ComplaintStatus::Answered) {
        if (c.answerMethod == AnswerMethod::None)
            return focusField(m_answerMethod);
        if (!c.answeredOn.isValid())
            return focusField(m_answeredOn->dateEdit());
    }
}

void ComplaintEditor::focusField(QWidget* field)
{
    for (int index = 0; index < m_tabs->count(); ++index)
        if (m_tabs->widget(index)->isAncestorOf(field))
            m_tabs->setCurrentIndex(index);
    field->setFocus(Qt::OtherFocusReason);
}

QByteArray ComplaintEditor::draftPayload() const
{
    ComplaintEditorDraft draft;
    draft.complaintId = m_complaint.id;
    draft.revision = m_complaint.revision;
    draft.fields = formComplaint();
    draft.timelineNote = m_timeline->pendingText();
    // The email and the files are stored with the complaint; a draft keeps them only while they
    // fit (base64 in JSON), leaving room for the typed fields.
    qsizetype room = ComplaintDrafts::kMaxPayloadBytes - 64 * 1024;
    if (m_pendingEmail) {
        const qsizetype encoded = m_pendingEmail->raw.size() * 4 / 3;
        if (encoded < room) {
            draft.emailRaw = m_pendingEmail->raw;
            room -= encoded;
        } else {
            draft.emailOmitted = true;
        }
    }
    draft.emailOmitted = draft.emailOmitted || m_emailOmittedFromDraft;
    if (m_complaint.id == 0) {
        for (const PendingAttachment& file : m_attachments->pendingAttachments()) {
            const qsizetype encoded = file.data.size() * 4 / 3 + 1024;
            if (encoded < room) {
                draft.files.append(file);
                room -= encoded;
            } else {
                ++draft.filesOmitted;
            }
        }
    }
    return draft.toJson();
}

void ComplaintEditor::saveDraft()
{
    Session* session = m_context.session();
    if (!session || !isModified() || m_readOnly || m_draftKey.isEmpty())
        return;
    // A backup or a key rotation is using the connection from another thread: try again later.
    if (m_context.isInBackgroundUse()) {
        m_autosave->start();
        return;
    }
    if (auto saved = ComplaintDrafts(*session).save(m_draftKey, draftPayload()); !saved)
        statusBar()->showMessage(tr("Your input could not be kept as a draft: %1").arg(errorText(saved.error())));
}

void ComplaintEditor::discardDraft()
{
    m_autosave->stop();
    Session* session = m_context.session();
    if (!session || m_draftKey.isEmpty() || m_readOnly)
        return;
    if (auto discarded = ComplaintDrafts(*session).discard(m_draftKey); !discarded)
        statusBar()->showMessage(tr("The draft could not be removed: %1").arg(errorText(discarded.error())));
}

bool ComplaintEditor::restoreDraft(const QString& key, const QByteArray& payload)
{
    const std::optional<ComplaintEditorDraft> draft = ComplaintEditorDraft::fromJson(payload);
    if (!draft)
        return false;
    if (draft->complaintId != 0) {
        if (!loadComplaint(draft->complaintId))
            return false;
    } else {
        Complaint blank;
        if (Session* session = m_context.session()) {
            blank.receivedBy = session->account().id;
            blank.receivedByName = session->account().displayName;
        }
        showComplaint(blank);
    }
    m_draftKey = key;
    m_emailOmittedFromDraft = draft->emailOmitted;
    if (!draft->emailRaw.isEmpty()) {
        if (auto message = parseEmail(draft->emailRaw)) {
            m_pendingEmail = *message;
            QList<EmailAttachmentPart> pending = message->attachments;
            for (EmailAttachmentPart& part : pending)
                part.mimeType = EmailIntake::attachmentType(part);
            m_attachments->setPendingFiles(pending);
        }
    }
    Complaint restored = m_complaint;
    ComplaintEditorDraft::copyEditableFields(draft->fields, restored);
    // The revision the user started from: a save over someone else's newer version conflicts.
    restored.revision = draft->complaintId != 0 ? draft->revision : 0;
    m_complaint.revision = restored.revision;
    applyToForm(restored);
    QStringList problems;
    if (draft->complaintId == 0 && (!draft->files.isEmpty() || draft->filesOmitted > 0)) {
        // Checked again as when attached: the size limit may have been lowered since.
        QList<PendingAttachment> files;
        int missing = draft->filesOmitted;
        if (Session* session = m_context.session()) {
            ComplaintAttachments attachments(*session);
            for (const PendingAttachment& file : draft->files) {
                if (auto checked = attachments.prepare(file.fileName, file.data))
                    files.append(std::move(*checked));
                else
                    ++missing;
            }
        }
        m_attachments->setPendingAttachments(files);
        if (missing > 0)
            problems.append(tr("%n attached file(s) could not be kept with this draft: attach them again before you "
                               "save.",
                               nullptr, missing));
    }
    m_timeline->setPendingText(draft->timelineNote);
    setModified(true);
    if (draft->emailOmitted)
        problems.prepend(tr("The email of this draft was too large to keep with it: import the email again so that "
                            "the original and its files are stored with the complaint."));
    if (!problems.isEmpty())
        m_error->showError(problems.join(u' '));
    statusBar()->showMessage(tr("Restored unsaved input. Check it, then save (Ctrl+S) or close and discard it."));
    updatePermissions();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Status, sign-off, letters

void ComplaintEditor::requestStatusChange(ComplaintStatus to)
{
    if (!m_context.session() || m_readOnly || m_complaint.id == 0)
        return;
    // The step applies to the record as stored: save what is typed first.
    if (m_modified && !isFinal() && !save())
        return;
    if (auto allowed = checkTransition(m_complaint, to); !allowed) {
        m_error->showError(errorText(allowed.error()));
        // Put the cursor where the missing piece goes.
        if (to == ComplaintStatus::Answered || to == ComplaintStatus::Closed) {
            if (m_complaint.answerMethod == AnswerMethod::None)
                focusField(m_answerMethod);
            else if (!m_complaint.answeredOn.isValid())
                focusField(m_answeredOn->dateEdit());
            else if (to == ComplaintStatus::Closed && m_complaint.result.trimmed().isEmpty())
                focusField(m_result);
            else if (to == ComplaintStatus::Closed && !m_complaint.isSignedOff() && m_signOffButton->isVisible())
                focusField(m_signOffButton);
        }
        return;
    }
    auto* dialog = new StatusChangeDialog(m_complaint.status, to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StatusChangeDialog::confirmed, this, &ComplaintEditor::changeStatus);
    dialog->open();
    dialog->activateWindow(); // the note is typed right away
}

bool ComplaintEditor::changeStatus(ComplaintStatus to, const QString& note)
{
    Session* session = m_context.session();
    if (!session || m_readOnly || m_complaint.id == 0)
        return false;
    auto changed = ComplaintService(*session).transition(m_complaint.id, m_complaint.revision, to, note);
    if (!changed) {
        showSaveError(changed.error());
        return false;
    }
    const QString timelineNote = m_timeline->pendingText();
    showComplaint(*changed);
    m_timeline->setPendingText(timelineNote);
    setModified(false);
    statusBar()->showMessage(tr("The status is now “%1”.").arg(statusDisplayName(to)), 8000);
    m_context.notifyComplaintsChanged(m_complaint.id);
    return true;
}

bool ComplaintEditor::signOff()
{
    Session* session = m_context.session();
    if (!session || m_complaint.id == 0 || !session->may(Permission::SignOffCases))
        return false;
    if (m_modified && !save())
        return false;
    auto signedOff = ComplaintService(*session).signOff(m_complaint.id, m_complaint.revision);
    if (!signedOff) {
        showSaveError(signedOff.error());
        if (signedOff.error().kind == ErrorKind::InvalidInput)
            focusField(m_result);
        return false;
    }
    showComplaint(*signedOff);
    statusBar()->showMessage(tr("You have signed off this complaint."), 8000);
    m_context.notifyComplaintsChanged(m_complaint.id);
    return true;
}

LetterPrintDialog* ComplaintEditor::printLetter(const QString& templateName)
{
    Session* session = m_context.session();
    if (!session || m_complaint.id == 0 || !session->may(Permission::PrintAndExport))
        return nullptr;
    // The letter is filled from the stored record: what is typed is saved first.
    if (m_modified && !m_readOnly && !isFinal() && !save())
        return nullptr;
    auto request = RecordLetters::requestFor(*session, m_complaint.number, templateName);
    if (!request) {
        m_error->showError(errorText(request.error()));
        return nullptr;
    }
    const QString kind = templateName == kFaxCoverTemplate ? QStringLiteral("fax") : QStringLiteral("complaint");
    if (m_letterDialog)
        m_letterDialog->close();
    auto* dialog = new LetterPrintDialog(m_context, *request, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetterPrintDialog::letterIssued, m_letters, &RecordLettersWidget::reload);
    m_letterDialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

EmailOriginalDialog* ComplaintEditor::showOriginalEmail()
{
    Session* session = m_context.session();
    if (!session)
        return nullptr;
    std::optional<EmailMessage> message = m_pendingEmail;
    if (!message && m_complaint.id != 0) {
        auto original = EmailIntake(*session).originalMessage(m_complaint.id);
        if (!original) {
            m_error->showError(errorText(original.error()));
            return nullptr;
        }
        if (!original->has_value()) {
            m_error->showError(tr("No original email is kept for this complaint: it was entered by hand."));
            return nullptr;
        }
        auto parsed = parseEmail(**original);
        if (!parsed) {
            m_error->showError(errorText(parsed.error()));
            return nullptr;
        }
        message = *parsed;
    }
    if (!message)
        return nullptr;
    auto* dialog = new EmailOriginalDialog(m_context, *message, this);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

// ---------------------------------------------------------------------------------------------
// Closing and dropping

void ComplaintEditor::closeKeepingDraft()
{
    m_autosave->stop();
    saveDraft();
    m_closing = true;
    close();
}

void ComplaintEditor::closeEvent(QCloseEvent* event)
{
    if (m_closing || !isModified() || m_readOnly || !m_context.session()) {
        m_autosave->stop();
        if (m_letterDialog)
            m_letterDialog->close();
        event->accept();
        return;
    }
    event->ignore();
    const QString text = m_complaint.number.isEmpty()
                             ? tr("This new complaint has not been saved. Save it before closing?")
                             : tr("Complaint %1 has unsaved changes. Save them before closing?").arg(m_complaint.number);
    UnsavedChangesPrompt::ask(this, text, [this](UnsavedChangesPrompt::Choice choice) {
        switch (choice) {
        // Closed from the event loop: this may run inside the close event that asked.
        case UnsavedChangesPrompt::Choice::Save:
            // The fields are saved, and a note typed for the timeline is added to it.
            if ((!m_modified || save())
                && (m_timeline->pendingText().trimmed().isEmpty() || m_timeline->addEntry())) {
                m_closing = true;
                QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
            }
            break;
        case UnsavedChangesPrompt::Choice::Discard:
            discardDraft();
            m_closing = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
            break;
        case UnsavedChangesPrompt::Choice::Cancel:
            break;
        }
    });
}

bool ComplaintEditor::handleFileDrop(const QMimeData* mime)
{
    const QStringList emails = EmailDrop::emailFiles(mime);
    const QStringList files = EmailDrop::otherFiles(mime);
    if (emails.isEmpty() && files.isEmpty())
        return false;
    if (!files.isEmpty()) {
        m_tabs->setCurrentWidget(m_attachments);
        m_attachments->attachFiles(files);
    }
    if (!emails.isEmpty())
        emit emailFilesDropped(emails);
    return true;
}

void ComplaintEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!EmailDrop::emailFiles(event->mimeData()).isEmpty() || !EmailDrop::otherFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComplaintEditor::dropEvent(QDropEvent* event)
{
    if (handleFileDrop(event->mimeData()))
        event->acceptProposedAction();
}

bool ComplaintEditor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            for (QWidget* dateField : std::as_const(m_dateFields)) {
                if (widget == dateField || dateField->isAncestorOf(widget)) {
                    QWidget::focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
                    return true;
                }
            }
        }
        break;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!EmailDrop::emailFiles(drag->mimeData()).isEmpty() || !EmailDrop::otherFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        if (handleFileDrop(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace pd::ui
