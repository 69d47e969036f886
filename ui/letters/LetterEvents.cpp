// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/LetterEvents.h"

#include "ui/app/SessionContext.h"

namespace pd::ui {

namespace {
const QString kObjectName = QStringLiteral("letterEvents");
}

LetterEvents::LetterEvents(QObject* parent)
    : QObject(parent)
{
    setObjectName(kObjectName);
}

LetterEvents* LetterEvents::of(SessionContext& context)
{
    if (auto* existing = context.findChild<LetterEvents*>(kObjectName, Qt::FindDirectChildrenOnly))
        return existing;
    return new LetterEvents(&context);
}

} // namespace pd::ui
