// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PasswordLineEdit.h"

#include "ui/common/Icons.h"

#include <QAction>

namespace pd::ui {

PasswordLineEdit::PasswordLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                        | Qt::ImhNoAutoUppercase);
    m_revealAction = addAction(Icons::reveal(), QLineEdit::TrailingPosition);
    m_revealAction->setCheckable(true);
    m_revealAction->setToolTip(tr("Show password"));
    connect(m_revealAction, &QAction::toggled, this, &PasswordLineEdit::setRevealed);
    setRevealed(false);
}

void PasswordLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    if (m_revealAction->isChecked() != revealed)
        m_revealAction->setChecked(revealed);
    m_revealAction->setToolTip(revealed ? tr("Hide password") : tr("Show password"));
}

} // namespace pd::ui
