// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pd::ui {

/// Registers the resources compiled into the static widgets library (icons; the
/// translations when they are embedded there). A static library's resources are not
/// registered automatically: the linker drops their unreferenced initializers.
void initResources();

} // namespace pd::ui
