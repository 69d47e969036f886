// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/TemplateCatalog.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace pd::ui {

/// The form a letter template asks for, built from its catalog fields:
/// text → line edit, multiline → plain text edit, date → JapaneseDateEdit (stored under
/// the source date key, e.g. 請求日, from which the template derives 請求日_和暦),
/// flag → check box, list → a table with a row per item, choices → editable combo box.
///
/// Fields the organization settings fill (組合名, 発信者…, 担当…) are grouped apart: left
/// empty they take the settings' value, shown as placeholder text. 文書番号, 発信日 and
/// 公印省略 are never asked: the issue date is the dialog's, the rest are settings.
///
/// The form never fills a value by itself: values come from setValues() (a record's
/// data) or fillSamples() (when the user asks for it).
class LetterFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit LetterFieldsForm(QWidget* parent = nullptr);

    /// Keys that belong to the sender group (filled from the organization settings).
    static const QStringList& senderKeys();
    /// True for the keys a letter form never asks for (文書番号, 発信日, 公印省略).
    static bool isHiddenField(const TemplateField& field);

    /// Rebuilds the editors. `senderDefaults` holds the organization's values, shown as
    /// placeholders; `reservedMnemonics` are letters the surrounding dialog already uses.
    void setFields(const QList<TemplateField>& fields, const QVariantMap& senderDefaults,
                   const QString& reservedMnemonics);
    void setSenderDefaults(const QVariantMap& senderDefaults);

    /// What the user entered, by value key; empty texts, lists and dates are left out,
    /// flags are always there.
    QVariantMap values() const;
    /// Every value key the form has an editor for.
    QStringList valueKeys() const;
    /// Sets the editors whose key is in `values` (others keep their input).
    void setValues(const QVariantMap& values);
    /// Fills the empty editors (and untouched check boxes) of the letter group with the
    /// catalog's samples; returns how many it filled. Input is never overwritten, and the
    /// sender group keeps the organization settings.
    int fillSamples(const CatalogEntry& entry);
    bool hasInput() const;
    /// The labels of the letter's own fields (not the sender's, not check boxes) left empty.
    QStringList emptyFieldLabels() const;
    void setReadOnly(bool readOnly);

    /// The editor for a value key (a date's source key, e.g. 請求日), or null.
    QWidget* editor(const QString& valueKey) const;
    QWidget* firstEditor() const;
    QList<QWidget*> focusChain() const;

signals:
    void changed();

private:
    enum class Kind { Text, Multiline, Date, Flag, List, Choice };
    struct Editor
    {
        TemplateField field;
        QString valueKey;
        Kind kind = Kind::Text;
        QWidget* widget = nullptr; // the editor itself (the table for lists)
        QWidget* row = nullptr;    // what sits in the form (with add/remove buttons for lists)
        bool sender = false;
    };

    Editor makeEditor(const TemplateField& field, bool sender, const QString& label);
    QVariant valueOf(const Editor& editor) const;
    void setValueOf(Editor& editor, const QVariant& value);
    bool isEmpty(const Editor& editor) const;
    QString withMnemonic(const QString& label);
    int labelWidth() const;
    void clearEditors();

    QGroupBox* m_letterGroup = nullptr;
    QGroupBox* m_senderGroup = nullptr;
    QFormLayout* m_letterLayout = nullptr;
    QFormLayout* m_senderLayout = nullptr;
    QLabel* m_senderNote = nullptr;
    QLabel* m_noFields = nullptr;
    QList<Editor> m_editors;
    QString m_mnemonics;
    bool m_readOnly = false;
};

} // namespace pd::ui
