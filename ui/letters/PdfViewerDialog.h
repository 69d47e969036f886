// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace pd::ui {

class ErrorLabel;
class SessionContext;

/// Shows a PDF held in memory (an archived letter, the 文書発信簿) with QtPdf, never
/// through a file, and prints or saves exactly those bytes. Non-modal; it closes when
/// the session locks, because it shows personal data that the lock must put away.
class PdfViewerDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the audit log records when the PDF is printed or saved.
    struct AuditTarget
    {
        QString recordType; // e.g. issued_letter, letter_register
        qint64 recordId = 0;
        QString detail;
    };

    explicit PdfViewerDialog(SessionContext& context, QWidget* parent = nullptr);
    ~PdfViewerDialog() override;

    void setPdf(const QByteArray& pdf, const QString& title, const QString& suggestedFileName,
                const AuditTarget& audit);
    const QByteArray& pdf() const { return m_pdf; }
    int pageCount() const;

public slots:
    void print();
    void savePdf();
    /// Saves the PDF bytes as they are to `path` (the Save PDF button asks for it first).
    bool savePdfTo(const QString& path);

private:
    void updateActions();

    SessionContext& m_context;
    QByteArray m_pdf;
    QBuffer m_buffer;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QLabel* m_pages = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QString m_title;
    QString m_fileName;
    AuditTarget m_audit;
};

} // namespace pd::ui
