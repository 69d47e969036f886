// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAction;

namespace pd::ui {

/// A password field with a "show password" toggle. The input method stays off in both
/// modes: a Japanese IME would otherwise turn typed romaji into kana.
class PasswordLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordLineEdit(QWidget* parent = nullptr);

    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

private:
    QAction* m_revealAction = nullptr;
};

} // namespace pd::ui
