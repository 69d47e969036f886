// SPDX-License-Identifier: GPL-3.0-or-later
// Locking when the desktop's screen locks: a private session bus (dbus-daemon) stands in for
// the desktop, and the test sends ActiveChanged the way KDE and GNOME do.
#include "TestSupport.h"

#include "core/services/Session.h"
#include "ui/app/AppController.h"
#include "ui/app/MainWindow.h"
#include "ui/app/PreferencesDialog.h"
#include "ui/app/ScreenLockWatcher.h"
#include "ui/app/SessionContext.h"
#include "ui/common/Resources.h"
#include "ui/common/UiSettings.h"
#include "ui/unlock/UnlockDialog.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <csignal>
#include <cstdlib>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace pd;
using namespace pd::ui;
using namespace std::chrono_literals;

namespace {
const char* const kNoBusChild = "--no-bus-child";
const QString kSenderName = QStringLiteral("screenSaverStandIn");
const QString kSentinelPath = QStringLiteral("/org/privacydesk/test/Sentinel");
const QString kSentinelInterface = QStringLiteral("org.privacydesk.test.Sentinel");

/// A dbus-daemon of the test's own, started before QApplication so that the session bus
/// every part of Qt connects to is this one.
struct PrivateBus
{
    pid_t pid = -1;
    QByteArray address;
    QString failure;

    void start()
    {
        int fds[2];
        if (pipe(fds) != 0) {
            failure = QStringLiteral("pipe() failed");
            return;
        }
        const QByteArray printAddress = "--print-address=" + QByteArray::number(fds[1]);
        char* argv[] = {const_cast<char*>("dbus-daemon"), const_cast<char*>("--session"),
                        const_cast<char*>("--nofork"), const_cast<char*>(printAddress.constData()), nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        const int spawned = posix_spawnp(&pid, "dbus-daemon", &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        if (spawned != 0) {
            pid = -1;
            close(fds[0]);
            failure = QStringLiteral("dbus-daemon cannot be started (Debian package dbus-daemon): %1")
                          .arg(QString::fromLocal8Bit(strerror(spawned)));
            return;
        }
        // The daemon writes its address once it listens; EOF means it gave up.
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n')
            address.append(c);
        close(fds[0]);
        if (address.isEmpty()) {
            failure = QStringLiteral("dbus-daemon --session printed no address");
            stop();
        }
    }

    void stop()
    {
        if (pid > 0) {
            kill(pid, SIGTERM);
            waitpid(pid, nullptr, 0);
            pid = -1;
        }
    }
};

PrivateBus g_bus;

/// The child run of this binary: no session bus at all.
int runWithoutBus(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir settings;
    UiSettings::useFileForTesting(settings.filePath(QStringLiteral("settings.ini")));
    AppController controller;
    ScreenLockWatcher* watcher = controller.screenLockWatcher();
    if (!watcher || watcher->isListening())
        return 2;
    QTest::qWait(100);
    ScreenLockWatcher second; // a second one is just as quiet
    return second.isListening() ? 3 : 0;
}
} // namespace

class TestGuiScreenLock : public QObject
{
    Q_OBJECT

public slots:
    void sentinel() { ++m_sentinels; }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void screenLockLocks_data();
    void screenLockLocks();
    void screenUnlockDoesNotLock();
    void preferenceOffKeepsUnlocked();
    void preferencesDialogSetsTheChoice();
    void noBusIsQuiet();

private:
    void sendActiveChanged(const QString& path, const QString& interface, bool active);
    /// Returns once every signal sent before it has been delivered (the bus keeps their order).
    void waitForDelivery();
    void unlock();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestOffice> m_office;
    std::unique_ptr<AppController> m_controller;
    int m_sentinels = 0;
};

void TestGuiScreenLock::initTestCase()
{
    if (!g_bus.failure.isEmpty())
        QSKIP(qPrintable(g_bus.failure));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(crypto::initialize());
    initResources();
    QVERIFY(m_settingsDir.isValid());
    UiSettings::useFileForTesting(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    QVERIFY(QDBusConnection::sessionBus().connect(QString(), kSentinelPath, kSentinelInterface,
                                                  QStringLiteral("Ping"), this, SLOT(sentinel())));
    // The stand-in for the desktop's screen saver: a connection of its own, as another process would be.
    QVERIFY(QDBusConnection::connectToBus(QString::fromUtf8(g_bus.address), kSenderName).isConnected());
}

void TestGuiScreenLock::init()
{
    UiSettings::instance().setLockOnScreenLock(true);
    m_office = std::make_unique<test::TestOffice>();
    QVERIFY(m_office->isValid());
    m_controller = std::make_unique<AppController>();
    m_controller->setKdfParams(test::fastKdf());
    m_controller->setIdleInterval(std::chrono::hours(1));
    m_controller->startWithSession(std::move(m_office->session));
    QVERIFY(m_controller->mainWindow());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
    QVERIFY(m_controller->screenLockWatcher()->isListening());
}

void TestGuiScreenLock::cleanup()
{
    m_controller.reset();
    m_office.reset();
}

void TestGuiScreenLock::sendActiveChanged(const QString& path, const QString& interface, bool active)
{
    QDBusMessage message = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
    message << active;
    QVERIFY(QDBusConnection(kSenderName).send(message));
}

void TestGuiScreenLock::waitForDelivery()
{
    const int before = m_sentinels;
    QVERIFY(QDBusConnection(kSenderName)
                .send(QDBusMessage::createSignal(kSentinelPath, kSentinelInterface, QStringLiteral("Ping"))));
    QTRY_VERIFY(m_sentinels > before);
    QCoreApplication::processEvents(); // slots queued by the signals before the sentinel
}

void TestGuiScreenLock::unlock()
{
    UnlockDialog* dialog = m_controller->unlockDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(test::officerLogin());
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QString::fromUtf8(test::officerPassword()));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLocked(), 30000);
}

void TestGuiScreenLock::screenLockLocks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("interface");
    QTest::newRow("freedesktop") << QStringLiteral("/org/freedesktop/ScreenSaver")
                                 << QStringLiteral("org.freedesktop.ScreenSaver");
    QTest::newRow("KDE /ScreenSaver") << QStringLiteral("/ScreenSaver") << QStringLiteral("org.freedesktop.ScreenSaver");
    QTest::newRow("GNOME") << QStringLiteral("/org/gnome/ScreenSaver") << QStringLiteral("org.gnome.ScreenSaver");
}

