// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/LetterFieldsForm.h"

#include "ui/letters/JapaneseDateEdit.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// Letters and digits for the generated labels' mnemonics, most memorable first.
const QString kMnemonicPool = QStringLiteral("ABFGHJLNOQRWXYZ1234567890KTEMVSPICUD");
const char* const kTouched = "pdTouched";

int visibleLines(int lines, const QWidget* widget)
{
    return widget->fontMetrics().lineSpacing() * lines + 12;
}
} // namespace

LetterFieldsForm::LetterFieldsForm(QWidget* parent)
    : QWidget(parent)
    , m_letterGroup(new QGroupBox(tr("Letter"), this))
    , m_senderGroup(new QGroupBox(tr("Sender"), this))
    , m_letterLayout(new QFormLayout(m_letterGroup))
    , m_senderLayout(new QFormLayout)
    , m_senderNote(new QLabel(tr("Left empty, these come from the organization settings (shown in grey)."), this))
    , m_noFields(new QLabel(tr("This template asks for nothing beyond the issue date."), this))
{
    setObjectName(QStringLiteral("letterFieldsForm"));
    m_letterGroup->setObjectName(QStringLiteral("letterGroup"));
    m_senderGroup->setObjectName(QStringLiteral("senderGroup"));
    for (QFormLayout* layout : {m_letterLayout, m_senderLayout}) {
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
        layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_senderNote->setWordWrap(true);
    m_senderNote->setForegroundRole(QPalette::PlaceholderText);
    m_noFields->setWordWrap(true);
    m_noFields->setForegroundRole(QPalette::PlaceholderText);
    m_noFields->hide();

    auto* senderBox = new QVBoxLayout(m_senderGroup);
    senderBox->addWidget(m_senderNote);
    senderBox->addLayout(m_senderLayout);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noFields);
    layout->addWidget(m_letterGroup);
    layout->addWidget(m_senderGroup);
    layout->addStretch(1);
}

const QStringList& LetterFieldsForm::senderKeys()
{
    static const QStringList keys = {
        QStringLiteral("組合名"),     QStringLiteral("組合郵便番号"), QStringLiteral("組合住所"),
        QStringLiteral("組合電話"),   QStringLiteral("組合FAX"),      QStringLiteral("組合メール"),
        QStringLiteral("発信者職名"), QStringLiteral("発信者氏名"),   QStringLiteral("担当部署"),
        QStringLiteral("担当者氏名"),
    };
    return keys;
}

bool LetterFieldsForm::isHiddenField(const TemplateField& field)
{
    return field.key == QStringLiteral("文書番号") || field.key == QStringLiteral("公印省略")
        || field.key == QStringLiteral("発信日") || field.sourceDate == QStringLiteral("発信日");
}

void LetterFieldsForm::clearEditors()
{
    for (const Editor& editor : std::as_const(m_editors)) {
        QFormLayout* layout = editor.sender ? m_senderLayout : m_letterLayout;
        layout->removeRow(editor.row); // deletes the row's label and widgets
    }
    m_editors.clear();
}

QString LetterFieldsForm::withMnemonic(const QString& label)
{
    QString text = label;
    text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (m_mnemonics.isEmpty())
        return text;
    const QChar key = m_mnemonics.at(0);
    m_mnemonics.remove(0, 1);
    // Japanese labels carry their access key in brackets at the end: 宛先の氏名(&A). The
    // word joiner keeps the key on the line of the text when the label wraps.
    return text + QChar(0x2060) + QStringLiteral("(&") + key + QLatin1Char(')');
}

