// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/organization/OrganizationForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace pd::ui {

OrganizationForm::OrganizationForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_name = addField(tr("&Society name:"), QStringLiteral("nameEdit"), 100);
    m_name->setPlaceholderText(tr("Required"));
    m_shortName = addField(tr("Short na&me:"), QStringLiteral("shortNameEdit"), 20);
    m_shortName->setPlaceholderText(tr("Used in document numbers"));
    m_postalCode = addField(tr("&Postal code:"), QStringLiteral("postalCodeEdit"), 10);
    m_postalCode->setPlaceholderText(tr("e.g. 100-0001"));
    m_postalCode->setInputMethodHints(Qt::ImhPreferNumbers);
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("0000-00000")) + 24);
    m_address = addField(tr("&Address:"), QStringLiteral("addressEdit"), 200);
    m_phone = addField(tr("Ph&one:"), QStringLiteral("phoneEdit"), 40);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_fax = addField(tr("&FAX:"), QStringLiteral("faxEdit"), 40);
    m_fax->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = addField(tr("&Email:"), QStringLiteral("emailEdit"), 120);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    // Same order as on paper.
    setTabOrder(m_name, m_shortName);
    setTabOrder(m_shortName, m_postalCode);
    setTabOrder(m_postalCode, m_address);
    setTabOrder(m_address, m_phone);
    setTabOrder(m_phone, m_fax);
    setTabOrder(m_fax, m_email);

    connect(m_postalCode, &QLineEdit::editingFinished, this, [this] {
        const QString normalized = normalizedPostalCode(m_postalCode->text());
        if (normalized != m_postalCode->text())
            m_postalCode->setText(normalized);
    });
    for (QLineEdit* edit : {m_phone, m_fax, m_email}) {
        connect(edit, &QLineEdit::editingFinished, this, [edit] {
            const QString normalized = normalizedContact(edit->text());
            if (normalized != edit->text())
                edit->setText(normalized);
        });
    }
}

QLineEdit* OrganizationForm::addField(const QString& label, const QString& objectName, int maxLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    m_layout->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &OrganizationForm::changed);
    return edit;
}

QString OrganizationForm::normalizedContact(const QString& text)
{
    QString normalized = text.normalized(QString::NormalizationForm_KC).trimmed();
    // Dashes an IME offers for "-" in phone numbers.
    static const QRegularExpression dashes(QStringLiteral("[\u2010-\u2015\u2212\u30FC\uFF70]"));
    normalized.replace(dashes, QStringLiteral("-"));
    return normalized;
}

QString OrganizationForm::normalizedPostalCode(const QString& text)
{
    QString normalized = normalizedContact(text);
    if (normalized.startsWith(QChar(0x3012))) // 〒
        normalized = normalized.mid(1).trimmed();
    static const QRegularExpression sevenDigits(QStringLiteral("^(\\d{3})(\\d{4})$"));
    const QRegularExpressionMatch match = sevenDigits.match(normalized);
    if (match.hasMatch())
        normalized = match.captured(1) + QLatin1Char('-') + match.captured(2);
    return normalized;
}

Organization OrganizationForm::organization() const
{
    Organization organization = m_base;
    organization.name = m_name->text().trimmed();
    organization.shortName = m_shortName->text().trimmed();
    organization.postalCode = normalizedPostalCode(m_postalCode->text());
    organization.address = m_address->text().trimmed();
    organization.phone = normalizedContact(m_phone->text());
    organization.fax = normalizedContact(m_fax->text());
    organization.email = normalizedContact(m_email->text());
    return organization;
}

void OrganizationForm::setOrganization(const Organization& organization)
{
    m_name->setText(organization.name);
    m_shortName->setText(organization.shortName);
    m_postalCode->setText(organization.postalCode);
    m_address->setText(organization.address);
    m_phone->setText(organization.phone);
    m_fax->setText(organization.fax);
    m_email->setText(organization.email);
    m_base = organization;
}

void OrganizationForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_name, m_shortName, m_postalCode, m_address, m_phone, m_fax, m_email})
        edit->setReadOnly(readOnly);
}

bool OrganizationForm::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

} // namespace pd::ui
