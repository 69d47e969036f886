// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/AuditReviewReport.h"

#include "core/letters/JapaneseDate.h"
#include "core/render/PageGeometry.h"
#include "core/render/ReportLayout.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Vault.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTimeZone>

#include <array>
#include <numeric>

namespace pd::render {

namespace {

using ReportLayout::CellPadding;
using ReportLayout::WrappedText;
using ReportLayout::drawLine;
using ReportLayout::drawRow;
using ReportLayout::rowHeight;
using ReportLayout::makeLayoutDevice;
using ReportLayout::mm;
using ReportLayout::pt;

enum ReportColumn { SeqColumn, TimeColumn, AccountColumn, RoleColumn, ActionColumn, TargetColumn, ResultColumn,
                    DetailColumn, ColumnCount };

using RowTexts = std::array<QString, ColumnCount>;

constexpr int kJapanOffsetSeconds = 9 * 3600;
/// 詳細 keeps at least this share of the width; the other columns are as wide as their text.
constexpr qreal kMinDetailShare = 0.30;

const qreal kCellPaddingX = mm(1.0);
const qreal kCellPaddingY = mm(0.6);
const CellPadding kPadding{kCellPaddingX, kCellPaddingY};
const qreal kGridLineWidth = pt(0.5);
const qreal kHeaderGap = mm(2.5);
const qreal kFooterHeight = mm(7.0);

struct Fonts
{
    QFont title;
    QFont heading;
    QFont columnHead;
    QFont cell;
};

RowTexts columnHeads()
{
    return {AuditReviewReport::tr("No."), AuditReviewReport::tr("Date and time (JST)"),
            AuditReviewReport::tr("Account"), AuditReviewReport::tr("Role"), AuditReviewReport::tr("Action"),
            AuditReviewReport::tr("Target"), AuditReviewReport::tr("Result"), AuditReviewReport::tr("Detail")};
}

RowTexts rowTexts(const storage::AuditEntry& entry)
{
    const QDateTime local = entry.atUtc.toTimeZone(QTimeZone(kJapanOffsetSeconds));
    // The names the screen shows; the stored keys stay in the trail and in privacydesk-admin audit-log.
    return {QString::number(entry.seq), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.login.isEmpty() ? AuditReviewReport::tr("(unknown)") : entry.login,
            AuditReview::roleDisplayName(entry.role), AuditReview::actionDisplayName(entry.action),
            AuditReview::targetDisplayName(entry.recordType, entry.recordId),
            AuditReview::resultDisplayName(entry.result), entry.detail};
}

std::array<qreal, ColumnCount> columnWidths(const QList<RowTexts>& rows, const RowTexts& heads, const Fonts& fonts,
                                            QPaintDevice* device, qreal tableWidth)
{
    std::array<qreal, ColumnCount> widths {};
    constexpr qreal unbounded = 1e6;
    // Account and target names may be long; they wrap rather than squeeze 詳細.
    auto maxShare = [](int column) {
        return column == AccountColumn || column == TargetColumn || column == ResultColumn ? 0.12 : 1.0;
    };
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == DetailColumn)
            continue;
        qreal widest = WrappedText(heads[column], fonts.columnHead, device, unbounded).naturalWidth();
        for (const RowTexts& row : rows)
            widest = std::max(widest, WrappedText(row[column], fonts.cell, device, unbounded).naturalWidth());
        widths[column] = std::min(widest + 2 * kCellPaddingX + 1, tableWidth * maxShare(column));
    }
    qreal others = std::accumulate(widths.begin(), widths.end(), 0.0);
    const qreal available = tableWidth * (1.0 - kMinDetailShare);
    if (others > available) {
        for (qreal& width : widths)
            width *= available / others;
        others = available;
    }
    widths[DetailColumn] = tableWidth - others;
    return widths;
}

QDateTime japanDayStartUtc(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(kJapanOffsetSeconds)).toUTC();
}

} // namespace

QPageLayout AuditReviewReport::pageLayout()
{
    return ReportLayout::landscapeA4();
}

QString AuditReviewReport::title()
{
    return tr("Audit access record");
}

