// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace pd::ui {

class ErrorLabel;
class PurposeRegisterModel;
class SessionContext;

/// The purpose register as published in the public notice: read-only, every purpose
/// word-wrapped, rows as high as their text at any window width.
class PurposeRegisterPage : public QWidget
{
    Q_OBJECT

public:
    explicit PurposeRegisterPage(SessionContext& context, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    PurposeRegisterModel* model() const { return m_model; }

public slots:
    void reload();
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();

    SessionContext& m_context;
    QLabel* m_validFrom = nullptr;
    ErrorLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    PurposeRegisterModel* m_model = nullptr;
    QTimer m_rowFit;
};

} // namespace pd::ui
