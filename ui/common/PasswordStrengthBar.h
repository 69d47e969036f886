// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pd::ui {

/// Four segments that fill and change colour with the password score (0–4).
class PasswordStrengthBar : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordStrengthBar(QWidget* parent = nullptr);

    void setScore(int score);
    int score() const { return m_score; }
    /// Empty field: no segment lit, neutral colour.
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_score = -1;
};

} // namespace pd::ui
