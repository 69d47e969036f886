// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/UnsavedChangesPrompt.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace pd::ui {

namespace {
std::optional<UnsavedChangesPrompt::Choice> g_answer;
QStringList g_asked;
} // namespace

void UnsavedChangesPrompt::ask(QWidget* parent, const QString& text, std::function<void(Choice)> answered)
{
    if (g_answer) {
        g_asked.append(text);
        if (answered)
            answered(*g_answer);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"), text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton* save = box->addButton(QMessageBox::Save);
    QPushButton* discard = box->addButton(QMessageBox::Discard);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    save->setText(tr("&Save"));
    discard->setText(tr("&Discard"));
    cancel->setText(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(box);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, save = QPointer<QPushButton>(save), discard = QPointer<QPushButton>(discard),
                      answered = std::move(answered)] {
                         if (!answered)
                             return;
                         QAbstractButton* clicked = box->clickedButton();
                         if (save && clicked == save)
                             answered(Choice::Save);
                         else if (discard && clicked == discard)
                             answered(Choice::Discard);
                         else
                             answered(Choice::Cancel);
                     });
    box->open();
}

void UnsavedChangesPrompt::setAnswerForTesting(std::optional<Choice> choice)
{
    g_answer = choice;
}

QStringList UnsavedChangesPrompt::askedForTesting()
{
    return g_asked;
}

void UnsavedChangesPrompt::clearAskedForTesting()
{
    g_asked.clear();
}

} // namespace pd::ui
