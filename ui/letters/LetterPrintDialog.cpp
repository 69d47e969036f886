// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/LetterPrintDialog.h"

#include "core/letters/JapaneseDate.h"
#include "core/letters/LetterTemplate.h"
#include "core/render/LetterRenderer.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/ArchivedLetters.h"
#include "ui/letters/JapaneseDateEdit.h"
#include "ui/letters/LetterEvents.h"
#include "ui/letters/LetterFieldsForm.h"
#include "ui/letters/LetterOutput.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// Access keys of the dialog's own labels and buttons; the generated form uses the others.
const QString kReservedMnemonics = QStringLiteral("KTEMVSPICUD");
const QString kRecipientKey = QStringLiteral("宛先氏名");
} // namespace

LetterPrintDialog::LetterPrintDialog(SessionContext& context, const LetterRequest& prefill, const QString& kindFilter,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_prefill(prefill)
    , m_stash(prefill.fields.toVariantMap())
    , m_recordLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_templates(new QListWidget(this))
    , m_issueDate(new JapaneseDateEdit(false, this))
    , m_scroll(new QScrollArea(this))
    , m_form(new LetterFieldsForm)
    , m_error(new ErrorLabel(this))
    , m_issuedBanner(new QFrame(this))
    , m_issuedLabel(new QLabel(m_issuedBanner))
{
    setObjectName(QStringLiteral("letterPrintDialog"));
    setWindowTitle(tr("Print Letter"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_issueDate->setObjectName(QStringLiteral("issueDateEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_recordLabel->setObjectName(QStringLiteral("recordLabel"));
    m_recordLabel->setTextFormat(Qt::PlainText);
    if (m_prefill.issueDate.isValid())
        m_issueDate->setDate(m_prefill.issueDate);

    // Record line: what the letter answers.
    if (!m_prefill.recordType.isEmpty())
        m_recordLabel->setText(m_prefill.recordNumber.isEmpty()
                                   ? tr("This letter answers a record and is listed with it.")
                                   : tr("This letter answers record %1 and is listed with it.").arg(m_prefill.recordNumber));
    else
        m_recordLabel->setText(tr("This letter answers no record; it is listed in the register of issued documents."));
    m_recordLabel->setWordWrap(true);
    m_recordLabel->setForegroundRole(QPalette::PlaceholderText);

    // Left: kind and template.
    m_kind->addItem(tr("All templates"), QString());
    m_kind->addItem(tr("Complaints"), QStringLiteral("complaint"));
    m_kind->addItem(tr("Data-subject requests"), QStringLiteral("request"));
    m_kind->addItem(tr("FAX"), QStringLiteral("fax"));
    m_kind->addItem(tr("Templates of our own"), kindCustom());
    const int kindIndex = m_kind->findData(kindFilter);
    m_kind->setCurrentIndex(kindIndex < 0 ? 0 : kindIndex);
    m_templates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_templates->setUniformItemSizes(true);
    m_templates->setAlternatingRowColors(true);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto* templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templates);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(kindLabel);
    leftLayout->addWidget(m_kind);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(templateLabel);
    leftLayout->addWidget(m_templates, 1);

    // Right: issue date and the template's fields, scrolling together.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    auto* dateForm = new QFormLayout;
    dateForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* dateLabel = new QLabel(tr("Issue dat&e:"), content);
    dateLabel->setBuddy(m_issueDate->dateEdit());
    m_issueDate->setToolTip(tr("The 発信日 printed on the letter; it also decides the fiscal year of its number."));
    dateForm->addRow(dateLabel, m_issueDate);
    contentLayout->addLayout(dateForm);
    contentLayout->addWidget(m_form);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({270, 800});

    // The banner after issuing: the number, and the archived copy to print or save.
    m_issuedBanner->setObjectName(QStringLiteral("issuedBanner"));
    m_issuedBanner->setFrameShape(QFrame::StyledPanel);
    m_issuedBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_issuedBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xe6, 0xf4, 0xea));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x1b, 0x4d, 0x2b));
    m_issuedBanner->setPalette(bannerPalette);
    m_issuedLabel->setObjectName(QStringLiteral("issuedLabel"));
    m_issuedLabel->setTextFormat(Qt::PlainText);
    m_issuedLabel->setWordWrap(true);
    m_issuedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printIssuedButton = new QPushButton(tr("Print iss&ued letter…"), m_issuedBanner);
    m_printIssuedButton->setObjectName(QStringLiteral("printIssuedButton"));
    m_saveIssuedButton = new QPushButton(tr("Save issued P&DF…"), m_issuedBanner);
    m_saveIssuedButton->setObjectName(QStringLiteral("saveIssuedButton"));
    auto* bannerLayout = new QHBoxLayout(m_issuedBanner);
    bannerLayout->addWidget(m_issuedLabel, 1);
    bannerLayout->addWidget(m_printIssuedButton);
    bannerLayout->addWidget(m_saveIssuedButton);
    m_issuedBanner->hide();

    // Buttons. Preview is the default: Enter never issues (Issue asks first anyway).
    auto* buttons = new QDialogButtonBox(this);
    m_fillSampleButton = new QPushButton(tr("Fill sa&mple"), this);
    m_fillSampleButton->setObjectName(QStringLiteral("fillSampleButton"));
    m_fillSampleButton->setToolTip(tr("Fill the empty fields with the template's sample text, to try it out"));
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Show the letter as it will be printed (Ctrl+P)"));
    m_savePdfButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    m_savePdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_savePdfButton->setToolTip(tr("Save a draft without a document number as PDF"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("Print a draft without a document number"));
    m_issueButton = buttons->addButton(tr("&Issue…"), QDialogButtonBox::ActionRole);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setToolTip(tr("Assign the next document number and archive the letter"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* button : {m_fillSampleButton, m_previewButton, m_savePdfButton, m_printButton, m_issueButton,
                                m_closeButton, m_printIssuedButton, m_saveIssuedButton})
        button->setAutoDefault(false);
    m_previewButton->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_fillSampleButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_recordLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_issuedBanner);
    layout->addLayout(bottom);

    auto* previewShortcut = new QShortcut(QKeySequence::Print, this);
    connect(previewShortcut, &QShortcut::activated, this, &LetterPrintDialog::preview);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterPrintDialog::populateTemplateList);
    connect(m_templates, &QListWidget::currentItemChanged, this, &LetterPrintDialog::templateSelected);
    connect(m_form, &LetterFieldsForm::changed, this, &LetterPrintDialog::formChanged);
    connect(m_issueDate, &JapaneseDateEdit::dateChanged, this, &LetterPrintDialog::formChanged);
    connect(m_fillSampleButton, &QPushButton::clicked, this, &LetterPrintDialog::fillSample);
    connect(m_previewButton, &QPushButton::clicked, this, &LetterPrintDialog::preview);
    connect(m_savePdfButton, &QPushButton::clicked, this, &LetterPrintDialog::savePdf);
    connect(m_printButton, &QPushButton::clicked, this, &LetterPrintDialog::print);
    connect(m_issueButton, &QPushButton::clicked, this, &LetterPrintDialog::issue);
    connect(m_printIssuedButton, &QPushButton::clicked, this, &LetterPrintDialog::printIssued);
    connect(m_saveIssuedButton, &QPushButton::clicked, this, &LetterPrintDialog::saveIssuedPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterPrintDialog::reject);

    // A lock keeps what was typed; the preview (personal data on screen) goes.
    connect(&m_context, &SessionContext::aboutToClose, this, [this] {
        if (m_previewDialog)
            m_previewDialog->close();
    });
    connect(&m_context, &SessionContext::sessionChanged, this, [this] {
        if (m_context.isOpen())
            reloadTemplates();
        updateActions();
    });
    connect(LetterEvents::of(m_context), &LetterEvents::templatesChanged, this, &LetterPrintDialog::reloadTemplates);

    setTabOrder(m_kind, m_templates);
    setTabOrder(m_templates, m_issueDate->dateEdit());

    reloadTemplates();
    if (!m_prefill.templateName.isEmpty() && !selectTemplate(m_prefill.templateName))
        m_error->showError(tr("The template %1 does not exist; choose another one.").arg(m_prefill.templateName));
    if (QWidget* first = m_form->firstEditor())
        first->setFocus();
    resize(1100, 780);
}

