// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pd::ui {

class ArchivedLetterButtons;

class ErrorLabel;
class IssuedLetterTableModel;
class FiscalPeriodCombo;
class JapaneseDateEdit;
class SessionContext;

/// The Letters page (文書): the register of issued documents (文書発信簿) for a fiscal
/// year or any period. Enter or a double-click opens the archived copy; Reprint and Save
/// PDF give the archived bytes; Print register… shows the register as a PDF to print.
class IssuedLettersPage : public QWidget
{
    Q_OBJECT

public:
    explicit IssuedLettersPage(SessionContext& context, QWidget* parent = nullptr);

    IssuedLetterTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    FiscalPeriodCombo* periodCombo() const { return m_period; }
    QDate from() const;
    QDate until() const;
    /// A fiscal year (its start year) or, with 0, the dates of the custom period.
    void setPeriod(int fiscalYear, QDate from = {}, QDate until = {});
    qint64 selectedLetterId() const;

public slots:
    void reload();
    void clear();
    void openSelected();
    void reprintSelected();
    void saveSelectedPdf();
    bool saveSelectedPdfTo(const QString& path);
    void showRegister();

signals:
    void newLetterRequested();

private:
    void periodChanged();
    void updateActions();

    SessionContext& m_context;
    FiscalPeriodCombo* m_period = nullptr;
    JapaneseDateEdit* m_from = nullptr;
    JapaneseDateEdit* m_until = nullptr;
    QLabel* m_count = nullptr;
    ErrorLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    IssuedLetterTableModel* m_model = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_registerButton = nullptr;
    ArchivedLetterButtons* m_letterButtons = nullptr;
};

} // namespace pd::ui
