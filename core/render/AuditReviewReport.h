// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/render/LetterRenderer.h"
#include "core/services/AuditReview.h"
#include "core/storage/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;

namespace pd {
class Session;
}

namespace pd::render {

/// What the printed review shows: a period of the trail (or one of its anomaly views).
struct AuditReviewReportData
{
    QString organizationName;
    QDate from; // first day, Japan time
    QDate until; // last day, inclusive
    AuditView view = AuditView::All;
    QString reviewer; // "name (login)" of the account printing it
    storage::ChainHead head; // the chain when the entries were read
    QList<storage::AuditEntry> entries; // oldest first
};

struct AuditReviewReportOptions
{
    /// Empty: LetterRenderer::defaultFontFamilies(), so that the text extracted from the PDF equals the trail.
    QStringList fontFamilies;
    /// The date printed in the footer; invalid: today.
    QDate printedOn;
};

/// 監査用アクセス記録: the audit trail of a period on paper for the auditor (監事). A4 landscape
/// like the register of complaints; every page repeats the title, period (和暦), reviewer, chain
/// head and the column heads, and is numbered "n / m". Times are Japan time.
///
/// load() and recordPrint() check the permission and audit; paint() and renderPdf() only draw.
class AuditReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReviewReport)

public:
    static constexpr qreal kTitlePointSize = 14.0;
    static constexpr qreal kHeadingPointSize = 9.0;
    static constexpr qreal kTablePointSize = 8.0;

    static QPageLayout pageLayout();
    static QString title();

    /// Reads the entries of [from, until] (Japan time) through AuditReview (permission, audited reading).
    static Result<AuditReviewReportData> load(Session& session, QDate from, QDate until, AuditView view = AuditView::All);
    /// Records that the review was printed or saved as PDF (`target`: "pdf" or "printer").
    static Status recordPrint(Session& session, const AuditReviewReportData& data, int pageCount, const QString& target);

    static Result<int> paint(QPagedPaintDevice* device, const AuditReviewReportData& data,
                             const AuditReviewReportOptions& options = {});
    static Result<RenderedLetter> renderPdf(const AuditReviewReportData& data,
                                            const AuditReviewReportOptions& options = {});
};

} // namespace pd::render
