// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/FileSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace pd::storage {

bool isNetworkFileSystem(const QString& path)
{
    if (qEnvironmentVariableIntValue("PRIVACYDESK_ASSUME_NETWORK_FS") == 1)
        return true;
    QFileInfo info(path);
    QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs fs {};
    if (statfs(QFile::encodeName(probe).constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL: // NFS
    case 0x517BUL: // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x564C0000UL: // NCP
    case 0x01021997UL: // 9P (WSL shares)
    case 0x65735546UL: // FUSE (sshfs, gvfs shares)
    case 0x6B414653UL: // AFS
    case 0x73757245UL: // Coda
        return true;
    default:
        return false;
    }
}

Status makePrivateDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        return fail(ErrorKind::Io, path);
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        return fail(errorKindForErrno(errno), path);
    return {};
}

void restrictToOwner(const QString& filePath)
{
    ::chmod(QFile::encodeName(filePath).constData(), 0600);
}

Status writeFileAtomically(const QString& filePath, const QByteArray& bytes)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, QFileInfo(filePath).fileName());
    ::fchmod(file.handle(), 0600);
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const int error = errno;
        file.cancelWriting();
        return fail(error == ENOSPC ? ErrorKind::DiskFull : ErrorKind::Io, QFileInfo(filePath).fileName());
    }
    if (!file.commit())
        return fail(ErrorKind::Io, QFileInfo(filePath).fileName());
    return {};
}

Status copyFileDurably(const QString& fromPath, const QString& toPath)
{
    QFile source(fromPath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, QFileInfo(fromPath).fileName());
    QSaveFile target(toPath);
    if (!target.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, QFileInfo(toPath).fileName());
    ::fchmod(target.handle(), 0600);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (!source.atEnd()) {
        const qint64 read = source.read(chunk.data(), chunk.size());
        if (read < 0) {
            target.cancelWriting();
            return fail(ErrorKind::Io, QFileInfo(fromPath).fileName());
        }
        if (target.write(chunk.constData(), read) != read) {
            const int error = errno;
            target.cancelWriting();
            return fail(errorKindForErrno(error), QFileInfo(toPath).fileName());
        }
    }
    if (!target.flush() || ::fsync(target.handle()) != 0) {
        const int error = errno;
        target.cancelWriting();
        return fail(errorKindForErrno(error), QFileInfo(toPath).fileName());
    }
    if (!target.commit())
        return fail(ErrorKind::Io, QFileInfo(toPath).fileName());
    return {};
}

ErrorKind errorKindForErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return ErrorKind::DiskFull;
    case EROFS:
    case EACCES:
    case EPERM:
        return ErrorKind::ReadOnly;
    default:
        return ErrorKind::Io;
    }
}

Status replaceFileDurably(const QString& fromPath, const QString& toPath)
{
    const QByteArray from = QFile::encodeName(fromPath);
    const QByteArray to = QFile::encodeName(toPath);
    {
        const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return fail(errorKindForErrno(errno), QFileInfo(fromPath).fileName());
        const int synced = ::fsync(fd);
        const int error = errno;
        ::close(fd);
        if (synced != 0)
            return fail(errorKindForErrno(error), QFileInfo(fromPath).fileName());
    }
    if (::rename(from.constData(), to.constData()) != 0)
        return fail(errorKindForErrno(errno), QFileInfo(toPath).fileName());
    const int folder = ::open(QFile::encodeName(QFileInfo(toPath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

} // namespace pd::storage
