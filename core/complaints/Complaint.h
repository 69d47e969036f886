// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace pd {

/// 受付方法: how the complaint reached the desk (the seed's section 4 lists phone, FAX, email and post).
enum class ComplaintChannel { Phone, Fax, Email, Post, Visit, Other };
inline constexpr std::array kComplaintChannels { ComplaintChannel::Phone, ComplaintChannel::Fax,
    ComplaintChannel::Email, ComplaintChannel::Post, ComplaintChannel::Visit, ComplaintChannel::Other };

/// 申出人 and the person concerned: 本人 / 家族 / 代理人 / 匿名.
enum class ComplainantRelation { Self, Family, Agent, Anonymous };
inline constexpr std::array kComplainantRelations { ComplainantRelation::Self, ComplainantRelation::Family,
    ComplainantRelation::Agent, ComplainantRelation::Anonymous };

/// 分類 (APPI.md §2): 利用目的 / 開示等 / 安全管理 / 漏えい / 職員の対応 / 第三者提供 / その他.
enum class ComplaintCategory { Purpose, Disclosure, SafetyManagement, Breach, StaffConduct, ThirdParty, Other };
inline constexpr std::array kComplaintCategories { ComplaintCategory::Purpose, ComplaintCategory::Disclosure,
    ComplaintCategory::SafetyManagement, ComplaintCategory::Breach, ComplaintCategory::StaffConduct,
    ComplaintCategory::ThirdParty, ComplaintCategory::Other };

/// 回答方法. None until the answer is given; NotRequired for an anonymous complaint without contact.
enum class AnswerMethod { None, Phone, Letter, Fax, Email, InPerson, NotRequired };
inline constexpr std::array kAnswerMethods { AnswerMethod::None, AnswerMethod::Phone, AnswerMethod::Letter,
    AnswerMethod::Fax, AnswerMethod::Email, AnswerMethod::InPerson, AnswerMethod::NotRequired };

/// 申出人: who complained and how to reach them. Empty for an anonymous caller who gave nothing.
struct Complainant
{
    QString name; // 氏名
    QString kana; // フリガナ
    QString phone;
    QString email;
    QString postalCode; // for the answer letter
    QString address;
    ComplainantRelation relation = ComplainantRelation::Self;
};

/// What each channel adds to the record. Only the fields of the record's channel are shown;
/// the others stay as they are (they are never cleared behind the user's back).
struct ChannelDetails
{
    // 電話
    QString callerNumber;
    QDateTime callStarted; // local time
    QDateTime callEnded;
    // FAX
    QString faxNumber;
    // 電子メール (the body is kept as received)
    QString emailFrom;
    QDateTime emailDate;
    QString emailSubject;
    QString emailBody;
    // 郵送
    QDate postmarkDate;
    QString senderAddress;
};

/// One line of the 対応経過: when, who, what. Append-only; an entry that records a status
/// change carries the status it entered.
struct ComplaintTimelineEntry
{
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime at; // local time of the event (a call-back happens at a time the user states)
    qint64 accountId = 0;
    QString accountName; // read only, filled when loaded
    QString text;
    std::optional<ComplaintStatus> status;
    QDateTime createdUtc;
};

/// A complaint record (苦情受付票 / 苦情処理記録) as APPI.md §2 lists it.
struct Complaint
{
    qint64 id = 0;
    QString number; // 受付番号, assigned at creation per fiscal year of receivedAt
    int fiscalYear = 0; // start year of the 年度 the number belongs to
    qint64 sequence = 0; // the running number within that fiscal year

    QDateTime receivedAt; // 受付日時, local time
    qint64 receivedBy = 0; // 受付者 (account id); the signed-in account when 0 at creation
    QString receivedByName; // read only
    ComplaintChannel channel = ComplaintChannel::Phone;
    ChannelDetails channelDetails;

    Complainant complainant;
    QString content; // 申出内容
    ComplaintCategory category = ComplaintCategory::Other;
    QList<qint64> purposeCategoryIds; // related categories of the purpose register

    QDate targetDate; // 回答目標日: received date + the complaint_answer_days setting unless given
    qint64 assigneeId = 0; // 0 = unassigned
    QString assigneeName; // read only
    QList<ComplaintTimelineEntry> timeline; // read only after creation: use addTimelineEntry

    AnswerMethod answerMethod = AnswerMethod::None;
    QDate answeredOn; // 回答日
    QString result; // 処理結果
    QString prevention; // 再発防止策
    qint64 signedOffBy = 0; // 責任者確認: set by signOff() only
    QString signedOffByName; // read only
    QDateTime signedOffAt; // UTC
    QDate completedOn; // 完了日: set when the complaint is closed or withdrawn

    bool possibleBreach = false; // 漏えい等のおそれ: the case becomes an incident
    ComplaintStatus status = ComplaintStatus::Received;
    qint64 revision = 0;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    bool isSignedOff() const { return signedOffBy != 0; }
};

// Stable keys (storage, import/export) and translated display names.
QString channelKey(ComplaintChannel channel);
std::optional<ComplaintChannel> channelFromKey(const QString& key);
QString channelDisplayName(ComplaintChannel channel);

QString relationKey(ComplainantRelation relation);
std::optional<ComplainantRelation> relationFromKey(const QString& key);
QString relationDisplayName(ComplainantRelation relation);

QString categoryKey(ComplaintCategory category);
std::optional<ComplaintCategory> categoryFromKey(const QString& key);
QString categoryDisplayName(ComplaintCategory category);

/// AnswerMethod::None has the empty key.
QString answerMethodKey(AnswerMethod method);
std::optional<AnswerMethod> answerMethodFromKey(const QString& key);
QString answerMethodDisplayName(AnswerMethod method);

} // namespace pd
