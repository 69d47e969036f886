// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBox.h"

#include "core/Error.h"

namespace pd::ui {

namespace {
bool g_recording = false;
QStringList g_recorded;
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