LetterPrintDialog::~LetterPrintDialog() = default;

QString LetterPrintDialog::templateKind(const QString& name) const
{
    if (const CatalogEntry* entry = TemplateCatalog::find(name))
        return entry->kind;
    return kindCustom();
}

QString LetterPrintDialog::templateTitle(const QString& name) const
{
    for (const StoredTemplate& stored : m_storedTemplates)
        if (stored.name == name)
            return stored.title;
    return name;
}

void LetterPrintDialog::reloadTemplates()
{
    Session* session = m_context.session();
    if (!session)
        return;
    auto templates = LetterService(*session).templates();
    if (!templates) {
        m_error->showError(LetterOutput::errorText(templates.error()));
        return;
    }
    m_storedTemplates = *templates;
    populateTemplateList();
    m_form->setSenderDefaults(senderDefaults());
}

void LetterPrintDialog::populateTemplateList()
{
    const QString current = m_formTemplate;
    const QString kind = m_kind->currentData().toString();
    {
        const QSignalBlocker blocker(m_templates);
        m_templates->clear();
        for (const StoredTemplate& stored : std::as_const(m_storedTemplates)) {
            if (!kind.isEmpty() && templateKind(stored.name) != kind)
                continue;
            auto* item = new QListWidgetItem(stored.title, m_templates);
            item->setData(Qt::UserRole, stored.name);
            item->setToolTip(tr("%1, version %2").arg(stored.name).arg(stored.version));
            if (stored.name == current)
                m_templates->setCurrentItem(item);
        }
    }
    if (!m_templates->currentItem() && m_templates->count() > 0)
        m_templates->setCurrentRow(0); // rebuilds the form for it
    else if (!m_templates->currentItem())
        templateSelected();
}

