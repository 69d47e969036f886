// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/JapaneseDateEdit.h"

#include "core/letters/JapaneseDate.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace pd::ui {

JapaneseDateEdit::JapaneseDateEdit(bool optional, QWidget* parent)
    : QWidget(parent)
    , m_optional(optional)
    , m_edit(new QDateEdit(this))
    , m_era(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_era->setObjectName(QStringLiteral("eraLabel"));
    m_edit->setDisplayFormat(QStringLiteral("yyyy/MM/dd"));
    m_edit->setCalendarPopup(true);
    m_edit->setMaximumDate(QDate(2200, 12, 31));
    m_era->setTextFormat(Qt::PlainText);
    m_era->setMinimumWidth(m_era->fontMetrics().horizontalAdvance(QStringLiteral("令和00年00月00日")) + 8);
    setFocusProxy(m_edit);
    m_edit->setToolTip(tr("Type the year, month and day (e.g. 20251028), or press Alt+Down for a calendar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    if (m_optional) {
        // The day before the first date we write stands for "no date" and shows as a blank.
        m_edit->setMinimumDate(emptyMarker());
        m_edit->setSpecialValueText(QStringLiteral(" "));
        m_edit->setDate(emptyMarker());
        m_clear = new QToolButton(this);
        m_clear->setObjectName(QStringLiteral("clearDateButton"));
        m_clear->setText(QStringLiteral("×"));
        m_clear->setAutoRaise(true);
        m_clear->setToolTip(tr("Clear the date (Ctrl+Delete)"));
        m_clear->setAccessibleName(tr("Clear the date"));
        m_clear->setFocusPolicy(Qt::NoFocus); // Ctrl+Delete in the field does the same from the keyboard
        layout->addWidget(m_clear);
        connect(m_clear, &QToolButton::clicked, this, &JapaneseDateEdit::clear);
        // Typing or opening the calendar in an empty field starts from today, not from 1872.
        m_edit->installEventFilter(this);
        if (QLineEdit* line = m_edit->findChild<QLineEdit*>())
            line->installEventFilter(this);
    } else {
        m_edit->setMinimumDate(JapaneseDate::firstEraDate());
        m_edit->setDate(QDate::currentDate());
    }
    layout->addWidget(m_era);
    layout->addStretch(1);

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        updateEra();
        emit dateChanged(date());
    });
    updateEra();
}

QDate JapaneseDateEdit::emptyMarker() const
{
    return JapaneseDate::firstEraDate().addDays(-1);
}

QDate JapaneseDateEdit::date() const
{
    const QDate value = m_edit->date();
    if (m_optional && value <= emptyMarker())
        return {};
    return value;
}

void JapaneseDateEdit::setDate(QDate date)
{
    if (!date.isValid()) {
        clear();
        return;
    }
    m_edit->setDate(date);
}

void JapaneseDateEdit::clear()
{
    m_edit->setDate(m_optional ? emptyMarker() : QDate::currentDate());
}

void JapaneseDateEdit::updateEra()
{
    const QDate value = date();
    m_era->setText(value.isValid() ? JapaneseDate::formatJapaneseEra(value) : tr("(no date)"));
    m_era->setForegroundRole(value.isValid() ? QPalette::WindowText : QPalette::PlaceholderText);
    if (m_clear)
        m_clear->setEnabled(value.isValid());
}

bool JapaneseDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (m_optional && isEmpty()) {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool digit = !key->text().isEmpty() && key->text().at(0).isDigit();
            const bool step = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp
                || key->key() == Qt::Key_PageDown;
            if (digit || step) {
                m_edit->setDate(QDate::currentDate());
                // Typing starts with the year (2025/10/28); a step key gives today.
                m_edit->setCurrentSection(QDateTimeEdit::YearSection);
                m_edit->setSelectedSection(QDateTimeEdit::YearSection);
                if (step)
                    return true;
            }
        } else if (event->type() == QEvent::MouseButtonPress && watched == m_edit) {
            m_edit->setDate(QDate::currentDate());
        }
    } else if (m_optional && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::ControlModifier) {
            clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::ui
