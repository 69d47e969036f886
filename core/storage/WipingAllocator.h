// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pd::storage {

/// Installs an SQLite allocator that wipes every block before freeing it, so that
/// decrypted pages do not linger in the heap after close (SQLCipher 3.4.1 wipes only
/// its key buffers). Must run before the first connection opens; later calls are no-ops.
bool installWipingAllocator();

} // namespace pd::storage
