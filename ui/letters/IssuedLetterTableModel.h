// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Letter.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

/// Issued letters as a table: 文書番号, 発信日 (和暦), title, addressee, record, issued by.
/// Holds the listing only; the PDF bytes are fetched when a letter is opened.
class IssuedLetterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, DateColumn, TitleColumn, AddresseeColumn, RecordColumn, IssuedByColumn, ColumnCount };

    explicit IssuedLetterTableModel(QObject* parent = nullptr);

    void setLetters(const QList<IssuedLetter>& letters);
    void clear();
    const IssuedLetter& letterAt(int row) const { return m_letters.at(row); }
    /// The row of the letter with this id, or -1.
    int rowOf(qint64 letterId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IssuedLetter> m_letters;
};

} // namespace pd::ui
