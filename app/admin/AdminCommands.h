// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pd::admin {

/// `privacydesk-admin`: the same core as the GUI, for administrators and scripts.
/// Returns the process exit code; output goes to `out`, problems to `err`.
int run(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err);

} // namespace pd::admin
