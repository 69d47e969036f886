// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/app/MainWindowPage.h"
#include "ui/complaints/ComplaintsPage.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace pd::ui {

class AboutDialog;
class AccountsPage;
class AuditReviewPage;
class ChangePasswordDialog;
class ComplaintsPage;
class ComplaintWindows;
class ImportComplaintsDialog;
class IssuedLettersPage;
class LetterPrintDialog;
class OrganizationDialog;
class PreferencesDialog;
class PurposeRegisterPage;
class SessionContext;
class StartPage;
class TemplateEditorDialog;

/// The main window: navigation on the left, the selected page on the right, menus and
/// a status bar that says who is signed in to which database. Dialogs it opens never
/// run a nested event loop, so that a lock can hide and later restore them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SessionContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(MainWindowPage page);
    MainWindowPage currentPage() const;

    StartPage* startPage() const { return m_startPage; }
    ComplaintsPage* complaintsPage() const { return m_complaintsPage; }
    IssuedLettersPage* lettersPage() const { return m_lettersPage; }
    PurposeRegisterPage* purposeRegisterPage() const { return m_purposeRegisterPage; }
    AccountsPage* accountsPage() const { return m_accountsPage; }
    AuditReviewPage* auditReviewPage() const { return m_auditReviewPage; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* newLetterAction() const { return m_newLetterAction; }
    QAction* letterTemplatesAction() const { return m_letterTemplatesAction; }
    QAction* printRegisterAction() const { return m_printRegisterAction; }
    QAction* newComplaintAction() const { return m_newComplaintAction; }
    QAction* importEmailAction() const { return m_importEmailAction; }
    /// The complaint editor windows (one per complaint).
    ComplaintWindows* complaintWindows() const { return m_complaintWindows; }

    /// Closes the windows that show data of the open database (before switching to another).
    void closeSessionWindows();
    void restoreLayout();
    void saveLayout();

public slots:
    void showOrganizationDialog();
    void showPreferencesDialog();
    void showChangePasswordDialog();
    void showAboutDialog();
    /// A letter that answers no record (Letters ▸ New Letter…).
    LetterPrintDialog* showNewLetterDialog();
    TemplateEditorDialog* showLetterTemplatesDialog();
    /// Complaints ▸ Import CSV…: takes over an existing ledger.
    void showImportComplaintsDialog();
    void printLetterRegister();
    /// The Complaints page with a ready-made list (the start page's links).
    void showComplaints(ComplaintListPreset preset);
    void reload();

signals:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void lockRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createNavigation();
    void sessionChanged();
    template <typename Dialog, typename... Args>
    Dialog* showSingle(QPointer<Dialog>& slot, Args&&... args);

    SessionContext& m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    StartPage* m_startPage = nullptr;
    ComplaintsPage* m_complaintsPage = nullptr;
    IssuedLettersPage* m_lettersPage = nullptr;
    PurposeRegisterPage* m_purposeRegisterPage = nullptr;
    AccountsPage* m_accountsPage = nullptr;
    AuditReviewPage* m_auditReviewPage = nullptr;
    QLabel* m_userStatus = nullptr;
    QLabel* m_locationStatus = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_organizationAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_newLetterAction = nullptr;
    QAction* m_letterTemplatesAction = nullptr;
    QAction* m_printRegisterAction = nullptr;
    QAction* m_newComplaintAction = nullptr;
    QAction* m_importEmailAction = nullptr;
    ComplaintWindows* m_complaintWindows = nullptr;
    QList<QAction*> m_pageActions;

    QPointer<OrganizationDialog> m_organizationDialog;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<ChangePasswordDialog> m_changePasswordDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<LetterPrintDialog> m_letterDialog;
    QPointer<TemplateEditorDialog> m_templatesDialog;
    QPointer<ImportComplaintsDialog> m_importComplaintsDialog;
};

} // namespace pd::ui
