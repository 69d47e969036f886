// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Letter.h"

#include <QBuffer>
#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd::ui {

class ErrorLabel;
class NewTemplateDialog;
class SessionContext;

/// Settings ▸ Letter Templates (privacy officer): edit a template's HTML with a live
/// preview on sample data, insert placeholders from the list of the fields the template
/// may use, see unknown placeholders and syntax errors (with line and column) before
/// saving, and save a new version. Letters already issued keep the version they were
/// issued with; an older version or the built-in text can be loaded to start from.
///
/// Non-modal; the text survives a lock (templates hold no personal data).
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditorDialog(SessionContext& context, QWidget* parent = nullptr);
    ~TemplateEditorDialog() override;

    /// How long typing must pause before the preview is rendered again.
    static constexpr int kPreviewDelayMs = 400;

    QString currentName() const { return m_name; }
    bool isModified() const;
    /// Shows the latest version of `name`; with unsaved changes it asks first (answered
    /// later), unless `discardChanges`.
    bool selectTemplate(const QString& name, bool discardChanges = false);

    QTreeWidget* templateList() const { return m_templates; }
    QTreeWidget* placeholderList() const { return m_placeholders; }
    QListWidget* versionList() const { return m_versions; }
    QPlainTextEdit* htmlEdit() const { return m_html; }
    QLineEdit* titleEdit() const { return m_title; }
    ErrorLabel* problemLabel() const { return m_problems; }
    QPdfView* previewView() const { return m_preview; }
    int previewPageCount() const;

public slots:
    /// Checks the template now; returns true when it can be saved.
    bool checkTemplate();
    /// Saves a new version; refuses (and says why) when checkTemplate() fails.
    bool save();
    void newTemplate();
    /// Starts a template of our own from a blank letter (saved with the first Save).
    void createTemplate(const QString& name, const QString& title);
    void openSelectedVersion();
    void revertToBuiltIn();
    void insertPlaceholder(QTreeWidgetItem* item);
    void updatePreview();
    void reload();

signals:
    void previewUpdated();
    void saved(const StoredTemplate& stored);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void populateTemplates();
    void templateSelectionChanged();
    void loadIntoEditor(const QString& name, const QString& title, const QString& html);
    void loadVersions();
    void loadPlaceholders();
    void textEdited();
    void updateActions();
    void markProblems(const QList<std::pair<int, int>>& positions);
    void showPreviewPdf(const QByteArray& pdf);
    QStringList knownNames() const;

    SessionContext& m_context;
    QList<StoredTemplate> m_stored;
    QList<StoredTemplate> m_versionList;
    QString m_name;
    QString m_savedTitle;
    QString m_savedHtml;
    bool m_unsavedNew = false;
    bool m_forceClose = false;
    bool m_hasProblems = false;

    QTreeWidget* m_templates = nullptr;
    QPushButton* m_newButton = nullptr;
    QTabWidget* m_sideTabs = nullptr;
    QTreeWidget* m_placeholders = nullptr;
    QListWidget* m_versions = nullptr;
    QPushButton* m_openVersionButton = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_nameLabel = nullptr;
    QPlainTextEdit* m_html = nullptr;
    ErrorLabel* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPdfView* m_preview = nullptr;
    QPdfDocument* m_previewDocument = nullptr;
    QBuffer m_previewBuffer;
    QByteArray m_previewBytes;
    QLabel* m_previewStatus = nullptr;
    QTimer m_previewTimer;
    QPointer<NewTemplateDialog> m_newDialog;
};

} // namespace pd::ui