Result<AuditReviewReportData> AuditReviewReport::load(Session& session, QDate from, QDate until, AuditView view)
{
    if (!from.isValid() || !until.isValid() || until < from)
        return fail(ErrorKind::InvalidInput, tr("The period ends before it begins."));
    AuditReview review(session);
    auto head = [&]() { return storage::AuditLog::head(session.vault().database()); }();
    if (!head)
        return std::unexpected(head.error());
    storage::AuditQuery query;
    query.fromUtc = japanDayStartUtc(from);
    query.untilUtc = japanDayStartUtc(until.addDays(1));
    query.upToSeq = head->seq;
    auto entries = review.view(query, view);
    if (!entries)
        return std::unexpected(entries.error());
    auto organization = OrganizationService(session).organization();
    AuditReviewReportData data;
    data.organizationName = organization ? organization->name : QString();
    data.from = from;
    data.until = until;
    data.view = view;
    data.reviewer = QStringLiteral("%1 (%2)").arg(session.account().displayName, session.account().login);
    data.head = *head;
    data.entries = std::move(*entries);
    return data;
}

Status AuditReviewReport::recordPrint(Session& session, const AuditReviewReportData& data, int pageCount,
                                      const QString& target)
{
    if (auto allowed = session.require(Permission::ReviewAuditLog, QStringLiteral("audit_log")); !allowed)
        return allowed;
    return session.vault().store().audit(
        session.actor(), QStringLiteral("print"), QStringLiteral("audit_log"), data.head.seq,
        QStringLiteral("target=%1; period=%2/%3; entries=%4; pages=%5")
            .arg(target, data.from.toString(Qt::ISODate), data.until.toString(Qt::ISODate))
            .arg(data.entries.size())
            .arg(pageCount));
}

