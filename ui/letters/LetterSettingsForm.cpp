// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/letters/LetterSettingsForm.h"

#include "core/letters/DocumentNumberFormat.h"
#include "ui/common/ErrorLabel.h"
#include "ui/letters/LetterOutput.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr qint64 kMaxSealFileBytes = 8 * 1024 * 1024;
constexpr int kThumbnailPixels = 72;
constexpr int kSampleSequence = 12;
} // namespace

LetterSettingsForm::LetterSettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_department(new QLineEdit(this))
    , m_senderTitle(new QLineEdit(this))
    , m_senderName(new QLineEdit(this))
    , m_sealGroup(new QButtonGroup(this))
    , m_sealOmitted(new QRadioButton(tr("N&ot sealed: the letter says （公印省略）"), this))
    , m_sealPrinted(new QRadioButton(tr("Sealed by &hand after printing (公印押印)"), this))
    , m_sealImageButton(new QRadioButton(tr("Scanned seal &image printed on the letter"), this))
    , m_chooseImage(new QPushButton(tr("&Choose Image…"), this))
    , m_thumbnail(new QLabel(this))
    , m_sealError(new ErrorLabel(this))
    , m_numberFormat(new QLineEdit(this))
    , m_insertToken(new QToolButton(this))
    , m_example(new QLabel(this))
    , m_formatError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("letterSettingsForm"));
    m_department->setObjectName(QStringLiteral("departmentEdit"));
    m_senderTitle->setObjectName(QStringLiteral("senderTitleEdit"));
    m_senderName->setObjectName(QStringLiteral("senderNameEdit"));
    m_sealOmitted->setObjectName(QStringLiteral("sealOmittedButton"));
    m_sealPrinted->setObjectName(QStringLiteral("sealPrintedButton"));
    m_sealImageButton->setObjectName(QStringLiteral("sealImageButton"));
    m_chooseImage->setObjectName(QStringLiteral("chooseSealImageButton"));
    m_thumbnail->setObjectName(QStringLiteral("sealThumbnail"));
    m_numberFormat->setObjectName(QStringLiteral("numberFormatEdit"));
    m_insertToken->setObjectName(QStringLiteral("insertTokenButton"));
    m_example->setObjectName(QStringLiteral("numberExampleLabel"));
    m_formatError->setObjectName(QStringLiteral("numberFormatError"));
    m_sealError->setObjectName(QStringLiteral("sealError"));

    m_department->setMaxLength(60);
    m_department->setPlaceholderText(tr("e.g. 個人情報相談窓口 (printed as the contact)"));
    m_senderTitle->setMaxLength(60);
    m_senderTitle->setPlaceholderText(tr("e.g. 理事長 or 個人情報取扱責任者"));
    m_senderName->setMaxLength(60);
    m_senderName->setPlaceholderText(tr("e.g. 鈴木　一郎"));

    m_sealGroup->addButton(m_sealOmitted, int(Organization::SealMode::Omitted));
    m_sealGroup->addButton(m_sealPrinted, int(Organization::SealMode::Printed));
    m_sealGroup->addButton(m_sealImageButton, int(Organization::SealMode::Image));
    m_sealOmitted->setChecked(true);
    m_thumbnail->setFixedSize(kThumbnailPixels + 6, kThumbnailPixels + 6);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAutoFillBackground(true);
    m_thumbnail->setBackgroundRole(QPalette::Base);
    m_thumbnail->setForegroundRole(QPalette::PlaceholderText);
    m_chooseImage->setToolTip(tr("A PNG or JPEG scan of the seal, ideally on a transparent or white background"));
    m_chooseImage->setAutoDefault(false);

    m_numberFormat->setMaxLength(80);
    m_numberFormat->setToolTip(tr("The 文書番号 of issued letters. Numbers restart with each fiscal year (April)."));
    m_insertToken->setText(tr("Insert To&ken"));
    m_insertToken->setPopupMode(QToolButton::InstantPopup);
    m_insertToken->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* tokens = new QMenu(m_insertToken);
    for (const NumberPlaceholder& placeholder : DocumentNumberFormat::placeholders()) {
        const QString text = placeholder.example.isEmpty()
            ? tr("%1  %2").arg(placeholder.token, placeholder.description)
            : tr("%1  %2 (e.g. %3)").arg(placeholder.token, placeholder.description, placeholder.example);
        QAction* action = tokens->addAction(text);
        const QString token = placeholder.token;
        connect(action, &QAction::triggered, m_numberFormat, [this, token] {
            m_numberFormat->insert(token);
            m_numberFormat->setFocus();
        });
    }
    m_insertToken->setMenu(tokens);
    m_example->setTextFormat(Qt::PlainText);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_example->setWordWrap(true);
    // The example and the reason take turns in the same place: room for two lines each,
    // so that the dialog does not have to grow (and squeeze the form) while typing.
    const int twoLines = fontMetrics().lineSpacing() * 2 + 4;
    m_example->setMinimumHeight(twoLines);
    m_example->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_formatError->setMinimumHeight(twoLines);
    m_formatError->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addRow(tr("&Department:"), m_department);
    layout->addRow(tr("Sender's &title:"), m_senderTitle);
    layout->addRow(tr("Sender's na&me:"), m_senderName);

    auto* sealBox = new QVBoxLayout;
    sealBox->setSpacing(4);
    sealBox->addWidget(m_sealOmitted);
    sealBox->addWidget(m_sealPrinted);
    sealBox->addWidget(m_sealImageButton);
    auto* imageRow = new QHBoxLayout;
    imageRow->setContentsMargins(24, 0, 0, 0);
    imageRow->addWidget(m_thumbnail);
    // The button and, when the image is missing, why: beside the thumbnail, so that the
    // message never changes the height of the form.
    auto* imageButtons = new QVBoxLayout;
    imageButtons->addWidget(m_chooseImage, 0, Qt::AlignLeft);
    imageButtons->addWidget(m_sealError);
    imageButtons->addStretch(1);
    imageRow->addLayout(imageButtons, 1);
    sealBox->addLayout(imageRow);
    auto* sealLabel = new QLabel(tr("Seal (公印):"), this);
    layout->addRow(sealLabel, sealBox);

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_numberFormat, 1);
    formatRow->addWidget(m_insertToken);
    auto* formatLabel = new QLabel(tr("Document &number:"), this);
    formatLabel->setBuddy(m_numberFormat);
    layout->addRow(formatLabel, formatRow);
    auto* explanation = new QVBoxLayout;
    explanation->setContentsMargins(0, 0, 0, 0);
    explanation->addWidget(m_example);
    explanation->addWidget(m_formatError);
    layout->addRow(QString(), explanation);

    setTabOrder(m_department, m_senderTitle);
    setTabOrder(m_senderTitle, m_senderName);
    setTabOrder(m_senderName, m_sealOmitted);
    setTabOrder(m_sealOmitted, m_chooseImage);
    setTabOrder(m_chooseImage, m_numberFormat);
    setTabOrder(m_numberFormat, m_insertToken);

    for (QLineEdit* edit : {m_department, m_senderTitle, m_senderName})
        connect(edit, &QLineEdit::textChanged, this, &LetterSettingsForm::changed);
    connect(m_numberFormat, &QLineEdit::textChanged, this, [this] {
        updateExample();
        emit changed();
    });
    connect(m_sealGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateSeal();
        emit changed();
    });
    connect(m_chooseImage, &QPushButton::clicked, this, &LetterSettingsForm::chooseSealImage);
    updateSeal();
    updateExample();
}

