// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/KeyRotationDialog.h"

#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/app/SessionContext.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorLabel.h"
#include "ui/setup/RecoveryKeyPanel.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

KeyRotationDialog::KeyRotationDialog(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_blocking(new QLabel(this))
    , m_newRecoveryKey(new QCheckBox(tr("Also issue a new recovery &key (the old one stops working)"), this))
    , m_outcome(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_recoveryKey(new RecoveryKeyPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_rotate(m_buttons->addButton(tr("&Rotate Key"), QDialogButtonBox::AcceptRole))
    , m_progressPoll(new QTimer(this))
    , m_percent(std::make_shared<std::atomic<int>>(0))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("keyRotationDialog"));
    setWindowTitle(tr("Rotate Data Key"));
    m_blocking->setObjectName(QStringLiteral("blockingLabel"));
    m_newRecoveryKey->setObjectName(QStringLiteral("newRecoveryKeyCheckBox"));
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_error->setObjectName(QStringLiteral("rotationErrorLabel"));
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_recoveryKey->setObjectName(QStringLiteral("newRecoveryKeyPanel"));

    auto* explanation = new QLabel(
        tr("The whole database is encrypted again under a new data key, and every account's key slot receives "
           "the new key. Everyone keeps their password.\n\n"
           "Do this after removing an account whose holder might have kept a copy of the key file: a copy of an "
           "older key file no longer opens the database. Backups made before keep the old key and still open with "
           "the passwords of that time; replace them with a new backup.\n\n"
           "No one else may have the database open meanwhile. It takes about a minute per gigabyte."),
        this);
    explanation->setWordWrap(true);
    m_blocking->setWordWrap(true);
    m_blocking->setTextFormat(Qt::PlainText);
    m_blocking->hide();
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->hide();
    m_recoveryKey->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_blocking);
    layout->addWidget(m_newRecoveryKey);
    layout->addWidget(m_error);
    layout->addWidget(m_outcome);
    layout->addWidget(m_recoveryKey);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    m_rotate->setDefault(true);
    // Alt+C is the recovery key's Copy.
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cl&ose"));
    m_progressPoll->setInterval(100);
    connect(m_progressPoll, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progress->setValue(m_percent->load());
    });
    connect(m_rotate, &QPushButton::clicked, this, &KeyRotationDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

KeyRotationDialog::~KeyRotationDialog()
{
    // A rotation still running goes on to its end (the session waits for it); it is only told
    // that no one listens any more.
    m_cancel->store(true);
}

void KeyRotationDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitHeightToWidth();
}

void KeyRotationDialog::fitHeightToWidth()
{
    layout()->activate();
    const int fittedWidth = qMax(width(), minimumWidth());
    const int fittedHeight =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(fittedWidth) : layout()->totalSizeHint().height();
    resize(fittedWidth, qMax(fittedHeight, layout()->totalMinimumSize().height()));
}

void KeyRotationDialog::refresh()
{
    Session* session = m_context.session();
    if (!session || !session->may(Permission::ManageAccounts)) {
        m_rotate->setEnabled(false);
        return;
    }
    auto blocking = AccountService(*session).accountsBlockingKeyRotation();
    if (!blocking) {
        m_error->showError(blocking.error().message());
        m_rotate->setEnabled(false);
        return;
    }
    if (!blocking->isEmpty()) {
        QStringList names;
        for (const Account& account : std::as_const(*blocking))
            names.append(tr("%1 (%2)").arg(account.displayName, account.login));
        m_blocking->setText(tr("These accounts have not signed in since PrivacyDesk was updated, so their key slots "
                               "cannot receive a new key without their passwords: %1. Ask them to sign in once, or "
                               "give them a new one-time password (Reset Password…), then rotate.")
                                .arg(QLocale().createSeparatedList(names)));
        m_blocking->show();
    } else {
        m_blocking->hide();
    }
    m_rotate->setEnabled(blocking->isEmpty() && !m_rotating);
}

void KeyRotationDialog::start()
{
    Session* session = m_context.session();
    if (m_rotating || !session || !session->may(Permission::ManageAccounts))
        return;
    m_error->clearError();
    m_outcome->hide();
    m_recoveryKey->clear();
    m_recoveryKey->hide();
    m_rotating = true;
    m_rotate->setEnabled(false);
    m_newRecoveryKey->setEnabled(false);
    m_percent->store(0);
    m_cancel->store(false);

    // Application-modal, as for a backup: while the worker re-encrypts, the session must not be
    // used from the windows, and lock and quit wait for the end (SessionContext::whenIdle).
    auto* progress = new QProgressDialog(tr("Encrypting the database under a new key…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("rotationProgressDialog"));
    progress->setWindowTitle(tr("Rotate Data Key"));
    progress->setWindowModality(Qt::ApplicationModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_cancel->store(true);
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
    progress->show();
    m_progress = progress;
    m_progressPoll->start();

    m_context.beginBackgroundUse();
    const bool newRecoveryKey = m_newRecoveryKey->isChecked();
    auto percent = m_percent;
    auto cancel = m_cancel;
    // The context, not this dialog, receives the end: the session's background use must end
    // even if the dialog is gone by then.
    QPointer<KeyRotationDialog> self(this);
    SessionContext* context = &m_context;
    runInBackground(
        context,
        [session, newRecoveryKey, percent, cancel]() -> Result<KeyRotationOutcome> {
            return AccountService(*session).rotateDataKey(newRecoveryKey, [percent, cancel](int value) {
                percent->store(value);
                return !cancel->load();
            });
        },
        [self, context](Result<KeyRotationOutcome> outcome) {
            if (self)
                self->finished(outcome);
            else
                context->endBackgroundUse();
        });
}

void KeyRotationDialog::finished(const Result<KeyRotationOutcome>& outcome)
{
    m_rotating = false;
    m_progressPoll->stop();
    if (m_progress)
        m_progress->close();
    m_newRecoveryKey->setEnabled(true);
    Session* session = m_context.session();
    if (!outcome) {
        m_error->showError(outcome.error().kind == ErrorKind::Cancelled
                               ? tr("The rotation was cancelled. The database and the key are as they were.")
                               : outcome.error().message());
        refresh();
        m_context.endBackgroundUse();
        return;
    }
    m_outcome->setText(tr("The database is now encrypted under a new key (%1 MB). Everyone keeps their password; "
                          "copies of older key files no longer open it. Make a new backup now.")
                           .arg(QLocale().toString(double(outcome->databaseBytes) / (1024.0 * 1024.0), 'f', 1)));
    m_outcome->show();
    if (!outcome->newRecoveryKey.isEmpty() && session) {
        QString organization;
        if (auto read = OrganizationService(*session).organization())
            organization = read->name;
        m_recoveryKey->setSheet({organization, QDir::toNativeSeparators(session->vault().paths().folder),
                                 outcome->newRecoveryKey, QDate::currentDate()});
        m_recoveryKey->show();
        m_recoveryKey->printButton()->setFocus();
    }
    m_newRecoveryKey->setChecked(false);
    refresh();
    m_rotate->setEnabled(false); // once is enough; open the dialog again for another rotation
    fitHeightToWidth();
    emit rotated();
    // Last: a lock that waited for the end closes this dialog, and the key with it.
    m_context.endBackgroundUse();
}

} // namespace pd::ui
