// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ProcessHardening.h"

#include "core/storage/FileSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

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

void ProcessHardening::wipeFreedHeapMemory(char** argv)
{
    constexpr const char* kNoThreadCache = "glibc.malloc.tcache_count=0";
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if ((tunables == nullptr || std::strstr(tunables, kNoThreadCache) == nullptr)
        && std::getenv("PRIVACYDESK_HEAP_REEXEC") == nullptr) {
        const std::string value = tunables && *tunables ? std::string(tunables) + ':' + kNoThreadCache : kNoThreadCache;
        ::setenv("GLIBC_TUNABLES", value.c_str(), 1);
        // Guards against a loop where the tunable is ignored (secure-execution mode).
        ::setenv("PRIVACYDESK_HEAP_REEXEC", "1", 1);
        ::execv("/proc/self/exe", argv);
        // Exec failed: go on; blocks outside the thread cache are still overwritten below.
    }
    mallopt(M_PERTURB, 0x5A);
}

void ProcessHardening::emptyPrivateTempDirectory()
{
    if (g_privateTemp.isEmpty())
        return;
    QDir folder(g_privateTemp);
    for (const QFileInfo& entry : folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
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