QRadioButton* LetterSettingsForm::sealButton(Organization::SealMode mode) const
{
    return qobject_cast<QRadioButton*>(m_sealGroup->button(int(mode)));
}

Organization::SealMode LetterSettingsForm::sealMode() const
{
    const int id = m_sealGroup->checkedId();
    return id < 0 ? Organization::SealMode::Omitted : Organization::SealMode(id);
}

void LetterSettingsForm::setOrganization(const Organization& organization)
{
    m_department->setText(organization.department);
    m_senderTitle->setText(organization.senderTitle);
    m_senderName->setText(organization.senderName);
    m_sealImage = organization.sealImage;
    m_shortName = organization.shortName;
    if (QAbstractButton* button = m_sealGroup->button(int(organization.sealMode)))
        button->setChecked(true);
    m_numberFormat->setText(organization.documentNumberFormat);
    updateSeal();
    updateExample();
}

void LetterSettingsForm::applyTo(Organization& organization) const
{
    organization.department = m_department->text().trimmed();
    organization.senderTitle = m_senderTitle->text().trimmed();
    organization.senderName = m_senderName->text().trimmed();
    organization.sealMode = sealMode();
    organization.sealImage = m_sealImage;
    organization.documentNumberFormat = m_numberFormat->text().trimmed();
}

