// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/RestoreDialog.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/BackupService.h"
#include "core/services/Session.h"
#include "ui/app/SessionContext.h"
#include "ui/backup/BackupFolders.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PasswordLineEdit.h"
#include "ui/common/UiSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <tuple>

namespace pd::ui {

namespace {
enum Column { DateColumn, SizeColumn, NameColumn };
constexpr int kFolderRole = Qt::UserRole;
} // namespace

RestoreDialog::RestoreDialog(SessionContext& context, const QString& backupDirectory, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_folder(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(tr("&Choose Folder…"), this))
    , m_list(new QTreeWidget(this))
    , m_login(new QLineEdit(this))
    , m_password(new PasswordLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_status(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    if (Session* session = context.session()) {
        m_location = normalizedLocation(session->location());
        if (!session->openedWithRecoveryKey())
            m_login->setText(session->account().login);
    }

    m_folder->setReadOnly(true);
    m_chooseFolder->setAutoDefault(false);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Written"), tr("Size"), tr("Folder")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(160);
    m_login->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase);
    m_password->setPlaceholderText(tr("The password of this account when the backup was made"));
    // Enter verifies; restoring is never what Enter does.
    m_verify->setDefault(true);
    m_restore->setAutoDefault(false);
    m_restore->setDefault(false);
    m_restore->setEnabled(false);
    m_restore->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);

    auto* listLabel = new QLabel(tr("&Backups of this database, newest first:"), this);
    listLabel->setBuddy(m_list);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Officer's &login:"), m_login);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);

    auto* detailsBox = new QGroupBox(tr("Verified backup"), this);
    auto* detailsLayout = new QGridLayout(detailsBox);
    detailsLayout->setColumnStretch(1, 1);
    detailsLayout->setColumnStretch(3, 1);
    detailsLayout->setHorizontalSpacing(12);
    // Two columns: when and how big on the left, what it holds on the right.
    const QList<std::tuple<QLabel**, const char*, QString, int, int>> rows = {
        {&m_details.written, "writtenValue", tr("Written:"), 0, 0},
        {&m_details.size, "sizeValue", tr("Size:"), 1, 0},
        {&m_details.chainHead, "chainHeadValue", tr("Audit chain head:"), 2, 0},
        {&m_details.complaints, "complaintsValue", tr("Complaints:"), 0, 2},
        {&m_details.letters, "lettersValue", tr("Letters:"), 1, 2},
        {&m_details.accounts, "accountsValue", tr("Accounts:"), 2, 2},
        {&m_details.auditEntries, "auditEntriesValue", tr("Audit entries:"), 3, 2},
    };
    for (const auto& [value, name, caption, row, column] : rows) {
        *value = new QLabel(detailsBox);
        (*value)->setObjectName(QLatin1String(name));
        (*value)->setTextFormat(Qt::PlainText);
        (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* label = new QLabel(caption, detailsBox);
        label->setForegroundRole(QPalette::PlaceholderText);
        detailsLayout->addWidget(label, row, column);
        detailsLayout->addWidget(*value, row, column + 1);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::DestructiveRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(detailsBox);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_verify);
    setTabOrder(m_verify, m_restore);

    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &RestoreDialog::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::selectionChanged);
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        chooseBackupFolder(this, tr("Backup Folder"), m_directory,
                           [this](const QString& folder) { setBackupDirectory(folder); });
    });
    for (QLineEdit* edit : {m_login, static_cast<QLineEdit*>(m_password)})
        connect(edit, &QLineEdit::textEdited, m_error, &ErrorLabel::clearError);
    connect(m_login, &QLineEdit::textEdited, this, &RestoreDialog::clearDetails);
    // The dialog belongs to the open database; after a lock another one may be open.
    connect(&m_context, &SessionContext::sessionChanged, this, [this] {
        Session* session = m_context.session();
        if (!session || normalizedLocation(session->location()) != m_location
            || !session->may(Permission::ManageBackups))
            close();
    });

    setBackupDirectory(backupDirectory);
    resize(qMax(sizeHint().width(), 640), qMax(sizeHint().height(), 520));
}

RestoreDialog::~RestoreDialog()
{
    m_password->clear();
}

void RestoreDialog::setBackupDirectory(const QString& directory)
{
    m_directory = directory;
    m_folder->setText(QDir::toNativeSeparators(directory));
    reloadList();
}

void RestoreDialog::reloadList()
{
    m_list->clear();
    clearDetails();
    const QList<BackupEntry> entries = backupEntries(m_directory, m_location);
    for (const BackupEntry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, backupDateText(entry.written));
        item->setText(SizeColumn, backupSizeText(entry.bytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NameColumn, QFileInfo(entry.folder).fileName());
        item->setData(DateColumn, kFolderRole, entry.folder);
    }
    if (m_directory.isEmpty())
        m_status->setText(tr("Choose the folder that holds the backups."));
    else if (entries.isEmpty())
        m_status->setText(tr("There is no backup of this database in this folder."));
    else
        m_status->setText(tr("%n backup(s) found.", nullptr, int(entries.size())));
    if (!entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    selectionChanged();
}

QString RestoreDialog::selectedBackup() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(DateColumn, kFolderRole).toString() : QString();
}

