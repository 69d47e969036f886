// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/UiSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace pd::ui {

namespace {
UiSettings* g_instance = nullptr;

constexpr auto kRecentGroup = "recentDatabases";
constexpr auto kLocationKey = "location";
constexpr auto kLoginKey = "login";
constexpr auto kIdleLockKey = "security/idleLockMinutes";
constexpr auto kScreenLockKey = "security/lockOnScreenLock";
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";

QString key(const char* name)
{
    return QLatin1String(name);
}
} // namespace

QString normalizedLocation(const QString& location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(trimmed)).absoluteFilePath());
}

UiSettings::UiSettings(std::unique_ptr<QSettings> settings)
    : QObject(qApp)
    , m_settings(std::move(settings))
{
}

UiSettings::~UiSettings()
{
    if (g_instance == this)
        g_instance = nullptr;
}

UiSettings& UiSettings::instance()
{
    if (!g_instance)
        g_instance = new UiSettings(std::make_unique<QSettings>());
    return *g_instance;
}

void UiSettings::useFileForTesting(const QString& path)
{
    delete g_instance;
    g_instance = new UiSettings(std::make_unique<QSettings>(path, QSettings::IniFormat));
}

QList<UiSettings::RecentDatabase> UiSettings::recentDatabases() const
{
    QList<RecentDatabase> list;
    const int size = m_settings->beginReadArray(key(kRecentGroup));
    for (int i = 0; i < size && list.size() < kMaxRecentDatabases; ++i) {
        m_settings->setArrayIndex(i);
        RecentDatabase entry{normalizedLocation(m_settings->value(key(kLocationKey)).toString()),
                             m_settings->value(key(kLoginKey)).toString()};
        if (!entry.location.isEmpty())
            list.append(entry);
    }
    m_settings->endArray();
    return list;
}

QStringList UiSettings::recentLocations() const
{
    QStringList locations;
    for (const RecentDatabase& entry : recentDatabases())
        locations.append(entry.location);
    return locations;
}

QString UiSettings::lastLogin(const QString& location) const
{
    const QString wanted = normalizedLocation(location);
    for (const RecentDatabase& entry : recentDatabases())
        if (entry.location == wanted)
            return entry.login;
    return {};
}

void UiSettings::rememberDatabase(const QString& location, const QString& login)
{
    RecentDatabase entry{normalizedLocation(location), login};
    if (entry.location.isEmpty())
        return;
    QList<RecentDatabase> list = recentDatabases();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).location == entry.location) {
            if (entry.login.isEmpty())
                entry.login = list.at(i).login;
            list.removeAt(i);
            break;
        }
    }
    list.prepend(entry);
    while (list.size() > kMaxRecentDatabases)
        list.removeLast();
    writeRecent(list);
}

QString UiSettings::mostRecentLocation() const
{
    const QStringList locations = recentLocations();
    return locations.isEmpty() ? QString() : locations.first();
}

void UiSettings::writeRecent(const QList<RecentDatabase>& list)
{
    m_settings->remove(key(kRecentGroup));
    m_settings->beginWriteArray(key(kRecentGroup), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(key(kLocationKey), list.at(i).location);
        m_settings->setValue(key(kLoginKey), list.at(i).login);
    }
    m_settings->endArray();
    m_settings->sync();
}

int UiSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(key(kIdleLockKey), kDefaultIdleLockMinutes).toInt(&ok);
    return ok ? qBound(kMinIdleLockMinutes, minutes, kMaxIdleLockMinutes) : kDefaultIdleLockMinutes;
}

void UiSettings::setIdleLockMinutes(int minutes)
{
    minutes = qBound(kMinIdleLockMinutes, minutes, kMaxIdleLockMinutes);
    if (minutes == idleLockMinutes() && m_settings->contains(key(kIdleLockKey)))
        return;
    m_settings->setValue(key(kIdleLockKey), minutes);
    m_settings->sync();
    emit idleLockMinutesChanged(minutes);
}

bool UiSettings::lockOnScreenLock() const
{
    return m_settings->value(key(kScreenLockKey), true).toBool();
}

void UiSettings::setLockOnScreenLock(bool enabled)
{
    if (enabled == lockOnScreenLock() && m_settings->contains(key(kScreenLockKey)))
        return;
    m_settings->setValue(key(kScreenLockKey), enabled);
    m_settings->sync();
    emit lockOnScreenLockChanged(enabled);
}

QString UiSettings::backupGroup(const QString& location)
{
    // A hash, because QSettings keys cannot hold a path's slashes; the path itself is kept beside it.
    const QByteArray hash =
        QCryptographicHash::hash(normalizedLocation(location).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("backups/") + QString::fromLatin1(hash);
}

UiSettings::BackupSettings UiSettings::backupSettings(const QString& location) const
{
    BackupSettings backup;
    m_settings->beginGroup(backupGroup(location));
    backup.folder = m_settings->value(QStringLiteral("folder")).toString();
    bool ok = false;
    const int generations = m_settings->value(QStringLiteral("generations"), backup.generations).toInt(&ok);
    if (ok)
        backup.generations = qBound(1, generations, BackupSettings::kMaxGenerations);
    backup.onExit = m_settings->value(QStringLiteral("onExit"), backup.onExit).toBool();
    backup.daily = m_settings->value(QStringLiteral("daily"), backup.daily).toBool();
    m_settings->endGroup();
    return backup;
}

void UiSettings::setBackupSettings(const QString& location, const BackupSettings& backup)
{
    m_settings->beginGroup(backupGroup(location));
    m_settings->setValue(QStringLiteral("location"), normalizedLocation(location));
    m_settings->setValue(QStringLiteral("folder"), backup.folder);
    m_settings->setValue(QStringLiteral("generations"), qBound(1, backup.generations, BackupSettings::kMaxGenerations));
    m_settings->setValue(QStringLiteral("onExit"), backup.onExit);
    m_settings->setValue(QStringLiteral("daily"), backup.daily);
    m_settings->endGroup();
    m_settings->sync();
    emit backupSettingsChanged(normalizedLocation(location));
}

QByteArray UiSettings::mainWindowGeometry() const
{
    return m_settings->value(key(kGeometryKey)).toByteArray();
}

QByteArray UiSettings::mainWindowState() const
{
    return m_settings->value(key(kStateKey)).toByteArray();
}

void UiSettings::setMainWindowLayout(const QByteArray& geometry, const QByteArray& state)
{
    m_settings->setValue(key(kGeometryKey), geometry);
    m_settings->setValue(key(kStateKey), state);
}

void UiSettings::sync()
{
    m_settings->sync();
}

} // namespace pd::ui
