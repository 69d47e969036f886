// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace pd::ui {

/// The inline place where a form says what went wrong: red, word-wrapped, and hidden
/// while there is nothing to say, so that a form never shows an empty error line.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    void showError(const QString& message);
    void clearError();
    bool hasError() const { return !text().isEmpty(); }
};

} // namespace pd::ui
