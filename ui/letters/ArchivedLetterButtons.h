// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QBoxLayout;
class QPushButton;
class QWidget;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// Open, Reprint… and Save PDF… for the archived letter selected in a list (the Letters page,
/// a record's 文書 tab): the buttons, when each is offered, and what each does.
class ArchivedLetterButtons : public QObject
{
    Q_OBJECT

public:
    /// `selectedLetterId` gives the selected letter (0: none); failures are shown in `error`.
    ArchivedLetterButtons(SessionContext& context, QWidget* owner, ErrorLabel* error,
                          std::function<qint64()> selectedLetterId);

    void addTo(QBoxLayout* layout) const;
    QPushButton* openButton() const { return m_open; }
    QPushButton* reprintButton() const { return m_reprint; }
    QPushButton* saveButton() const { return m_save; }

    /// Open needs a session; reprint and save need the right to print and export.
    void update();

    void openSelected();
    void reprintSelected();
    void saveSelectedPdf();
    /// Without a file dialog (tests, scripted use).
    bool saveSelectedPdfTo(const QString& path);

private:
    SessionContext& m_context;
    QWidget* m_owner = nullptr;
    ErrorLabel* m_error = nullptr;
    std::function<qint64()> m_selectedLetterId;
    QPushButton* m_open = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace pd::ui