bool LetterPrintDialog::selectTemplate(const QString& name)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_templates->count(); ++row) {
            if (m_templates->item(row)->data(Qt::UserRole).toString() == name) {
                m_templates->setCurrentRow(row);
                return true;
            }
        }
        // Not of the kind shown: show all kinds and look again.
        if (m_kind->currentIndex() == 0)
            break;
        m_kind->setCurrentIndex(0);
    }
    return false;
}

void LetterPrintDialog::setKindFilter(const QString& kind)
{
    const int index = m_kind->findData(kind);
    m_kind->setCurrentIndex(index < 0 ? 0 : index);
}

QString LetterPrintDialog::currentTemplateName() const
{
    return m_formTemplate;
}

void LetterPrintDialog::templateSelected()
{
    const QListWidgetItem* item = m_templates->currentItem();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    if (name == m_formTemplate)
        return;
    rebuildForm(name);
}

void LetterPrintDialog::stashFormValues()
{
    // Keys of the form now shown: what is in the form wins, also when it was emptied.
    for (const QString& key : m_form->valueKeys())
        m_stash.remove(key);
    m_stash.insert(m_form->values());
}

void LetterPrintDialog::rebuildForm(const QString& templateName)
{
    stashFormValues();
    m_formTemplate = templateName;
    const bool blocked = m_form->blockSignals(true);
    m_form->setFields(fieldsFor(templateName), senderDefaults(), kReservedMnemonics);
    m_form->setValues(m_stash);
    m_form->blockSignals(blocked);
    setWindowTitle(templateName.isEmpty() ? tr("Print Letter") : tr("Print Letter: %1").arg(templateTitle(templateName)));
    // Tab order: template list, issue date, then the form.
    QWidget* previous = m_issueDate->dateEdit();
    for (QWidget* next : m_form->focusChain()) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QWidget* next : std::initializer_list<QWidget*>{m_printIssuedButton, m_saveIssuedButton, m_fillSampleButton,
                                                         m_previewButton, m_savePdfButton, m_printButton,
                                                         m_issueButton, m_closeButton}) {
        setTabOrder(previous, next);
        previous = next;
    }
    m_changedSinceIssue = true;
    updateActions();
}

QList<TemplateField> LetterPrintDialog::fieldsFor(const QString& templateName) const
{
    if (templateName.isEmpty())
        return {};
    if (const CatalogEntry* entry = TemplateCatalog::find(templateName))
        return entry->fields;
    // A template of our own may use the standard fields only: ask for those it uses that
    // the organization settings do not fill (the addressee), and offer the sender's.
    QString html;
    for (const StoredTemplate& stored : m_storedTemplates)
        if (stored.name == templateName)
            html = stored.html;
    const QStringList used = LetterTemplate::placeholders(html);
    const QList<std::pair<QString, QString>> known = {
        {QStringLiteral("宛先郵便番号"), QStringLiteral("宛先の郵便番号")},
        {QStringLiteral("宛先住所"), QStringLiteral("宛先の住所")},
        {kRecipientKey, QStringLiteral("宛先の氏名（様は不要）")},
    };
    QList<TemplateField> fields;
    for (const auto& [key, label] : known) {
        if (!used.contains(key))
            continue;
        TemplateField field;
        field.key = key;
        field.label = label;
        field.type = key == QStringLiteral("宛先住所") ? QStringLiteral("multiline") : QStringLiteral("text");
        fields.append(field);
    }
    for (const QString& key : LetterFieldsForm::senderKeys()) {
        if (!used.contains(key))
            continue;
        TemplateField field;
        field.key = key;
        field.label = key;
        field.type = QStringLiteral("text");
        fields.append(field);
    }
    return fields;
}