void LetterFieldsForm::setFields(const QList<TemplateField>& fields, const QVariantMap& senderDefaults,
                                 const QString& reservedMnemonics)
{
    clearEditors();
    m_mnemonics.clear();
    for (QChar c : kMnemonicPool)
        if (!reservedMnemonics.contains(c, Qt::CaseInsensitive))
            m_mnemonics.append(c);

    // Letter fields first (the reader's order of the template), then the sender block.
    for (bool sender : {false, true}) {
        for (const TemplateField& field : fields) {
            if (isHiddenField(field) || senderKeys().contains(field.key) != sender)
                continue;
            const QString text = field.label.isEmpty() ? field.key : field.label;
            Editor editor = makeEditor(field, sender, text);
            QFormLayout* layout = sender ? m_senderLayout : m_letterLayout;
            if (editor.kind == Kind::Flag) {
                layout->addRow(QString(), editor.row);
            } else {
                // Labels such as 訂正等を行わなかった部分（一部のみ行ったとき。ないときは空欄）
                // wrap within a column of their own instead of narrowing every field.
                auto* label = new QLabel(withMnemonic(text), editor.row->parentWidget());
                label->setWordWrap(true);
                label->setFixedWidth(labelWidth());
                label->setBuddy(editor.row);
                layout->addRow(label, editor.row);
            }
            m_editors.append(editor);
        }
    }
    bool anyLetter = false;
    bool anySender = false;
    for (const Editor& editor : std::as_const(m_editors))
        (editor.sender ? anySender : anyLetter) = true;
    m_letterGroup->setVisible(anyLetter);
    m_senderGroup->setVisible(anySender);
    m_noFields->setVisible(!anyLetter && !anySender);
    setSenderDefaults(senderDefaults);
    setReadOnly(m_readOnly);

    // Tab follows the form from top to bottom.
    const QList<QWidget*> chain = focusChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

LetterFieldsForm::Editor LetterFieldsForm::makeEditor(const TemplateField& field, bool sender, const QString& label)
{
    Editor editor;
    editor.field = field;
    editor.sender = sender;
    editor.valueKey = field.type == QLatin1String("date") && !field.sourceDate.isEmpty() ? field.sourceDate : field.key;
    const QString name = QStringLiteral("field_") + editor.valueKey;
    QWidget* parent = sender ? m_senderGroup : m_letterGroup;

    if (!field.choices.isEmpty()) {
        editor.kind = Kind::Choice;
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(field.choices);
        for (int i = 0; i < field.choices.size(); ++i)
            combo->setItemData(i, field.choices.at(i), Qt::ToolTipRole);
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
        // Standard wordings are long sentences: the field stays as wide as the form,
        // the list as wide as it needs to be.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->view()->setTextElideMode(Qt::ElideNone);
        combo->view()->setMinimumWidth(combo->fontMetrics().horizontalAdvance(field.choices.value(0).left(60)) + 40);
        combo->lineEdit()->setPlaceholderText(tr("Choose a standard wording or type your own"));
        connect(combo, &QComboBox::editTextChanged, this, &LetterFieldsForm::changed);
        editor.widget = combo;
    } else if (field.type == QLatin1String("multiline")) {
        editor.kind = Kind::Multiline;
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(visibleLines(3, edit));
        edit->setAccessibleName(label);
        connect(edit, &QPlainTextEdit::textChanged, this, &LetterFieldsForm::changed);
        editor.widget = edit;
    } else if (field.type == QLatin1String("date")) {
        editor.kind = Kind::Date;
        auto* edit = new JapaneseDateEdit(true, parent);
        connect(edit, &JapaneseDateEdit::dateChanged, this, &LetterFieldsForm::changed);
        editor.widget = edit;
    } else if (field.type == QLatin1String("flag")) {
        editor.kind = Kind::Flag;
        auto* box = new QCheckBox(withMnemonic(label), parent);
        connect(box, &QCheckBox::clicked, box, [box] { box->setProperty(kTouched, true); });
        connect(box, &QCheckBox::toggled, this, &LetterFieldsForm::changed);
        editor.widget = box;
    } else if (field.type == QLatin1String("list")) {
        editor.kind = Kind::List;
        auto* container = new QWidget(parent);
        auto* table = new QTableWidget(0, int(field.itemKeys.size()), container);
        table->setHorizontalHeaderLabels(field.itemKeys);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setWordWrap(true);
        table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
        table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectItems);
        table->setFixedHeight(visibleLines(6, table));
        table->setAccessibleName(label);
        auto* add = new QPushButton(withMnemonic(tr("Add row")), container);
        auto* remove = new QPushButton(withMnemonic(tr("Remove row")), container);
        add->setObjectName(name + QStringLiteral("_add"));
        remove->setObjectName(name + QStringLiteral("_remove"));
        auto* buttons = new QVBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        auto* box = new QHBoxLayout(container);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(table, 1);
        box->addLayout(buttons);
        container->setFocusProxy(table);
        connect(add, &QPushButton::clicked, table, [this, table] {
            const int row = table->rowCount();
            table->insertRow(row);
            for (int column = 0; column < table->columnCount(); ++column)
                table->setItem(row, column, new QTableWidgetItem);
            table->setCurrentCell(row, 0);
            table->setFocus();
            table->editItem(table->item(row, 0));
            emit changed();
        });
        connect(remove, &QPushButton::clicked, table, [this, table] {
            const int row = table->currentRow();
            if (row < 0)
                return;
            table->removeRow(row);
            emit changed();
        });
        connect(table, &QTableWidget::itemChanged, this, &LetterFieldsForm::changed);
        editor.widget = table;
        editor.row = container;
    } else {
        editor.kind = Kind::Text;
        auto* edit = new QLineEdit(parent);
        edit->setAccessibleName(label);
        connect(edit, &QLineEdit::textChanged, this, &LetterFieldsForm::changed);
        editor.widget = edit;
    }
    editor.widget->setObjectName(name);
    if (!editor.row)
        editor.row = editor.widget;
    if (editor.kind != Kind::Flag)
        editor.widget->setToolTip(QStringLiteral("{{%1}}").arg(field.key));
    return editor;
}

