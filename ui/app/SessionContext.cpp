// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app/SessionContext.h"

#include "core/services/ProcessHardening.h"

#include "core/services/Session.h"

namespace pd::ui {

SessionContext::SessionContext(QObject* parent)
    : QObject(parent)
{
}

SessionContext::~SessionContext()
{
    // No signals from the destructor: the views may already be gone.
    if (m_session)
        m_session->recordClose();
    m_session.reset();
}

void SessionContext::open(std::unique_ptr<Session> session)
{
    if (m_session)
        close();
    m_session = std::move(session);
    m_passwordChanged = false;
    emit sessionChanged();
}

void SessionContext::close(CloseReason reason)
{
    if (!m_session)
        return;
    if (reason == CloseReason::Lock)
        m_session->recordLock();
    else
        m_session->recordClose();
    emit aboutToClose();
    m_session.reset();
    // Print spool files of this session go with it.
    ProcessHardening::emptyPrivateTempDirectory();
    m_passwordChanged = false;
    emit sessionChanged();
}

void SessionContext::notifyOrganizationChanged()
{
    emit organizationChanged();
}

void SessionContext::notifyAccountsChanged()
{
    emit accountsChanged();
}

void SessionContext::notifyComplaintsChanged(qint64 complaintId)
{
    emit complaintsChanged(complaintId);
}

void SessionContext::notifyPasswordChanged()
{
    m_passwordChanged = true;
    emit passwordChanged();
}

void SessionContext::endBackgroundUse()
{
    if (m_backgroundUses == 0 || --m_backgroundUses > 0)
        return;
    const QList<std::function<void()>> waiting = std::exchange(m_whenIdle, {});
    for (const auto& call : waiting)
        call();
}

void SessionContext::whenIdle(std::function<void()> then)
{
    if (!then)
        return;
    if (m_backgroundUses == 0) {
        then();
        return;
    }
    m_whenIdle.append(std::move(then));
}

} // namespace pd::ui
