// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/letters/LetterData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

/// One field a template uses, as the editor lists it and the preview fills it.
struct TemplateField
{
    QString key;   // as used in the template, e.g. 宛先氏名 or 発信日_和暦
    QString label; // Japanese label for the editor
    QString type;  // text, multiline, date, flag, list
    QString sourceDate; // for date fields: the ISO date field the 和暦 text derives from (発信日)
    QStringList itemKeys; // for list fields
    QVariant sample;
    QString sampleDate;
    QStringList choices;
};

/// A built-in template as shipped (resources/letters/templates.json).
struct CatalogEntry
{
    QString name;
    QString file;
    QString title;
    QString subject;
    QString kind; // complaint, fax, request
    QList<TemplateField> fields;

    /// A complete set of realistic sample values, for the editor's live preview.
    LetterData sampleData() const;
    /// Every name a template of this kind may use (for LetterTemplate::unknownPlaceholders).
    QStringList knownNames() const;
};

/// The catalog of built-in templates, embedded under :/letters.
class TemplateCatalog
{
public:
    static const QList<CatalogEntry>& entries();
    static const CatalogEntry* find(const QString& name);
    static QString builtInHtml(const QString& name);
    /// Fields every letter gets from the organization settings and the signed-in account.
    static QStringList standardFieldKeys();
};

} // namespace pd
