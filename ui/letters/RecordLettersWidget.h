// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pd::ui {

class ArchivedLetterButtons;

class ErrorLabel;
class IssuedLetterTableModel;
class SessionContext;

/// The letters tab of a record: every letter issued for it (LetterService::lettersFor),
/// newest first, with Open, Reprint and Save PDF of the archived copy. Refreshes itself
/// when a letter is issued anywhere in the program.
class RecordLettersWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RecordLettersWidget(SessionContext& context, QWidget* parent = nullptr);

    /// The record whose letters are listed, e.g. ("complaint", 42).
    void setRecord(const QString& recordType, qint64 recordId);
    QString recordType() const { return m_recordType; }
    qint64 recordId() const { return m_recordId; }

    IssuedLetterTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The selected letter's id, or 0.
    qint64 selectedLetterId() const;
    bool selectLetter(qint64 letterId);

public slots:
    void reload();
    void clear();
    void openSelected();
    void reprintSelected();
    void saveSelectedPdf();
    /// Saves the selected letter's archived PDF to `path` unchanged (Save PDF asks for it first).
    bool saveSelectedPdfTo(const QString& path);

private:
    void updateActions();

    SessionContext& m_context;
    QString m_recordType;
    qint64 m_recordId = 0;
    IssuedLetterTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    ErrorLabel* m_error = nullptr;
    ArchivedLetterButtons* m_letterButtons = nullptr;
};

} // namespace pd::ui
