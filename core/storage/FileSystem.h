// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pd::storage {

/// True when `path` lies on NFS, SMB/CIFS or another network filesystem, where
/// SQLite's WAL shared memory does not work. PRIVACYDESK_ASSUME_NETWORK_FS=1 forces it (tests).
bool isNetworkFileSystem(const QString& path);

/// Creates `path` (and parents) with mode 0700.
Status makePrivateDirectory(const QString& path);
void restrictToOwner(const QString& filePath);

/// Writes atomically (temp file, fsync, rename), mode 0600.
Status writeFileAtomically(const QString& filePath, const QByteArray& bytes);

/// Copies in chunks (no whole file in memory), mode 0600, fsynced before it is renamed into place.
Status copyFileDurably(const QString& fromPath, const QString& toPath);

/// fsyncs `fromPath`, renames it over `toPath` (atomic on one filesystem) and fsyncs the folder,
/// so that after a power cut the folder holds one of the two files whole.
Status replaceFileDurably(const QString& fromPath, const QString& toPath);

ErrorKind errorKindForErrno(int error);

} // namespace pd::storage
