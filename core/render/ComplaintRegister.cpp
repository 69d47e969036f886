// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/ComplaintRegister.h"

#include "core/complaints/ComplaintStatus.h"
#include "core/letters/JapaneseDate.h"
#include "core/render/PageGeometry.h"
#include "core/render/ReportLayout.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

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

enum RegisterColumn {
    NumberColumn,
    ReceivedColumn,
    ChannelColumn,
    ComplainantColumn,
    CategoryColumn,
    SummaryColumn,
    StatusColumn,
    AssigneeColumn,
    AnsweredColumn,
    CompletedColumn,
    ColumnCount
};

using RowTexts = std::array<QString, ColumnCount>;

/// The share of the table's width that 概要 keeps however wide the other columns would like to be.
constexpr qreal kMinSummaryShare = 0.24;
/// The most that the columns of free-length text may take before their text wraps: names and the
/// category (long in some languages) wrap rather than squeeze 概要. Number, dates, channel and
/// status never wrap.
qreal maxShare(int column)
{
    switch (column) {
    case ComplainantColumn:
        return 0.11;
    case CategoryColumn:
        return 0.12;
    case AssigneeColumn:
        return 0.09;
    default:
        return 1.0;
    }
}

const qreal kCellPaddingX = mm(1.2);
const qreal kCellPaddingY = mm(0.8);
const CellPadding kPadding{kCellPaddingX, kCellPaddingY};
const qreal kGridLineWidth = pt(0.5);
const qreal kHeaderGap = mm(3.0); // between the page heading and the table
const qreal kFooterHeight = mm(7.0);

QString eraDate(QDate date)
{
    return date.isValid() ? JapaneseDate::formatJapaneseEra(date) : QString();
}

struct Fonts
{
    QFont title;
    QFont heading;
    QFont columnHead;
    QFont cell;
};

struct Layout
{
    QRectF body; // inside the margins, in layout pixels
    std::array<qreal, ColumnCount> widths {};
    qreal headingHeight = 0; // title and the line below it, up to the table
    qreal columnHeadHeight = 0;
    QList<qreal> rowHeights;
    QList<std::pair<int, int>> pages; // [first, last) rows of each page
};

/// Column widths: every column as wide as its widest text on one line, names within a limit,
/// and 概要 the rest (at least kMinSummaryShare). When that does not fit, the other columns
/// give up width in proportion and their texts wrap.
std::array<qreal, ColumnCount> columnWidths(
    const QList<RowTexts>& rows, const RowTexts& heads, const Fonts& fonts, QPaintDevice* device, qreal tableWidth)
{
    std::array<qreal, ColumnCount> widths {};
    constexpr qreal unbounded = 1e6;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == SummaryColumn)
            continue;
        qreal widest = WrappedText(heads[column], fonts.columnHead, device, unbounded).naturalWidth();
        for (const RowTexts& row : rows)
            widest = std::max(widest, WrappedText(row[column], fonts.cell, device, unbounded).naturalWidth());
        widths[column] = widest + 2 * kCellPaddingX + 1; // 1 px: never wrap the widest text by rounding
        widths[column] = std::min(widths[column], tableWidth * maxShare(column));
    }
    qreal others = 0;
    for (int column = 0; column < ColumnCount; ++column)
        others += widths[column];
    const qreal available = tableWidth * (1.0 - kMinSummaryShare);
    if (others > available) {
        for (qreal& width : widths)
            width *= available / others;
        others = available;
    }
    widths[SummaryColumn] = tableWidth - others;
    return widths;
}

RowTexts columnHeads()
{
    return { ComplaintRegister::tr("Number"), ComplaintRegister::tr("Received"), ComplaintRegister::tr("Channel"),
        ComplaintRegister::tr("Complainant"), ComplaintRegister::tr("Category"), ComplaintRegister::tr("Summary"),
        ComplaintRegister::tr("Status"), ComplaintRegister::tr("In charge"), ComplaintRegister::tr("Answered"),
        ComplaintRegister::tr("Completed") };
}

