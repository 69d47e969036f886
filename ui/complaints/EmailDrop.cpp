// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/EmailDrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace pd::ui {

namespace {
QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    return files;
}
} // namespace

bool EmailDrop::isEmailFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0;
}

QStringList EmailDrop::emailFiles(const QMimeData* mime)
{
    QStringList files = localFiles(mime);
    files.removeIf([](const QString& path) { return !isEmailFile(path); });
    return files;
}

QStringList EmailDrop::otherFiles(const QMimeData* mime)
{
    QStringList files = localFiles(mime);
    files.removeIf([](const QString& path) { return isEmailFile(path); });
    return files;
}

} // namespace pd::ui