void TestGuiScreenLock::screenLockLocks()
{
    QFETCH(QString, path);
    QFETCH(QString, interface);
    MainWindow* window = m_controller->mainWindow();
    sendActiveChanged(path, interface, true);
    QTRY_VERIFY(m_controller->isLocked());
    QVERIFY(!m_controller->context().isOpen());
    QVERIFY(!window->isVisible());
    UnlockDialog* dialog = m_controller->unlockDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), UnlockDialog::Mode::Lock);

    // The screen unlocking does not unlock the database; a second lock signal changes nothing.
    sendActiveChanged(path, interface, false);
    sendActiveChanged(path, interface, true);
    waitForDelivery();
    QVERIFY(m_controller->isLocked());
    QCOMPARE(m_controller->unlockDialog(), dialog);

    unlock();
    QVERIFY(window->isVisible());
    QVERIFY(m_controller->context().isOpen());
}

void TestGuiScreenLock::screenUnlockDoesNotLock()
{
    sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                      false);
    // Other signals of the same name elsewhere are not the screen saver's.
    sendActiveChanged(QStringLiteral("/org/example/Other"), QStringLiteral("org.example.Other"), true);
    waitForDelivery();
    QVERIFY(!m_controller->isLocked());
    QVERIFY(m_controller->context().isOpen());
}

void TestGuiScreenLock::preferenceOffKeepsUnlocked()
{
    UiSettings::instance().setLockOnScreenLock(false);
    sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                      true);
    sendActiveChanged(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true);
    waitForDelivery();
    QVERIFY(!m_controller->isLocked());
    QVERIFY(m_controller->context().isOpen());

    // Turned on again, the next screen lock locks.
    UiSettings::instance().setLockOnScreenLock(true);
    sendActiveChanged(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true);
    QTRY_VERIFY(m_controller->isLocked());
}

void TestGuiScreenLock::preferencesDialogSetsTheChoice()
{
    QVERIFY(UiSettings::instance().lockOnScreenLock());
    m_controller->mainWindow()->showPreferencesDialog();
    auto* dialog = m_controller->mainWindow()->findChild<PreferencesDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("lockOnScreenLockCheckBox"));
    QVERIFY(box);
    QVERIFY(box->isChecked());
    // Keyboard first: the mnemonic reaches the check box.
    QVERIFY(box->text().contains(QLatin1Char('&')));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!box->isChecked());
    dialog->accept();
    QVERIFY(!UiSettings::instance().lockOnScreenLock());

    sendActiveChanged(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                      true);
    waitForDelivery();
    QVERIFY(!m_controller->isLocked());
}

void TestGuiScreenLock::noBusIsQuiet()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/privacydesk/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kNoBusChild)});
    QVERIFY(child.waitForFinished(60000));
    const QString errors = QString::fromLocal8Bit(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    // No warning about the missing bus: a terminal without a desktop is a normal place to run.
    QVERIFY2(!errors.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
                 && !errors.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive),
             qPrintable(errors));
}

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], kNoBusChild) == 0)
            return runWithoutBus(1, argv);
    g_bus.start();
    if (g_bus.failure.isEmpty())
        setenv("DBUS_SESSION_BUS_ADDRESS", g_bus.address.constData(), 1);
    int status = 0;
    {
        QApplication app(argc, argv);
        app.setAttribute(Qt::AA_Use96Dpi, true);
        TestGuiScreenLock test;
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    g_bus.stop();
    return status;
}

#include "tst_gui_screen_lock.moc"