RowTexts rowTexts(const ComplaintRegisterEntry& entry)
{
    QString category = categoryDisplayName(entry.category);
    if (entry.possibleBreach)
        category += QChar(QChar::LineSeparator) + ComplaintRegister::tr("(possible breach)");
    return { entry.number, eraDate(entry.receivedOn), channelDisplayName(entry.channel), entry.complainantName,
        category, entry.summary, statusDisplayName(entry.status), entry.assigneeName, eraDate(entry.answeredOn),
        eraDate(entry.completedOn) };
}

} // namespace

QPageLayout ComplaintRegister::pageLayout()
{
    return ReportLayout::landscapeA4();
}

QString ComplaintRegister::title()
{
    return tr("Register of complaints");
}

Result<int> ComplaintRegister::paint(
    QPagedPaintDevice* device, const ComplaintRegisterData& data, const ComplaintRegisterOptions& options)
{
    if (qGuiApp == nullptr)
        return fail(ErrorKind::Internal, QStringLiteral("the register needs a QGuiApplication"));
    if (device == nullptr)
        return fail(ErrorKind::Internal, QStringLiteral("no paint device"));

    const QStringList families
        = options.fontFamilies.isEmpty() ? LetterRenderer::defaultFontFamilies() : options.fontFamilies;
    const Fonts fonts { ReportLayout::font(families, kTitlePointSize, true), ReportLayout::font(families, kHeadingPointSize),
        ReportLayout::font(families, kTablePointSize, true), ReportLayout::font(families, kTablePointSize) };
    QImage layoutDevice = makeLayoutDevice();

    const QPageLayout pageLayout = ComplaintRegister::pageLayout();
    Layout layout;
    layout.body = QRectF(pageLayout.paintRectPixels(kLayoutDpi));

    QList<RowTexts> rows;
    rows.reserve(data.entries.size());
    for (const ComplaintRegisterEntry& entry : data.entries)
        rows.append(rowTexts(entry));
    const RowTexts heads = columnHeads();
    layout.widths = columnWidths(rows, heads, fonts, &layoutDevice, layout.body.width());

    const WrappedText titleText(title(), fonts.title, &layoutDevice, layout.body.width());
    const WrappedText headingText(data.organizationName, fonts.heading, &layoutDevice, layout.body.width() / 2);
    layout.headingHeight
        = titleText.height() + std::max(headingText.height(), pt(kHeadingPointSize) * 1.4) + kHeaderGap;
    layout.columnHeadHeight = rowHeight(heads, layout.widths, fonts.columnHead, &layoutDevice, kPadding);
    for (const RowTexts& row : rows)
        layout.rowHeights.append(rowHeight(row, layout.widths, fonts.cell, &layoutDevice, kPadding));

    const qreal tableTop = layout.body.top() + layout.headingHeight + layout.columnHeadHeight;
    const qreal tableBottom = layout.body.bottom() - kFooterHeight;
    if (tableBottom - tableTop < pt(kTablePointSize) * 4)
        return fail(ErrorKind::InvalidInput, QStringLiteral("page margins leave no room for the register"));
    int first = 0;
    qreal y = tableTop;
    for (int row = 0; row < rows.size(); ++row) {
        // A line taller than a whole page (impossible with 概要 cut short) is clipped, not lost.
        if (y + layout.rowHeights.at(row) > tableBottom && row > first) {
            layout.pages.append({ first, row });
            first = row;
            y = tableTop;
        }
        y += layout.rowHeights.at(row);
    }
    layout.pages.append({ first, int(rows.size()) });
    const int pageCount = int(layout.pages.size());

    QPageLayout deviceLayout = pageLayout;
    deviceLayout.setMode(QPageLayout::FullPageMode); // our margins, from the paper's corner
    if (!device->setPageLayout(deviceLayout))
        return fail(ErrorKind::Internal, QStringLiteral("the device does not accept the page layout"));

    QPainter painter;
    if (!painter.begin(device))
        return fail(ErrorKind::Io, QStringLiteral("could not start painting the register"));
    const qreal scaleX = qreal(device->logicalDpiX()) / kLayoutDpi;
    const qreal scaleY = qreal(device->logicalDpiY()) / kLayoutDpi;
    const QString period = ReportLayout::periodText(data.from, data.until);
    const QDate printedOn = options.printedOn.isValid() ? options.printedOn : QDate::currentDate();
    const QString footerLeft = tr("Printed on %1").arg(JapaneseDate::formatJapaneseEra(printedOn));
    const QString total = tr("Total: %n complaint(s)", nullptr, int(rows.size()));
    const QBrush headBackground(QColor(0xe6, 0xe6, 0xe6));
    const qreal tableRight = layout.body.left() + std::accumulate(layout.widths.begin(), layout.widths.end(), 0.0);

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return fail(ErrorKind::Io, QStringLiteral("could not start page %1").arg(page + 1));
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.setPen(QPen(Qt::black, kGridLineWidth));

        // The heading of every page: a loose sheet still says what it is and which period it covers.
        qreal top = layout.body.top();
        titleText.draw(
            &painter, QPointF(layout.body.left() + (layout.body.width() - titleText.naturalWidth()) / 2, top));
        top += titleText.height();
        const QRectF headingLine(layout.body.left(), top, layout.body.width(), layout.headingHeight);
        headingText.draw(&painter, QPointF(layout.body.left(), top));
        drawLine(&painter, &layoutDevice, tr("Period: %1").arg(period), fonts.heading, headingLine, Qt::AlignHCenter);
        drawLine(&painter, &layoutDevice, QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount), fonts.heading,
            headingLine, Qt::AlignRight);

        top = layout.body.top() + layout.headingHeight;
        painter.drawLine(QLineF(layout.body.left(), top, tableRight, top));
        drawRow(&painter, &layoutDevice, heads, layout.widths, QPointF(layout.body.left(), top), layout.columnHeadHeight,
                fonts.columnHead, kPadding, headBackground);
        top += layout.columnHeadHeight;
        const auto [firstRow, endRow] = layout.pages.at(page);
        for (int row = firstRow; row < endRow; ++row) {
            drawRow(&painter, &layoutDevice, rows.at(row), layout.widths, QPointF(layout.body.left(), top),
                    layout.rowHeights.at(row), fonts.cell, kPadding, Qt::NoBrush);
            top += layout.rowHeights.at(row);
        }
        if (rows.isEmpty()) {
            drawLine(&painter, &layoutDevice, tr("No complaints were received in this period."), fonts.cell,
                QRectF(layout.body.left() + kCellPaddingX, top + kCellPaddingY * 2, layout.body.width(), mm(8)),
                Qt::AlignLeft);
        }

        const QRectF footer(layout.body.left(), layout.body.bottom() - kFooterHeight + mm(2), layout.body.width(),
            kFooterHeight - mm(2));
        drawLine(&painter, &layoutDevice, footerLeft, fonts.heading, footer, Qt::AlignLeft);
        if (page == pageCount - 1)
            drawLine(&painter, &layoutDevice, total, fonts.heading, footer, Qt::AlignRight);
        painter.restore();
    }
    if (!painter.end())
        return fail(ErrorKind::Io, QStringLiteral("could not finish the register"));
    return pageCount;
}

Result<RenderedLetter> ComplaintRegister::renderPdf(
    const ComplaintRegisterData& data, const ComplaintRegisterOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kLayoutDpi); // one device pixel per layout pixel
        writer.setTitle(title() + QLatin1Char(' ') + ReportLayout::periodText(data.from, data.until));
        writer.setCreator(QStringLiteral("PrivacyDesk"));
        const Result<int> painted = paint(&writer, data, options);
        if (!painted)
            return std::unexpected(painted.error());
        pageCount = *painted;
    }
    buffer.close();
    RenderedLetter rendered;
    rendered.pdf = buffer.data();
    rendered.pageCount = pageCount;
    return rendered;
}

} // namespace pd::render