void RestoreDialog::clearDetails()
{
    m_verifiedBackup.clear();
    for (QLabel* value : {m_details.written, m_details.size, m_details.chainHead, m_details.complaints,
                          m_details.letters, m_details.accounts, m_details.auditEntries}) {
        value->setText(QStringLiteral("–"));
        value->setToolTip(QString());
    }
    m_restore->setEnabled(false);
}

void RestoreDialog::selectionChanged()
{
    m_error->clearError();
    clearDetails();
    m_verify->setEnabled(!m_busy && !selectedBackup().isEmpty());
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_verify->setEnabled(!busy && !selectedBackup().isEmpty());
    m_restore->setEnabled(!busy && !m_verifiedBackup.isEmpty() && m_verifiedBackup == selectedBackup());
    for (QWidget* widget : {static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_chooseFolder),
                            static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_password)})
        widget->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Verifying the backup: every page and the whole audit trail are checked…"));
}

void RestoreDialog::verifySelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty() || m_busy)
        return;
    m_error->clearError();
    clearDetails();
    if (m_login->text().trimmed().isEmpty()) {
        m_error->showError(tr("Type the login of an officer account in the backup."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_error->showError(tr("Type the password this account had when the backup was made."));
        m_password->setFocus();
        return;
    }
    const QString login = m_login->text().trimmed();
    auto password = std::make_shared<QByteArray>(m_password->text().toUtf8());
    setBusy(true);
    // Opening the backup derives its key (about a second): off the GUI thread.
    runInBackground(
        this,
        [backup, login, password]() {
            auto info = BackupService::verify(backup, login, *password);
            wipe(*password);
            return info;
        },
        [this, backup](Result<BackupInfo> info) {
            setBusy(false);
            if (selectedBackup() != backup)
                return; // another backup was chosen meanwhile
            if (!info) {
                m_status->clear();
                if (info.error().kind == ErrorKind::WrongPassword || info.error().kind == ErrorKind::UnknownAccount)
                    m_error->showError(tr("This login and password do not open the backup. A backup opens with "
                                          "the passwords that were valid when it was made."));
                else
                    m_error->showError(info.error().message());
                m_password->setFocus();
                m_password->selectAll();
                emit verified(false);
                return;
            }
            const QLocale locale;
            const storage::UnitStatistics& counts = info->statistics;
            m_details.written->setText(backupDateText(info->writtenUtc.toLocalTime()));
            m_details.size->setText(backupSizeText(info->bytes));
            m_details.complaints->setText(locale.toString(counts.complaints));
            m_details.letters->setText(locale.toString(counts.issuedLetters));
            m_details.accounts->setText(locale.toString(counts.accounts));
            m_details.auditEntries->setText(locale.toString(counts.auditEntries));
            // The head is compared with the one the auditor noted: the entry and the hash's beginning.
            m_details.chainHead->setText(tr("entry %1, %2…")
                                             .arg(locale.toString(info->head.seq),
                                                  QString::fromLatin1(info->head.hash.toHex().left(16))));
            m_details.chainHead->setToolTip(QString::fromLatin1(info->head.hash.toHex()));
            m_status->setText(tr("The backup is whole: every page and the audit trail check out."));
            m_verifiedBackup = backup;
            m_restore->setEnabled(true);
            emit verified(true);
        });
}

void RestoreDialog::restoreSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty() || m_busy || backup != m_verifiedBackup || !m_restoreHandler)
        return;
    const QString login = m_login->text().trimmed();
    const QString written = m_list->currentItem()->text(DateColumn);
    const QString text =
        tr("Restore the backup written %1?\n\n"
           "The database is closed, the backup is put in its place and opened again with the login and password "
           "given here. Everything recorded after the backup was made is not in it.\n\n"
           "The current database is not deleted: it is kept aside in a folder next to it.")
            .arg(written);
    QPointer<RestoreDialog> self(this);
    MessageBox::question(this, tr("Restore Backup"), text, tr("&Restore"), [self, backup, login](bool confirmed) {
        if (!confirmed || !self || self->selectedBackup() != backup)
            return;
        QByteArray password = self->m_password->text().toUtf8();
        const RestoreHandler handler = self->m_restoreHandler;
        // The session closes during the restore, and with it this dialog.
        self->close();
        handler(backup, login, password);
        wipe(password);
    });
}

} // namespace pd::ui
