// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintEditorDraft.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
QString dateTimeText(const QDateTime& value)
{
    return value.isValid() ? value.toLocalTime().toString(Qt::ISODate) : QString();
}

QDateTime dateTimeFrom(const QJsonValue& value)
{
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toLocalTime() : QDateTime();
}

QString dateText(QDate value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

void ComplaintEditorDraft::copyEditableFields(const Complaint& from, Complaint& to)
{
    to.receivedAt = from.receivedAt;
    to.channel = from.channel;
    to.channelDetails = from.channelDetails;
    to.complainant = from.complainant;
    to.content = from.content;
    to.category = from.category;
    to.purposeCategoryIds = from.purposeCategoryIds;
    to.possibleBreach = from.possibleBreach;
    to.assigneeId = from.assigneeId;
    to.targetDate = from.targetDate;
    to.answerMethod = from.answerMethod;
    to.answeredOn = from.answeredOn;
    to.result = from.result;
    to.prevention = from.prevention;
}

QByteArray ComplaintEditorDraft::toJson() const
{
    const Complaint& c = fields;
    const ChannelDetails& d = c.channelDetails;
    QJsonArray purposes;
    for (qint64 id : c.purposeCategoryIds)
        purposes.append(QString::number(id));
    const QJsonObject form{
        {u"receivedAt"_s, dateTimeText(c.receivedAt)},
        {u"channel"_s, channelKey(c.channel)},
        {u"callerNumber"_s, d.callerNumber},
        {u"callStarted"_s, dateTimeText(d.callStarted)},
        {u"callEnded"_s, dateTimeText(d.callEnded)},
        {u"faxNumber"_s, d.faxNumber},
        {u"emailFrom"_s, d.emailFrom},
        {u"emailDate"_s, dateTimeText(d.emailDate)},
        {u"emailSubject"_s, d.emailSubject},
        {u"emailBody"_s, d.emailBody},
        {u"postmarkDate"_s, dateText(d.postmarkDate)},
        {u"senderAddress"_s, d.senderAddress},
        {u"name"_s, c.complainant.name},
        {u"kana"_s, c.complainant.kana},
        {u"relation"_s, relationKey(c.complainant.relation)},
        {u"phone"_s, c.complainant.phone},
        {u"email"_s, c.complainant.email},
        {u"postalCode"_s, c.complainant.postalCode},
        {u"address"_s, c.complainant.address},
        {u"content"_s, c.content},
        {u"category"_s, categoryKey(c.category)},
        {u"purposeCategories"_s, purposes},
        {u"possibleBreach"_s, c.possibleBreach},
        {u"assignee"_s, QString::number(c.assigneeId)},
        {u"targetDate"_s, dateText(c.targetDate)},
        {u"answerMethod"_s, answerMethodKey(c.answerMethod)},
        {u"answeredOn"_s, dateText(c.answeredOn)},
        {u"result"_s, c.result},
        {u"prevention"_s, c.prevention},
    };
    QJsonObject root{
        {u"format"_s, kFormatVersion},
        {u"complaintId"_s, QString::number(complaintId)},
        {u"revision"_s, QString::number(revision)},
        {u"form"_s, form},
        {u"timelineNote"_s, timelineNote},
    };
    if (!emailRaw.isEmpty())
        root.insert(u"emailRaw"_s, QString::fromLatin1(emailRaw.toBase64()));
    if (emailOmitted)
        root.insert(u"emailOmitted"_s, true);
    if (!files.isEmpty()) {
        QJsonArray list;
        for (const PendingAttachment& file : files)
            list.append(QJsonObject{
                {u"name"_s, file.fileName},
                {u"type"_s, file.mimeType},
                {u"data"_s, QString::fromLatin1(file.data.toBase64())},
            });
        root.insert(u"files"_s, list);
    }
    if (filesOmitted > 0)
        root.insert(u"filesOmitted"_s, filesOmitted);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ComplaintEditorDraft> ComplaintEditorDraft::fromJson(const QByteArray& payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toInt() != kFormatVersion || !root.value(u"form"_s).isObject())
        return std::nullopt;
    ComplaintEditorDraft draft;
    draft.complaintId = root.value(u"complaintId"_s).toString().toLongLong();
    draft.revision = root.value(u"revision"_s).toString().toLongLong();
    draft.timelineNote = root.value(u"timelineNote"_s).toString();
    draft.emailRaw = QByteArray::fromBase64(root.value(u"emailRaw"_s).toString().toLatin1());
    draft.emailOmitted = root.value(u"emailOmitted"_s).toBool();
    for (const QJsonValue& value : root.value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        draft.files.append(PendingAttachment{file.value(u"name"_s).toString(), file.value(u"type"_s).toString(),
                                             QByteArray::fromBase64(file.value(u"data"_s).toString().toLatin1())});
    }
    draft.filesOmitted = qMax(0, root.value(u"filesOmitted"_s).toInt());

    const QJsonObject form = root.value(u"form"_s).toObject();
    auto text = [&form](const char16_t* key) { return form.value(QStringView(key)).toString(); };
    Complaint& c = draft.fields;
    ChannelDetails& d = c.channelDetails;
    c.receivedAt = dateTimeFrom(form.value(u"receivedAt"_s));
    c.channel = channelFromKey(text(u"channel")).value_or(ComplaintChannel::Phone);
    d.callerNumber = text(u"callerNumber");
    d.callStarted = dateTimeFrom(form.value(u"callStarted"_s));
    d.callEnded = dateTimeFrom(form.value(u"callEnded"_s));
    d.faxNumber = text(u"faxNumber");
    d.emailFrom = text(u"emailFrom");
    d.emailDate = dateTimeFrom(form.value(u"emailDate"_s));
    d.emailSubject = text(u"emailSubject");
    d.emailBody = text(u"emailBody");
    d.postmarkDate = dateFrom(form.value(u"postmarkDate"_s));
    d.senderAddress = text(u"senderAddress");
    c.complainant.name = text(u"name");
    c.complainant.kana = text(u"kana");
    c.complainant.relation = relationFromKey(text(u"relation")).value_or(ComplainantRelation::Self);
    c.complainant.phone = text(u"phone");
    c.complainant.email = text(u"email");
    c.complainant.postalCode = text(u"postalCode");
    c.complainant.address = text(u"address");
    c.content = text(u"content");
    c.category = categoryFromKey(text(u"category")).value_or(ComplaintCategory::Other);
    for (const QJsonValue& id : form.value(u"purposeCategories"_s).toArray())
        c.purposeCategoryIds.append(id.toString().toLongLong());
    c.possibleBreach = form.value(u"possibleBreach"_s).toBool();
    c.assigneeId = text(u"assignee").toLongLong();
    c.targetDate = dateFrom(form.value(u"targetDate"_s));
    c.answerMethod = answerMethodFromKey(text(u"answerMethod")).value_or(AnswerMethod::None);
    c.answeredOn = dateFrom(form.value(u"answeredOn"_s));
    c.result = text(u"result");
    c.prevention = text(u"prevention");
    return draft;
}

} // namespace pd::ui
