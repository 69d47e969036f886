// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTimer;

namespace pd {
struct KeyRotationOutcome;
}

namespace pd::ui {

class ErrorLabel;
class RecoveryKeyPanel;
class SessionContext;

/// Officer only: re-encrypts the database under a new data key (AccountService::rotateDataKey),
/// so that a removed account's copy of an older key file no longer opens it. Says what the
/// rotation does and does not do, names the accounts that must sign in once first, shows the
/// progress (cancellable until the new file takes the old one's place) and, when asked for, the
/// new recovery key, this one time.
class KeyRotationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyRotationDialog(SessionContext& context, QWidget* parent = nullptr);
    ~KeyRotationDialog() override;

    bool isRotating() const { return m_rotating; }

signals:
    /// After a rotation that succeeded.
    void rotated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Wrapped paragraphs need the height their width gives them; a dialog sized from its size
    /// hint alone cuts them off.
    void fitHeightToWidth();
    void refresh();
    void start();
    void finished(const Result<KeyRotationOutcome>& outcome);

    SessionContext& m_context;
    QLabel* m_blocking = nullptr;
    QCheckBox* m_newRecoveryKey = nullptr;
    QLabel* m_outcome = nullptr;
    ErrorLabel* m_error = nullptr;
    RecoveryKeyPanel* m_recoveryKey = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_rotate = nullptr;
    QPointer<QProgressDialog> m_progress;
    QTimer* m_progressPoll = nullptr;
    /// Shared with the worker thread, which outlives nothing it does not own.
    std::shared_ptr<std::atomic<int>> m_percent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_rotating = false;
};

} // namespace pd::ui
