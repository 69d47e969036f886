// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/OfficerPage.h"

#include "core/crypto/SecureBytes.h"
#include "core/services/PasswordPolicy.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PasswordLineEdit.h"
#include "ui/common/PasswordStrengthIndicator.h"
#include "ui/common/UiSettings.h"
#include "ui/setup/CreationWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
// The same characters AccountService accepts for a login.
const QRegularExpression& loginPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._-]{1,64}$"));
    return pattern;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

OfficerPage::OfficerPage(CreationWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new PasswordLineEdit(this))
    , m_confirm(new PasswordLineEdit(this))
    , m_strength(new PasswordStrengthIndicator(this))
    , m_match(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_error(new ErrorLabel(this))
    , m_busyLabel(new QLabel(tr("Creating the database…"), this))
    , m_busyBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("officerPage"));
    setTitle(tr("Privacy Officer"));
    setSubTitle(tr("The privacy officer manages accounts and settings. The password protects every record in "
                   "the database: choose one that nobody can guess, and do not write it on the monitor."));
    setCommitPage(true);

    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setValidator(new QRegularExpressionValidator(loginPattern(), m_login));
    m_login->setPlaceholderText(tr("Letters, digits, '.', '_' or '-'"));
    m_login->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoAutoUppercase);
    m_name->setObjectName(QStringLiteral("officerNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("As it appears on letters"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_strength->setObjectName(QStringLiteral("strengthIndicator"));
    m_match->setObjectName(QStringLiteral("matchLabel"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height() / 2 + 4);
    m_busyLabel->hide();
    m_busyBar->hide();

    auto* locationField = new QWidget(this);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto* locationHint = new QLabel(tr("The database and its key file are kept together in this folder. Back up the "
                                       "whole folder."),
                                    locationField);
    locationHint->setWordWrap(true);
    locationHint->setForegroundRole(QPalette::PlaceholderText);
    auto* locationColumn = new QVBoxLayout(locationField);
    locationColumn->setContentsMargins(0, 0, 0, 0);
    locationColumn->setSpacing(2);
    locationColumn->addLayout(locationRow);
    locationColumn->addWidget(locationHint);

    // One form for both sections, so that the labels line up.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(sectionTitle(tr("Account"), this));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_strength);
    form->addRow(tr("Con&firm password:"), m_confirm);
    form->addRow(QString(), m_match);
    auto* gap = new QWidget(this);
    gap->setFixedHeight(6);
    form->addRow(gap);
    form->addRow(sectionTitle(tr("Database location"), this));
    auto* locationLabel = new QLabel(tr("F&older:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationField);

    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_login, m_name, static_cast<QLineEdit*>(m_password),
                            static_cast<QLineEdit*>(m_confirm), m_location}) {
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(edit, &QLineEdit::textChanged, m_error, &ErrorLabel::clearError);
    }
    connect(m_password, &QLineEdit::textChanged, this, &OfficerPage::updatePasswordFeedback);
    connect(m_confirm, &QLineEdit::textChanged, this, &OfficerPage::updatePasswordFeedback);
    connect(m_login, &QLineEdit::textChanged, this, &OfficerPage::updatePasswordFeedback);
    connect(m_name, &QLineEdit::textChanged, this, &OfficerPage::updatePasswordFeedback);
    connect(m_location, &QLineEdit::editingFinished, this, [this] {
        const QString fixed = withFolderSuffix(m_location->text());
        if (fixed != m_location->text())
            m_location->setText(fixed);
    });
    connect(m_browse, &QPushButton::clicked, this, &OfficerPage::browseLocation);
    updatePasswordFeedback();
}

void OfficerPage::initializePage()
{
    m_login->setFocus();
}

void OfficerPage::setLocation(const QString& location)
{
    m_location->setText(QDir::toNativeSeparators(location));
}

QString OfficerPage::location() const
{
    return normalizedLocation(withFolderSuffix(m_location->text()));
}

bool OfficerPage::isComplete() const
{
    return !m_busy && !m_login->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
        && !m_password->text().isEmpty() && !m_confirm->text().isEmpty() && !m_location->text().trimmed().isEmpty();
}

QStringList OfficerPage::guessableWords() const
{
    const Organization organization = m_wizard->organization();
    return {m_login->text(), m_name->text(), organization.name, organization.shortName};
}

void OfficerPage::updatePasswordFeedback()
{
    m_strength->assess(m_password->text(), guessableWords());
    if (m_confirm->text().isEmpty()) {
        m_match->clear();
    } else if (m_confirm->text() == m_password->text()) {
        m_match->setText(tr("The passwords match."));
    } else {
        m_match->setText(tr("The passwords do not match yet."));
    }
}

QString OfficerPage::withFolderSuffix(const QString& location)
{
    QString trimmed = location.trimmed();
    while (trimmed.size() > 1 && (trimmed.endsWith(QLatin1Char('/')) || trimmed.endsWith(QLatin1Char('\\'))))
        trimmed.chop(1);
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1String(storage::Vault::kFolderSuffix), Qt::CaseInsensitive))
        return trimmed;
    return trimmed + QLatin1String(storage::Vault::kFolderSuffix);
}

