// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace pd {
struct EmailMessage;
}

namespace pd::ui {

class SessionContext;

/// The email a complaint came by, as it was received (the copy kept encrypted with the
/// complaint): sender, date, subject, text and the names of its files, read only. It proves
/// what the sender wrote, whatever the intake form made of it. Closes when the session locks.
class EmailOriginalDialog : public QDialog
{
    Q_OBJECT

public:
    EmailOriginalDialog(SessionContext& context, const EmailMessage& message, QWidget* parent = nullptr);

    QPlainTextEdit* textView() const { return m_text; }

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace pd::ui
