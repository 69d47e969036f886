// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/letters/LetterData.h"

namespace pd {

LetterData& LetterData::setText(const QString& key, const QString& text)
{
    m_values.insert(key, text);
    return *this;
}

LetterData& LetterData::setFlag(const QString& key, bool on)
{
    m_values.insert(key, on);
    return *this;
}

LetterData& LetterData::setDate(const QString& key, QDate date)
{
    m_values.insert(key, date);
    return *this;
}

LetterData& LetterData::setDateTime(const QString& key, const QDateTime& dateTime)
{
    m_values.insert(key, dateTime);
    return *this;
}

LetterData& LetterData::setNumber(const QString& key, qint64 number)
{
    m_values.insert(key, number);
    return *this;
}

LetterData& LetterData::setGroup(const QString& key, const LetterData& group)
{
    m_values.insert(key, group.m_values);
    return *this;
}

LetterData& LetterData::setList(const QString& key, const QList<LetterData>& items)
{
    QVariantList list;
    list.reserve(items.size());
    for (const LetterData& item : items)
        list.append(item.m_values);
    m_values.insert(key, list);
    return *this;
}

LetterData& LetterData::setTexts(const QString& key, const QStringList& texts)
{
    m_values.insert(key, texts);
    return *this;
}

LetterData& LetterData::appendItem(const QString& key, const LetterData& item)
{
    QVariantList list = m_values.value(key).toList();
    list.append(item.m_values);
    m_values.insert(key, list);
    return *this;
}

LetterData& LetterData::setValue(const QString& key, const QVariant& value)
{
    m_values.insert(key, value);
    return *this;
}

} // namespace pd
