// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPushButton;

namespace pd::ui {

class ErrorLabel;

/// Asks for the name (a stable ASCII key) and the title of a template of our own.
class NewTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewTemplateDialog(const QStringList& existingNames, QWidget* parent = nullptr);

    QString name() const;
    QString title() const;

public slots:
    void accept() override;

private:
    void validate();

    QStringList m_existing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace pd::ui
