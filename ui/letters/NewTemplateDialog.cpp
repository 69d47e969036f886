// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/NewTemplateDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,63}$"));
    return pattern;
}
} // namespace

NewTemplateDialog::NewTemplateDialog(const QStringList& existingNames, QWidget* parent)
    : QDialog(parent)
    , m_existing(existingNames)
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("newTemplateDialog"));
    setWindowTitle(tr("New Template"));
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_title->setObjectName(QStringLiteral("templateTitleEdit"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,63}")), m_name));
    m_name->setPlaceholderText(tr("e.g. fee_invoice"));
    m_name->setInputMethodHints(Qt::ImhPreferLowercase | Qt::ImhLatinOnly);
    m_title->setPlaceholderText(tr("e.g. 手数料のご請求について"));
    m_title->setMaxLength(80);

    auto* intro = new QLabel(tr("The name identifies the template for good (lower-case letters, digits and _). "
                                "The title is what users see and can be changed later."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewTemplateDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewTemplateDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &NewTemplateDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
    resize(460, sizeHint().height());
}

QString NewTemplateDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewTemplateDialog::title() const
{
    return m_title->text().trimmed();
}

void NewTemplateDialog::validate()
{
    m_error->clearError();
    const bool taken = m_existing.contains(name());
    if (taken)
        m_error->showError(tr("A template with this name exists already."));
    m_create->setEnabled(namePattern().match(name()).hasMatch() && !title().isEmpty() && !taken);
}

void NewTemplateDialog::accept()
{
    validate();
    if (!m_create->isEnabled())
        return;
    QDialog::accept();
}

} // namespace pd::ui
