// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd {

/// Versions of PrivacyDesk and the libraries it runs on, for About and `privacydesk-admin info`.
struct VersionInfo
{
    QString application;
    QString qt;
    QString sqlcipher;
    QString sqlite;
    QString sodium;
    QString icu;

    static VersionInfo current();
};

} // namespace pd
