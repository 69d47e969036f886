// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/LetterService.h"

#include "core/letters/DocumentNumberFormat.h"
#include "core/letters/JapaneseDate.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/TemplateCatalog.h"
#include "core/model/FiscalYear.h"
#include "core/services/Session.h"
#include "core/storage/LetterTables.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pd {

namespace {
struct LetterText
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)
};

constexpr auto kDocumentSeries = "document";
constexpr auto kRecordType = "issued_letter";

QDate effectiveDate(QDate date)
{
    return date.isValid() ? date : QDate::currentDate();
}

QImage sealImageOf(const Organization& organization)
{
    if (organization.sealMode != Organization::SealMode::Image || organization.sealImage.isEmpty())
        return {};
    return QImage::fromData(organization.sealImage);
}
} // namespace

LetterService::LetterService(Session& session)
    : m_session(session)
{
}

QString LetterService::numberPlaceholder()
{
    return LetterText::tr("(number assigned when issued)");
}

Result<QList<StoredTemplate>> LetterService::templates()
{
    return storage::TemplateTable::latestVersions(m_session.vault().database());
}

Result<StoredTemplate> LetterService::latestTemplate(const QString& name)
{
    auto stored = storage::TemplateTable::latest(m_session.vault().database(), name);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return fail(ErrorKind::NotFound, LetterText::tr("no template named %1").arg(name));
    return **stored;
}

Result<QList<StoredTemplate>> LetterService::templateVersions(const QString& name)
{
    return storage::TemplateTable::versions(m_session.vault().database(), name);
}

QStringList LetterService::knownNames(const QString& templateName) const
{
    if (const CatalogEntry* entry = TemplateCatalog::find(templateName))
        return entry->knownNames();
    return TemplateCatalog::standardFieldKeys();
}

Result<StoredTemplate> LetterService::saveTemplate(const QString& name, const QString& title, const QString& html)
{
    if (auto allowed = m_session.require(Permission::EditLetterTemplates, QStringLiteral("letter_template")); !allowed)
        return std::unexpected(allowed.error());
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_]{1,63}$"));
    if (!validName.match(name).hasMatch())
        return fail(ErrorKind::InvalidInput,
                    LetterText::tr("A template name uses lower-case letters, digits and _ and starts with a letter."));
    if (title.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, LetterText::tr("The template needs a title."));
    if (auto valid = LetterTemplate::validate(html); !valid)
        return std::unexpected(valid.error());
    const QStringList unknown = LetterTemplate::unknownPlaceholders(html, knownNames(name));
    if (!unknown.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    LetterText::tr("These placeholders are not fields of this letter: %1")
                        .arg(unknown.join(QStringLiteral("、"))));

    StoredTemplate draft;
    draft.name = name;
    draft.title = title.trimmed();
    draft.html = html;
    draft.createdBy = m_session.account().login;
    Result<StoredTemplate> saved = fail(ErrorKind::Internal);
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        saved = storage::TemplateTable::addVersion(writer, draft);
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return saved;
}

Result<LetterData> LetterService::standardFields(QDate issueDate)
{
    auto organization = storage::OrganizationTable::load(m_session.vault().database());
    if (!organization)
        return std::unexpected(organization.error());
    LetterData data;
    data.setText(QStringLiteral("組合名"), organization->name)
        .setText(QStringLiteral("組合郵便番号"), organization->postalCode)
        .setText(QStringLiteral("組合住所"), organization->address)
        .setText(QStringLiteral("組合電話"), organization->phone)
        .setText(QStringLiteral("組合FAX"), organization->fax)
        .setText(QStringLiteral("組合メール"), organization->email)
        .setText(QStringLiteral("担当部署"), organization->department)
        .setText(QStringLiteral("担当者氏名"), m_session.account().displayName)
        .setText(QStringLiteral("発信者職名"), organization->senderTitle)
        .setText(QStringLiteral("発信者氏名"), organization->senderName)
        .setFlag(QStringLiteral("公印省略"), organization->sealMode == Organization::SealMode::Omitted)
        .setFlag(QStringLiteral("公印画像"), !sealImageOf(*organization).isNull())
        .setDate(QStringLiteral("発信日"), effectiveDate(issueDate));
    return data;
}

