// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/LetterRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QUrl>
#include <QVariant>

#include <cmath>

namespace pd::render {

namespace {

constexpr qreal kPointsPerInch = 72.0;
constexpr qreal kMillimetresPerInch = 25.4;

/// Less than any line's height, more than rounding noise (layout pixels).
constexpr qreal kTouchingEpsilon = 0.5;

qreal pointsToLayout(qreal points)
{
    return points * kLayoutDpi / kPointsPerInch;
}

qreal millimetresToLayout(qreal millimetres)
{
    return millimetres * kLayoutDpi / kMillimetresPerInch;
}

/// A document that takes images only from RenderOptions::images. QTextDocument would
/// otherwise load any <img src> or stylesheet it names from disk or from Qt resources: a
/// template could then pull in a local file, and a re-render could differ from the archived
/// letter because a file changed. An unknown image becomes a transparent pixel: answering
/// "none" is not enough, because Qt's image handler then loads the name as a path itself.
class HermeticDocument : public QTextDocument
{
public:
    explicit HermeticDocument(const QHash<QString, QImage>& images)
        : m_images(images)
    {
        m_missing.fill(Qt::transparent);
    }

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        const auto it = m_images.constFind(name.toString());
        return it != m_images.cend() && !it->isNull() ? *it : m_missing;
    }

private:
    const QHash<QString, QImage>& m_images;
    QImage m_missing { 1, 1, QImage::Format_ARGB32 };
};

/// A paint device that only answers metric questions, at kLayoutDpi. Laying the letter out
/// on it (rather than on the target device) keeps CSS px lengths, line breaks and page breaks
/// the same on a 96-dpi PDF, a 600-dpi printer and the screen.
QImage makeLayoutDevice()
{
    QImage device(1, 1, QImage::Format_ARGB32);
    const int dotsPerMetre = qRound(kLayoutDpi / 0.0254);
    device.setDotsPerMeterX(dotsPerMetre);
    device.setDotsPerMeterY(dotsPerMetre);
    return device;
}

QFont letterFont(const QStringList& families, qreal pointSize)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    // Unhinted outlines: the PDF is scaled by every viewer and printer, and hinted
    // advances would make the layout depend on the layout resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

struct PageGeometryPx
{
    QSizeF page;
    QRectF body;
};

PageGeometryPx geometryFor(const QPageLayout& layout)
{
    // Millimetres, not points: QPageSize rounds A4 to 595×842 pt, which would shift line breaks.
    const QRectF full = layout.fullRect(QPageLayout::Millimeter);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    PageGeometryPx geometry;
    geometry.page = QSizeF(millimetresToLayout(full.width()), millimetresToLayout(full.height()));
    geometry.body = QRectF(millimetresToLayout(margins.left()), millimetresToLayout(margins.top()),
        millimetresToLayout(full.width() - margins.left() - margins.right()),
        millimetresToLayout(full.height() - margins.top() - margins.bottom()));
    return geometry;
}

/// Draws one line of text with its left edge at `x` and its baseline at `baseline`,
/// laid out on the layout device so that it scales with the painter like the body does.
void drawLine(
    QPainter* painter, QPaintDevice* layoutDevice, const QFont& font, const QString& text, qreal x, qreal baseline)
{
    QTextLayout layout(text, font, layoutDevice);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(1.0e6);
    layout.endLayout();
    layout.draw(painter, QPointF(x, baseline - line.ascent()));
}

qreal lineWidth(QPaintDevice* layoutDevice, const QFont& font, const QString& text)
{
    QTextLayout layout(text, font, layoutDevice);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    qreal width = 0;
    if (line.isValid()) {
        line.setLineWidth(1.0e6);
        width = line.naturalTextWidth();
    }
    layout.endLayout();
    return width;
}

/// The running header of a continuation page: the caller's text on the left (elided if it
/// would run into the page number), the page number on the right, a hairline below.
void drawRunningHeader(QPainter* painter, QPaintDevice* layoutDevice, const QFont& font, const QRectF& body,
    const QString& text, int page, int pageCount)
{
    const QString pageNumber = QStringLiteral("（%1/%2）").arg(page).arg(pageCount);
    const qreal baseline = millimetresToLayout(kRunningHeaderBaselineMm);
    const qreal numberWidth = lineWidth(layoutDevice, font, pageNumber);
    drawLine(painter, layoutDevice, font, pageNumber, body.right() - numberWidth, baseline);
    if (!text.isEmpty()) {
        const QFontMetricsF metrics(font, layoutDevice);
        const qreal room = body.width() - numberWidth - metrics.averageCharWidth() * 2;
        drawLine(painter, layoutDevice, font, metrics.elidedText(text, Qt::ElideRight, room), body.left(), baseline);
    }
    const qreal ruleY = baseline + millimetresToLayout(2.0);
    painter->save();
    painter->setPen(QPen(Qt::black, pointsToLayout(0.4)));
    painter->drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
    painter->restore();
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor((y + kTouchingEpsilon) / pageHeight));
}

