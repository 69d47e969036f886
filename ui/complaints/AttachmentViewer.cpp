// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/AttachmentViewer.h"

#include "ui/app/SessionContext.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
} // namespace

AttachmentViewer::AttachmentViewer(SessionContext& context, QWidget* parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QLabel)
    , m_pageLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_canvas->setObjectName(QStringLiteral("imageCanvas"));
    m_canvas->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto makeButton = [this](const QString& text, const QString& icon, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setIcon(QIcon::fromTheme(icon));
        button->setToolTip(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    m_previous = makeButton(tr("&Previous page"), QStringLiteral("go-previous"), tr("Page Up"));
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next = makeButton(tr("&Next page"), QStringLiteral("go-next"), tr("Page Down"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    QToolButton* zoomOutButton = makeButton(tr("Zoom &out"), QStringLiteral("zoom-out"), tr("Ctrl+-"));
    QToolButton* zoomInButton = makeButton(tr("Zoom &in"), QStringLiteral("zoom-in"), tr("Ctrl++"));
    QToolButton* fitButton = makeButton(tr("&Fit"), QStringLiteral("zoom-fit-best"), tr("Ctrl+0"));
    connect(m_previous, &QToolButton::clicked, this, &AttachmentViewer::previousPage);
    connect(m_next, &QToolButton::clicked, this, &AttachmentViewer::nextPage);
    connect(zoomOutButton, &QToolButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(zoomInButton, &QToolButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(fitButton, &QToolButton::clicked, this, &AttachmentViewer::fitToWindow);

    const QList<std::pair<QKeySequence, void (AttachmentViewer::*)()>> shortcuts = {
        {QKeySequence(Qt::Key_PageDown), &AttachmentViewer::nextPage},
        {QKeySequence(Qt::Key_PageUp), &AttachmentViewer::previousPage},
        {QKeySequence::ZoomIn, &AttachmentViewer::zoomIn},
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), &AttachmentViewer::zoomIn},
        {QKeySequence::ZoomOut, &AttachmentViewer::zoomOut},
        {QKeySequence(Qt::CTRL | Qt::Key_0), &AttachmentViewer::fitToWindow},
    };
    for (const auto& [key, slot] : shortcuts) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    }

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_pageLabel);
    toolbar->addWidget(m_next);
    toolbar->addStretch(1);
    toolbar->addWidget(zoomOutButton);
    toolbar->addWidget(zoomInButton);
    toolbar->addWidget(fitButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);

    // The image is personal data: it goes with the lock and is not restored.
    connect(&context, &SessionContext::aboutToClose, this, &QDialog::close);
    resize(900, 1000);
}

bool AttachmentViewer::setImage(const QByteArray& data, const QString& title)
{
    setWindowTitle(tr("%1 – Attachment").arg(title));
    m_data = data;
    QBuffer buffer(&m_data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    m_pageCount = qMax(0, reader.imageCount());
    if (m_pageCount == 0 && reader.canRead())
        m_pageCount = 1;
    if (m_pageCount == 0) {
        // A TIFF FAX needs Qt's image format plugins, which a minimal installation may lack.
        const bool tiff = m_data.startsWith("II*") || m_data.startsWith(QByteArrayView("MM\0*", 4));
        if (tiff && !QImageReader::supportedImageFormats().contains("tiff"))
            m_message->setText(tr("TIFF images cannot be shown on this computer: the Qt image format plugins "
                                  "(package qt6-image-formats-plugins) are not installed. The file is kept safely."));
        else
            m_message->setText(tr("This file cannot be shown: it is not a readable PNG, JPEG or TIFF image."));
        m_message->show();
        m_image = {};
        updateView();
        return false;
    }
    m_message->hide();
    m_zoom = 0;
    showPage(0);
    return !m_image.isNull();
}

void AttachmentViewer::showPage(int page)
{
    if (m_pageCount == 0)
        return;
    page = qBound(0, page, m_pageCount - 1);
    QBuffer buffer(&m_data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (page > 0)
        reader.jumpToImage(page);
    QImage image = reader.read();
    if (image.isNull()) {
        m_message->setText(tr("Page %1 cannot be read: %2").arg(page + 1).arg(reader.errorString()));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_page = page;
    m_image = image;
    updateView();
}

void AttachmentViewer::nextPage()
{
    showPage(m_page + 1);
}

void AttachmentViewer::previousPage()
{
    showPage(m_page - 1);
}

void AttachmentViewer::zoomIn()
{
    m_zoom = qMin(kMaxZoom, effectiveScale() * kZoomStep);
    updateView();
}

void AttachmentViewer::zoomOut()
{
    m_zoom = qMax(kMinZoom, effectiveScale() / kZoomStep);
    updateView();
}

void AttachmentViewer::fitToWindow()
{
    m_zoom = 0;
    updateView();
}

double AttachmentViewer::effectiveScale() const
{
    if (m_zoom > 0 || m_image.isNull())
        return m_zoom > 0 ? m_zoom : 1.0;
    const QSize available = m_scroll->viewport()->size() - QSize(8, 8);
    const double scale = qMin(double(available.width()) / m_image.width(), double(available.height()) / m_image.height());
    return qBound(kMinZoom, scale, 1.0);
}

void AttachmentViewer::updateView()
{
    m_pageLabel->setText(m_pageCount > 0 ? tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount) : QString());
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pageCount);
    if (m_image.isNull()) {
        m_canvas->clear();
        return;
    }
    const double scale = effectiveScale();
    const QSize size = (QSizeF(m_image.size()) * scale).toSize().expandedTo(QSize(1, 1));
    m_canvas->setPixmap(QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void AttachmentViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_zoom == 0)
        updateView();
}

void AttachmentViewer::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The image is set before the first show, when the scroll area has no size yet: fitting it
    // then gave a thumbnail. Its viewport has its real size only now.
    if (m_zoom == 0)
        updateView();
}

} // namespace pd::ui
