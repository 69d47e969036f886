// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

namespace pd::ui {

/// What a drag from a file manager or mail program carries: saved messages (.eml) become
/// new complaints, other local files become attachments. One place decides which is which,
/// for the main window and the complaint editor alike.
class EmailDrop
{
public:
    /// Local files whose name ends in .eml (any case).
    static QStringList emailFiles(const QMimeData* mime);
    /// Local files that are not .eml.
    static QStringList otherFiles(const QMimeData* mime);
    static bool hasEmailFiles(const QMimeData* mime) { return !emailFiles(mime).isEmpty(); }
    static bool isEmailFile(const QString& path);
};

} // namespace pd::ui
