// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Translations.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pd::ui {

bool installTranslators(const QLocale& locale, QTranslator& ours, QTranslator& qt)
{
    // English is the source language, but its plural forms (%n) come from privacydesk_en.
    const bool found = ours.load(locale, QStringLiteral("privacydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(&ours);
    if (qt.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    return found || locale.language() == QLocale::English;
}

void useJapaneseFont()
{
    QFont font = QApplication::font();
    font.setFamilies({ QStringLiteral("Noto Sans CJK JP"), font.family() });
    QApplication::setFont(font);
}

} // namespace pd::ui
