// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;
class QTranslator;

namespace pd::ui {

/// Installs our translation and Qt's own for `locale`: ours from the .qm files embedded under
/// :/i18n (privacydesk_translations), Qt's from QLibraryInfo::TranslationsPath. Returns false
/// when ours is missing for a language other than English (the source language). The
/// translators must outlive their use (main() and the tests keep them on the stack).
bool installTranslators(const QLocale& locale, QTranslator& ours, QTranslator& qt);

/// Makes Noto Sans CJK JP (fonts-noto-cjk) the first family of the application font:
/// without an explicit Japanese family, CJK text falls back to Chinese glyph shapes.
void useJapaneseFont();

} // namespace pd::ui
