// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initPrivacyDeskResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace pd::ui {

void initResources()
{
    static bool done = false;
    if (!done) {
        initPrivacyDeskResources();
        done = true;
    }
}

} // namespace pd::ui