/// Splits `block` before `offset` (a position inside it) into two paragraphs that look like
/// one: the second continues without first-line indent or top margin, the first keeps no
/// bottom margin. The text is unchanged apart from the paragraph break.
void splitBlock(QTextDocument* document, const QTextBlock& block, int offset)
{
    QTextBlockFormat first = block.blockFormat();
    QTextBlockFormat rest = first;
    rest.setTextIndent(0);
    rest.setTopMargin(0);
    if (QTextList* list = block.textList()) {
        // The continuation must not become a new, numbered list item.
        rest.clearProperty(QTextFormat::ObjectIndex);
        rest.setIndent(list->format().indent());
    }
    first.setBottomMargin(0);
    QTextCursor cursor(document);
    cursor.setPosition(block.position() + offset);
    cursor.insertBlock(rest, cursor.charFormat());
    QTextCursor(block).setBlockFormat(first);
}

/// Qt draws, for every paragraph that straddles the top of the clip, the one line just above
/// it as well (QTextLayout::draw keeps the last line above the clip as its first line). The
/// painter's clip hides it on paper, but its text would be in the PDF twice, and copy, search
/// and pdftotext would see it. So no paragraph may straddle a page break: each one that does
/// is split where the layout broke it, which keeps every line where it was.
void splitParagraphsAtPageBreaks(QTextDocument* document)
{
    const qreal pageHeight = document->pageSize().height();
    // Each split removes one straddle and leaves everything before it in place; the bound
    // only guards against a layout that would not settle.
    for (int round = 0; round < 10000; ++round) {
        document->pageCount(); // finishes the layout
        QAbstractTextDocumentLayout* layout = document->documentLayout();
        bool split = false;
        for (QTextBlock block = document->begin(); block.isValid() && !split; block = block.next()) {
            const QTextLayout* lines = block.layout();
            if (lines == nullptr || lines->lineCount() < 2)
                continue;
            const qreal origin = layout->blockBoundingRect(block).top() - lines->boundingRect().top();
            const int firstPage = pageOf(origin + lines->lineAt(0).y(), pageHeight);
            for (int i = 1; i < lines->lineCount(); ++i) {
                if (pageOf(origin + lines->lineAt(i).y(), pageHeight) != firstPage) {
                    splitBlock(document, block, lines->lineAt(i).textStart());
                    split = true;
                    break;
                }
            }
        }
        if (!split)
            return;
    }
}

/// QPdfWriter stamps the wall-clock time into /CreationDate, which would make two renders
/// of the same letter differ. The date is overwritten in place with the caller's date, or
/// blanked out with spaces: the length of the file is kept, so the cross-reference table
/// (byte offsets) stays valid.
bool setCreationDate(QByteArray* pdf, const QDateTime& when)
{
    const QByteArray key = QByteArrayLiteral("/CreationDate (");
    const qsizetype start = pdf->indexOf(key);
    if (start < 0)
        return true;
    // The Info dictionary precedes every (compressed) stream; a match after one is not it.
    const qsizetype firstStream = pdf->indexOf(QByteArrayLiteral("stream"));
    if (firstStream >= 0 && firstStream < start)
        return false;
    const qsizetype close = pdf->indexOf(')', start + key.size());
    if (close < 0)
        return false;
    const qsizetype oldLength = close + 1 - start;
    QByteArray replacement;
    if (when.isValid()) {
        replacement = key + QByteArrayLiteral("D:") + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
            + QByteArrayLiteral("Z)");
    }
    if (replacement.size() > oldLength)
        return false;
    replacement.append(QByteArray(oldLength - replacement.size(), ' '));
    pdf->replace(start, oldLength, replacement);
    return true;
}

} // namespace

