// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/IssuedLetterTableModel.h"

#include "core/letters/JapaneseDate.h"

#include <QLocale>

namespace pd::ui {

IssuedLetterTableModel::IssuedLetterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IssuedLetterTableModel::setLetters(const QList<IssuedLetter>& letters)
{
    beginResetModel();
    m_letters = letters;
    for (IssuedLetter& letter : m_letters)
        letter.pdf.clear(); // listings never keep the documents themselves
    endResetModel();
}

void IssuedLetterTableModel::clear()
{
    beginResetModel();
    m_letters.clear();
    endResetModel();
}

int IssuedLetterTableModel::rowOf(qint64 letterId) const
{
    for (int row = 0; row < m_letters.size(); ++row)
        if (m_letters.at(row).id == letterId)
            return row;
    return -1;
}

int IssuedLetterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int IssuedLetterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssuedLetterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_letters.size())
        return {};
    const IssuedLetter& letter = m_letters.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case NumberColumn:
            return letter.documentNumber;
        case DateColumn:
            // Letters carry the Japanese calendar, so the register shows the date as printed.
            return JapaneseDate::formatJapaneseEra(letter.issueDate);
        case TitleColumn:
            return letter.title;
        case AddresseeColumn:
            return letter.recipientName.isEmpty() ? QString() : tr("%1 様").arg(letter.recipientName);
        case RecordColumn:
            return letter.recordNumber;
        case IssuedByColumn:
            return letter.issuedByName;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == DateColumn)
            return QLocale().toString(letter.issueDate, QLocale::ShortFormat);
        if (index.column() == NumberColumn)
            return tr("Template %1, version %2. Pages: %3")
                .arg(letter.templateName)
                .arg(letter.templateVersion)
                .arg(letter.pageCount);
        if (index.column() == IssuedByColumn && letter.issuedUtc.isValid())
            return QLocale().toString(letter.issuedUtc.toLocalTime(), QLocale::ShortFormat);
    } else if (role == Qt::UserRole) {
        return letter.id;
    }
    return {};
}

QVariant IssuedLetterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Number");
    case DateColumn:
        return tr("Date sent");
    case TitleColumn:
        return tr("Title");
    case AddresseeColumn:
        return tr("Addressee");
    case RecordColumn:
        return tr("Record");
    case IssuedByColumn:
        return tr("Issued by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd::ui
