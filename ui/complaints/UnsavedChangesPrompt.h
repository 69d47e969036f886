// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace pd::ui {

/// "Save the changes?" with Save / Discard / Cancel, window-modal and without a nested event
/// loop (a lock hides the window; an exec() would return as if cancelled). Cancel is the
/// default and the escape button, so that Enter or Esc never throws typed text away.
class UnsavedChangesPrompt
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChangesPrompt)

public:
    enum class Choice { Save, Discard, Cancel };

    /// `answered` runs only while `parent` exists.
    static void ask(QWidget* parent, const QString& text, std::function<void(Choice)> answered);

    /// Tests: answer at once with `choice` and record the question instead of showing a box.
    static void setAnswerForTesting(std::optional<Choice> choice);
    static QStringList askedForTesting();
    static void clearAskedForTesting();
};

} // namespace pd::ui
