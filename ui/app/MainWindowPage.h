// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pd::ui {

/// The pages of the main window, in the order of the navigation list.
enum class MainWindowPage { Start, Complaints, Letters, PurposeRegister, Accounts, AuditTrail };

} // namespace pd::ui