void LetterSettingsForm::setShortName(const QString& shortName)
{
    if (shortName == m_shortName)
        return;
    m_shortName = shortName;
    updateExample();
}

void LetterSettingsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_department, m_senderTitle, m_senderName, m_numberFormat})
        edit->setReadOnly(readOnly);
    for (QAbstractButton* button : m_sealGroup->buttons())
        button->setEnabled(!readOnly);
    m_insertToken->setEnabled(!readOnly);
    updateSeal();
}

QString LetterSettingsForm::problem() const
{
    const QString pattern = m_numberFormat->text().trimmed();
    if (auto valid = DocumentNumberFormat::validate(pattern); !valid)
        return LetterOutput::errorText(valid.error());
    auto example = DocumentNumberFormat::format(
        pattern, NumberContext::forDate(kSampleSequence, m_shortName.trimmed(), QDate::currentDate()));
    if (!example)
        return LetterOutput::errorText(example.error());
    if (sealMode() == Organization::SealMode::Image && m_sealImage.isEmpty())
        return tr("Choose the image of the seal, or another way to seal letters.");
    return {};
}

void LetterSettingsForm::updateExample()
{
    const QString pattern = m_numberFormat->text().trimmed();
    QString reason;
    QString example;
    if (auto valid = DocumentNumberFormat::validate(pattern); !valid) {
        reason = LetterOutput::errorText(valid.error());
    } else {
        auto formatted = DocumentNumberFormat::format(
            pattern, NumberContext::forDate(kSampleSequence, m_shortName.trimmed(), QDate::currentDate()));
        if (formatted)
            example = *formatted;
        else
            reason = LetterOutput::errorText(formatted.error());
    }
    if (reason.isEmpty()) {
        m_example->setText(tr("Example for the 12th letter of this fiscal year: %1").arg(example));
        m_example->show();
        m_formatError->clearError();
    } else {
        m_example->hide();
        m_formatError->showError(reason);
    }
}

void LetterSettingsForm::updateSeal()
{
    const bool image = sealMode() == Organization::SealMode::Image;
    m_chooseImage->setEnabled(image && !m_readOnly);
    m_thumbnail->setEnabled(image);
    QImage seal;
    if (!m_sealImage.isEmpty())
        seal = QImage::fromData(m_sealImage);
    if (seal.isNull()) {
        m_thumbnail->setPixmap(QPixmap());
        m_thumbnail->setText(tr("No image"));
    } else {
        m_thumbnail->setText(QString());
        m_thumbnail->setPixmap(QPixmap::fromImage(
            seal.scaled(kThumbnailPixels, kThumbnailPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    if (image && m_sealImage.isEmpty())
        m_sealError->showError(tr("Choose the image of the seal, or another way to seal letters."));
    else
        m_sealError->clearError();
}

bool LetterSettingsForm::setSealImage(const QByteArray& bytes, QString* error)
{
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    QImageReader reader(&input);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg") {
        if (error)
            *error = tr("The file is not a PNG or JPEG image.");
        return false;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("The image could not be read: %1").arg(reader.errorString());
        return false;
    }
    if (image.width() > kMaxSealPixels || image.height() > kMaxSealPixels)
        image = image.scaled(kMaxSealPixels, kMaxSealPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer output(&png);
    output.open(QIODevice::WriteOnly);
    if (!image.save(&output, "PNG")) {
        if (error)
            *error = tr("The image could not be converted to PNG.");
        return false;
    }
    m_sealImage = png;
    updateSeal();
    emit changed();
    return true;
}

void LetterSettingsForm::chooseSealImage()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto* dialog = new QFileDialog(this, tr("Choose the Seal Image"), directory,
                                   tr("Images (*.png *.jpg *.jpeg)"));
    dialog->setObjectName(QStringLiteral("sealImageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_sealError->showError(tr("The file could not be opened: %1").arg(file.errorString()));
            return;
        }
        if (file.size() > kMaxSealFileBytes) {
            m_sealError->showError(tr("The file is too large for a seal image (at most 8 MB)."));
            return;
        }
        QString error;
        if (!setSealImage(file.readAll(), &error))
            m_sealError->showError(error);
    });
    dialog->open();
}

} // namespace pd::ui
