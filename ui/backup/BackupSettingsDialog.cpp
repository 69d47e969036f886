// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupSettingsDialog.h"

#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/app/SessionContext.h"
#include "ui/backup/BackupFolders.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/UiSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

BackupSettingsDialog::BackupSettingsDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose…"), this))
    , m_generations(new QSpinBox(this))
    , m_onExit(new QCheckBox(tr("Back up when PrivacyDesk &closes"), this))
    , m_daily(new QCheckBox(tr("Back up &daily (at sign-in, and while PrivacyDesk stays open)"), this))
    , m_lastBackup(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backup Settings"));
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_browse->setObjectName(QStringLiteral("chooseFolderButton"));
    m_generations->setObjectName(QStringLiteral("generationsSpinBox"));
    m_onExit->setObjectName(QStringLiteral("onExitCheckBox"));
    m_daily->setObjectName(QStringLiteral("dailyCheckBox"));
    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_folder->setPlaceholderText(tr("Another disk or an encrypted USB stick"));
    m_browse->setAutoDefault(false);
    m_generations->setRange(1, UiSettings::BackupSettings::kMaxGenerations);
    m_generations->setSuffix(tr(" backups"));
    m_lastBackup->setTextFormat(Qt::PlainText);
    m_lastBackup->setForegroundRole(QPalette::PlaceholderText);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_lastBackup);
    form->addRow(tr("&Keep the newest:"), m_generations);
    form->addRow(QString(), m_onExit);
    form->addRow(QString(), m_daily);

    auto* hint = new QLabel(tr("A backup is a complete copy of the database, encrypted with the same key: it opens "
                               "with the passwords valid when it was made. Keep it on another disk than the "
                               "database, so that one broken disk does not take both."),
                            this);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupSettingsDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        chooseBackupFolder(this, tr("Backup Folder"), m_folder->text(), [this](const QString& folder) {
            m_folder->setText(QDir::toNativeSeparators(folder));
            m_error->clearError();
        });
    });
    connect(m_folder, &QLineEdit::textChanged, this, &BackupSettingsDialog::updateLastBackup);
    connect(m_folder, &QLineEdit::textEdited, m_error, &ErrorLabel::clearError);
    // Settings belong to one database: after a lock someone may have opened another one.
    connect(&m_context, &SessionContext::sessionChanged, this, [this] {
        if (!m_context.session() || normalizedLocation(m_context.session()->location()) != m_location)
            close();
    });
    load();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void BackupSettingsDialog::load()
{
    Session* session = m_context.session();
    m_location = session ? normalizedLocation(session->location()) : QString();
    const UiSettings::BackupSettings settings = UiSettings::instance().backupSettings(m_location);
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    m_generations->setValue(settings.generations);
    m_onExit->setChecked(settings.onExit);
    m_daily->setChecked(settings.daily);
    updateLastBackup();
}

void BackupSettingsDialog::updateLastBackup()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_lastBackup->setText(tr("No backups are made until a folder is chosen."));
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        m_lastBackup->setText(tr("The folder does not exist yet; the first backup creates it."));
        return;
    }
    const QList<BackupEntry> backups = backupEntries(folder, m_location);
    m_lastBackup->setText(backups.isEmpty() ? tr("No backup of this database in this folder yet.")
                                            : tr("Newest backup: %1 (%n backup(s) in the folder)", nullptr,
                                                 int(backups.size()))
                                                  .arg(backupDateText(backups.first().written)));
}

void BackupSettingsDialog::accept()
{
    if (m_location.isEmpty())
        return;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty()) {
        const QString absolute = normalizedLocation(folder);
        if (QFileInfo(folder).isRelative()) {
            m_error->showError(tr("Give the whole path of the backup folder, or choose it with Choose…."));
            m_folder->setFocus();
            return;
        }
        // A backup inside the database's own folder would be lost with it.
        const QString unit = normalizedLocation(storage::VaultPaths::resolve(m_location).folder);
        if (absolute == unit || absolute.startsWith(unit + QLatin1Char('/'))) {
            m_error->showError(tr("Choose a folder outside the database's folder, preferably on another disk."));
            m_folder->setFocus();
            return;
        }
    }
    UiSettings::BackupSettings settings;
    settings.folder = folder.isEmpty() ? QString() : normalizedLocation(folder);
    settings.generations = m_generations->value();
    settings.onExit = m_onExit->isChecked();
    settings.daily = m_daily->isChecked();
    UiSettings::instance().setBackupSettings(m_location, settings);
    QDialog::accept();
}

} // namespace pd::ui
