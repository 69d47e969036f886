// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/letters/LetterData.h"
#include "core/model/Letter.h"
#include "core/render/LetterRenderer.h"

#include <QDate>
#include <QList>

namespace pd {

class Session;

/// What a letter is for: the template, the record it answers and the values that the
/// record (or the user, in the preview form) supplies.
struct LetterRequest
{
    QString templateName;
    QString recordType; // e.g. complaint; empty for a letter that answers no record
    qint64 recordId = 0;
    QString recordNumber; // 受付番号, shown in the archive
    LetterData fields;    // override the standard fields where they overlap
    QDate issueDate;      // default: today
};

struct LetterPreview
{
    StoredTemplate usedTemplate;
    QString html;
    render::RenderOptions options;
    render::RenderedLetter rendered;
};

/// Letters (文書): fills templates with the organization's settings and a record's data,
/// renders them, and issues them — number and archive in one transaction — so that the
/// office can prove what it sent and reprint it byte for byte.
class LetterService
{
public:
    explicit LetterService(Session& session);

    Result<QList<StoredTemplate>> templates();
    Result<StoredTemplate> latestTemplate(const QString& name);
    Result<QList<StoredTemplate>> templateVersions(const QString& name);
    /// The names a template may use: its catalog fields, or for a custom template the standard fields.
    QStringList knownNames(const QString& templateName) const;
    /// Saves a new version (officer). Fails with InvalidInput naming a syntax error or the
    /// placeholders no field explains.
    Result<StoredTemplate> saveTemplate(const QString& name, const QString& title, const QString& html);

    /// Organization settings, the signed-in account and the date: the fields every letter has.
    Result<LetterData> standardFields(QDate issueDate);
    /// Fills and renders without numbering or archiving; the number shows as a blank to be assigned.
    Result<LetterPreview> preview(const LetterRequest& request);
    /// Renders a template's own sample data (the editor's live preview).
    Result<LetterPreview> previewSample(const QString& templateName, const QString& html);
    /// Assigns the next 文書番号 of the fiscal year, renders and archives in one transaction.
    Result<IssuedLetter> issue(const LetterRequest& request);

    /// The archived letter with its exact PDF bytes; recorded as a view.
    Result<IssuedLetter> archivedLetter(qint64 id);
    Result<IssuedLetter> archivedLetter(const QString& documentNumber);
    Result<QList<IssuedLetter>> lettersFor(const QString& recordType, qint64 recordId);
    /// The 文書発信簿 (register of issued documents) for [from, until] as a PDF.
    Result<render::RenderedLetter> issuedRegister(QDate from, QDate until);
    Result<QList<IssuedLetter>> issuedBetween(QDate from, QDate until);

    /// Audit trail for output that leaves the program (print, save as PDF).
    Status recordOutput(const QString& action, const QString& recordType, qint64 recordId, const QString& detail);

    static QString numberPlaceholder();

private:
    Result<LetterPreview> compose(const LetterRequest& request, const QString& documentNumber,
                                  const std::optional<QString>& htmlOverride = std::nullopt);

    Session& m_session;
};

} // namespace pd
