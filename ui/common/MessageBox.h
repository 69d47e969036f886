// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {
struct Error;
}

namespace pd::ui {

/// Message boxes that never run a nested event loop: they open window-modal and delete
/// themselves when closed. A nested exec() would end (as "cancelled") when the
/// application locks and hides every window, and the code after it would run against a
/// closed database. In tests, boxes can be recorded instead of shown.
class MessageBox
{
public:
    static QMessageBox* information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox* warning(QWidget* parent, const QString& title, const QString& text);
    /// Shows `error.message()`: the sentence for the user, never a technical dump.
    static QMessageBox* error(QWidget* parent, const QString& title, const Error& error);

    /// Asks before something that cannot be undone. `answered(true)` runs when the user
    /// chose `acceptText`; Cancel is the default button, so Enter never confirms by accident.
    /// `answered` runs only while `parent` exists. While recording (tests), the text is
    /// recorded and the answer set with setAnswerForTesting() is given at once.
    static QMessageBox* question(QWidget* parent, const QString& title, const QString& text,
                                 const QString& acceptText, std::function<void(bool)> answered);

    /// Tests: record the texts of boxes instead of showing them.
    static void setRecordingForTesting(bool recording);
    static QStringList recordedForTesting();
    static void clearRecordedForTesting();
    /// Tests: the answer that question() gives while recording (none: it never answers).
    static void setAnswerForTesting(std::optional<bool> answer);

private:
    static QMessageBox* show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
};

} // namespace pd::ui
