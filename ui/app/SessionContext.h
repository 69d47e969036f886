// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

#include <memory>

namespace pd {
class Session;
}

namespace pd::ui {

/// Holds the one open session of the GUI and tells windows when it opens, closes or
/// when data they show has changed. Windows never keep a Session pointer of their own:
/// after a lock the session is a different object (or none), so they ask here each time.
class SessionContext : public QObject
{
    Q_OBJECT

public:
    explicit SessionContext(QObject* parent = nullptr);
    ~SessionContext() override;

    Session* session() const { return m_session.get(); }
    bool isOpen() const { return m_session != nullptr; }

    void open(std::unique_ptr<Session> session);
    /// Records the lock in the audit log, lets views drop their data, then destroys the
    /// session: the connection closes and the data key is wiped.
    enum class CloseReason { Lock, Close };
    /// Locking and closing both wipe the key; the audit log tells them apart.
    void close(CloseReason reason = CloseReason::Close);

    void notifyOrganizationChanged();
    void notifyAccountsChanged();
    /// A complaint was created or changed (0: many, e.g. after an import).
    void notifyComplaintsChanged(qint64 complaintId = 0);
    /// The signed-in person chose a new password in this session (the one-time password is gone).
    void notifyPasswordChanged();
    bool passwordChangedInSession() const { return m_passwordChanged; }

    /// Work that uses the session off the GUI thread (a backup, a key rotation) or replaces it (a
    /// restore) holds it: lock, quit and switching databases wait for the end through whenIdle().
    void beginBackgroundUse() { ++m_backgroundUses; }
    /// Runs what waited when the last use ends.
    void endBackgroundUse();
    bool isInBackgroundUse() const { return m_backgroundUses > 0; }
    /// Runs `then` when no background use holds the session (at once when none does).
    void whenIdle(std::function<void()> then);

signals:
    /// Views clear their models here, while the session still exists.
    void aboutToClose();
    /// After open() and after close(): session() is the new state.
    void sessionChanged();
    void organizationChanged();
    void accountsChanged();
    void complaintsChanged(qint64 complaintId);
    void passwordChanged();

private:
    std::unique_ptr<Session> m_session;
    bool m_passwordChanged = false;
    int m_backgroundUses = 0;
    QList<std::function<void()>> m_whenIdle;
};

} // namespace pd::ui
