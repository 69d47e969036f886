// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintQuery.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace pd {
enum class ComplaintExportFormat;
}

namespace pd::ui {

class ComplaintFilterBar;
class ComplaintListModel;
class ErrorLabel;
class RegisterPrintDialog;
class SessionContext;

/// Ready-made lists that other pages link to (the start page's due summary).
enum class ComplaintListPreset { All, Overdue, DueThisWeek };

/// The complaints desk's list: a search box, the filter bar, the lazy list and what to do with
/// it (open, new, import, export, print the register). Enter or a double click opens a complaint;
/// the page only asks (signals), the main window opens the windows.
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    /// How long typing may pause before the list searches: one query per word, not per key.
    static constexpr int kSearchDelayMs = 200;

    explicit ComplaintsPage(SessionContext& context, QWidget* parent = nullptr);
    ~ComplaintsPage() override;

    ComplaintListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    ComplaintFilterBar* filterBar() const { return m_filterBar; }
    QLabel* countLabel() const { return m_count; }
    QMenu* columnsMenu() const { return m_columnsMenu; }
    QAction* exportCsvAction() const { return m_exportCsvAction; }
    QAction* exportExcelAction() const { return m_exportExcelAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* printRegisterAction() const { return m_printRegisterAction; }
    QAction* newComplaintAction() const { return m_newAction; }

    /// The filter the list shows, search text included.
    ComplaintFilter filter() const;
    /// Shows `filter` in the filter bar and the search box and lists it at once.
    void setFilter(const ComplaintFilter& filter);
    /// Lists a preset (all, overdue, due this week) and puts the focus on the list.
    void showPreset(ComplaintListPreset preset);
    /// The selected complaint's id, 0 when none.
    qint64 currentComplaintId() const;

    /// Writes the list as it is filtered and sorted now; false (with a message box) on failure.
    bool exportTo(const QString& path, ComplaintExportFormat format);

public slots:
    void reload();
    void clear();
    void focusSearch();
    void exportCsv();
    void exportExcel();
    void printRegister();

signals:
    void openComplaintRequested(qint64 id);
    void newComplaintRequested();
    void importRequested();

private:
    void createActions();
    void applyFilter();
    void searchNow();
    void updateCount(int count);
    void updateActions();
    void sessionChanged();
    void askExportPath(ComplaintExportFormat format);
    void openCurrent();
    void rememberSelection();
    void restoreSelection();
    void restoreColumns();
    void saveColumns();
    void setDefaultColumnWidths();

    SessionContext& m_context;
    ComplaintListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    ComplaintFilterBar* m_filterBar = nullptr;
    QLabel* m_count = nullptr;
    ErrorLabel* m_error = nullptr;
    QTimer* m_searchTimer = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QPushButton* m_registerButton = nullptr;
    QToolButton* m_columnsButton = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportExcelAction = nullptr;
    QAction* m_printRegisterAction = nullptr;
    QList<QAction*> m_columnActions;
    QPointer<RegisterPrintDialog> m_registerDialog;
    // Which complaint was selected and where, across a reset of the model.
    qint64 m_selectedId = 0;
    int m_selectedRow = -1;
    int m_scrollValue = 0;
    // What the list showed before its last reset: a reset with the same is a refresh.
    ComplaintFilter m_shownFilter;
    ComplaintSort m_shownSort;
};

} // namespace pd::ui
