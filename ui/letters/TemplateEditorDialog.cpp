// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/TemplateEditorDialog.h"

#include "core/letters/LetterTemplate.h"
#include "core/letters/TemplateCatalog.h"
#include "core/render/LetterRenderer.h"
#include "core/render/LetterService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/LetterEvents.h"
#include "ui/letters/LetterOutput.h"
#include "ui/letters/NewTemplateDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
enum PlaceholderRole { KeyRole = Qt::UserRole, TypeRole, ItemKeysRole };
constexpr int kMaxProblemLines = 6;

/// A blank letter for a template of our own: the usual blocks of a Japanese business
/// letter with the standard fields, ready to be written.
QString blankLetter()
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<style>\n"
        "p { margin-top: 0px; margin-bottom: 0px; line-height: 140%; white-space: pre-wrap; }\n"
        "p.right { text-align: right; }\n"
        "p.date { text-align: right; margin-bottom: 14px; }\n"
        "p.name { font-size: 12pt; margin-top: 4px; }\n"
        "p.from { text-align: right; margin-top: 14px; }\n"
        "p.title { text-align: center; font-size: 14pt; margin-top: 26px; margin-bottom: 18px; }\n"
        "p.end { text-align: right; margin-top: 10px; }\n"
        "p.contact { margin-left: 340px; }\n"
        "</style>\n</head>\n<body>\n"
        "<p class=\"right\">{{文書番号}}</p>\n"
        "<p class=\"date\">{{発信日_和暦}}</p>\n"
        "<p class=\"name\">{{宛先氏名}}　様</p>\n"
        "<p class=\"from\">{{組合名}}</p>\n"
        "<p class=\"right\">{{発信者職名}}　{{発信者氏名}}</p>\n"
        "{{#公印省略}}<p class=\"right\">（公印省略）</p>{{/公印省略}}\n"
        "<p class=\"title\">（件名）</p>\n"
        "<p>　（本文）</p>\n"
        "<p class=\"end\">以上</p>\n"
        "<p class=\"contact\">（担当）{{担当部署}}　{{担当者氏名}}</p>\n"
        "<p class=\"contact\">電話：{{組合電話}}　FAX：{{組合FAX}}</p>\n"
        "</body>\n</html>\n");
}

