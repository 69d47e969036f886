// SPDX-License-Identifier: GPL-3.0-or-later
// The PrivacyDesk GUI: harden the process, parse the arguments, load the translations,
// then hand over to the AppController, which opens the wizard or the unlock dialog.
#include "core/crypto/Crypto.h"
#include "core/services/ProcessHardening.h"
#include "core/storage/WipingAllocator.h"
#include "ui/app/AppController.h"
#include "ui/common/Icons.h"
#include "ui/common/Resources.h"
#include "ui/common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    // First of all: no core dump may ever contain a key or a record, nor freed heap memory.
    pd::ProcessHardening::wipeFreedHeapMemory(argv);
    pd::ProcessHardening::disableCoreDumps();
    // Without TZ, glibc re-reads /etc/localtime for every local time it converts (every list row).
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    pd::ProcessHardening::ensureRuntimeDirectory();

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PrivacyDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("jp.privacydesk.PrivacyDesk"));
    // The controller decides when to quit (a hidden, locked main window is not "closed").
    QApplication::setQuitOnLastWindowClosed(false);

    // The print spool and SQLite's temporary files go to a private 0700 folder.
    pd::ProcessHardening::usePrivateTempDirectory();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app,
                     [] { pd::ProcessHardening::removePrivateTempDirectory(); });

    if (!pd::crypto::initialize()) {
        std::fputs("PrivacyDesk: libsodium could not be initialized\n", stderr);
        return 1;
    }
    // Before any connection opens (the version probe below is the first).
    pd::storage::installWipingAllocator();
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVACYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PrivacyDesk – privacy office desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("User interface language: en or ja (default: system)."),
                                            QStringLiteral("language"));
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("database"), QStringLiteral("d")},
        QStringLiteral("The database folder (*.pdesk) to open (default: the most recent one)."),
        QStringLiteral("path"));
    parser.addOption(languageOption);
    parser.addOption(databaseOption);
    parser.process(app);

    QLocale locale = QLocale::system();
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption).trimmed().toLower();
        if (language == QLatin1String("ja")) {
            locale = QLocale(QLocale::Japanese, QLocale::Japan);
        } else if (language == QLatin1String("en")) {
            locale = QLocale(QLocale::English, QLocale::UnitedStates);
        } else {
            std::fprintf(stderr, "PrivacyDesk: unknown language '%s' (use en or ja)\n", qPrintable(language));
            return 2;
        }
        QLocale::setDefault(locale);
    }
    QTranslator ourTranslator;
    QTranslator qtTranslator;
    if (!pd::ui::installTranslators(locale, ourTranslator, qtTranslator) && parser.isSet(languageOption))
        std::fprintf(stderr, "PrivacyDesk: no translation for '%s'\n", qPrintable(locale.name()));

    pd::ui::useJapaneseFont();

    pd::ui::initResources();
    QApplication::setWindowIcon(pd::ui::Icons::application());

    pd::ui::AppController controller;
    QObject::connect(&controller, &pd::ui::AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start(parser.value(databaseOption));
    const int result = app.exec();
    pd::ProcessHardening::removePrivateTempDirectory();
    return result;
}
