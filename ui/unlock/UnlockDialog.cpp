// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/unlock/UnlockDialog.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/Icons.h"
#include "ui/common/PasswordLineEdit.h"
#include "ui/common/UiSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
bool countsAsFailedAttempt(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongPassword:
    case ErrorKind::WrongRecoveryKey:
    case ErrorKind::UnknownAccount:
    case ErrorKind::AccountDisabled:
        return true;
    default:
        return false;
    }
}
} // namespace

UnlockDialog::UnlockDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_location(new QComboBox(this))
    , m_fixedLocation(new QLabel(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_login(new QLineEdit(this))
    , m_password(new PasswordLineEdit(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_recoveryHint(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(new ErrorLabel(this))
    , m_delayLabel(new QLabel(this))
    , m_busyLabel(new QLabel(tr("Unlocking…"), this))
    , m_busyBar(new QProgressBar(this))
    , m_recoveryButton(new QPushButton(this))
    , m_newButton(new QPushButton(tr("&New Database…"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowIcon(Icons::application());
    setWindowTitle(mode == Mode::Lock ? tr("PrivacyDesk Is Locked") : tr("Unlock PrivacyDesk"));

    m_location->setObjectName(QStringLiteral("locationCombo"));
    m_fixedLocation->setObjectName(QStringLiteral("fixedLocationLabel"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_delayLabel->setObjectName(QStringLiteral("delayLabel"));
    m_recoveryButton->setObjectName(QStringLiteral("recoveryButton"));
    m_newButton->setObjectName(QStringLiteral("newDatabaseButton"));

    // Heading with the application icon.
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(mode == Mode::Lock ? tr("PrivacyDesk is locked") : tr("Unlock the database"));
    m_intro->setWordWrap(true);
    m_intro->setText(mode == Mode::Lock
                         ? tr("Sign in again to continue where you left off. Open windows are kept as they were.")
                         : tr("Sign in to your office's PrivacyDesk database."));
    auto* headingText = new QVBoxLayout;
    headingText->addWidget(m_heading);
    headingText->addWidget(m_intro);
    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addSpacing(8);
    heading->addLayout(headingText, 1);

    // Location.
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(36);
    m_location->lineEdit()->setPlaceholderText(tr("Folder ending in .pdesk"));
    for (const QString& recent : UiSettings::instance().recentLocations())
        m_location->addItem(QDir::toNativeSeparators(recent));
    m_location->setCurrentIndex(-1);
    m_fixedLocation->setTextFormat(Qt::PlainText);
    m_fixedLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* locationField = new QWidget(this);
    auto* locationRow = new QHBoxLayout(locationField);
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_fixedLocation, 1);
    locationRow->addWidget(m_browse);

    m_login->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_recoveryKey->setFont(mono);
    m_recoveryKey->setPlaceholderText(tr("XXXX-XXXX-XXXX-…"));
    m_recoveryKey->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhPreferUppercase);
    m_recoveryKey->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_recoveryHint->setWordWrap(true);
    m_recoveryHint->setText(tr("Type the key from the recovery sheet printed when the database was created. You will "
                               "be signed in as the privacy officer; set a new password afterwards."));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* locationLabel = new QLabel(tr("&Database:"), this);
    locationLabel->setBuddy(m_location);
    m_form->addRow(locationLabel, locationField);
    m_form->addRow(tr("&Login:"), m_login);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("Recovery &key:"), m_recoveryKey);
    m_form->addRow(QString(), m_recoveryHint);

    m_delayLabel->setWordWrap(true);
    m_delayLabel->hide();
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height() / 2 + 4);
    m_busyLabel->hide();
    m_busyBar->hide();
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);

    // Buttons: the alternatives on the left, Unlock and Cancel in the platform's order on the right.
    m_unlockButton = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setIcon(Icons::lock());
    m_unlockButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(mode == Mode::Open ? tr("Cancel") : tr("&Quit"),
                                          QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_recoveryButton->setAutoDefault(false);
    m_newButton->setAutoDefault(false);
    m_browse->setAutoDefault(false);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_recoveryButton);
    buttonRow->addWidget(m_newButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addSpacing(12);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_delayLabel);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttonRow);

    const bool fixedLocation = mode == Mode::Lock;
    m_location->setVisible(!fixedLocation);
    m_browse->setVisible(!fixedLocation);
    m_fixedLocation->setVisible(fixedLocation);
    m_newButton->setVisible(mode == Mode::Startup);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &UnlockDialog::browse);
    connect(m_newButton, &QPushButton::clicked, this, &UnlockDialog::newDatabaseRequested);
    connect(m_recoveryButton, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recoveryMode); });
    connect(m_location, &QComboBox::currentTextChanged, this, &UnlockDialog::locationChanged);
    for (QLineEdit* edit : {m_login, static_cast<QLineEdit*>(m_password), m_recoveryKey, m_location->lineEdit()})
        connect(edit, &QLineEdit::textEdited, m_error, &ErrorLabel::clearError);
    m_delayTimer.setInterval(std::chrono::milliseconds(250));
    connect(&m_delayTimer, &QTimer::timeout, this, &UnlockDialog::updateDelay);

    // Enter unlocks from any field; Tab goes from the password straight to Unlock.
    setTabOrder(m_location, m_browse);
    setTabOrder(m_browse, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_recoveryKey);
    setTabOrder(m_recoveryKey, m_unlockButton);
    setTabOrder(m_unlockButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_recoveryButton);
    setTabOrder(m_recoveryButton, m_newButton);

    setMinimumWidth(qMax(500, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 72));
    setRecoveryMode(false);
    if (!UiSettings::instance().mostRecentLocation().isEmpty())
        setLocation(UiSettings::instance().mostRecentLocation());
}

