// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintStatus.h"

#include <QDialog>

class QPlainTextEdit;

namespace pd::ui {

/// Confirms a status step of a complaint and takes an optional note for the 対応経過.
/// Window-modal and opened with open(): the answer arrives through `confirmed`.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(ComplaintStatus from, ComplaintStatus to, QWidget* parent = nullptr);

    ComplaintStatus target() const { return m_to; }
    QString note() const;
    QPlainTextEdit* noteEdit() const { return m_note; }

signals:
    void confirmed(ComplaintStatus to, const QString& note);

private:
    ComplaintStatus m_to;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace pd::ui
