// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProcessHardening.h"

#include "core/storage/FileSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace pd {

namespace {
QString g_privateTemp;
}

bool ProcessHardening::disableCoreDumps()
{
    struct rlimit none {0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

QString ProcessHardening::usePrivateTempDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString root = base.isEmpty() ? QDir::tempPath() : base;
    g_privateTemp = root + QStringLiteral("/privacydesk-") + QString::number(::getpid());
    if (!storage::makePrivateDirectory(g_privateTemp))
        return {};
    qputenv("TMPDIR", QFile::encodeName(g_privateTemp));
    qputenv("SQLITE_TMPDIR", QFile::encodeName(g_privateTemp));
    return g_privateTemp;
}

void ProcessHardening::ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/privacydesk-runtime-") + QString::number(::getuid());
    if (storage::makePrivateDirectory(path))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

void ProcessHardening::removePrivateTempDirectory()
{
    if (!g_privateTemp.isEmpty())
        QDir(g_privateTemp).removeRecursively();
}

} // namespace pd
