// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/Complaint.h"

#include <QCoreApplication>

namespace pd {

namespace {
struct ComplaintText
{
    Q_DECLARE_TR_FUNCTIONS(Complaint)
};

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<Enum, N>& values, QString (*key)(Enum), const QString& text)
{
    for (Enum value : values)
        if (key(value) == text)
            return value;
    return std::nullopt;
}
} // namespace

QString channelKey(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Phone:
        return QStringLiteral("phone");
    case ComplaintChannel::Fax:
        return QStringLiteral("fax");
    case ComplaintChannel::Email:
        return QStringLiteral("email");
    case ComplaintChannel::Post:
        return QStringLiteral("post");
    case ComplaintChannel::Visit:
        return QStringLiteral("visit");
    case ComplaintChannel::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<ComplaintChannel> channelFromKey(const QString& key)
{
    return fromKey(kComplaintChannels, channelKey, key);
}

QString channelDisplayName(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::Phone:
        return ComplaintText::tr("Phone");
    case ComplaintChannel::Fax:
        return ComplaintText::tr("Fax");
    case ComplaintChannel::Email:
        return ComplaintText::tr("Email");
    case ComplaintChannel::Post:
        return ComplaintText::tr("Post");
    case ComplaintChannel::Visit:
        return ComplaintText::tr("Visit");
    case ComplaintChannel::Other:
        break;
    }
    return ComplaintText::tr("Other");
}

QString relationKey(ComplainantRelation relation)
{
    switch (relation) {
    case ComplainantRelation::Self:
        return QStringLiteral("self");
    case ComplainantRelation::Family:
        return QStringLiteral("family");
    case ComplainantRelation::Agent:
        return QStringLiteral("agent");
    case ComplainantRelation::Anonymous:
        break;
    }
    return QStringLiteral("anonymous");
}

std::optional<ComplainantRelation> relationFromKey(const QString& key)
{
    return fromKey(kComplainantRelations, relationKey, key);
}

QString relationDisplayName(ComplainantRelation relation)
{
    switch (relation) {
    case ComplainantRelation::Self:
        return ComplaintText::tr("The person concerned");
    case ComplainantRelation::Family:
        return ComplaintText::tr("Family member");
    case ComplainantRelation::Agent:
        return ComplaintText::tr("Representative");
    case ComplainantRelation::Anonymous:
        break;
    }
    return ComplaintText::tr("Anonymous");
}

QString categoryKey(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::Purpose:
        return QStringLiteral("purpose");
    case ComplaintCategory::Disclosure:
        return QStringLiteral("disclosure");
    case ComplaintCategory::SafetyManagement:
        return QStringLiteral("safety_management");
    case ComplaintCategory::Breach:
        return QStringLiteral("breach");
    case ComplaintCategory::StaffConduct:
        return QStringLiteral("staff_conduct");
    case ComplaintCategory::ThirdParty:
        return QStringLiteral("third_party");
    case ComplaintCategory::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<ComplaintCategory> categoryFromKey(const QString& key)
{
    return fromKey(kComplaintCategories, categoryKey, key);
}

QString categoryDisplayName(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::Purpose:
        return ComplaintText::tr("Purpose of use");
    case ComplaintCategory::Disclosure:
        return ComplaintText::tr("Disclosure and other requests");
    case ComplaintCategory::SafetyManagement:
        return ComplaintText::tr("Safety management");
    case ComplaintCategory::Breach:
        return ComplaintText::tr("Leak or loss");
    case ComplaintCategory::StaffConduct:
        return ComplaintText::tr("Conduct of staff");
    case ComplaintCategory::ThirdParty:
        return ComplaintText::tr("Provision to third parties");
    case ComplaintCategory::Other:
        break;
    }
    return ComplaintText::tr("Other");
}

QString answerMethodKey(AnswerMethod method)
{
    switch (method) {
    case AnswerMethod::None:
        return QLatin1String("");
    case AnswerMethod::Phone:
        return QStringLiteral("phone");
    case AnswerMethod::Letter:
        return QStringLiteral("letter");
    case AnswerMethod::Fax:
        return QStringLiteral("fax");
    case AnswerMethod::Email:
        return QStringLiteral("email");
    case AnswerMethod::InPerson:
        return QStringLiteral("in_person");
    case AnswerMethod::NotRequired:
        break;
    }
    return QStringLiteral("not_required");
}

std::optional<AnswerMethod> answerMethodFromKey(const QString& key)
{
    return fromKey(kAnswerMethods, answerMethodKey, key);
}

QString answerMethodDisplayName(AnswerMethod method)
{
    switch (method) {
    case AnswerMethod::None:
        return ComplaintText::tr("Not answered yet");
    case AnswerMethod::Phone:
        return ComplaintText::tr("Phone");
    case AnswerMethod::Letter:
        return ComplaintText::tr("Letter by post");
    case AnswerMethod::Fax:
        return ComplaintText::tr("Fax");
    case AnswerMethod::Email:
        return ComplaintText::tr("Email");
    case AnswerMethod::InPerson:
        return ComplaintText::tr("In person");
    case AnswerMethod::NotRequired:
        break;
    }
    return ComplaintText::tr("No answer required");
}

} // namespace pd