/// Labels of the fields every letter has, for the placeholder list.
QString standardLabel(const QString& key)
{
    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(TemplateEditorDialog)
    };
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("文書番号"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Document number")},
        {QStringLiteral("発信日_和暦"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Issue date (Japanese calendar)")},
        {QStringLiteral("組合名"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Society name")},
        {QStringLiteral("組合郵便番号"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Society's postal code")},
        {QStringLiteral("組合住所"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Society's address")},
        {QStringLiteral("組合電話"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Society's phone")},
        {QStringLiteral("組合FAX"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Society's FAX")},
        {QStringLiteral("組合メール"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Society's email")},
        {QStringLiteral("担当部署"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Department (contact)")},
        {QStringLiteral("担当者氏名"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Staff member (signed in)")},
        {QStringLiteral("発信者職名"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Sender's title")},
        {QStringLiteral("発信者氏名"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Sender's name")},
        {QStringLiteral("公印省略"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Seal omitted (section)")},
        {QStringLiteral("宛先氏名"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Addressee's name")},
        {QStringLiteral("宛先郵便番号"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Addressee's postal code")},
        {QStringLiteral("宛先住所"), QT_TRANSLATE_NOOP("TemplateEditorDialog", "Addressee's address")},
    };
    const char* label = labels.value(key);
    return label ? Text::tr(label) : key;
}
} // namespace

TemplateEditorDialog::TemplateEditorDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_templates(new QTreeWidget(this))
    , m_sideTabs(new QTabWidget(this))
    , m_placeholders(new QTreeWidget(this))
    , m_versions(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_html(new QPlainTextEdit(this))
    , m_problems(new ErrorLabel(this))
    , m_status(new QLabel(this))
    , m_readOnlyNote(new QLabel(tr("Only the privacy officer can change letter templates."), this))
    , m_preview(new QPdfView(this))
    , m_previewDocument(new QPdfDocument(this))
    , m_previewStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("templateEditorDialog"));
    setWindowTitle(tr("Letter Templates"));
    m_templates->setObjectName(QStringLiteral("templateTree"));
    m_placeholders->setObjectName(QStringLiteral("placeholderTree"));
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_html->setObjectName(QStringLiteral("htmlEdit"));
    m_problems->setObjectName(QStringLiteral("problemLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_previewStatus->setObjectName(QStringLiteral("previewStatusLabel"));

    // Left: the templates, and for the one shown its placeholders and versions.
    m_templates->setColumnCount(3);
    m_templates->setHeaderLabels({tr("Template"), tr("Version"), tr("Origin")});
    m_templates->setRootIsDecorated(false);
    m_templates->setUniformRowHeights(true);
    m_templates->setAlternatingRowColors(true);
    m_templates->header()->setStretchLastSection(false);
    m_templates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_templates->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_templates->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_newButton = new QPushButton(tr("&New Template…"), this);
    m_newButton->setObjectName(QStringLiteral("newTemplateButton"));
    auto* templatesLabel = new QLabel(tr("Te&mplates:"), this);
    templatesLabel->setBuddy(m_templates);

    m_placeholders->setColumnCount(2);
    m_placeholders->setHeaderLabels({tr("Placeholder"), tr("Meaning")});
    m_placeholders->setRootIsDecorated(true);
    m_placeholders->setAlternatingRowColors(true);
    m_placeholders->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_placeholders->setToolTip(tr("Double-click or press Enter to insert at the cursor"));
    m_versions->setAlternatingRowColors(true);
    m_openVersionButton = new QPushButton(tr("Open &This Version"), this);
    m_openVersionButton->setObjectName(QStringLiteral("openVersionButton"));
    m_openVersionButton->setToolTip(tr("Load the text of the selected version into the editor"));
    auto* versionsPage = new QWidget(this);
    auto* versionsLayout = new QVBoxLayout(versionsPage);
    versionsLayout->setContentsMargins(4, 4, 4, 4);
    versionsLayout->addWidget(m_versions, 1);
    versionsLayout->addWidget(m_openVersionButton, 0, Qt::AlignLeft);
    m_sideTabs->addTab(m_placeholders, tr("&Placeholders"));
    m_sideTabs->addTab(versionsPage, tr("&Versions"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(templatesLabel);
    leftLayout->addWidget(m_templates, 2);
    leftLayout->addWidget(m_newButton, 0, Qt::AlignLeft);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(m_sideTabs, 3);

    // Middle: title and HTML.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setFamilies({QStringLiteral("Noto Sans Mono CJK JP"), mono.family()});
    m_html->setFont(mono);
    m_html->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_html->setTabChangesFocus(false);
    m_html->setTabStopDistance(m_html->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_html->setPlaceholderText(tr("Choose a template on the left."));
    m_title->setMaxLength(80);
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    auto* titleLabel = new QLabel(tr("T&itle:"), this);
    titleLabel->setBuddy(m_title);
    auto* htmlLabel = new QLabel(tr("&HTML:"), this);
    htmlLabel->setBuddy(m_html);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_nameLabel);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(titleRow);
    middleLayout->addWidget(htmlLabel);
    middleLayout->addWidget(m_html, 1);
    middleLayout->addWidget(m_problems);
    middleLayout->addWidget(m_status);
    middleLayout->addWidget(m_readOnlyNote);

    // Right: the live preview with the template's sample data.
    m_preview->setDocument(m_previewDocument);
    m_preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_preview->setPageSpacing(10);
    m_preview->setDocumentMargins(QMargins(8, 8, 8, 8));
    m_preview->setBackgroundRole(QPalette::Dark);
    m_previewStatus->setForegroundRole(QPalette::PlaceholderText);
    m_previewStatus->setWordWrap(true);
    auto* previewLabel = new QLabel(tr("Preview with sample data:"), this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_previewStatus);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({330, 560, 450});

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save as a new version (Ctrl+S). Letters already issued keep their version."));
    m_revertButton = buttons->addButton(tr("Revert to &Built-in"), QDialogButtonBox::ActionRole);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Load the text that PrivacyDesk ships with into the editor"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setText(tr("&Close"));
    for (QPushButton* button : {m_saveButton, m_revertButton, m_closeButton, m_newButton, m_openVersionButton})
        button->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        checkTemplate();
        updatePreview();
    });
    connect(m_html, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::textEdited);
    connect(m_title, &QLineEdit::textChanged, this, &TemplateEditorDialog::updateActions);
    connect(m_templates, &QTreeWidget::currentItemChanged, this, &TemplateEditorDialog::templateSelectionChanged);
    connect(m_placeholders, &QTreeWidget::itemActivated, this, &TemplateEditorDialog::insertPlaceholder);
    connect(m_versions, &QListWidget::itemActivated, this, &TemplateEditorDialog::openSelectedVersion);
    connect(m_versions, &QListWidget::currentRowChanged, this, &TemplateEditorDialog::updateActions);
    connect(m_openVersionButton, &QPushButton::clicked, this, &TemplateEditorDialog::openSelectedVersion);
    connect(m_newButton, &QPushButton::clicked, this, &TemplateEditorDialog::newTemplate);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &TemplateEditorDialog::revertToBuiltIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &TemplateEditorDialog::save);

    connect(&m_context, &SessionContext::sessionChanged, this, [this] {
        if (m_context.isOpen())
            reload();
        updateActions();
    });

    reload();
    if (m_templates->topLevelItemCount() > 0 && !m_templates->currentItem())
        m_templates->setCurrentItem(m_templates->topLevelItem(0));
    resize(1340, 860);
}

TemplateEditorDialog::~TemplateEditorDialog()
{
    m_preview->setDocument(nullptr);
    m_previewDocument->close();
}

bool TemplateEditorDialog::isModified() const
{
    return !m_name.isEmpty() && (m_unsavedNew || m_title->text() != m_savedTitle || m_html->toPlainText() != m_savedHtml);
}

int TemplateEditorDialog::previewPageCount() const
{
    return m_previewDocument->pageCount();
}

void TemplateEditorDialog::reload()
{
    Session* session = m_context.session();
    if (!session)
        return;
    auto templates = LetterService(*session).templates();
    if (!templates) {
        m_status->setText(LetterOutput::errorText(templates.error()));
        return;
    }
    m_stored = *templates;
    populateTemplates();
    loadVersions();
    updateActions();
}

void TemplateEditorDialog::populateTemplates()
{
    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    QTreeWidgetItem* current = nullptr;
    if (m_unsavedNew) {
        auto* item = new QTreeWidgetItem(m_templates, {m_savedTitle, QStringLiteral("–"), tr("New, not saved")});
        item->setData(0, Qt::UserRole, m_name);
        current = item;
    }
    for (const StoredTemplate& stored : std::as_const(m_stored)) {
        const bool builtIn = TemplateCatalog::find(stored.name) != nullptr;
        auto* item = new QTreeWidgetItem(m_templates, {stored.title, tr("v%1").arg(stored.version),
                                                       builtIn ? tr("Built-in") : tr("Own")});
        item->setData(0, Qt::UserRole, stored.name);
        item->setToolTip(0, stored.name);
        if (stored.name == m_name)
            current = item;
    }
    if (current)
        m_templates->setCurrentItem(current);
}

bool TemplateEditorDialog::selectTemplate(const QString& name, bool discardChanges)
{
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_templates->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() != name)
            continue;
        if (discardChanges) {
            m_unsavedNew = false;
            m_savedHtml = m_html->toPlainText();
            m_savedTitle = m_title->text();
        }
        m_templates->setCurrentItem(item);
        return m_name == name;
    }
    return false;
}

void TemplateEditorDialog::templateSelectionChanged()
{
    QTreeWidgetItem* item = m_templates->currentItem();
    const QString name = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (name == m_name)
        return;
    const auto show = [this, name] {
        m_unsavedNew = false;
        for (const StoredTemplate& stored : std::as_const(m_stored)) {
            if (stored.name == name) {
                loadIntoEditor(stored.name, stored.title, stored.html);
                m_status->setText(tr("Version %1, saved %2 by %3.")
                                      .arg(stored.version)
                                      .arg(QLocale().toString(stored.createdUtc.toLocalTime(), QLocale::ShortFormat),
                                           stored.createdBy));
                break;
            }
        }
        populateTemplates();
    };
    if (!isModified()) {
        show();
        return;
    }
    // Back to the template being edited until the user decides.
    const QString editing = m_name;
    {
        const QSignalBlocker blocker(m_templates);
        for (int i = 0; i < m_templates->topLevelItemCount(); ++i)
            if (m_templates->topLevelItem(i)->data(0, Qt::UserRole).toString() == editing)
                m_templates->setCurrentItem(m_templates->topLevelItem(i));
    }
    MessageBox::question(this, tr("Unsaved Changes"),
                         tr("Discard your changes to “%1”?").arg(m_title->text()), tr("&Discard"),
                         [this, name](bool discard) {
                             if (!discard)
                                 return;
                             selectTemplate(name, true);
                         });
}

void TemplateEditorDialog::loadIntoEditor(const QString& name, const QString& title, const QString& html)
{
    m_name = name;
    m_savedTitle = title;
    m_savedHtml = html;
    {
        const QSignalBlocker blockTitle(m_title);
        m_title->setText(title);
    }
    m_html->setPlainText(html); // textChanged: check and preview follow
    m_nameLabel->setText(name);
    loadPlaceholders();
    loadVersions();
    checkTemplate();
    updatePreview();
    updateActions();
}

QStringList TemplateEditorDialog::knownNames() const
{
    Session* session = m_context.session();
    if (session)
        return LetterService(*session).knownNames(m_name);
    if (const CatalogEntry* entry = TemplateCatalog::find(m_name))
        return entry->knownNames();
    return TemplateCatalog::standardFieldKeys();
}

void TemplateEditorDialog::loadPlaceholders()
{
    m_placeholders->clear();
    if (m_name.isEmpty())
        return;
    const auto add = [this](const QString& key, const QString& label, const QString& type,
                            const QStringList& itemKeys = {}) {
        const QString shown = type == QLatin1String("list") || type == QLatin1String("flag")
            ? QStringLiteral("{{#%1}}…{{/%1}}").arg(key)
            : QStringLiteral("{{%1}}").arg(key);
        auto* item = new QTreeWidgetItem(m_placeholders, {shown, label});
        item->setToolTip(0, tr("Double-click or press Enter to insert at the cursor"));
        item->setToolTip(1, label);
        item->setData(0, KeyRole, key);
        item->setData(0, TypeRole, type);
        item->setData(0, ItemKeysRole, itemKeys);
        for (const QString& itemKey : itemKeys) {
            auto* child = new QTreeWidgetItem(item, {QStringLiteral("{{%1}}").arg(itemKey), tr("Item field")});
            child->setData(0, KeyRole, itemKey);
            child->setData(0, TypeRole, QStringLiteral("item"));
        }
        for (const QString& special : {QStringLiteral("_index"), QStringLiteral("_index全角")}) {
            if (type != QLatin1String("list"))
                break;
            auto* child = new QTreeWidgetItem(
                item, {QStringLiteral("{{%1}}").arg(special),
                       special == QLatin1String("_index") ? tr("Item number (1, 2, …)") : tr("Item number, full-width (１, ２, …)")});
            child->setData(0, KeyRole, special);
            child->setData(0, TypeRole, QStringLiteral("item"));
        }
        item->setExpanded(type == QLatin1String("list"));
    };

    QStringList listed;
    const CatalogEntry* entry = TemplateCatalog::find(m_name);
    if (entry) {
        for (const TemplateField& field : entry->fields) {
            add(field.key, field.label, field.type, field.itemKeys);
            listed.append(field.key);
            if (!field.sourceDate.isEmpty())
                listed.append(field.sourceDate);
        }
    }
    // The fields every letter has, where the catalog does not list them.
    for (const QString& key : TemplateCatalog::standardFieldKeys()) {
        const QString shown = key == QStringLiteral("発信日") ? QStringLiteral("発信日_和暦") : key;
        if (listed.contains(key) || listed.contains(shown))
            continue;
        add(shown, standardLabel(shown), key == QStringLiteral("公印省略") ? QStringLiteral("flag") : QStringLiteral("text"));
    }
}

void TemplateEditorDialog::insertPlaceholder(QTreeWidgetItem* item)
{
    if (!item || m_html->isReadOnly() || m_name.isEmpty())
        return;
    const QString key = item->data(0, KeyRole).toString();
    const QString type = item->data(0, TypeRole).toString();
    QTextCursor cursor = m_html->textCursor();
    if (type == QLatin1String("list")) {
        QStringList cells;
        for (const QString& itemKey : item->data(0, ItemKeysRole).toStringList())
            cells.append(QStringLiteral("{{%1}}").arg(itemKey));
        cursor.insertText(QStringLiteral("{{#%1}}\n<p>{{_index全角}}　%2</p>\n{{/%1}}\n")
                              .arg(key, cells.join(QStringLiteral("　"))));
    } else if (type == QLatin1String("flag")) {
        // Around the selection, or an empty section with the cursor inside.
        const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        cursor.insertText(QStringLiteral("{{#%1}}").arg(key) + selected);
        const int inside = cursor.position();
        cursor.insertText(QStringLiteral("{{/%1}}").arg(key));
        if (selected.isEmpty())
            cursor.setPosition(inside);
    } else {
        cursor.insertText(QStringLiteral("{{%1}}").arg(key));
    }
    m_html->setTextCursor(cursor);
    m_html->setFocus();
}

void TemplateEditorDialog::loadVersions()
{
    m_versions->clear();
    m_versionList.clear();
    Session* session = m_context.session();
    if (!session || m_name.isEmpty() || m_unsavedNew)
        return;
    auto versions = LetterService(*session).templateVersions(m_name);
    if (!versions) {
        m_status->setText(LetterOutput::errorText(versions.error()));
        return;
    }
    m_versionList = *versions;
    for (const StoredTemplate& version : std::as_const(m_versionList)) {
        QString text = tr("Version %1 – %2, %3")
                           .arg(version.version)
                           .arg(QLocale().toString(version.createdUtc.toLocalTime(), QLocale::ShortFormat),
                                version.createdBy.isEmpty() ? tr("PrivacyDesk") : version.createdBy);
        if (version.builtIn)
            text += tr(" (built-in)");
        auto* item = new QListWidgetItem(text, m_versions);
        item->setToolTip(version.title);
    }
    if (m_versions->count() > 0)
        m_versions->setCurrentRow(0);
}

void TemplateEditorDialog::openSelectedVersion()
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_versionList.size() || m_html->isReadOnly())
        return;
    const StoredTemplate& version = m_versionList.at(row);
    m_title->setText(version.title);
    m_html->setPlainText(version.html);
    m_status->setText(tr("The text of version %1 is in the editor. Save to make it the current version.")
                          .arg(version.version));
    updateActions();
}

void TemplateEditorDialog::revertToBuiltIn()
{
    const CatalogEntry* entry = TemplateCatalog::find(m_name);
    if (!entry || m_html->isReadOnly())
        return;
    m_title->setText(entry->title);
    m_html->setPlainText(TemplateCatalog::builtInHtml(m_name));
    m_status->setText(tr("The built-in text is in the editor. Save to make it the current version."));
    updateActions();
}

void TemplateEditorDialog::textEdited()
{
    m_previewTimer.start();
    updateActions();
}

bool TemplateEditorDialog::checkTemplate()
{
    const QString html = m_html->toPlainText();
    QStringList lines;
    QList<std::pair<int, int>> positions;
    if (!m_name.isEmpty()) {
        if (auto valid = LetterTemplate::validate(html); !valid) {
            const QString reason = LetterOutput::errorText(valid.error());
            lines.append(reason);
            static const QRegularExpression numbers(QStringLiteral("(\\d+)\\D+(\\d+)"));
            const QRegularExpressionMatch match = numbers.match(reason);
            if (match.hasMatch())
                positions.append({match.captured(1).toInt(), match.captured(2).toInt()});
        }
        const QStringList unknown = LetterTemplate::unknownPlaceholders(html, knownNames());
        if (!unknown.isEmpty()) {
            for (const TemplatePlaceholder& use : LetterTemplate::placeholderUses(html)) {
                if (!unknown.contains(use.name))
                    continue;
                positions.append({use.line, use.column});
                if (lines.size() < kMaxProblemLines)
                    lines.append(tr("Line %1, column %2: {{%3}} is not a field of this letter.")
                                     .arg(use.line)
                                     .arg(use.column)
                                     .arg(use.name));
            }
        }
        if (m_title->text().trimmed().isEmpty())
            lines.append(tr("The template needs a title."));
    }
    m_hasProblems = !lines.isEmpty();
    if (lines.size() >= kMaxProblemLines)
        lines.append(tr("…and more."));
    if (m_hasProblems)
        m_problems->showError(tr("Cannot be saved yet:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    else
        m_problems->clearError();
    markProblems(positions);
    updateActions();
    return !m_hasProblems;
}

void TemplateEditorDialog::markProblems(const QList<std::pair<int, int>>& positions)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
    format.setBackground(QColor(0xfd, 0xe7, 0xea));
    QTextDocument* document = m_html->document();
    for (const auto& [line, column] : positions) {
        const QTextBlock block = document->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        const int start = block.position() + qMax(0, column - 1);
        // To the end of the placeholder ("}}"), or the rest of the line.
        const int close = block.text().indexOf(QStringLiteral("}}"), qMax(0, column - 1));
        const int end = close >= 0 ? block.position() + close + 2 : block.position() + block.length() - 1;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(qMax(start + 1, end), QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    }
    m_html->setExtraSelections(selections);
}

void TemplateEditorDialog::updatePreview()
{
    m_previewTimer.stop();
    Session* session = m_context.session();
    if (!session || m_name.isEmpty())
        return;
    const QString html = m_html->toPlainText();
    if (!LetterTemplate::validate(html)) {
        m_previewStatus->setText(tr("The preview waits until the syntax error is fixed."));
        return;
    }
    LetterService service(*session);
    QByteArray pdf;
    auto preview = service.previewSample(m_name, html);
    if (preview) {
        pdf = preview->rendered.pdf;
    } else if (preview.error().kind == ErrorKind::NotFound && m_unsavedNew) {
        // Not saved yet, so the service does not know it: the standard fields are enough.
        auto fields = service.standardFields(QDate::currentDate());
        auto filled = fields ? LetterTemplate::render(html, *fields) : Result<QString>(std::unexpected(fields.error()));
        auto rendered = filled ? render::LetterRenderer::renderPdf(*filled, render::RenderOptions())
                               : Result<render::RenderedLetter>(std::unexpected(filled.error()));
        if (!rendered) {
            m_previewStatus->setText(LetterOutput::errorText(rendered.error()));
            return;
        }
        pdf = rendered->pdf;
    } else {
        m_previewStatus->setText(LetterOutput::errorText(preview.error()));
        return;
    }
    showPreviewPdf(pdf);
    m_previewStatus->setText(m_hasProblems ? tr("Sample data; unknown placeholders stay empty. Pages: %1")
                                                  .arg(m_previewDocument->pageCount())
                                           : tr("Sample data. Pages: %1").arg(m_previewDocument->pageCount()));
    emit previewUpdated();
}

void TemplateEditorDialog::showPreviewPdf(const QByteArray& pdf)
{
    const int scroll = m_preview->verticalScrollBar()->value();
    m_previewDocument->close();
    m_previewBuffer.close();
    m_previewBytes = pdf;
    m_previewBuffer.setData(m_previewBytes);
    m_previewBuffer.open(QIODevice::ReadOnly);
    m_previewDocument->load(&m_previewBuffer);
    m_preview->verticalScrollBar()->setValue(scroll); // keep the place while typing
}

void TemplateEditorDialog::updateActions()
{
    Session* session = m_context.session();
    const bool mayEdit = session && session->may(Permission::EditLetterTemplates);
    const bool chosen = !m_name.isEmpty();
    m_html->setReadOnly(!mayEdit || !chosen);
    m_title->setReadOnly(!mayEdit || !chosen);
    m_readOnlyNote->setVisible(session && !mayEdit);
    m_saveButton->setEnabled(mayEdit && chosen && isModified() && !m_hasProblems);
    m_revertButton->setEnabled(mayEdit && chosen && TemplateCatalog::find(m_name));
    m_newButton->setEnabled(mayEdit);
    m_openVersionButton->setEnabled(mayEdit && m_versions->currentRow() >= 0);
    m_templates->setEnabled(session != nullptr);
    setWindowTitle(chosen ? tr("Letter Templates – %1%2").arg(m_title->text(), isModified() ? tr(" (changed)") : QString())
                          : tr("Letter Templates"));
}

bool TemplateEditorDialog::save()
{
    Session* session = m_context.session();
    if (!session || m_name.isEmpty())
        return false;
    if (!checkTemplate()) {
        m_status->setText(tr("Not saved: correct the problems shown in red first."));
        return false;
    }
    if (!isModified())
        return true;
    auto saved = LetterService(*session).saveTemplate(m_name, m_title->text().trimmed(), m_html->toPlainText());
    if (!saved) {
        m_problems->showError(LetterOutput::errorText(saved.error()));
        m_status->setText(tr("Not saved."));
        return false;
    }
    m_unsavedNew = false;
    m_savedTitle = saved->title;
    m_savedHtml = saved->html;
    {
        const QSignalBlocker blocker(m_title);
        m_title->setText(saved->title);
    }
    reload();
    m_status->setText(tr("Saved as version %1. Letters issued before keep the version they were issued with.")
                          .arg(saved->version));
    LetterEvents::of(m_context)->notifyTemplatesChanged();
    emit this->saved(*saved);
    return true;
}

void TemplateEditorDialog::newTemplate()
{
    if (m_newDialog) {
        m_newDialog->raise();
        m_newDialog->activateWindow();
        return;
    }
    QStringList names;
    for (const StoredTemplate& stored : std::as_const(m_stored))
        names.append(stored.name);
    for (const CatalogEntry& entry : TemplateCatalog::entries())
        names.append(entry.name);
    auto* dialog = new NewTemplateDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        const QString title = dialog->title();
        const auto create = [this, name, title] { createTemplate(name, title); };
        if (!isModified()) {
            create();
            return;
        }
        MessageBox::question(this, tr("Unsaved Changes"), tr("Discard your changes to “%1”?").arg(m_title->text()),
                             tr("&Discard"), [create](bool discard) {
                                 if (discard)
                                     create();
                             });
    });
    dialog->open();
}

void TemplateEditorDialog::createTemplate(const QString& name, const QString& title)
{
    m_unsavedNew = false; // loadIntoEditor sets the saved state; the new one is then marked unsaved
    loadIntoEditor(name, title, blankLetter());
    m_unsavedNew = true;
    m_versions->clear();
    m_versionList.clear();
    populateTemplates();
    m_status->setText(tr("A new template, not saved yet. Write the letter, then save it."));
    updateActions();
    m_html->setFocus();
}

void TemplateEditorDialog::closeEvent(QCloseEvent* event)
{
    m_forceClose = !event->spontaneous();
    QDialog::closeEvent(event);
    m_forceClose = false;
}

void TemplateEditorDialog::reject()
{
    if (m_forceClose || !isModified()) {
        QDialog::reject();
        return;
    }
    MessageBox::question(this, tr("Unsaved Changes"),
                         tr("Close without saving your changes to “%1”?").arg(m_title->text()), tr("&Discard"),
                         [this](bool discard) {
                             if (discard)
                                 QDialog::reject();
                         });
}

} // namespace pd::ui
