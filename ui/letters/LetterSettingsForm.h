// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Organization.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace pd::ui {

class ErrorLabel;

/// The organization's letter settings, a tab of the Organization dialog: 担当部署,
/// 発信者職名 and 発信者氏名, how the seal (公印) appears, and the 文書番号 format with its
/// tokens and a live example (number 12, today) or, in red, why it cannot be used.
class LetterSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit LetterSettingsForm(QWidget* parent = nullptr);

    /// Shows the letter settings of `organization` (the other fields are not touched).
    void setOrganization(const Organization& organization);
    /// Writes the letter settings into `organization`.
    void applyTo(Organization& organization) const;
    /// The 略称 the example uses: the one typed on the other tab, before it is saved.
    void setShortName(const QString& shortName);
    void setReadOnly(bool readOnly);

    /// Whether the settings can be saved; otherwise problem() says why.
    bool isValid() const { return problem().isEmpty(); }
    QString problem() const;

    /// Loads a seal image (PNG or JPEG) from bytes; it is kept as PNG. Returns false with
    /// `error` set when the bytes are not an image.
    bool setSealImage(const QByteArray& bytes, QString* error);
    QByteArray sealImage() const { return m_sealImage; }

    QLineEdit* departmentEdit() const { return m_department; }
    QLineEdit* numberFormatEdit() const { return m_numberFormat; }
    QLabel* exampleLabel() const { return m_example; }
    ErrorLabel* formatErrorLabel() const { return m_formatError; }
    QRadioButton* sealButton(Organization::SealMode mode) const;

    /// The largest side a stored seal image keeps, in pixels (a 3 cm seal at 600 dpi).
    static constexpr int kMaxSealPixels = 720;

signals:
    void changed();

public slots:
    void chooseSealImage();

private:
    void updateExample();
    void updateSeal();
    Organization::SealMode sealMode() const;

    QLineEdit* m_department = nullptr;
    QLineEdit* m_senderTitle = nullptr;
    QLineEdit* m_senderName = nullptr;
    QButtonGroup* m_sealGroup = nullptr;
    QRadioButton* m_sealOmitted = nullptr;
    QRadioButton* m_sealPrinted = nullptr;
    QRadioButton* m_sealImageButton = nullptr;
    QPushButton* m_chooseImage = nullptr;
    QLabel* m_thumbnail = nullptr;
    ErrorLabel* m_sealError = nullptr;
    QLineEdit* m_numberFormat = nullptr;
    QToolButton* m_insertToken = nullptr;
    QLabel* m_example = nullptr;
    ErrorLabel* m_formatError = nullptr;
    QByteArray m_sealImage;
    QString m_shortName;
    bool m_readOnly = false;
};

} // namespace pd::ui
