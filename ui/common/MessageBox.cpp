// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBox.h"

#include "core/Error.h"

#include <QPointer>
#include <QPushButton>

namespace pd::ui {

namespace {
bool g_recording = false;
QStringList g_recorded;
std::optional<bool> g_answer;
} // namespace

QMessageBox* MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Information, title, text);
}

QMessageBox* MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Warning, title, text);
}

QMessageBox* MessageBox::error(QWidget* parent, const QString& title, const Error& error)
{
    return show(parent, QMessageBox::Critical, title, error.message());
}

QMessageBox* MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                  const QString& acceptText, std::function<void(bool)> answered)
{
    if (g_recording) {
        g_recorded.append(text);
        if (g_answer && answered)
            answered(*g_answer);
        return nullptr;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton* accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject* context = parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(box);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, accept = QPointer<QPushButton>(accept), answered = std::move(answered)] {
                         if (answered)
                             answered(accept && box->clickedButton() == accept);
                     });
    box->open();
    return box;
}

void MessageBox::setAnswerForTesting(std::optional<bool> answer)
{
    g_answer = answer;
}

void MessageBox::setRecordingForTesting(bool recording)
{
    g_recording = recording;
}

QStringList MessageBox::recordedForTesting()
{
    return g_recorded;
}

void MessageBox::clearRecordedForTesting()
{
    g_recorded.clear();
}

QMessageBox* MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    if (g_recording) {
        g_recorded.append(text);
        return nullptr;
    }
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
    return box;
}

} // namespace pd::ui
