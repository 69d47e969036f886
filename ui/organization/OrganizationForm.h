// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Organization.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace pd::ui {

/// The organization's details in the order of the paper notice: name, short name,
/// postal code, address, phone, FAX, email. Used by the creation wizard and the
/// Organization dialog.
class OrganizationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationForm(QWidget* parent = nullptr);

    /// The organization last set with this form's fields over it: settings edited
    /// elsewhere (letters, complaints) and the revision for optimistic locking are kept.
    Organization organization() const;
    void setOrganization(const Organization& organization);
    void setReadOnly(bool readOnly);
    bool isComplete() const;

    QLineEdit* nameEdit() const { return m_name; }
    QFormLayout* formLayout() const { return m_layout; }

    /// Full-width digits, hyphens and @ typed with a Japanese IME become their ASCII forms.
    static QString normalizedContact(const QString& text);
    /// "1400002" → "140-0002".
    static QString normalizedPostalCode(const QString& text);

signals:
    void changed();

private:
    QLineEdit* addField(const QString& label, const QString& objectName, int maxLength);

    QFormLayout* m_layout = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_shortName = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_fax = nullptr;
    QLineEdit* m_email = nullptr;
    Organization m_base;
};

} // namespace pd::ui
