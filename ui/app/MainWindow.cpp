// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/MainWindow.h"

#include "core/render/LetterService.h"
#include "core/services/Session.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ChangePasswordDialog.h"
#include "ui/app/AboutDialog.h"
#include "ui/app/PreferencesDialog.h"
#include "ui/app/SessionContext.h"
#include "ui/audit/AuditReviewPage.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/common/Icons.h"
#include "ui/common/UiSettings.h"
#include "ui/complaints/ComplaintWindows.h"
#include "ui/complaints/ImportComplaintsDialog.h"
#include "ui/home/StartPage.h"
#include "ui/letters/IssuedLettersPage.h"
#include "ui/letters/LetterPrintDialog.h"
#include "ui/letters/TemplateEditorDialog.h"
#include "ui/organization/OrganizationDialog.h"
#include "ui/organization/PurposeRegisterPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace pd::ui {

MainWindow::MainWindow(SessionContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(context, this))
    , m_complaintsPage(new ComplaintsPage(context, this))
    , m_lettersPage(new IssuedLettersPage(context, this))
    , m_purposeRegisterPage(new PurposeRegisterPage(context, this))
    , m_accountsPage(new AccountsPage(context, this))
    , m_auditReviewPage(new AuditReviewPage(context, this))
    , m_userStatus(new QLabel(this))
    , m_locationStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PrivacyDesk"));
    setWindowIcon(Icons::application());

    // Complaint windows first: the actions created below open them.
    m_complaintWindows = new ComplaintWindows(context, this);
    m_complaintWindows->acceptEmailDrops(this);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_complaintsPage);
    m_pages->addWidget(m_lettersPage);
    m_pages->addWidget(m_purposeRegisterPage);
    m_pages->addWidget(m_accountsPage);
    m_pages->addWidget(m_auditReviewPage);

    createActions();
    createMenus();
    createNavigation();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_userStatus->setObjectName(QStringLiteral("userStatusLabel"));
    m_locationStatus->setObjectName(QStringLiteral("locationStatusLabel"));
    m_userStatus->setTextFormat(Qt::PlainText);
    m_locationStatus->setTextFormat(Qt::PlainText);
    m_userStatus->setContentsMargins(6, 0, 6, 0);
    m_locationStatus->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_locationStatus);

    connect(m_startPage, &StartPage::pageRequested, this, [this](int page) { showPage(MainWindowPage(page)); });
    connect(m_startPage, &StartPage::changePasswordRequested, this, &MainWindow::showChangePasswordDialog);
    connect(m_startPage, &StartPage::complaintsRequested, this, &MainWindow::showComplaints);
    connect(m_lettersPage, &IssuedLettersPage::newLetterRequested, this, &MainWindow::showNewLetterDialog);
    connect(m_complaintsPage, &ComplaintsPage::openComplaintRequested, m_complaintWindows,
            &ComplaintWindows::openComplaint);
    connect(m_complaintsPage, &ComplaintsPage::newComplaintRequested, m_complaintWindows,
            &ComplaintWindows::newComplaint);
    connect(m_complaintsPage, &ComplaintsPage::importRequested, this, &MainWindow::showImportComplaintsDialog);
    connect(&m_context, &SessionContext::sessionChanged, this, &MainWindow::sessionChanged);
    connect(&m_context, &SessionContext::passwordChanged, this,
            [this] { statusBar()->showMessage(tr("Your password has been changed."), 8000); });
    connect(&m_context, &SessionContext::organizationChanged, this,
            [this] { statusBar()->showMessage(tr("The organization details have been saved."), 8000); });
    sessionChanged();
    showPage(MainWindowPage::Start);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(Icons::themed(QStringLiteral("document-new")), tr("&New Database…"), this);
    m_newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create a new database for another office"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabaseRequested);

    m_openAction = new QAction(Icons::themed(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another database"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseRequested);

    m_lockAction = new QAction(Icons::lock(), tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut); // also from any dialog
    m_lockAction->setStatusTip(tr("Lock the database when you leave your desk"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    m_quitAction = new QAction(Icons::themed(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    m_organizationAction = new QAction(tr("&Organization…"), this);
    m_organizationAction->setObjectName(QStringLiteral("organizationAction"));
    m_organizationAction->setStatusTip(tr("Edit the society's name and contact details"));
    connect(m_organizationAction, &QAction::triggered, this, &MainWindow::showOrganizationDialog);

    m_preferencesAction = new QAction(Icons::themed(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferencesDialog);

    m_changePasswordAction = new QAction(tr("&Change Password…"), this);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::showChangePasswordDialog);

    m_aboutAction = new QAction(Icons::themed(QStringLiteral("help-about")), tr("&About PrivacyDesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    m_reloadAction = new QAction(Icons::themed(QStringLiteral("view-refresh")), tr("&Reload"), this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setStatusTip(tr("Show changes that others have saved"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_newLetterAction = new QAction(Icons::themed(QStringLiteral("document-new")), tr("&New Letter…"), this);
    m_newLetterAction->setObjectName(QStringLiteral("newLetterAction"));
    m_newLetterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_newLetterAction->setStatusTip(tr("Write a letter that answers no record"));
    connect(m_newLetterAction, &QAction::triggered, this, &MainWindow::showNewLetterDialog);

    m_newComplaintAction = new QAction(Icons::themed(QStringLiteral("document-new")), tr("New &Complaint"), this);
    m_newComplaintAction->setObjectName(QStringLiteral("newComplaintAction"));
    m_newComplaintAction->setShortcut(QKeySequence::New);
    m_newComplaintAction->setStatusTip(tr("Log a complaint: the form opens with the current time and channel phone"));
    connect(m_newComplaintAction, &QAction::triggered, m_complaintWindows, &ComplaintWindows::newComplaint);

    m_importEmailAction = new QAction(Icons::themed(QStringLiteral("mail-message")), tr("Import &Email…"), this);
    m_importEmailAction->setObjectName(QStringLiteral("importEmailAction"));
    m_importEmailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_importEmailAction->setStatusTip(tr("A complaint from a saved email (.eml); you can also drop the file here"));
    connect(m_importEmailAction, &QAction::triggered, m_complaintWindows, &ComplaintWindows::importEmail);

    m_printRegisterAction =
        new QAction(Icons::themed(QStringLiteral("document-print")), tr("Print &Register of Issued Documents…"), this);
    m_printRegisterAction->setObjectName(QStringLiteral("printRegisterAction"));
    m_printRegisterAction->setStatusTip(tr("The register of issued documents for the period on the Letters page"));
    connect(m_printRegisterAction, &QAction::triggered, this, &MainWindow::printLetterRegister);

    m_letterTemplatesAction = new QAction(tr("Letter &Templates…"), this);
    m_letterTemplatesAction->setObjectName(QStringLiteral("letterTemplatesAction"));
    m_letterTemplatesAction->setStatusTip(tr("Edit the letters' wording and layout"));
    connect(m_letterTemplatesAction, &QAction::triggered, this, &MainWindow::showLetterTemplatesDialog);

    const QList<std::pair<MainWindowPage, QString>> pages = {
        {MainWindowPage::Start, tr("&Start")},
        {MainWindowPage::Complaints, tr("&Complaints")},
        {MainWindowPage::Letters, tr("&Letters")},
        {MainWindowPage::PurposeRegister, tr("&Purpose Register")},
        {MainWindowPage::Accounts, tr("&Accounts")},
        {MainWindowPage::AuditTrail, tr("Au&dit Trail")},
    };
    auto* group = new QActionGroup(this);
    for (const auto& [page, text] : pages) {
        auto* action = new QAction(text, this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newComplaintAction);
    file->addAction(m_importEmailAction);
    file->addSeparator();
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_lockAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);
    view->addSeparator();
    view->addAction(m_reloadAction);

    QMenu* complaints = menuBar()->addMenu(tr("&Complaints"));
    complaints->setObjectName(QStringLiteral("complaintsMenu"));
    complaints->addAction(m_complaintsPage->importAction());
    complaints->addAction(m_complaintsPage->exportCsvAction());
    complaints->addAction(m_complaintsPage->exportExcelAction());
    complaints->addSeparator();
    complaints->addAction(m_complaintsPage->printRegisterAction());
    complaints->addSeparator();
    complaints->addMenu(m_complaintsPage->columnsMenu());

    QMenu* letters = menuBar()->addMenu(tr("&Letters"));
    letters->addAction(m_newLetterAction);
    letters->addSeparator();
    letters->addAction(m_printRegisterAction);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_organizationAction);
    settings->addAction(m_letterTemplatesAction);
    settings->addAction(m_preferencesAction);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(m_changePasswordAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_navigation->setFont(font);

    const QList<std::pair<QIcon, QString>> items = {
        {Icons::home(), tr("Start")},
        // Until the application has a complaints icon of its own: the theme's, or the style's list icon.
        {QIcon::fromTheme(QStringLiteral("view-list-details"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
         tr("Complaints")},
        {Icons::letters(), tr("Letters")},
        {Icons::purposeRegister(), tr("Purpose Register")},
        {Icons::accounts(), tr("Accounts")},
        {QIcon::fromTheme(QStringLiteral("security-high"), style()->standardIcon(QStyle::SP_FileDialogInfoView)),
         tr("Audit Trail")},
    };
    int widest = 0;
    for (const auto& [icon, text] : items) {
        auto* item = new QListWidgetItem(icon, text, m_navigation);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 20));
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(text));
    }
    m_navigation->setFixedWidth(qMax(180, widest + m_navigation->iconSize().width() + 48));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (row < m_pageActions.size())
            m_pageActions.at(row)->setChecked(true);
    });
}

void MainWindow::showPage(MainWindowPage page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindowPage MainWindow::currentPage() const
{
    return MainWindowPage(m_pages->currentIndex());
}

void MainWindow::sessionChanged()
{
    Session* session = m_context.session();
    const bool open = session != nullptr;
    m_organizationAction->setVisible(open && session->may(Permission::EditOrganization));
    m_letterTemplatesAction->setVisible(open && session->may(Permission::EditLetterTemplates));
    for (QAction* action : {m_lockAction, m_changePasswordAction, m_reloadAction, m_organizationAction,
                            m_letterTemplatesAction})
        action->setEnabled(open);
    for (QAction* action : {m_newLetterAction, m_printRegisterAction})
        action->setEnabled(open && session->may(Permission::PrintAndExport));
    for (QAction* action : {m_newComplaintAction, m_importEmailAction}) {
        action->setVisible(!open || session->may(Permission::WriteCases));
        action->setEnabled(open && session->may(Permission::WriteCases));
    }
    // The audit trail is the officer's and the auditor's; the role may change with each sign-in.
    const bool reviewsAudit = open && session->may(Permission::ReviewAuditLog);
    m_navigation->item(int(MainWindowPage::AuditTrail))->setHidden(!reviewsAudit);
    m_pageActions.at(int(MainWindowPage::AuditTrail))->setVisible(reviewsAudit);
    if (!reviewsAudit && currentPage() == MainWindowPage::AuditTrail)
        showPage(MainWindowPage::Start);
    // Forms autosaved but never saved (a crash, a power cut) are offered once the window is up.
    if (open)
        QTimer::singleShot(0, m_complaintWindows, &ComplaintWindows::offerDraftRecovery);
    if (!open) {
        m_userStatus->clear();
        m_locationStatus->clear();
        setWindowTitle(tr("PrivacyDesk"));
        return;
    }
    const Account& account = session->account();
    m_userStatus->setText(session->openedWithRecoveryKey()
                              ? tr("%1 (%2, signed in with the recovery key)")
                                    .arg(account.displayName, roleDisplayName(account.role))
                              : tr("%1 (%2)").arg(account.displayName, roleDisplayName(account.role)));
    m_locationStatus->setText(QDir::toNativeSeparators(session->location()));
    m_locationStatus->setToolTip(tr("Database folder"));
    setWindowTitle(tr("%1 – PrivacyDesk").arg(QFileInfo(session->location()).fileName()));
}

void MainWindow::reload()
{
    m_startPage->reload();
    m_complaintsPage->reload();
    m_lettersPage->reload();
    m_purposeRegisterPage->reload();
    m_accountsPage->reload();
}

template <typename Dialog, typename... Args>
Dialog* MainWindow::showSingle(QPointer<Dialog>& slot, Args&&... args)
{
    if (!slot) {
        slot = new Dialog(std::forward<Args>(args)..., this);
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

void MainWindow::showOrganizationDialog()
{
    if (!m_context.session() || !m_context.session()->may(Permission::EditOrganization))
        return;
    showSingle(m_organizationDialog, m_context);
}

void MainWindow::showPreferencesDialog()
{
    showSingle(m_preferencesDialog);
}

void MainWindow::showChangePasswordDialog()
{
    if (!m_context.session())
        return;
    showSingle(m_changePasswordDialog, m_context);
}

void MainWindow::showAboutDialog()
{
    showSingle(m_aboutDialog);
}

LetterPrintDialog* MainWindow::showNewLetterDialog()
{
    if (!m_context.session() || !m_context.session()->may(Permission::PrintAndExport))
        return nullptr;
    return showSingle(m_letterDialog, m_context, LetterRequest(), QString());
}

TemplateEditorDialog* MainWindow::showLetterTemplatesDialog()
{
    if (!m_context.session() || !m_context.session()->may(Permission::EditLetterTemplates))
        return nullptr;
    return showSingle(m_templatesDialog, m_context);
}

void MainWindow::printLetterRegister()
{
    if (!m_context.session())
        return;
    showPage(MainWindowPage::Letters);
    m_lettersPage->showRegister();
}

void MainWindow::showComplaints(ComplaintListPreset preset)
{
    if (!m_context.session())
        return;
    showPage(MainWindowPage::Complaints);
    m_complaintsPage->showPreset(preset);
}

void MainWindow::showImportComplaintsDialog()
{
    if (!m_context.session() || !m_context.session()->may(Permission::WriteCases))
        return;
    showSingle(m_importComplaintsDialog, m_context);
}

void MainWindow::closeSessionWindows()
{
    m_complaintWindows->closeAll();
    for (QDialog* dialog : findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly))
        if (dialog != m_aboutDialog && dialog != m_preferencesDialog)
            dialog->close();
}

void MainWindow::restoreLayout()
{
    const UiSettings& settings = UiSettings::instance();
    if (!restoreGeometry(settings.mainWindowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1120, 760).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    restoreState(settings.mainWindowState());
}

void MainWindow::saveLayout()
{
    UiSettings::instance().setMainWindowLayout(saveGeometry(), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing the main window quits; the controller closes the session and the other windows.
    saveLayout();
    event->ignore();
    emit quitRequested();
}

} // namespace pd::ui