Result<int> AuditReviewReport::paint(QPagedPaintDevice* device, const AuditReviewReportData& data,
                                     const AuditReviewReportOptions& options)
{
    if (qGuiApp == nullptr)
        return fail(ErrorKind::Internal, QStringLiteral("the report needs a QGuiApplication"));
    if (device == nullptr)
        return fail(ErrorKind::Internal, QStringLiteral("no paint device"));
    const QStringList families
        = options.fontFamilies.isEmpty() ? LetterRenderer::defaultFontFamilies() : options.fontFamilies;
    const Fonts fonts{ReportLayout::font(families, kTitlePointSize, true), ReportLayout::font(families, kHeadingPointSize),
                      ReportLayout::font(families, kTablePointSize, true), ReportLayout::font(families, kTablePointSize)};
    QImage layoutDevice = makeLayoutDevice();
    const QRectF body = QRectF(pageLayout().paintRectPixels(kLayoutDpi));

    QList<RowTexts> rows;
    rows.reserve(data.entries.size());
    for (const storage::AuditEntry& entry : data.entries)
        rows.append(rowTexts(entry));
    const RowTexts heads = columnHeads();
    const std::array<qreal, ColumnCount> widths = columnWidths(rows, heads, fonts, &layoutDevice, body.width());

    const WrappedText titleText(title(), fonts.title, &layoutDevice, body.width());
    const QString headingLeft = data.organizationName;
    const QString headingCentre = tr("Period: %1").arg(ReportLayout::periodText(data.from, data.until));
    QString scope = tr("Reviewer: %1").arg(data.reviewer);
    if (data.view != AuditView::All)
        scope += QStringLiteral("　") + tr("View: %1").arg(AuditReview::viewDisplayName(data.view));
    const QString chain = tr("Chain head: #%1 %2").arg(data.head.seq).arg(QString::fromLatin1(data.head.hash.toHex()));
    const qreal headingLine = pt(kHeadingPointSize) * 1.5;
    const qreal headingHeight = titleText.height() + 2 * headingLine + kHeaderGap;
    const qreal columnHeadHeight = rowHeight(heads, widths, fonts.columnHead, &layoutDevice, kPadding);
    QList<qreal> heights;
    heights.reserve(rows.size());
    for (const RowTexts& row : rows)
        heights.append(rowHeight(row, widths, fonts.cell, &layoutDevice, kPadding));

    const qreal tableTop = body.top() + headingHeight + columnHeadHeight;
    const qreal tableBottom = body.bottom() - kFooterHeight;
    QList<std::pair<int, int>> pages;
    int first = 0;
    qreal y = tableTop;
    for (int row = 0; row < rows.size(); ++row) {
        if (y + heights.at(row) > tableBottom && row > first) {
            pages.append({first, row});
            first = row;
            y = tableTop;
        }
        y += heights.at(row);
    }
    pages.append({first, int(rows.size())});
    const int pageCount = int(pages.size());

    QPageLayout deviceLayout = pageLayout();
    deviceLayout.setMode(QPageLayout::FullPageMode); // our margins, from the paper's corner
    if (!device->setPageLayout(deviceLayout))
        return fail(ErrorKind::Internal, QStringLiteral("the device does not accept the page layout"));
    QPainter painter;
    if (!painter.begin(device))
        return fail(ErrorKind::Io, QStringLiteral("could not start painting the audit review"));
    const qreal scaleX = qreal(device->logicalDpiX()) / kLayoutDpi;
    const qreal scaleY = qreal(device->logicalDpiY()) / kLayoutDpi;
    const QDate printedOn = options.printedOn.isValid() ? options.printedOn : QDate::currentDate();
    const QString footerLeft = tr("Printed on %1").arg(JapaneseDate::formatJapaneseEra(printedOn));
    const QString total = tr("Total: %n entry(s)", nullptr, int(rows.size()));
    const QBrush headBackground(QColor(0xe6, 0xe6, 0xe6));
    const qreal tableRight = body.left() + std::accumulate(widths.begin(), widths.end(), 0.0);

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return fail(ErrorKind::Io, QStringLiteral("could not start page %1").arg(page + 1));
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.setPen(QPen(Qt::black, kGridLineWidth));
        // Every page says what it is, for which period and chain: a loose sheet still proves something.
        qreal top = body.top();
        titleText.draw(&painter, QPointF(body.left() + (body.width() - titleText.naturalWidth()) / 2, top));
        top += titleText.height();
        const QRectF first(body.left(), top, body.width(), headingLine);
        drawLine(&painter, &layoutDevice, headingLeft, fonts.heading, first, Qt::AlignLeft);
        drawLine(&painter, &layoutDevice, headingCentre, fonts.heading, first, Qt::AlignHCenter);
        drawLine(&painter, &layoutDevice, QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount), fonts.heading, first,
                 Qt::AlignRight);
        const QRectF second(body.left(), top + headingLine, body.width(), headingLine);
        drawLine(&painter, &layoutDevice, scope, fonts.heading, second, Qt::AlignLeft);
        drawLine(&painter, &layoutDevice, chain, fonts.heading, second, Qt::AlignRight);

        top = body.top() + headingHeight;
        painter.drawLine(QLineF(body.left(), top, tableRight, top));
        drawRow(&painter, &layoutDevice, heads, widths, QPointF(body.left(), top), columnHeadHeight, fonts.columnHead,
                kPadding, headBackground);
        top += columnHeadHeight;
        const auto [firstRow, endRow] = pages.at(page);
        for (int row = firstRow; row < endRow; ++row) {
            drawRow(&painter, &layoutDevice, rows.at(row), widths, QPointF(body.left(), top), heights.at(row), fonts.cell,
                    kPadding, Qt::NoBrush);
            top += heights.at(row);
        }
        if (rows.isEmpty())
            drawLine(&painter, &layoutDevice, tr("No entries in this period."), fonts.cell,
                     QRectF(body.left() + kCellPaddingX, top + kCellPaddingY * 2, body.width(), mm(8)), Qt::AlignLeft);
        const QRectF footer(body.left(), body.bottom() - kFooterHeight + mm(2), body.width(), kFooterHeight - mm(2));
        drawLine(&painter, &layoutDevice, footerLeft, fonts.heading, footer, Qt::AlignLeft);
        if (page == pageCount - 1)
            drawLine(&painter, &layoutDevice, total, fonts.heading, footer, Qt::AlignRight);
        painter.restore();
    }
    if (!painter.end())
        return fail(ErrorKind::Io, QStringLiteral("could not finish the audit review"));
    return pageCount;
}

Result<RenderedLetter> AuditReviewReport::renderPdf(const AuditReviewReportData& data,
                                                    const AuditReviewReportOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kLayoutDpi);
        writer.setTitle(title() + QLatin1Char(' ') + ReportLayout::periodText(data.from, data.until));
        writer.setCreator(QStringLiteral("PrivacyDesk"));
        const Result<int> painted = paint(&writer, data, options);
        if (!painted)
            return std::unexpected(painted.error());
        pageCount = *painted;
    }
    buffer.close();
    return RenderedLetter{buffer.data(), pageCount};
}

} // namespace pd::render
