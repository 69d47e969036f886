// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/setup/RecoveryKeyPrinter.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pd::ui {

/// A recovery key shown the one time it exists in the clear: the key in large type, what to do
/// with it, and Print… and Copy (the clipboard is cleared after a while). Used when a database is
/// created and when a key rotation issues a new recovery key.
class RecoveryKeyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeyPanel(QWidget* parent = nullptr);

    void setSheet(const RecoveryKeyPrinter::Sheet& sheet);
    /// Forgets the key (the label and the sheet).
    void clear();
    QPushButton* printButton() const { return m_print; }

private:
    void printKey();
    void copyKey();

    RecoveryKeyPrinter::Sheet m_sheet;
    QLabel* m_key = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
};

} // namespace pd::ui
