// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/TemplateCatalog.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {
QList<CatalogEntry> loadCatalog()
{
    QFile file(QStringLiteral(":/letters/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<CatalogEntry> entries;
    for (const QJsonValue& value : root.value(QStringLiteral("templates")).toArray()) {
        const QJsonObject object = value.toObject();
        CatalogEntry entry;
        entry.name = object.value(QStringLiteral("name")).toString();
        entry.file = object.value(QStringLiteral("file")).toString();
        entry.title = object.value(QStringLiteral("title")).toString();
        entry.subject = object.value(QStringLiteral("subject")).toString();
        entry.kind = object.value(QStringLiteral("kind")).toString();
        for (const QJsonValue& fieldValue : object.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject fieldObject = fieldValue.toObject();
            TemplateField field;
            field.key = fieldObject.value(QStringLiteral("key")).toString();
            field.label = fieldObject.value(QStringLiteral("label")).toString();
            field.type = fieldObject.value(QStringLiteral("type")).toString();
            field.sourceDate = fieldObject.value(QStringLiteral("date")).toString();
            field.sampleDate = fieldObject.value(QStringLiteral("sampleDate")).toString();
            field.sample = fieldObject.value(QStringLiteral("sample")).toVariant();
            for (const QJsonValue& item : fieldObject.value(QStringLiteral("fields")).toArray())
                field.itemKeys.append(item.toObject().value(QStringLiteral("key")).toString());
            for (const QJsonValue& choice : fieldObject.value(QStringLiteral("choices")).toArray())
                field.choices.append(choice.toString());
            entry.fields.append(field);
        }
        entries.append(entry);
    }
    return entries;
}
} // namespace

LetterData CatalogEntry::sampleData() const
{
    LetterData data;
    for (const TemplateField& field : fields) {
        if (field.type == QLatin1String("date") && !field.sourceDate.isEmpty())
            data.setDate(field.sourceDate, QDate::fromString(field.sampleDate, Qt::ISODate));
        else
            data.setValue(field.key, field.sample);
    }
    return data;
}

QStringList CatalogEntry::knownNames() const
{
    QStringList names = TemplateCatalog::standardFieldKeys();
    for (const TemplateField& field : fields) {
        names.append(field.key);
        if (!field.sourceDate.isEmpty())
            names.append(field.sourceDate);
        for (const QString& item : field.itemKeys)
            names.append(field.key + QLatin1Char('.') + item);
    }
    names.removeDuplicates();
    return names;
}

const QList<CatalogEntry>& TemplateCatalog::entries()
{
    static const QList<CatalogEntry> catalog = loadCatalog();
    return catalog;
}

const CatalogEntry* TemplateCatalog::find(const QString& name)
{
    for (const CatalogEntry& entry : entries())
        if (entry.name == name)
            return &entry;
    return nullptr;
}

QString TemplateCatalog::builtInHtml(const QString& name)
{
    const CatalogEntry* entry = find(name);
    if (!entry)
        return {};
    QFile file(QStringLiteral(":/letters/") + entry->file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList TemplateCatalog::standardFieldKeys()
{
    return {QStringLiteral("文書番号"),     QStringLiteral("発信日"),       QStringLiteral("組合名"),
            QStringLiteral("組合郵便番号"), QStringLiteral("組合住所"),     QStringLiteral("組合電話"),
            QStringLiteral("組合FAX"),      QStringLiteral("組合メール"),   QStringLiteral("担当部署"),
            QStringLiteral("担当者氏名"),   QStringLiteral("発信者職名"),   QStringLiteral("発信者氏名"),
            QStringLiteral("公印省略"),     QStringLiteral("公印画像"),     QStringLiteral("宛先氏名"),     QStringLiteral("宛先郵便番号"),
            QStringLiteral("宛先住所")};
}

} // namespace pd
