// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QToolButton;

namespace pd::ui {

/// A date for a letter: typed or picked as 2025/11/25, shown beside it as it will be
/// printed (令和7年11月25日). An optional date can be empty: a letter must not carry a
/// date that nobody entered, so it starts empty and stays so until the user sets one.
class JapaneseDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit JapaneseDateEdit(bool optional, QWidget* parent = nullptr);

    /// Invalid while an optional date is empty.
    QDate date() const;
    void setDate(QDate date);
    void clear();
    bool isEmpty() const { return !date().isValid(); }

    QDateEdit* dateEdit() const { return m_edit; }
    QLabel* eraLabel() const { return m_era; }

signals:
    void dateChanged(QDate date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEra();
    QDate emptyMarker() const;

    bool m_optional;
    QDateEdit* m_edit = nullptr;
    QLabel* m_era = nullptr;
    QToolButton* m_clear = nullptr;
};

} // namespace pd::ui