UnlockDialog::~UnlockDialog()
{
    m_password->clear();
    m_recoveryKey->clear();
}

void UnlockDialog::setLocation(const QString& location)
{
    const QString shown = QDir::toNativeSeparators(normalizedLocation(location));
    m_fixedLocation->setText(shown);
    m_fixedLocation->setToolTip(shown);
    const int index = m_location->findText(shown);
    if (index >= 0)
        m_location->setCurrentIndex(index);
    else
        m_location->setEditText(shown);
    locationChanged();
}

QString UnlockDialog::location() const
{
    return normalizedLocation(m_mode == Mode::Lock ? m_fixedLocation->text() : m_location->currentText());
}

void UnlockDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    m_autoLogin.clear();
}

QString UnlockDialog::login() const
{
    return m_login->text().trimmed();
}

void UnlockDialog::setRecoveryMode(bool recovery)
{
    m_recoveryMode = recovery;
    m_form->setRowVisible(m_login, !recovery);
    m_form->setRowVisible(m_password, !recovery);
    m_form->setRowVisible(m_recoveryKey, recovery);
    m_form->setRowVisible(m_recoveryHint, recovery);
    m_recoveryButton->setText(recovery ? tr("Use &Password") : tr("Use &Recovery Key…"));
    m_error->clearError();
    if (recovery)
        m_recoveryKey->setFocus();
    else if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

std::unique_ptr<Session> UnlockDialog::takeSession()
{
    return std::move(m_session);
}

std::chrono::seconds UnlockDialog::delayAfterFailures(int failures)
{
    if (failures <= kFreeAttempts)
        return std::chrono::seconds(0);
    const int exponent = qMin(failures - kFreeAttempts, 6); // 2^6 = 64 > 60
    return qMin(std::chrono::seconds(1 << exponent), kMaxDelay);
}

void UnlockDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_recoveryMode)
        m_recoveryKey->setFocus();
    else if (m_mode != Mode::Lock && location().isEmpty())
        m_location->setFocus();
    else if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void UnlockDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape must not quit the application (and, when locked, discard the open windows).
    if (event->matches(QKeySequence::Cancel) && m_mode != Mode::Open) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void UnlockDialog::reject()
{
    if (m_busy)
        return;
    if (m_mode != Mode::Open)
        emit quitRequested();
    QDialog::reject();
}

void UnlockDialog::browse()
{
    const QString current = location();
    const QString start = current.isEmpty() ? QFileInfo(storage::Vault::defaultLocation()).absolutePath()
                                            : QFileInfo(current).absolutePath();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open PrivacyDesk Database"), start);
    if (!chosen.isEmpty())
        setLocation(chosen);
}