QVariantMap LetterPrintDialog::senderDefaults() const
{
    Session* session = m_context.session();
    if (!session)
        return {};
    auto standard = LetterService(*session).standardFields(m_issueDate->date());
    return standard ? standard->toVariantMap() : QVariantMap();
}

LetterRequest LetterPrintDialog::request() const
{
    LetterRequest request;
    request.templateName = m_formTemplate;
    request.recordType = m_prefill.recordType;
    request.recordId = m_prefill.recordId;
    request.recordNumber = m_prefill.recordNumber;
    request.issueDate = m_issueDate->date();
    // The record's values, then the form over them (a value emptied in the form stays empty).
    QVariantMap fields = m_prefill.fields.toVariantMap();
    for (const QString& key : m_form->valueKeys())
        fields.remove(key);
    fields.insert(m_form->values());
    request.fields = LetterData(fields);
    return request;
}

bool LetterPrintDialog::mayOutput() const
{
    Session* session = m_context.session();
    return session && session->may(Permission::PrintAndExport);
}

void LetterPrintDialog::updateActions()
{
    const bool open = m_context.isOpen();
    const bool chosen = !m_formTemplate.isEmpty();
    const bool output = open && chosen && mayOutput();
    m_previewButton->setEnabled(open && chosen);
    m_savePdfButton->setEnabled(output);
    m_printButton->setEnabled(output);
    m_issueButton->setEnabled(output && m_changedSinceIssue);
    m_fillSampleButton->setEnabled(chosen && TemplateCatalog::find(m_formTemplate));
    m_printIssuedButton->setEnabled(open && mayOutput() && m_issued.has_value());
    m_saveIssuedButton->setEnabled(open && mayOutput() && m_issued.has_value());
    m_kind->setEnabled(open);
    m_templates->setEnabled(open);
}

void LetterPrintDialog::formChanged()
{
    if (!m_changedSinceIssue) {
        m_changedSinceIssue = true;
        updateActions();
    }
}

void LetterPrintDialog::fillSample()
{
    const CatalogEntry* entry = TemplateCatalog::find(m_formTemplate);
    if (!entry)
        return;
    m_error->clearError();
    if (m_form->fillSamples(*entry) == 0)
        m_error->showError(tr("Every field already has a value: nothing was replaced."));
}

std::optional<LetterPreview> LetterPrintDialog::composePreview()
{
    m_error->clearError();
    Session* session = m_context.session();
    if (!session || m_formTemplate.isEmpty())
        return std::nullopt;
    auto composed = LetterService(*session).preview(request());
    if (!composed) {
        m_error->showError(LetterOutput::errorText(composed.error()));
        return std::nullopt;
    }
    return *composed;
}

QString LetterPrintDialog::auditRecordType() const
{
    return m_prefill.recordType.isEmpty() ? QStringLiteral("letter_draft") : m_prefill.recordType;
}

void LetterPrintDialog::preview()
{
    if (!m_previewButton->isEnabled())
        return;
    const std::optional<LetterPreview> composed = composePreview();
    if (!composed)
        return;
    if (m_previewDialog)
        m_previewDialog->close();
    m_previewDialog = LetterOutput::showPreview(this, composed->html, composed->options, [this] { print(); });
}

void LetterPrintDialog::print()
{
    if (!m_printButton->isEnabled())
        return;
    const std::optional<LetterPreview> composed = composePreview();
    if (!composed)
        return;
    const QString html = composed->html;
    const render::RenderOptions options = composed->options;
    const QString detail = QStringLiteral("draft template=%1 v%2")
                               .arg(composed->usedTemplate.name)
                               .arg(composed->usedTemplate.version);
    LetterOutput::askPrinter(this, composed->options.title, [this, html, options, detail](QPrinter* printer) {
        Session* session = m_context.session();
        if (!session)
            return;
        auto recorded = LetterService(*session).recordOutput(QStringLiteral("print"), auditRecordType(),
                                                             m_prefill.recordId, detail);
        if (!recorded) {
            m_error->showError(LetterOutput::errorText(recorded.error()));
            return;
        }
        auto painted = render::LetterRenderer::paint(printer, html, options);
        if (!painted)
            m_error->showError(LetterOutput::errorText(painted.error()));
    });
}

void LetterPrintDialog::savePdf()
{
    if (!m_savePdfButton->isEnabled())
        return;
    const QString name = LetterOutput::suggestedFileName(tr("draft"), templateTitle(m_formTemplate));
    LetterOutput::askSavePath(this, name, [this](const QString& path) { savePdfTo(path); });
}

