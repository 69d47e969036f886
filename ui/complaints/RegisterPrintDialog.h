// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintRegisterData.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace pd::ui {

class ErrorLabel;
class FiscalPeriodCombo;
class JapaneseDateEdit;
class SessionContext;

/// Prints the 苦情受付簿 (register of complaints) for a fiscal year or a period of one's own:
/// preview, print, or save as PDF. The register is painted from memory each time; the only file
/// ever written is the PDF the user chose, through QSaveFile. Every output is audited. Non-modal;
/// it closes when the session locks.
class RegisterPrintDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kFiscalYearsOffered = 10;

    explicit RegisterPrintDialog(SessionContext& context, QWidget* parent = nullptr);

    void setFiscalYear(int startYear);
    /// A period of one's own; an invalid end takes the fiscal year's end of the start (and vice versa).
    void setPeriod(QDate from, QDate until);
    QDate from() const;
    QDate until() const;
    FiscalPeriodCombo* periodCombo() const { return m_period; }
    QLabel* countLabel() const { return m_count; }

    /// The register as PDF bytes for the chosen period (no audit: nothing has left the program yet).
    std::optional<QByteArray> renderPdf();
    /// Saves the PDF to `path` and records it; false with the reason shown in the dialog.
    bool savePdfTo(const QString& path);
    /// Paints onto `printer` and records the print; false with the reason shown.
    bool printTo(QPrinter* printer);

public slots:
    void preview();
    void print();
    void savePdf();

private:
    void periodChanged();
    void updateCount();
    std::optional<ComplaintRegisterData> load();
    QString fileName() const;

    SessionContext& m_context;
    FiscalPeriodCombo* m_period = nullptr;
    JapaneseDateEdit* m_from = nullptr;
    JapaneseDateEdit* m_until = nullptr;
    QLabel* m_count = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace pd::ui