void UnlockDialog::locationChanged()
{
    // Fill in the login last used here, unless the user has typed one.
    if (m_login->text().isEmpty() || m_login->text() == m_autoLogin) {
        m_autoLogin = UiSettings::instance().lastLogin(location());
        m_login->setText(m_autoLogin);
    }
}

void UnlockDialog::unlock()
{
    if (m_busy || m_delayTimer.isActive())
        return;
    m_error->clearError();
    const QString location = this->location();
    if (location.isEmpty()) {
        m_error->showError(tr("Choose the database folder."));
        m_location->setFocus();
        return;
    }
    if (!storage::Vault::exists(location)) {
        m_error->showError(tr("There is no PrivacyDesk database in this folder."));
        if (m_mode != Mode::Lock)
            m_location->setFocus();
        return;
    }
    if (m_recoveryMode) {
        QString key = m_recoveryKey->text().trimmed();
        if (key.isEmpty()) {
            m_error->showError(tr("Type the recovery key."));
            m_recoveryKey->setFocus();
            return;
        }
        setBusy(true);
        runInBackground(
            this,
            [location, key]() mutable {
                auto result = Session::unlockWithRecoveryKey(location, key);
                wipe(key);
                return result;
            },
            [this](Result<std::unique_ptr<Session>> result) { finishUnlock(std::move(result), true); });
        return;
    }
    const QString login = this->login();
    if (login.isEmpty()) {
        m_error->showError(tr("Type your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_error->showError(tr("Type your password."));
        m_password->setFocus();
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    setBusy(true);
    runInBackground(
        this,
        [location, login, password]() mutable {
            auto result = Session::unlock(location, login, password);
            wipe(password);
            return result;
        },
        [this](Result<std::unique_ptr<Session>> result) { finishUnlock(std::move(result), false); });
    wipe(password);
}

void UnlockDialog::finishUnlock(Result<std::unique_ptr<Session>> result, bool recovery)
{
    setBusy(false);
    if (result) {
        m_failures = 0;
        m_session = std::move(*result);
        m_password->clear();
        m_recoveryKey->clear();
        emit unlocked();
        accept();
        return;
    }
    const Error& error = result.error();
    m_error->showError(error.message());
    if (countsAsFailedAttempt(error.kind)) {
        ++m_failures;
        if (recovery) {
            m_recoveryKey->setFocus();
            m_recoveryKey->selectAll();
        } else if (error.kind == ErrorKind::UnknownAccount) {
            m_login->setFocus();
            m_login->selectAll();
        } else {
            m_password->clear();
            m_password->setFocus();
        }
        startDelay(recovery);
    } else if (error.kind == ErrorKind::Throttled) {
        startDelay(recovery);
    }
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_location, m_browse, m_login, m_password, m_recoveryKey,
                                                           m_recoveryButton, m_newButton, m_cancelButton})
        widget->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateUnlockButton();
}

void UnlockDialog::startDelay(bool recovery)
{
    // The dialog's own short delays, or the account's wait that the database keeps across restarts.
    const std::chrono::seconds wait = std::max(
        delayAfterFailures(m_failures), storage::Vault::unlockWait(location(), recovery ? QString() : login()));
    if (wait.count() <= 0)
        return;
    m_retryAt = std::chrono::steady_clock::now() + wait;
    m_delayTimer.start();
    updateDelay();
}

void UnlockDialog::updateDelay()
{
    using namespace std::chrono;
    const auto remaining = duration_cast<milliseconds>(m_retryAt - steady_clock::now());
    if (remaining <= milliseconds(0)) {
        m_delayTimer.stop();
        m_delayLabel->hide();
        m_delayLabel->clear();
    } else {
        const int seconds = int((remaining.count() + 999) / 1000);
        m_delayLabel->setText(tr("Too many failed attempts. You can try again in %n second(s).", nullptr, seconds));
        m_delayLabel->show();
    }
    updateUnlockButton();
}

void UnlockDialog::updateUnlockButton()
{
    m_unlockButton->setEnabled(!m_busy && !m_delayTimer.isActive());
}

} // namespace pd::ui