bool LetterPrintDialog::savePdfTo(const QString& path)
{
    if (!mayOutput())
        return false;
    const std::optional<LetterPreview> composed = composePreview();
    if (!composed)
        return false;
    auto recorded = LetterService(*m_context.session())
                        .recordOutput(QStringLiteral("save_pdf"), auditRecordType(), m_prefill.recordId,
                                      QStringLiteral("draft template=%1 v%2")
                                          .arg(composed->usedTemplate.name)
                                          .arg(composed->usedTemplate.version));
    if (!recorded) {
        m_error->showError(LetterOutput::errorText(recorded.error()));
        return false;
    }
    QString error;
    if (!LetterOutput::savePdf(composed->rendered.pdf, path, &error)) {
        m_error->showError(error);
        return false;
    }
    return true;
}

void LetterPrintDialog::issue()
{
    if (!m_issueButton->isEnabled())
        return;
    m_error->clearError();
    if (QWidget* recipient = m_form->editor(kRecipientKey); recipient && !m_form->values().contains(kRecipientKey)) {
        m_error->showError(tr("Enter the addressee's name before issuing the letter."));
        recipient->setFocus();
        return;
    }
    // Rendering first shows template and data errors before a number is at stake.
    if (!composePreview())
        return;
    const LetterRequest request = this->request();
    QString question = tr("Issue “%1” dated %2?\n\nThe letter gets the next document number and is archived "
                          "exactly as it is now. A number once issued cannot be taken back.")
                           .arg(templateTitle(request.templateName), JapaneseDate::formatJapaneseEra(request.issueDate));
    if (const QStringList empty = m_form->emptyFieldLabels(); !empty.isEmpty())
        question += QStringLiteral("\n\n") + tr("Left empty: %1").arg(empty.join(QStringLiteral("、")));
    MessageBox::question(this, tr("Issue Letter"), question, tr("&Issue"), [this, request](bool confirmed) {
                             if (confirmed)
                                 issueConfirmed(request);
                         });
}

void LetterPrintDialog::issueConfirmed(const LetterRequest& request)
{
    Session* session = m_context.session();
    if (!session) {
        m_error->showError(tr("The database is locked. Unlock it and issue the letter again."));
        return;
    }
    auto issued = LetterService(*session).issue(request);
    if (!issued) {
        m_error->showError(LetterOutput::errorText(issued.error()));
        return;
    }
    IssuedLetter letter = *issued;
    letter.pdf.clear(); // the archive has it; print and save fetch it from there
    m_issued = letter;
    m_changedSinceIssue = false;
    m_issuedLabel->setText(tr("Issued as %1, dated %2. The letter is archived; print or save the archived copy.")
                               .arg(letter.documentNumber, JapaneseDate::formatJapaneseEra(letter.issueDate)));
    m_issuedBanner->show();
    updateActions();
    m_printIssuedButton->setFocus();
    LetterEvents::of(m_context)->notifyIssued(letter.id);
    emit letterIssued(letter);
}

void LetterPrintDialog::printIssued()
{
    if (!m_issued || !m_printIssuedButton->isEnabled())
        return;
    ArchivedLetters::reprint(m_context, this, m_issued->id, [this](const QString& error) { m_error->showError(error); });
}

void LetterPrintDialog::saveIssuedPdf()
{
    if (!m_issued || !m_saveIssuedButton->isEnabled())
        return;
    ArchivedLetters::save(m_context, this, m_issued->id, [this](const QString& error) { m_error->showError(error); });
}

bool LetterPrintDialog::saveIssuedPdfTo(const QString& path)
{
    if (!m_issued)
        return false;
    QString error;
    if (!ArchivedLetters::saveTo(m_context, m_issued->id, path, &error)) {
        m_error->showError(error);
        return false;
    }
    return true;
}

void LetterPrintDialog::closeEvent(QCloseEvent* event)
{
    // Closed by the program (another database opened): no question.
    m_forceClose = !event->spontaneous();
    QDialog::closeEvent(event);
    m_forceClose = false;
}

void LetterPrintDialog::reject()
{
    const bool unsaved = m_form->hasInput() && m_changedSinceIssue;
    if (m_forceClose || !unsaved) {
        QDialog::reject();
        return;
    }
    MessageBox::question(this, tr("Close"),
                         m_issued ? tr("Close the letter? The changes since it was issued are discarded.")
                                  : tr("Close the letter without issuing it? What you entered is discarded."),
                         tr("&Discard"), [this](bool confirmed) {
                             if (confirmed)
                                 QDialog::reject();
                         });
}

} // namespace pd::ui