Result<LetterPreview> LetterService::compose(const LetterRequest& request, const QString& documentNumber,
                                             const std::optional<QString>& htmlOverride)
{
    auto stored = latestTemplate(request.templateName);
    if (!stored)
        return std::unexpected(stored.error());
    auto data = standardFields(request.issueDate);
    if (!data)
        return std::unexpected(data.error());
    QVariantMap values = data->toVariantMap();
    const QVariantMap overrides = request.fields.toVariantMap();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        values.insert(it.key(), it.value());
    values.insert(QStringLiteral("文書番号"), documentNumber);
    // The date on the letter is the date that fixed its fiscal year and number.
    values.insert(QStringLiteral("発信日"), effectiveDate(request.issueDate));

    LetterPreview preview;
    preview.usedTemplate = *stored;
    auto html = LetterTemplate::render(htmlOverride.value_or(stored->html), LetterData(values));
    if (!html)
        return std::unexpected(html.error());
    preview.html = *html;

    const QString recipient = values.value(QStringLiteral("宛先氏名")).toString();
    const CatalogEntry* entry = TemplateCatalog::find(stored->name);
    preview.options.title = (entry && !entry->subject.isEmpty() ? entry->subject : stored->title);
    preview.options.headerText = recipient.isEmpty() ? documentNumber
                                                     : LetterText::tr("%1　%2 様").arg(documentNumber, recipient);
    auto organization = storage::OrganizationTable::load(m_session.vault().database());
    if (organization) {
        const QImage seal = sealImageOf(*organization);
        if (!seal.isNull())
            preview.options.images.insert(QStringLiteral("seal"), seal);
    }
    auto rendered = render::LetterRenderer::renderPdf(preview.html, preview.options);
    if (!rendered)
        return std::unexpected(rendered.error());
    preview.rendered = *rendered;
    return preview;
}

Result<LetterPreview> LetterService::preview(const LetterRequest& request)
{
    return compose(request, numberPlaceholder());
}

Result<LetterPreview> LetterService::previewSample(const QString& templateName, const QString& html)
{
    LetterRequest request;
    request.templateName = templateName;
    if (const CatalogEntry* entry = TemplateCatalog::find(templateName)) {
        request.fields = entry->sampleData();
        request.issueDate = QDate::fromString(
            [&] {
                for (const TemplateField& field : entry->fields)
                    if (field.sourceDate == QStringLiteral("発信日"))
                        return field.sampleDate;
                return QString();
            }(),
            Qt::ISODate);
    }
    QString number = numberPlaceholder();
    if (const CatalogEntry* entry = TemplateCatalog::find(templateName))
        for (const TemplateField& field : entry->fields)
            if (field.key == QStringLiteral("文書番号"))
                number = field.sample.toString();
    return compose(request, number, html);
}

Result<IssuedLetter> LetterService::issue(const LetterRequest& request)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, QString::fromLatin1(kRecordType)); !allowed)
        return std::unexpected(allowed.error());
    const QDate issueDate = effectiveDate(request.issueDate);
    const FiscalYear fiscalYear = FiscalYear::containing(issueDate);

    IssuedLetter letter;
    auto status = m_session.vault().store().write(m_session.actor(), [&](storage::Writer& writer) -> Status {
        auto organization = storage::OrganizationTable::load(writer.database());
        if (!organization)
            return std::unexpected(organization.error());
        // The number is taken inside the transaction that archives the letter: a failure
        // anywhere below rolls the counter back, so numbers are never skipped or reused.
        auto sequence = storage::NumberCounters::next(writer, QString::fromLatin1(kDocumentSeries), fiscalYear.startYear());
        if (!sequence)
            return std::unexpected(sequence.error());
        auto number = DocumentNumberFormat::format(
            organization->documentNumberFormat,
            NumberContext{*sequence, fiscalYear, organization->shortName, issueDate});
        if (!number)
            return std::unexpected(number.error());
        LetterRequest dated = request;
        dated.issueDate = issueDate;
        auto composed = compose(dated, *number);
        if (!composed)
            return std::unexpected(composed.error());
        // Reprint returns these bytes; the creation date is fixed into them here.
        composed->options.creationDate = QDateTime::currentDateTimeUtc();
        auto rendered = render::LetterRenderer::renderPdf(composed->html, composed->options);
        if (!rendered)
            return std::unexpected(rendered.error());

        QVariantMap values = request.fields.toVariantMap();
        values.insert(QStringLiteral("文書番号"), *number);
        letter.documentNumber = *number;
        letter.fiscalYear = fiscalYear.startYear();
        letter.sequence = *sequence;
        letter.templateId = composed->usedTemplate.id;
        letter.templateName = composed->usedTemplate.name;
        letter.templateVersion = composed->usedTemplate.version;
        letter.recordType = request.recordType;
        letter.recordId = request.recordId;
        letter.recordNumber = request.recordNumber;
        letter.issueDate = issueDate;
        letter.recipientName = request.fields.value(QStringLiteral("宛先氏名")).toString();
        letter.title = composed->usedTemplate.title;
        letter.dataJson = QString::fromUtf8(QJsonDocument::fromVariant(values).toJson(QJsonDocument::Compact));
        letter.pdf = rendered->pdf;
        letter.pdfHash = QCryptographicHash::hash(rendered->pdf, QCryptographicHash::Sha256);
        letter.pageCount = rendered->pageCount;
        letter.issuedUtc = QDateTime::currentDateTimeUtc();
        letter.issuedBy = m_session.account().id;
        letter.issuedByName = m_session.account().displayName;
        auto id = storage::IssuedLetterTable::insert(writer, letter);
        if (!id)
            return std::unexpected(id.error());
        letter.id = *id;
        return writer.audit(QStringLiteral("issue"), QString::fromLatin1(kRecordType), letter.id,
                            QStringLiteral("template=%1 v%2; record=%3#%4")
                                .arg(letter.templateName)
                                .arg(letter.templateVersion)
                                .arg(letter.recordType)
                                .arg(letter.recordId));
    });
    if (!status)
        return std::unexpected(status.error());
    return letter;
}

