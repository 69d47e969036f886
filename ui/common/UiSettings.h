// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace pd::ui {

/// The GUI's own settings (QSettings). Only preferences, window layout and the list of
/// recently opened databases with the login last used there: no personal data.
class UiSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentDatabases = 8;
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 240;

    struct RecentDatabase
    {
        QString location;
        QString login;
    };

    static UiSettings& instance();
    /// Tests: keep settings in an INI file of their own (e.g. in a QTemporaryDir).
    static void useFileForTesting(const QString& path);

    /// Most recent first, at most kMaxRecentDatabases.
    QList<RecentDatabase> recentDatabases() const;
    QStringList recentLocations() const;
    QString lastLogin(const QString& location) const;
    /// Moves `location` to the top of the list; an empty `login` keeps the one remembered.
    void rememberDatabase(const QString& location, const QString& login);
    QString mostRecentLocation() const;

    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    /// Lock as soon as the desktop's screen locks (where the desktop tells, over D-Bus). On by default.
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool enabled);

    /// Backups of one database (SECURITY.md): where they go and when. Not personal data; kept per
    /// database location because each database has its own officer and backup medium.
    struct BackupSettings
    {
        static constexpr int kDefaultGenerations = 14;
        static constexpr int kMaxGenerations = 365;
        QString folder; // empty: no backups are made
        int generations = kDefaultGenerations;
        bool onExit = true;
        bool daily = true;
    };
    BackupSettings backupSettings(const QString& location) const;
    void setBackupSettings(const QString& location, const BackupSettings& backup);

    QByteArray mainWindowGeometry() const;
    QByteArray mainWindowState() const;
    void setMainWindowLayout(const QByteArray& geometry, const QByteArray& state);

    void sync();

signals:
    void idleLockMinutesChanged(int minutes);
    void lockOnScreenLockChanged(bool enabled);
    void backupSettingsChanged(const QString& location);

private:
    explicit UiSettings(std::unique_ptr<QSettings> settings);
    ~UiSettings() override;
    void writeRecent(const QList<RecentDatabase>& list);
    static QString backupGroup(const QString& location);

    std::unique_ptr<QSettings> m_settings;
};

/// The same location written in one canonical form (absolute, clean, no trailing slash).
QString normalizedLocation(const QString& location);

} // namespace pd::ui
