// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/TemplateCatalog.h"
#include "core/model/Letter.h"
#include "core/render/LetterService.h"

#include <QDialog>
#include <QPointer>
#include <QVariantMap>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QPrintPreviewDialog;
class QPushButton;
class QScrollArea;

namespace pd::ui {

class ErrorLabel;
class JapaneseDateEdit;
class LetterFieldsForm;
class SessionContext;

/// Print letter…: choose a template, fill in its fields, then preview, print, save a
/// draft PDF, or issue it (文書番号 assigned, archived) and print the archived copy.
///
/// Reusable from any record: construct it with a LetterRequest that names the record
/// (recordType, recordId, recordNumber) and carries the record's values as fields
/// (e.g. 宛先氏名, 申出日 as a QDate, 受付番号), and optionally a template kind
/// (complaint, request, fax) to offer only the templates that fit.
///
/// Non-modal; survives a lock with everything typed (the actions wait for the session),
/// and never loses input on an error: errors are shown inline.
class LetterPrintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterPrintDialog(SessionContext& context, const LetterRequest& prefill = {},
                               const QString& kindFilter = {}, QWidget* parent = nullptr);
    ~LetterPrintDialog() override;

    /// Template kinds as in the catalog; templates of our own have kindCustom().
    static QString kindCustom() { return QStringLiteral("custom"); }

    /// The letter as it would be issued now.
    LetterRequest request() const;
    QString currentTemplateName() const;
    bool selectTemplate(const QString& name);
    void setKindFilter(const QString& kind);

    LetterFieldsForm* fieldsForm() const { return m_form; }
    JapaneseDateEdit* issueDateEdit() const { return m_issueDate; }
    QListWidget* templateList() const { return m_templates; }
    ErrorLabel* errorLabel() const { return m_error; }
    /// The letter issued last from this dialog (without its PDF bytes).
    std::optional<IssuedLetter> issuedLetter() const { return m_issued; }

public slots:
    void preview();
    void print();
    void savePdf();
    /// Saves the draft PDF (number not yet assigned) to `path`: the Save PDF button asks for it first.
    bool savePdfTo(const QString& path);
    /// Asks for confirmation, then issues.
    void issue();
    void printIssued();
    void saveIssuedPdf();
    /// Saves the archived PDF of the letter issued last to `path`, byte for byte.
    bool saveIssuedPdfTo(const QString& path);
    void fillSample();
    /// Loads the templates again (after unlocking, or when one was saved), keeping the form.
    void reloadTemplates();

signals:
    void letterIssued(const IssuedLetter& letter);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void populateTemplateList();
    void templateSelected();
    void rebuildForm(const QString& templateName);
    void stashFormValues();
    void updateActions();
    void formChanged();
    void issueConfirmed(const LetterRequest& request);
    QString templateKind(const QString& name) const;
    QString templateTitle(const QString& name) const;
    QList<TemplateField> fieldsFor(const QString& templateName) const;
    QVariantMap senderDefaults() const;
    std::optional<LetterPreview> composePreview();
    QString auditRecordType() const;
    bool mayOutput() const;

    SessionContext& m_context;
    LetterRequest m_prefill;
    QVariantMap m_stash; // values typed for keys of templates shown before
    QList<StoredTemplate> m_storedTemplates;
    QString m_formTemplate; // the template the form was built for
    std::optional<IssuedLetter> m_issued;
    bool m_changedSinceIssue = true;
    bool m_forceClose = false;

    QLabel* m_recordLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QListWidget* m_templates = nullptr;
    JapaneseDateEdit* m_issueDate = nullptr;
    QScrollArea* m_scroll = nullptr;
    LetterFieldsForm* m_form = nullptr;
    ErrorLabel* m_error = nullptr;
    QFrame* m_issuedBanner = nullptr;
    QLabel* m_issuedLabel = nullptr;
    QPushButton* m_printIssuedButton = nullptr;
    QPushButton* m_saveIssuedButton = nullptr;
    QPushButton* m_fillSampleButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_savePdfButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_issueButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPointer<QPrintPreviewDialog> m_previewDialog;
};

} // namespace pd::ui