QStringList LetterRenderer::defaultFontFamilies()
{
    return {
        // Debian fonts-morisawa-bizud-mincho, Google Fonts: one code point per glyph.
        QStringLiteral("BIZ UDMincho"),
        // The same design as bundled with Windows 10 (1809) and later.
        QStringLiteral("BIZ UDMincho Medium"),
        // IPA明朝 has no Kangxi radicals in its cmap, but maps ～ (U+FF5E) to the glyph of
        // 〜 (U+301C) and ￥ to ¥, which would then be extracted as such.
        QStringLiteral("IPAMincho"),
        // Always installed with the application's dependencies; see the class comment.
        QStringLiteral("Noto Serif CJK JP"),
    };
}

QString LetterRenderer::resolvedFontFamily(const QStringList& families)
{
    const QStringList candidates = families.isEmpty() ? defaultFontFamilies() : families;
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : candidates) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

Result<int> LetterRenderer::paint(QPagedPaintDevice* device, const QString& html, const RenderOptions& options)
{
    if (qGuiApp == nullptr)
        return fail(ErrorKind::Internal, QStringLiteral("letter rendering needs a QGuiApplication"));
    if (device == nullptr)
        return fail(ErrorKind::Internal, QStringLiteral("no paint device"));
    if (html.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("empty letter"));

    const PageGeometryPx geometry = geometryFor(options.pageLayout);
    if (geometry.body.width() <= 0 || geometry.body.height() <= 0)
        return fail(ErrorKind::InvalidInput, QStringLiteral("page margins leave no room for the letter"));

    QImage layoutDevice = makeLayoutDevice();
    const QStringList families = options.fontFamilies.isEmpty() ? defaultFontFamilies() : options.fontFamilies;

    HermeticDocument document(options.images);
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    document.setDefaultFont(letterFont(families, options.bodyPointSize));
    // The page size before the content, so that the HTML is laid out once.
    document.setPageSize(geometry.body.size());
    document.setUndoRedoEnabled(false);
    document.setHtml(html);
    splitParagraphsAtPageBreaks(&document);
    const int pageCount = document.pageCount();

    // Our own margins: the device paints from the paper's corner. (A QPrinter in standard
    // mode would move the origin by its unprintable margins.)
    QPageLayout deviceLayout = options.pageLayout;
    deviceLayout.setMode(QPageLayout::FullPageMode);
    if (!device->setPageLayout(deviceLayout))
        return fail(ErrorKind::Internal, QStringLiteral("the device does not accept the page layout"));

    QPainter painter;
    if (!painter.begin(device))
        return fail(ErrorKind::Io, QStringLiteral("could not start painting the letter"));
    const qreal scaleX = qreal(device->logicalDpiX()) / kLayoutDpi;
    const qreal scaleY = qreal(device->logicalDpiY()) / kLayoutDpi;
    const QFont headerFont = letterFont(families, kRunningHeaderPointSize);
    const qreal pageHeight = document.pageSize().height();

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return fail(ErrorKind::Io, QStringLiteral("could not start page %1").arg(page + 1));
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        if (page > 0)
            drawRunningHeader(
                &painter, &layoutDevice, headerFont, geometry.body, options.headerText, page + 1, pageCount);
        // Show the document through a window onto this page. No line crosses a page boundary
        // and no paragraph straddles one (splitParagraphsAtPageBreaks), so Qt emits each line
        // on exactly one page and its text is in the PDF once. Qt also draws a paragraph that
        // merely touches the window (one starting exactly at the top of the next page), so the
        // window used to pick what to draw is a hair smaller than the page; the painter's clip
        // is exact.
        painter.translate(geometry.body.left(), geometry.body.top() - page * pageHeight);
        const QRectF window(0, page * pageHeight, geometry.body.width(), pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = window.adjusted(0, kTouchingEpsilon, 0, -kTouchingEpsilon);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(window);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return fail(ErrorKind::Io, QStringLiteral("could not finish the letter"));
    return pageCount;
}

Result<RenderedLetter> LetterRenderer::renderPdf(const QString& html, const RenderOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        // One device pixel per layout pixel: no scaling between layout and PDF.
        writer.setResolution(kLayoutDpi);
        writer.setTitle(options.title);
        writer.setCreator(options.creator);
        const Result<int> painted = paint(&writer, html, options);
        if (!painted)
            return std::unexpected(painted.error());
        pageCount = *painted;
    }
    buffer.close();
    RenderedLetter letter;
    letter.pdf = buffer.data();
    letter.pageCount = pageCount;
    if (!setCreationDate(&letter.pdf, options.creationDate))
        return fail(ErrorKind::Internal, QStringLiteral("unexpected PDF metadata layout"));
    return letter;
}

} // namespace pd::render
