// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintImport.h"
#include "core/complaints/CsvReader.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// Takes over the office's existing complaint ledger from a CSV file, in two steps.
///
/// Columns: the file (chosen, dropped or given), its encoding (detected, or UTF-8 / Shift_JIS by
/// choice, re-read at once), and for each column of the file the register field it holds, guessed
/// from the header, with a preview of the first rows. Check: every row is checked; rows with
/// problems are listed with their line in the file and the reason, and the user imports the valid
/// rows or goes back. The import is one transaction: all of those rows or none.
///
/// The file's content stays in memory only while the dialog is open and is dropped when the
/// session locks (the dialog then closes; nothing has been imported).
class ImportComplaintsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportComplaintsDialog(SessionContext& context, QWidget* parent = nullptr);
    ~ImportComplaintsDialog() override;

    /// Reads `path` and goes on to the columns (tests, drag and drop).
    void setFile(const QString& path);

signals:
    void imported(int count);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFile();
    void decode();
    void rebuildMapping();
    void mappingChanged(int column);
    void refreshPreviewHeader();
    void updateMappingState();
    void check();
    void back();
    void importRows();
    void forgetData();
    QList<ComplaintLedgerField> mapping() const;
    CsvEncoding chosenEncoding() const;
    QString encodingName(CsvEncoding encoding) const;

    SessionContext& m_context;

    QStackedWidget* m_pages = nullptr;
    // Columns step
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QLabel* m_sourceInfo = nullptr;
    ErrorLabel* m_sourceError = nullptr;
    QWidget* m_mappingWidget = nullptr;
    QGridLayout* m_mappingGrid = nullptr;
    QList<QComboBox*> m_mappingCombos;
    QList<QWidget*> m_mappingRowWidgets;
    QTableWidget* m_preview = nullptr;
    // Check step
    QLabel* m_summary = nullptr;
    QTableWidget* m_problems = nullptr;
    ErrorLabel* m_importError = nullptr;
    // Buttons
    QPushButton* m_backButton = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_importButton = nullptr;

    QString m_path;
    QByteArray m_bytes;
    std::optional<CsvTable> m_table;
    std::optional<ComplaintImportPlan> m_plan;
};

} // namespace pd::ui
