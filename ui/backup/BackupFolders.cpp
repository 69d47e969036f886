// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupFolders.h"

#include "core/services/BackupService.h"
#include "core/storage/Vault.h"
#include "ui/common/DateFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace pd::ui {

namespace {
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolders)
};

qint64 bytesIn(const QString& folder)
{
    qint64 bytes = 0;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        bytes += file.size();
    return bytes;
}
} // namespace

QString backupUnitName(const QString& location)
{
    QString name = QFileInfo(storage::VaultPaths::resolve(location).folder).fileName();
    if (name.endsWith(QLatin1String(storage::Vault::kFolderSuffix)))
        name.chop(int(qstrlen(storage::Vault::kFolderSuffix)));
    return name;
}

QList<BackupEntry> backupEntries(const QString& directory, const QString& location)
{
    // BackupService names backups <unit>-yyyyMMdd-HHmmss[-n].pdesk in local time.
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})(?:-\\d+)?\\.pdesk$"));
    QList<BackupEntry> entries;
    if (directory.isEmpty())
        return entries;
    for (const QString& folder : BackupService::backupsIn(directory, backupUnitName(location))) {
        BackupEntry entry;
        entry.folder = folder;
        const auto match = stamp.match(QFileInfo(folder).fileName());
        entry.written = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!entry.written.isValid())
            entry.written = QFileInfo(folder).lastModified();
        entry.bytes = bytesIn(folder);
        entries.append(entry);
    }
    return entries;
}

QString backupDateText(const QDateTime& written)
{
    if (!written.isValid())
        return {};
    return BackupText::tr("%1 %2").arg(displayDate(written.date()),
                                       QLocale().toString(written.time(), QStringLiteral("HH:mm")));
}

QString backupSizeText(qint64 bytes)
{
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    // Never "0.0 MB" for a backup that exists.
    return BackupText::tr("%1 MB").arg(QLocale().toString(qMax(megabytes, bytes > 0 ? 0.1 : 0.0), 'f', 1));
}

void chooseBackupFolder(QWidget* parent, const QString& title, const QString& start,
                        std::function<void(const QString&)> chosen)
{
    QString directory = start;
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    auto* dialog = new QFileDialog(parent, title, directory);
    dialog->setObjectName(QStringLiteral("backupFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(dialog);
    QObject::connect(dialog, &QFileDialog::fileSelected, context, [chosen = std::move(chosen)](const QString& folder) {
        if (!folder.isEmpty() && chosen)
            chosen(QDir::cleanPath(folder));
    });
    dialog->open();
}

} // namespace pd::ui
