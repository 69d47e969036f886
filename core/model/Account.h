// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Role.h"

#include <QDateTime>
#include <QString>

namespace pd {

struct Account
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Staff;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime createdUtc;
    qint64 revision = 0;
};

} // namespace pd
