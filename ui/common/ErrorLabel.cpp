// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ErrorLabel.h"

#include <QPalette>

namespace pd::ui {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(red);
    hide();
}

void ErrorLabel::showError(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

} // namespace pd::ui