QString OfficerPage::locationProblem(const QString& location)
{
    if (location.trimmed().isEmpty())
        return tr("Choose a folder for the database.");
    if (storage::Vault::exists(location))
        return tr("A database already exists in this folder. Choose another folder, or open that database "
                  "instead.");
    const QFileInfo info(location);
    if (info.exists() && !info.isDir())
        return tr("There is a file with this name. Choose another folder.");
    if (info.isDir() && !QDir(location).isEmpty())
        return tr("This folder is not empty. Choose a new or empty folder for the database.");
    return {};
}

void OfficerPage::browseLocation()
{
    const QFileInfo current(location());
    const QString start = current.absolutePath();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose Where to Keep the Database"), start);
    if (chosen.isEmpty())
        return;
    // A chosen *.pdesk folder is the unit itself; any other folder gets the unit inside it.
    if (chosen.endsWith(QLatin1String(storage::Vault::kFolderSuffix), Qt::CaseInsensitive))
        setLocation(chosen);
    else
        setLocation(QDir(chosen).filePath(current.fileName()));
    m_error->clearError();
}

bool OfficerPage::validatePage()
{
    if (m_created)
        return true;
    if (m_busy)
        return false;
    m_error->clearError();
    if (!loginPattern().match(m_login->text().trimmed()).hasMatch()) {
        m_error->showError(tr("The login may contain only letters, digits, '.', '_' and '-'."));
        m_login->setFocus();
        return false;
    }
    const PasswordAssessment assessment = m_strength->assess(m_password->text(), guessableWords());
    if (!assessment.acceptable) {
        m_error->showError(tr("Choose a stronger password. %1").arg(assessment.reason));
        m_password->setFocus();
        m_password->selectAll();
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        m_error->showError(tr("The two passwords do not match. Type the same password in both fields."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return false;
    }
    m_location->setText(QDir::toNativeSeparators(location()));
    if (const QString problem = locationProblem(location()); !problem.isEmpty()) {
        m_error->showError(problem);
        m_location->setFocus();
        return false;
    }
    startCreation();
    return false; // the wizard moves on when the database exists
}

void OfficerPage::startCreation()
{
    CreationRequest request;
    request.location = location();
    request.organization = m_wizard->organization();
    request.officerLogin = m_login->text().trimmed();
    request.officerName = m_name->text().trimmed();
    request.password = m_password->text().toUtf8();
    request.kdf = m_wizard->kdfParams();
    setBusy(true);
    runInBackground(
        this, [request = std::move(request)]() mutable { return Session::create(std::move(request)); },
        [this](Result<Session::Created> created) {
            setBusy(false);
            if (!created) {
                m_error->showError(created.error().message());
                return;
            }
            m_created = true;
            m_wizard->setCreated(std::move(created->session), created->recoveryKey);
            wipe(created->recoveryKey);
            // Nothing will use the typed password again; do not leave it in the widgets.
            m_password->clear();
            m_confirm->clear();
            emit completeChanged();
            m_wizard->next();
        });
}

void OfficerPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_login, m_name, m_password, m_confirm, m_location,
                                                           m_browse})
        widget->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    emit completeChanged();
    // After completeChanged: QWizard recomputes Back from the history and would enable it again.
    if (QAbstractButton* back = m_wizard->button(QWizard::BackButton))
        back->setEnabled(!busy);
    if (QAbstractButton* cancel = m_wizard->button(QWizard::CancelButton))
        cancel->setEnabled(!busy);
}

} // namespace pd::ui
