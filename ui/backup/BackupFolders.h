// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

class QWidget;

namespace pd::ui {

/// What the backup dialogs show of a backup folder before it is opened.
struct BackupEntry
{
    QString folder;
    QDateTime written; // local time, from the folder's name
    qint64 bytes = 0;
};

/// The backups of the unit at `location` in `directory`, newest first.
QList<BackupEntry> backupEntries(const QString& directory, const QString& location);
/// The unit's folder name without ".pdesk", as backup names begin.
QString backupUnitName(const QString& location);
/// "令和7年11月30日 14:05" in Japanese, the locale's long date and time otherwise.
QString backupDateText(const QDateTime& written);
/// "12.3 MB": backups are compared by size at a glance, never to the byte.
QString backupSizeText(qint64 bytes);

/// A folder chooser that runs no nested event loop (a lock can hide it): `chosen` gets the folder.
void chooseBackupFolder(QWidget* parent, const QString& title, const QString& start,
                        std::function<void(const QString&)> chosen);

} // namespace pd::ui