Result<IssuedLetter> LetterService::archivedLetter(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ReadAll, QString::fromLatin1(kRecordType)); !allowed)
        return std::unexpected(allowed.error());
    auto letter = storage::IssuedLetterTable::byId(m_session.vault().database(), id);
    if (!letter)
        return std::unexpected(letter.error());
    if (!letter->has_value())
        return fail(ErrorKind::NotFound);
    if (auto audited = m_session.vault().store().audit(m_session.actor(), QStringLiteral("view"),
                                                       QString::fromLatin1(kRecordType), id);
        !audited)
        return std::unexpected(audited.error());
    return **letter;
}

Result<IssuedLetter> LetterService::archivedLetter(const QString& documentNumber)
{
    auto letter = storage::IssuedLetterTable::byNumber(m_session.vault().database(), documentNumber);
    if (!letter)
        return std::unexpected(letter.error());
    if (!letter->has_value())
        return fail(ErrorKind::NotFound);
    return archivedLetter((*letter)->id);
}

Result<QList<IssuedLetter>> LetterService::lettersFor(const QString& recordType, qint64 recordId)
{
    return storage::IssuedLetterTable::forRecord(m_session.vault().database(), recordType, recordId);
}

Result<QList<IssuedLetter>> LetterService::issuedBetween(QDate from, QDate until)
{
    return storage::IssuedLetterTable::issuedBetween(m_session.vault().database(), from.startOfDay(),
                                                     until.addDays(1).startOfDay());
}

Result<render::RenderedLetter> LetterService::issuedRegister(QDate from, QDate until)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, QStringLiteral("letter_register")); !allowed)
        return std::unexpected(allowed.error());
    auto letters = issuedBetween(from, until);
    if (!letters)
        return std::unexpected(letters.error());
    auto organization = storage::OrganizationTable::load(m_session.vault().database());
    if (!organization)
        return std::unexpected(organization.error());

    const auto cell = [](const QString& text) {
        return QStringLiteral("<td style=\"padding: 3px 5px; border: 1px solid #555;\">%1</td>")
            .arg(LetterTemplate::escapeValue(text));
    };
    QString rows;
    for (const IssuedLetter& letter : *letters)
        rows += QStringLiteral("<tr>") + cell(letter.documentNumber) + cell(JapaneseDate::formatJapaneseEra(letter.issueDate))
            + cell(letter.title) + cell(letter.recipientName.isEmpty() ? QString() : letter.recipientName + QStringLiteral(" 様"))
            + cell(letter.recordNumber) + cell(letter.issuedByName) + QStringLiteral("</tr>");
    const auto header = [](const QString& text) {
        return QStringLiteral("<th style=\"padding: 3px 5px; border: 1px solid #555; background: #eee;\">%1</th>")
            .arg(LetterTemplate::escapeValue(text));
    };
    const QString html =
        QStringLiteral("<html><body><p align=\"center\" style=\"font-size: 14pt;\">%1</p>"
                       "<p align=\"right\">%2<br>%3</p>"
                       "<table width=\"100%\" cellspacing=\"0\" style=\"border-collapse: collapse;\">"
                       "<thead><tr>%4%5%6%7%8%9</tr></thead><tbody>%10</tbody></table>"
                       "<p align=\"right\">%11</p></body></html>")
            .arg(LetterTemplate::escapeValue(LetterText::tr("Register of issued documents")),
                 LetterTemplate::escapeValue(organization->name),
                 LetterTemplate::escapeValue(LetterText::tr("Period: %1 – %2")
                                                 .arg(JapaneseDate::formatJapaneseEra(from),
                                                      JapaneseDate::formatJapaneseEra(until))),
                 header(LetterText::tr("Document number")), header(LetterText::tr("Date sent")),
                 header(LetterText::tr("Title")), header(LetterText::tr("Addressee")), header(LetterText::tr("Record")),
                 header(LetterText::tr("Issued by")))
            .arg(rows, LetterTemplate::escapeValue(LetterText::tr("%n letter(s)", nullptr, int(letters->size()))));
    render::RenderOptions options;
    options.title = LetterText::tr("Register of issued documents");
    options.headerText = LetterText::tr("Register of issued documents");
    auto rendered = render::LetterRenderer::renderPdf(html, options);
    if (!rendered)
        return std::unexpected(rendered.error());
    if (auto audited = m_session.vault().store().audit(m_session.actor(), QStringLiteral("print"),
                                                       QStringLiteral("letter_register"), 0,
                                                       QStringLiteral("letters=%1").arg(letters->size()));
        !audited)
        return std::unexpected(audited.error());
    return rendered;
}

Status LetterService::recordOutput(const QString& action, const QString& recordType, qint64 recordId,
                                   const QString& detail)
{
    if (auto allowed = m_session.require(Permission::PrintAndExport, recordType); !allowed)
        return allowed;
    return m_session.vault().store().audit(m_session.actor(), action, recordType, recordId, detail);
}

} // namespace pd