void LetterFieldsForm::setSenderDefaults(const QVariantMap& senderDefaults)
{
    for (const Editor& editor : std::as_const(m_editors)) {
        if (!editor.sender)
            continue;
        const QString value = senderDefaults.value(editor.valueKey).toString();
        const QString shown = value.isEmpty() ? tr("(not set in the organization settings)") : value;
        if (auto* line = qobject_cast<QLineEdit*>(editor.widget))
            line->setPlaceholderText(shown);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor.widget))
            text->setPlaceholderText(shown);
        else if (auto* combo = qobject_cast<QComboBox*>(editor.widget))
            combo->lineEdit()->setPlaceholderText(shown);
    }
}

QVariant LetterFieldsForm::valueOf(const Editor& editor) const
{
    switch (editor.kind) {
    case Kind::Text:
        return static_cast<QLineEdit*>(editor.widget)->text();
    case Kind::Multiline:
        return static_cast<QPlainTextEdit*>(editor.widget)->toPlainText();
    case Kind::Choice:
        return static_cast<QComboBox*>(editor.widget)->currentText();
    case Kind::Date: {
        const QDate date = static_cast<JapaneseDateEdit*>(editor.widget)->date();
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case Kind::Flag:
        return static_cast<QCheckBox*>(editor.widget)->isChecked();
    case Kind::List: {
        const auto* table = static_cast<QTableWidget*>(editor.widget);
        QVariantList items;
        for (int row = 0; row < table->rowCount(); ++row) {
            QVariantMap item;
            bool any = false;
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem* cell = table->item(row, column);
                const QString text = cell ? cell->text() : QString();
                any = any || !text.trimmed().isEmpty();
                item.insert(editor.field.itemKeys.value(column), text);
            }
            if (any)
                items.append(item);
        }
        return items;
    }
    }
    return {};
}

bool LetterFieldsForm::isEmpty(const Editor& editor) const
{
    const QVariant value = valueOf(editor);
    switch (editor.kind) {
    case Kind::Flag:
        return !editor.widget->property(kTouched).toBool();
    case Kind::Date:
        return !value.isValid();
    case Kind::List:
        return value.toList().isEmpty();
    default:
        return value.toString().trimmed().isEmpty();
    }
}

void LetterFieldsForm::setValueOf(Editor& editor, const QVariant& value)
{
    switch (editor.kind) {
    case Kind::Text:
        static_cast<QLineEdit*>(editor.widget)->setText(value.toString());
        break;
    case Kind::Multiline:
        static_cast<QPlainTextEdit*>(editor.widget)->setPlainText(value.toString());
        break;
    case Kind::Choice:
        static_cast<QComboBox*>(editor.widget)->setEditText(value.toString());
        break;
    case Kind::Date: {
        QDate date = value.toDate();
        if (!date.isValid())
            date = QDate::fromString(value.toString(), Qt::ISODate);
        static_cast<JapaneseDateEdit*>(editor.widget)->setDate(date);
        break;
    }
    case Kind::Flag:
        static_cast<QCheckBox*>(editor.widget)->setChecked(value.toBool());
        editor.widget->setProperty(kTouched, true);
        break;
    case Kind::List: {
        auto* table = static_cast<QTableWidget*>(editor.widget);
        const QVariantList items = value.toList();
        table->setRowCount(0);
        for (const QVariant& itemValue : items) {
            const int row = table->rowCount();
            table->insertRow(row);
            const QVariantMap item = itemValue.toMap();
            for (int column = 0; column < table->columnCount(); ++column) {
                // A list of plain texts fills the first column.
                const QString text = item.isEmpty() && column == 0
                    ? itemValue.toString()
                    : item.value(editor.field.itemKeys.value(column)).toString();
                table->setItem(row, column, new QTableWidgetItem(text));
            }
        }
        break;
    }
    }
}

