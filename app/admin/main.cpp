// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/admin/AdminCommands.h"
#include "core/crypto/Crypto.h"
#include "core/services/ProcessHardening.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    pd::ProcessHardening::wipeFreedHeapMemory(argv);
    pd::ProcessHardening::disableCoreDumps();
    // Without TZ, glibc re-reads /etc/localtime for every local time it converts (every list row).
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    pd::ProcessHardening::ensureRuntimeDirectory();
    // Letters are laid out with fonts, which needs a GUI application, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVACYDESK_VERSION));
    if (!pd::crypto::initialize()) {
        std::fputs("libsodium could not be initialized\n", stderr);
        return 1;
    }
    // Exports and letters may use temporary files: a private 0700 folder, removed at the end.
    pd::ProcessHardening::usePrivateTempDirectory();
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("privacydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exitCode = pd::admin::run(QCoreApplication::arguments(), in, out, err);
    pd::ProcessHardening::removePrivateTempDirectory();
    return exitCode;
}
