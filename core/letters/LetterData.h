// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace pd {

/// The values a letter template is filled with: a tree of named values.
///
/// Values are text (QString), flags (bool, for optional sections), dates (QDate,
/// QDateTime), numbers, nested groups (another LetterData / QVariantMap, reached as
/// {{組合.名称}}) and lists (of groups for repeated items such as 記, or of texts).
/// LetterTemplate::render describes how each is written into the letter.
///
/// Either build it from the QVariantMap a service already has, or with the setters:
///     LetterData data;
///     data.setText(u"氏名"_s, name).setDate(u"申請日"_s, requested).setFlag(u"一部開示"_s, true);
///     data.appendItem(u"記"_s, LetterData().setText(u"内容"_s, item));
class LetterData
{
public:
    LetterData() = default;
    explicit LetterData(const QVariantMap& values)
        : m_values(values)
    {
    }
    static LetterData fromVariantMap(const QVariantMap& values) { return LetterData(values); }

    LetterData& setText(const QString& key, const QString& text);
    /// Named setFlag, not an overload of setText: a string literal would silently pick a bool overload.
    LetterData& setFlag(const QString& key, bool on);
    LetterData& setDate(const QString& key, QDate date);
    LetterData& setDateTime(const QString& key, const QDateTime& dateTime);
    LetterData& setNumber(const QString& key, qint64 number);
    LetterData& setGroup(const QString& key, const LetterData& group);
    LetterData& setList(const QString& key, const QList<LetterData>& items);
    LetterData& setTexts(const QString& key, const QStringList& texts);
    /// Appends one item to the list `key` (created when missing).
    LetterData& appendItem(const QString& key, const LetterData& item);
    /// Any value a QVariantMap may hold; see the class comment for what is understood.
    LetterData& setValue(const QString& key, const QVariant& value);

    bool contains(const QString& key) const { return m_values.contains(key); }
    QVariant value(const QString& key) const { return m_values.value(key); }
    /// The data as stored, e.g. to archive what an issued letter was made from.
    const QVariantMap& toVariantMap() const { return m_values; }

private:
    QVariantMap m_values;
};

} // namespace pd
