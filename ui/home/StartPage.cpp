// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/home/StartPage.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "ui/app/MainWindowPage.h"
#include "ui/app/SessionContext.h"
#include "ui/common/ErrorLabel.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QFrame* banner(QWidget* parent, const QString& objectName, const QString& text, QPushButton* button)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    frame->setPalette(palette);
    auto* label = new QLabel(text, frame);
    label->setWordWrap(true);
    auto* layout = new QHBoxLayout(frame);
    layout->addWidget(label, 1);
    if (button)
        layout->addWidget(button);
    frame->hide();
    return frame;
}
} // namespace

StartPage::StartPage(SessionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("startPage"));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    auto* changePassword = new QPushButton(tr("&Change Password…"));
    changePassword->setObjectName(QStringLiteral("bannerChangePasswordButton"));
    connect(changePassword, &QPushButton::clicked, this, &StartPage::changePasswordRequested);
    m_passwordBanner = banner(content, QStringLiteral("passwordBanner"),
                              tr("Your password is a one-time password. Choose your own password now."),
                              changePassword);
    auto* setPassword = new QPushButton(tr("Set &Password…"));
    connect(setPassword, &QPushButton::clicked, this, &StartPage::changePasswordRequested);
    m_recoveryBanner = banner(content, QStringLiteral("recoveryBanner"),
                              tr("This session was opened with the recovery key. If the password was lost, set a "
                                 "new one now."),
                              setPassword);

    m_organizationName = plainLabel(content, QStringLiteral("organizationNameLabel"));
    QFont titleFont = m_organizationName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    m_organizationName->setFont(titleFont);
    m_shortName = plainLabel(content, QStringLiteral("shortNameLabel"));
    m_shortName->setForegroundRole(QPalette::PlaceholderText);

    // The complaint desk as the public notice prints it.
    auto* contactBox = new QGroupBox(tr("Complaint desk"), content);
    auto* contactForm = new QFormLayout(contactBox);
    contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_postalAddress = addValueRow(contactForm, tr("Address:"), QStringLiteral("addressLabel"));
    m_phone = addValueRow(contactForm, tr("Phone:"), QStringLiteral("phoneLabel"));
    m_fax = addValueRow(contactForm, tr("FAX:"), QStringLiteral("faxLabel"));
    m_email = addValueRow(contactForm, tr("Email:"), QStringLiteral("emailLabel"));

    auto* accountBox = new QGroupBox(tr("Signed in"), content);
    auto* accountForm = new QFormLayout(accountBox);
    m_accountName = addValueRow(accountForm, tr("Name:"), QStringLiteral("accountNameLabel"));
    m_login = addValueRow(accountForm, tr("Login:"), QStringLiteral("accountLoginLabel"));
    m_role = addValueRow(accountForm, tr("Role:"), QStringLiteral("accountRoleLabel"));

    auto* databaseBox = new QGroupBox(tr("Database"), content);
    auto* databaseForm = new QFormLayout(databaseBox);
    databaseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_location = addValueRow(databaseForm, tr("Folder:"), QStringLiteral("locationLabel"));
    m_accountCount = addValueRow(databaseForm, tr("Accounts:"), QStringLiteral("accountCountLabel"));
    m_purposeCount = addValueRow(databaseForm, tr("Purpose categories:"), QStringLiteral("purposeCountLabel"));
    for (QLabel* link : {m_accountCount, m_purposeCount}) {
        link->setTextFormat(Qt::RichText);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(link, &QLabel::linkActivated, this, [this](const QString& target) {
            emit pageRequested(target == QLatin1String("#accounts") ? int(MainWindowPage::Accounts)
                                                                    : int(MainWindowPage::PurposeRegister));
        });
    }

    // What needs an answer soon: the first thing the desk looks at in the morning.
    m_complaintsBox = new QGroupBox(tr("Complaints"), content);
    m_complaintsBox->setObjectName(QStringLiteral("complaintsDueBox"));
    m_complaintsDue = new QLabel(m_complaintsBox);
    m_complaintsDue->setObjectName(QStringLiteral("complaintsDueLabel"));
    m_complaintsDue->setTextFormat(Qt::RichText);
    m_complaintsDue->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_complaintsDue->setWordWrap(true);
    connect(m_complaintsDue, &QLabel::linkActivated, this, [this](const QString& target) {
        if (target == QLatin1String("#overdue"))
            emit complaintsRequested(ComplaintListPreset::Overdue);
        else if (target == QLatin1String("#dueThisWeek"))
            emit complaintsRequested(ComplaintListPreset::DueThisWeek);
        else
            emit complaintsRequested(ComplaintListPreset::All);
    });
    auto* complaintsLayout = new QVBoxLayout(m_complaintsBox);
    complaintsLayout->addWidget(m_complaintsDue);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    grid->addWidget(m_complaintsBox, 0, 0, 1, 2);
    grid->addWidget(contactBox, 1, 0);
    grid->addWidget(accountBox, 1, 1);
    grid->addWidget(databaseBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    m_sections = new QVBoxLayout;
    m_sections->setSpacing(14);

    layout->addWidget(m_error);
    layout->addWidget(m_passwordBanner);
    layout->addWidget(m_recoveryBanner);
    layout->addWidget(m_organizationName);
    layout->addWidget(m_shortName);
    layout->addLayout(grid);
    layout->addLayout(m_sections);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_context, &SessionContext::aboutToClose, this, &StartPage::clear);
    connect(&m_context, &SessionContext::sessionChanged, this, &StartPage::reload);
    connect(&m_context, &SessionContext::organizationChanged, this, &StartPage::reload);
    connect(&m_context, &SessionContext::accountsChanged, this, &StartPage::reload);
    connect(&m_context, &SessionContext::passwordChanged, this, &StartPage::reload);
    connect(&m_context, &SessionContext::complaintsChanged, this, &StartPage::reloadComplaintsDue);
}

void StartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The counts depend on the date: a window left open overnight shows today's.
    if (!event->spontaneous())
        reloadComplaintsDue();
}

void StartPage::reloadComplaintsDue()
{
    m_complaintsDue->clear();
    Session* session = m_context.session();
    m_complaintsBox->setVisible(session != nullptr);
    if (!session)
        return;
    auto due = ComplaintQuery(*session).dueSummary(QDate::currentDate());
    if (!due) {
        m_complaintsDue->setText(tr("The complaints due could not be counted: %1").arg(due.error().message().toHtmlEscaped()));
        return;
    }
    const auto link = [](const QString& target, const QString& text, bool urgent) {
        const QString anchor = QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
        return urgent ? QStringLiteral("<b>%1</b>").arg(anchor) : anchor;
    };
    m_complaintsDue->setText(
        link(QStringLiteral("#overdue"), tr("%n overdue", nullptr, due->overdue), due->overdue > 0)
        + QStringLiteral(" &nbsp;/&nbsp; ")
        + link(QStringLiteral("#dueThisWeek"), tr("%n due this week", nullptr, due->dueThisWeek), false)
        + QStringLiteral(" &nbsp;&nbsp; ") + link(QStringLiteral("#all"), tr("All complaints"), false));
    m_complaintsDue->setToolTip(
        tr("Complaints still awaiting an answer: past their target date, or due within the next seven days"));
}

QLabel* StartPage::addValueRow(QFormLayout* form, const QString& label, const QString& objectName)
{
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    QLabel* value = plainLabel(form->parentWidget(), objectName);
    form->addRow(label, value);
    return value;
}

void StartPage::addSection(QWidget* section)
{
    m_sections->addWidget(section);
}

void StartPage::clear()
{
    for (QLabel* label : {m_organizationName, m_shortName, m_postalAddress, m_phone, m_fax, m_email, m_accountName,
                          m_login, m_role, m_location, m_accountCount, m_purposeCount, m_complaintsDue})
        label->clear();
    m_passwordBanner->hide();
    m_recoveryBanner->hide();
    m_error->clearError();
}

void StartPage::reload()
{
    clear();
    Session* session = m_context.session();
    if (!session)
        return;

    QStringList problems;
    OrganizationService organizations(*session);
    if (auto organization = organizations.organization()) {
        m_organizationName->setText(organization->name);
        m_shortName->setText(organization->shortName);
        m_shortName->setVisible(!organization->shortName.isEmpty());
        QStringList address;
        if (!organization->postalCode.isEmpty())
            address.append(QChar(0x3012) + organization->postalCode); // 〒
        if (!organization->address.isEmpty())
            address.append(organization->address);
        m_postalAddress->setText(address.join(QLatin1Char('\n')));
        m_phone->setText(organization->phone);
        m_fax->setText(organization->fax);
        m_email->setText(organization->email);
    } else {
        problems.append(organization.error().message());
    }

    const Account& account = session->account();
    m_accountName->setText(account.displayName);
    m_login->setText(account.login);
    m_role->setText(roleDisplayName(account.role));
    m_location->setText(QDir::toNativeSeparators(session->location()));
    m_passwordBanner->setVisible(account.mustChangePassword && !session->openedWithRecoveryKey()
                                  && !m_context.passwordChangedInSession());
    m_recoveryBanner->setVisible(session->openedWithRecoveryKey() && !m_context.passwordChangedInSession());

    AccountService accounts(*session);
    if (auto list = accounts.accounts())
        m_accountCount->setText(QStringLiteral("<a href=\"#accounts\">%1</a>").arg(list->size()));
    else
        problems.append(list.error().message());
    if (auto purposes = organizations.purposeRegister())
        m_purposeCount->setText(QStringLiteral("<a href=\"#purposes\">%1</a>").arg(purposes->size()));
    else
        problems.append(purposes.error().message());

    reloadComplaintsDue();

    problems.removeDuplicates();
    if (!problems.isEmpty())
        m_error->showError(problems.join(QLatin1Char('\n')));
}

} // namespace pd::ui