QVariantMap LetterFieldsForm::values() const
{
    QVariantMap result;
    for (const Editor& editor : m_editors) {
        const QVariant value = valueOf(editor);
        const bool empty = editor.kind == Kind::Flag ? false
            : editor.kind == Kind::Date              ? !value.isValid()
            : editor.kind == Kind::List              ? value.toList().isEmpty()
                                                     : value.toString().trimmed().isEmpty();
        if (!empty)
            result.insert(editor.valueKey, value);
    }
    return result;
}

QStringList LetterFieldsForm::valueKeys() const
{
    QStringList keys;
    for (const Editor& editor : m_editors)
        keys.append(editor.valueKey);
    return keys;
}

void LetterFieldsForm::setValues(const QVariantMap& values)
{
    for (Editor& editor : m_editors)
        if (values.contains(editor.valueKey))
            setValueOf(editor, values.value(editor.valueKey));
}

int LetterFieldsForm::labelWidth() const
{
    // About fifteen Japanese characters and the access key.
    return fontMetrics().horizontalAdvance(QString(15, QChar(0x3042)) + QStringLiteral("(W)"));
}

int LetterFieldsForm::fillSamples(const CatalogEntry& entry)
{
    int filled = 0;
    for (Editor& editor : m_editors) {
        // The sender's fields come from the settings; a sample there would be a false sender.
        if (editor.sender || !isEmpty(editor))
            continue;
        for (const TemplateField& field : entry.fields) {
            if (field.key != editor.field.key)
                continue;
            const QVariant sample = editor.kind == Kind::Date ? QVariant(field.sampleDate) : field.sample;
            if (!sample.isValid() || sample.isNull())
                break;
            setValueOf(editor, sample);
            ++filled;
            break;
        }
    }
    return filled;
}

bool LetterFieldsForm::hasInput() const
{
    for (const Editor& editor : m_editors)
        if (editor.kind != Kind::Flag && !isEmpty(editor))
            return true;
    return false;
}

QStringList LetterFieldsForm::emptyFieldLabels() const
{
    QStringList labels;
    for (const Editor& editor : m_editors)
        if (!editor.sender && editor.kind != Kind::Flag && isEmpty(editor))
            labels.append(editor.field.label.isEmpty() ? editor.field.key : editor.field.label);
    return labels;
}

void LetterFieldsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Editor& editor : std::as_const(m_editors)) {
        if (auto* line = qobject_cast<QLineEdit*>(editor.widget))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor.widget))
            text->setReadOnly(readOnly);
        else
            editor.row->setEnabled(!readOnly);
    }
}

QWidget* LetterFieldsForm::editor(const QString& valueKey) const
{
    for (const Editor& editor : m_editors)
        if (editor.valueKey == valueKey)
            return editor.widget;
    return nullptr;
}

QWidget* LetterFieldsForm::firstEditor() const
{
    const QList<QWidget*> chain = focusChain();
    return chain.isEmpty() ? nullptr : chain.first();
}

QList<QWidget*> LetterFieldsForm::focusChain() const
{
    QList<QWidget*> chain;
    for (const Editor& editor : m_editors) {
        if (editor.kind == Kind::Date) {
            chain.append(static_cast<JapaneseDateEdit*>(editor.widget)->dateEdit());
        } else if (editor.kind == Kind::List) {
            chain.append(editor.widget);
            for (QPushButton* button : editor.row->findChildren<QPushButton*>())
                chain.append(button);
        } else {
            chain.append(editor.widget);
        }
    }
    return chain;
}

} // namespace pd::ui
