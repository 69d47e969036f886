// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/ComplaintImport.h"

#include "core/complaints/ComplaintService.h"
#include "core/complaints/ComplaintStatus.h"
#include "core/letters/JapaneseDate.h"
#include "core/services/Session.h"
#include "core/storage/Store.h"
#include "core/storage/Tables.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace pd {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintImport)
};

const QString kRecordType = u"complaint"_s;

/// The form in which ledger words are compared: full-width and half-width alike (NFKC), no
/// spaces (ledgers write 職員 の 対応 or 電話 ), Latin letters in lower case.
QString comparable(const QString& text)
{
    QString normalized = text.normalized(QString::NormalizationForm_KC).toLower();
    normalized.removeIf([](QChar c) { return c.isSpace(); });
    return normalized;
}

/// A word list per value: the stable key, the display name in the current language, its English
/// source, and the words Japanese ledgers use.
template <typename Enum> class Vocabulary
{
public:
    template <std::size_t N>
    Vocabulary(const std::array<Enum, N>& values, QString (*key)(Enum), QString (*displayName)(Enum),
        std::initializer_list<std::pair<Enum, QStringList>> ledgerWords)
    {
        for (Enum value : values) {
            add(key(value), value);
            add(displayName(value), value);
        }
        for (const auto& [value, words] : ledgerWords)
            for (const QString& word : words)
                add(word, value);
    }

    std::optional<Enum> find(const QString& text) const
    {
        const auto found = m_words.constFind(comparable(text));
        return found == m_words.cend() ? std::nullopt : std::optional<Enum>(*found);
    }

private:
    void add(const QString& word, Enum value)
    {
        const QString key = comparable(word);
        if (!key.isEmpty() && !m_words.contains(key))
            m_words.insert(key, value);
    }

    QHash<QString, Enum> m_words;
};

Vocabulary<ComplaintChannel> channelWords()
{
    return { kComplaintChannels, channelKey, channelDisplayName,
        { { ComplaintChannel::Phone, { u"電話"_s, u"TEL"_s, u"telephone"_s } },
            { ComplaintChannel::Fax, { u"FAX"_s, u"ファックス"_s, u"ファクス"_s, u"ファクシミリ"_s } },
            { ComplaintChannel::Email, { u"電子メール"_s, u"メール"_s, u"Eメール"_s, u"e-mail"_s, u"mail"_s } },
            { ComplaintChannel::Post, { u"郵送"_s, u"郵便"_s, u"手紙"_s, u"文書"_s } },
            { ComplaintChannel::Visit, { u"来所"_s, u"来訪"_s, u"窓口"_s, u"面談"_s } },
            { ComplaintChannel::Other, { u"その他"_s } } } };
}

Vocabulary<ComplainantRelation> relationWords()
{
    return { kComplainantRelations, relationKey, relationDisplayName,
        { { ComplainantRelation::Self, { u"本人"_s } },
            { ComplainantRelation::Family, { u"家族"_s, u"親族"_s } },
            { ComplainantRelation::Agent, { u"代理人"_s, u"代理"_s } },
            { ComplainantRelation::Anonymous, { u"匿名"_s } } } };
}

Vocabulary<ComplaintCategory> categoryWords()
{
    return { kComplaintCategories, categoryKey, categoryDisplayName,
        { { ComplaintCategory::Purpose, { u"利用目的"_s } },
            { ComplaintCategory::Disclosure, { u"開示等"_s, u"開示"_s, u"開示請求"_s, u"開示等の求め"_s } },
            { ComplaintCategory::SafetyManagement, { u"安全管理"_s, u"安全管理措置"_s } },
            { ComplaintCategory::Breach, { u"漏えい"_s, u"漏えい等"_s, u"漏洩"_s, u"漏洩等"_s } },
            { ComplaintCategory::StaffConduct, { u"職員の対応"_s, u"職員対応"_s, u"接遇"_s } },
            { ComplaintCategory::ThirdParty, { u"第三者提供"_s } },
            { ComplaintCategory::Other, { u"その他"_s } } } };
}

Vocabulary<ComplaintStatus> statusWords()
{
    return { kComplaintStatuses, statusKey, statusDisplayName,
        { { ComplaintStatus::Received, { u"受付"_s, u"受付済"_s, u"未対応"_s } },
            { ComplaintStatus::InProgress, { u"対応中"_s, u"処理中"_s } },
            { ComplaintStatus::Answered, { u"回答済"_s, u"回答済み"_s } },
            { ComplaintStatus::Closed, { u"完了"_s, u"終了"_s, u"処理済"_s, u"処理済み"_s } },
            { ComplaintStatus::Withdrawn, { u"取下げ"_s, u"取下"_s, u"取り下げ"_s } } } };
}

Vocabulary<AnswerMethod> answerMethodWords()
{
    return { kAnswerMethods, answerMethodKey, answerMethodDisplayName,
        { { AnswerMethod::None, { u"未回答"_s } },
            { AnswerMethod::Phone, { u"電話"_s, u"TEL"_s } },
            { AnswerMethod::Letter, { u"文書"_s, u"郵送"_s, u"書面"_s, u"手紙"_s } },
            { AnswerMethod::Fax, { u"FAX"_s, u"ファックス"_s, u"ファクス"_s } },
            { AnswerMethod::Email, { u"電子メール"_s, u"メール"_s, u"Eメール"_s } },
            { AnswerMethod::InPerson, { u"面談"_s, u"来所"_s, u"対面"_s, u"窓口"_s } },
            { AnswerMethod::NotRequired, { u"不要"_s, u"回答不要"_s } } } };
}

/// Column titles ledgers use, besides the export's own (ledgerFieldName) and its English source.
const std::map<ComplaintLedgerField, QStringList>& headerWords()
{
    static const std::map<ComplaintLedgerField, QStringList> words {
        { ComplaintLedgerField::Number,
            { u"受付番号"_s, u"番号"_s, u"No"_s, u"No."_s, u"整理番号"_s, u"Reception number"_s } },
        { ComplaintLedgerField::ReceivedAt,
            { u"受付日時"_s, u"受付日"_s, u"受付年月日"_s, u"申出日"_s, u"Received at"_s } },
        { ComplaintLedgerField::Channel, { u"受付方法"_s, u"受付手段"_s, u"方法"_s, u"Channel"_s } },
        { ComplaintLedgerField::ComplainantName,
            { u"申出人"_s, u"申出人氏名"_s, u"氏名"_s, u"申出者"_s, u"Complainant"_s } },
        { ComplaintLedgerField::ComplainantKana,
            { u"フリガナ"_s, u"ふりがな"_s, u"カナ"_s, u"申出人フリガナ"_s, u"Reading (kana)"_s } },
        { ComplaintLedgerField::Relation, { u"関係"_s, u"続柄"_s, u"本人との関係"_s, u"Relation"_s } },
        { ComplaintLedgerField::Category, { u"分類"_s, u"苦情分類"_s, u"種別"_s, u"Category"_s } },
        { ComplaintLedgerField::Content,
            { u"申出内容"_s, u"苦情内容"_s, u"内容"_s, u"概要"_s, u"相談内容"_s, u"Content"_s } },
        { ComplaintLedgerField::Status, { u"状況"_s, u"状態"_s, u"処理状況"_s, u"ステータス"_s, u"Status"_s } },
        { ComplaintLedgerField::Assignee, { u"担当者"_s, u"担当"_s, u"Person in charge"_s } },
        { ComplaintLedgerField::TargetDate,
            { u"回答目標日"_s, u"回答期限"_s, u"期限"_s, u"Target answer date"_s } },
        { ComplaintLedgerField::AnsweredOn, { u"回答日"_s, u"回答年月日"_s, u"Answered on"_s } },
        { ComplaintLedgerField::AnswerMethod, { u"回答方法"_s, u"Answer method"_s } },
        { ComplaintLedgerField::Result, { u"処理結果"_s, u"対応結果"_s, u"結果"_s, u"Result"_s } },
        { ComplaintLedgerField::Prevention, { u"再発防止策"_s, u"Prevention of recurrence"_s } },
        { ComplaintLedgerField::CompletedOn, { u"完了日"_s, u"完了年月日"_s, u"Completed on"_s } },
        { ComplaintLedgerField::PossibleBreach,
            { u"漏えい等のおそれ"_s, u"漏えいのおそれ"_s, u"漏洩等のおそれ"_s, u"漏えい等"_s, u"Possible leak"_s } },
        { ComplaintLedgerField::Phone, { u"電話番号"_s, u"連絡先電話番号"_s, u"連絡先"_s, u"Phone"_s } },
        { ComplaintLedgerField::Email, { u"メールアドレス"_s, u"電子メールアドレス"_s, u"Email"_s } },
        { ComplaintLedgerField::PostalCode, { u"郵便番号"_s, u"〒"_s, u"Postal code"_s } },
        { ComplaintLedgerField::Address, { u"住所"_s, u"Address"_s } },
    };
    return words;
}

std::optional<bool> parseFlag(const QString& text)
{
    static const QStringList yes { u"○"_s, u"◯"_s, u"〇"_s, u"●"_s, u"✓"_s, u"レ"_s, u"有"_s, u"あり"_s, u"有り"_s,
        u"はい"_s, u"yes"_s, u"true"_s, u"1"_s, u"x"_s };
    static const QStringList no { u"×"_s, u"無"_s, u"なし"_s, u"無し"_s, u"いいえ"_s, u"no"_s, u"false"_s, u"0"_s,
        u"-"_s, u"ー"_s };
    const QString key = comparable(text);
    if (key.isEmpty())
        return false;
    if (key == comparable(ledgerFlagText(true)) || yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

/// The Gregorian year of each era's first year (元年), learnt from ICU's Japanese calendar rather
/// than written down here: the next era then arrives with an ICU update, as the letters' do.
const QHash<QString, int>& eraFirstYears()
{
    static const QHash<QString, int> firstYears = [] {
        static const QRegularExpression eraYear(u"^(\\D+?)(元|\\d+)年$"_s);
        QHash<QString, int> years;
        const int last = QDate::currentDate().year() + 1;
        for (int year = JapaneseDate::firstEraDate().year(); year <= last; ++year) {
            for (const QDate day : { QDate(year, 1, 1), QDate(year, 12, 31) }) {
                const auto match = eraYear.match(JapaneseDate::eraYear(day));
                if (!match.hasMatch())
                    continue;
                const int number = match.captured(2) == u"元" ? 1 : match.captured(2).toInt();
                years.insert(match.captured(1), year - number + 1);
            }
        }
        return years;
    }();
    return firstYears;
}

QDate eraDate(const QString& era, int eraYear, int month, int day)
{
    const auto first = eraFirstYears().constFind(era);
    if (first == eraFirstYears().cend())
        return {};
    const QDate date(*first + eraYear - 1, month, day);
    // 令和元年4月1日 never was (it was still 平成31年): the era must be the one in force that day.
    const QString expected = era + (eraYear == 1 ? u"元"_s : QString::number(eraYear)) + u'年';
    if (!date.isValid() || JapaneseDate::eraYear(date) != expected)
        return {};
    return date;
}

/// For a Japanese-calendar date that names a day outside its era (令和元年4月1日), the era
/// year of that day (平成31年): what the user most likely meant. Empty otherwise.
QString eraInForce(const QString& text)
{
    static const QRegularExpression era(u"^(\\D+?)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日"_s);
    const auto match = era.match(text.normalized(QString::NormalizationForm_KC).trimmed());
    if (!match.hasMatch())
        return {};
    const auto first = eraFirstYears().constFind(match.captured(1).trimmed());
    if (first == eraFirstYears().cend())
        return {};
    const int eraYear = match.captured(2) == u"元" ? 1 : match.captured(2).toInt();
    const QDate date(*first + eraYear - 1, match.captured(3).toInt(), match.captured(4).toInt());
    return date.isValid() ? JapaneseDate::eraYear(date) : QString();
}

struct DateAndTime
{
    QDate date;
    std::optional<QTime> time;
};

std::optional<DateAndTime> parseLedgerDate(const QString& text)
{
    static const QRegularExpression weekday(u"\\s*\\([月火水木金土日]\\)"_s);
    static const QRegularExpression withTime(
        u"^(.*?\\d日?)[T\\s]*(\\d{1,2})(?::|時)(\\d{1,2})分?(?::(\\d{1,2})秒?)?$"_s);
    static const QRegularExpression western(u"^(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})$"_s);
    static const QRegularExpression kanji(u"^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"_s);
    static const QRegularExpression era(u"^(\\D+?)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日?$"_s);

    QString normalized = text.normalized(QString::NormalizationForm_KC).trimmed();
    normalized.remove(weekday);
    if (normalized.isEmpty())
        return std::nullopt;
    DateAndTime result;
    QString datePart = normalized;
    if (const auto match = withTime.match(normalized); match.hasMatch()) {
        const QTime time(match.captured(2).toInt(), match.captured(3).toInt(),
            match.capturedLength(4) > 0 ? match.captured(4).toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
        result.time = time;
        datePart = match.captured(1).trimmed();
    }
    if (const auto match = western.match(datePart); match.hasMatch())
        result.date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    else if (const auto match = kanji.match(datePart); match.hasMatch())
        result.date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    else if (const auto match = era.match(datePart); match.hasMatch())
        result.date = eraDate(match.captured(1).trimmed(),
            match.captured(2) == u"元" ? 1 : match.captured(2).toInt(), match.captured(3).toInt(),
            match.captured(4).toInt());
    if (!result.date.isValid())
        return std::nullopt;
    return result;
}

/// A cell as the ledger means it: trimmed, and without the apostrophe that the export (and
/// careful spreadsheet users) put before text that a spreadsheet would run as a formula.
QString ledgerCellText(const QString& cell)
{
    QString text = cell.trimmed();
    if (text.size() > 1 && text.front() == u'\'' && u"=+-@"_s.contains(text.at(1)))
        text.remove(0, 1);
    return text;
}

QString listOfNames(const QStringList& names)
{
    return names.join(ImportText::tr(", "));
}

template <typename Enum, std::size_t N>
QStringList displayNames(const std::array<Enum, N>& values, QString (*displayName)(Enum))
{
    QStringList names;
    for (Enum value : values)
        names.append(displayName(value));
    return names;
}

} // namespace

QString ledgerFieldName(ComplaintLedgerField field)
{
    switch (field) {
    case ComplaintLedgerField::Ignore:
        return ImportText::tr("(do not import)");
    case ComplaintLedgerField::Number:
        return ImportText::tr("Reception number");
    case ComplaintLedgerField::ReceivedAt:
        return ImportText::tr("Received at");
    case ComplaintLedgerField::Channel:
        return ImportText::tr("Channel");
    case ComplaintLedgerField::ComplainantName:
        return ImportText::tr("Complainant");
    case ComplaintLedgerField::ComplainantKana:
        return ImportText::tr("Reading (kana)");
    case ComplaintLedgerField::Relation:
        return ImportText::tr("Relation");
    case ComplaintLedgerField::Category:
        return ImportText::tr("Category");
    case ComplaintLedgerField::Content:
        return ImportText::tr("Content");
    case ComplaintLedgerField::Status:
        return ImportText::tr("Status");
    case ComplaintLedgerField::Assignee:
        return ImportText::tr("Person in charge");
    case ComplaintLedgerField::TargetDate:
        return ImportText::tr("Target answer date");
    case ComplaintLedgerField::AnsweredOn:
        return ImportText::tr("Answered on");
    case ComplaintLedgerField::AnswerMethod:
        return ImportText::tr("Answer method");
    case ComplaintLedgerField::Result:
        return ImportText::tr("Result");
    case ComplaintLedgerField::Prevention:
        return ImportText::tr("Prevention of recurrence");
    case ComplaintLedgerField::CompletedOn:
        return ImportText::tr("Completed on");
    case ComplaintLedgerField::PossibleBreach:
        return ImportText::tr("Possible leak");
    case ComplaintLedgerField::Phone:
        return ImportText::tr("Phone");
    case ComplaintLedgerField::Email:
        return ImportText::tr("Email");
    case ComplaintLedgerField::PostalCode:
        return ImportText::tr("Postal code");
    case ComplaintLedgerField::Address:
        break;
    }
    return ImportText::tr("Address");
}

QString ledgerFlagText(bool value)
{
    return value ? ImportText::tr("Yes") : QString();
}

ComplaintImport::ComplaintImport(Session& session)
    : m_session(session)
{
}

QList<ComplaintLedgerField> ComplaintImport::guessMapping(const QStringList& header)
{
    QHash<QString, ComplaintLedgerField> titles;
    for (ComplaintLedgerField field : kComplaintLedgerFields) {
        if (field == ComplaintLedgerField::Ignore)
            continue;
        titles.insert(comparable(ledgerFieldName(field)), field);
    }
    for (const auto& [field, words] : headerWords())
        for (const QString& word : words)
            if (!titles.contains(comparable(word)))
                titles.insert(comparable(word), field);

    QList<ComplaintLedgerField> mapping;
    QSet<ComplaintLedgerField> taken;
    for (const QString& title : header) {
        const ComplaintLedgerField field = titles.value(comparable(title), ComplaintLedgerField::Ignore);
        if (field == ComplaintLedgerField::Ignore || taken.contains(field)) {
            mapping.append(ComplaintLedgerField::Ignore);
            continue;
        }
        taken.insert(field);
        mapping.append(field);
    }
    return mapping;
}

Status ComplaintImport::checkMapping(const QList<ComplaintLedgerField>& mapping)
{
    QSet<ComplaintLedgerField> seen;
    for (ComplaintLedgerField field : mapping) {
        if (field == ComplaintLedgerField::Ignore)
            continue;
        if (seen.contains(field))
            return fail(ErrorKind::InvalidInput,
                ImportText::tr("\"%1\" is chosen for more than one column.").arg(ledgerFieldName(field)));
        seen.insert(field);
    }
    for (ComplaintLedgerField required : { ComplaintLedgerField::ReceivedAt, ComplaintLedgerField::Content })
        if (!seen.contains(required))
            return fail(ErrorKind::InvalidInput,
                ImportText::tr("Choose the column that holds \"%1\".").arg(ledgerFieldName(required)));
    return {};
}

std::optional<QDateTime> ComplaintImport::parseDateTime(const QString& text)
{
    const auto parsed = parseLedgerDate(text);
    if (!parsed)
        return std::nullopt;
    return QDateTime(parsed->date, parsed->time.value_or(QTime(0, 0)));
}

std::optional<QDate> ComplaintImport::parseDate(const QString& text)
{
    const auto parsed = parseLedgerDate(text);
    if (!parsed)
        return std::nullopt;
    return parsed->date;
}

Result<ComplaintImportPlan> ComplaintImport::check(
    const CsvTable& table, const QList<ComplaintLedgerField>& mapping, QDate today)
{
    if (auto allowed = m_session.require(Permission::WriteCases, kRecordType); !allowed)
        return std::unexpected(allowed.error());
    if (auto valid = checkMapping(mapping); !valid)
        return std::unexpected(valid.error());
    if (!today.isValid())
        today = QDate::currentDate();

    auto accounts = storage::AccountTable::all(m_session.vault().database());
    if (!accounts)
        return std::unexpected(accounts.error());
    // People in charge are named as the ledger wrote them: by display name (spaces aside) or login.
    QHash<QString, const Account*> assignees;
    for (const Account& account : *accounts) {
        if (!account.active || account.role == Role::Auditor)
            continue;
        assignees.insert(comparable(account.displayName), &account);
        assignees.insert(comparable(account.login), &account);
    }
    const bool officer = m_session.may(Permission::SignOffCases);

    const auto channels = channelWords();
    const auto relations = relationWords();
    const auto categories = categoryWords();
    const auto statuses = statusWords();
    const auto answerMethods = answerMethodWords();

    QHash<ComplaintLedgerField, qsizetype> columnOf;
    for (qsizetype column = 0; column < mapping.size(); ++column)
        if (mapping.at(column) != ComplaintLedgerField::Ignore)
            columnOf.insert(mapping.at(column), column);

    ComplaintImportPlan plan;
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const QStringList& row = table.rows.at(index);
        const auto value = [&](ComplaintLedgerField field) {
            const qsizetype column = columnOf.value(field, -1);
            return column >= 0 && column < row.size() ? ledgerCellText(row.at(column)) : QString();
        };
        QStringList reasons;
        const auto notADate = [&](ComplaintLedgerField field, const QString& text) {
            if (const QString inForce = eraInForce(text); !inForce.isEmpty())
                reasons.append(ImportText::tr("%1 \"%2\" is not a date: that day was in %3.")
                                   .arg(ledgerFieldName(field), text, inForce));
            else
                reasons.append(ImportText::tr("%1 \"%2\" is not a date.").arg(ledgerFieldName(field), text));
        };
        const auto optionalDate = [&](ComplaintLedgerField field) -> QDate {
            const QString text = value(field);
            if (text.isEmpty())
                return {};
            const auto date = parseDate(text);
            if (!date)
                notADate(field, text);
            return date.value_or(QDate());
        };
        const auto unknownWord = [&](ComplaintLedgerField field, const QString& text, const QStringList& names) {
            reasons.append(ImportText::tr("%1 \"%2\" is not one of: %3.")
                               .arg(ledgerFieldName(field), text, listOfNames(names)));
        };

        // A value with an unquoted comma shifts every later cell: refuse the row rather than lose text.
        for (qsizetype extra = mapping.size(); extra < row.size(); ++extra) {
            if (!row.at(extra).trimmed().isEmpty()) {
                reasons.append(ImportText::tr("The row has %1 cells but the header only %2; a value with a comma "
                                              "may be missing its quotes.")
                                   .arg(row.size())
                                   .arg(mapping.size()));
                break;
            }
        }

        Complaint complaint;
        const QString received = value(ComplaintLedgerField::ReceivedAt);
        if (received.isEmpty()) {
            reasons.append(ImportText::tr("%1 is empty.").arg(ledgerFieldName(ComplaintLedgerField::ReceivedAt)));
        } else if (const auto at = parseDateTime(received)) {
            complaint.receivedAt = *at;
            if (at->date() > today.addDays(1))
                reasons.append(ImportText::tr("%1 is in the future.")
                                   .arg(ledgerFieldName(ComplaintLedgerField::ReceivedAt)));
        } else {
            notADate(ComplaintLedgerField::ReceivedAt, received);
        }

        if (const QString text = value(ComplaintLedgerField::Channel); !text.isEmpty()) {
            if (const auto channel = channels.find(text))
                complaint.channel = *channel;
            else
                unknownWord(ComplaintLedgerField::Channel, text, displayNames(kComplaintChannels, channelDisplayName));
        } else {
            complaint.channel = ComplaintChannel::Other;
        }

        complaint.complainant.name = value(ComplaintLedgerField::ComplainantName);
        complaint.complainant.kana = value(ComplaintLedgerField::ComplainantKana);
        complaint.complainant.phone = value(ComplaintLedgerField::Phone);
        complaint.complainant.email = value(ComplaintLedgerField::Email);
        complaint.complainant.postalCode = value(ComplaintLedgerField::PostalCode);
        complaint.complainant.address = value(ComplaintLedgerField::Address);
        if (const QString text = value(ComplaintLedgerField::Relation); !text.isEmpty()) {
            if (const auto relation = relations.find(text))
                complaint.complainant.relation = *relation;
            else
                unknownWord(
                    ComplaintLedgerField::Relation, text, displayNames(kComplainantRelations, relationDisplayName));
        } else {
            // A ledger line without a name is an anonymous caller; with one, the person concerned.
            complaint.complainant.relation = complaint.complainant.name.isEmpty() ? ComplainantRelation::Anonymous
                                                                                  : ComplainantRelation::Self;
        }
        if (complaint.complainant.relation != ComplainantRelation::Anonymous && complaint.complainant.name.isEmpty())
            reasons.append(ImportText::tr("%1 is empty and the complaint is not marked as anonymous.")
                               .arg(ledgerFieldName(ComplaintLedgerField::ComplainantName)));

        if (const QString text = value(ComplaintLedgerField::Category); !text.isEmpty()) {
            if (const auto category = categories.find(text))
                complaint.category = *category;
            else
                unknownWord(
                    ComplaintLedgerField::Category, text, displayNames(kComplaintCategories, categoryDisplayName));
        }

        complaint.content = value(ComplaintLedgerField::Content);
        if (complaint.content.isEmpty())
            reasons.append(ImportText::tr("%1 is empty.").arg(ledgerFieldName(ComplaintLedgerField::Content)));

        if (const QString text = value(ComplaintLedgerField::Assignee); !text.isEmpty()) {
            if (const Account* account = assignees.value(comparable(text)))
                complaint.assigneeId = account->id;
            else
                reasons.append(ImportText::tr("%1 \"%2\" is not an active officer or staff account.")
                                   .arg(ledgerFieldName(ComplaintLedgerField::Assignee), text));
        }

        complaint.targetDate = optionalDate(ComplaintLedgerField::TargetDate);
        if (complaint.targetDate.isValid() && complaint.receivedAt.isValid()
            && complaint.targetDate < complaint.receivedAt.date())
            reasons.append(ImportText::tr("%1 is before the date the complaint was received.")
                               .arg(ledgerFieldName(ComplaintLedgerField::TargetDate)));
        complaint.answeredOn = optionalDate(ComplaintLedgerField::AnsweredOn);
        complaint.completedOn = optionalDate(ComplaintLedgerField::CompletedOn);
        if (const QString text = value(ComplaintLedgerField::AnswerMethod); !text.isEmpty()) {
            if (const auto method = answerMethods.find(text))
                complaint.answerMethod = *method;
            else
                unknownWord(
                    ComplaintLedgerField::AnswerMethod, text, displayNames(kAnswerMethods, answerMethodDisplayName));
        }
        complaint.result = value(ComplaintLedgerField::Result);
        complaint.prevention = value(ComplaintLedgerField::Prevention);
        if (const QString text = value(ComplaintLedgerField::PossibleBreach); !text.isEmpty()) {
            if (const auto flag = parseFlag(text))
                complaint.possibleBreach = *flag;
            else
                reasons.append(ImportText::tr("%1 \"%2\" is neither yes nor no.")
                                   .arg(ledgerFieldName(ComplaintLedgerField::PossibleBreach), text));
        }

        if (const QString text = value(ComplaintLedgerField::Status); !text.isEmpty()) {
            if (const auto status = statuses.find(text))
                complaint.status = *status;
            else
                unknownWord(ComplaintLedgerField::Status, text, displayNames(kComplaintStatuses, statusDisplayName));
        } else if (complaint.completedOn.isValid()) {
            // Without a status column, the ledger's dates say how far the complaint got.
            complaint.status = ComplaintStatus::Closed;
        } else if (complaint.answeredOn.isValid()) {
            complaint.status = ComplaintStatus::Answered;
        }
        if (complaint.status == ComplaintStatus::Closed) {
            if (officer) {
                complaint.signedOffBy = m_session.account().id;
                complaint.signedOffAt = nowUtc;
            } else {
                reasons.append(ImportText::tr("Only the privacy officer can import a closed complaint: closing "
                                              "needs the officer's sign-off."));
            }
        }

        if (const QString number = value(ComplaintLedgerField::Number);
            !number.isEmpty() && complaint.receivedAt.isValid()) {
            ComplaintTimelineEntry entry;
            entry.at = complaint.receivedAt;
            entry.text = ImportText::tr("Imported from the former ledger, where its reception number was %1.")
                             .arg(number);
            complaint.timeline.append(entry);
        }

        if (reasons.isEmpty())
            if (auto complete = checkRecordForStatus(complaint); !complete)
                reasons.append(complete.error().detail.isEmpty() ? complete.error().message()
                                                                 : complete.error().detail);

        const int line = index < table.lines.size() ? table.lines.at(index) : int(index) + 2;
        if (reasons.isEmpty())
            plan.valid.append({ line, std::move(complaint) });
        else
            plan.rejected.append({ line, reasons.join(u' ') });
    }
    return plan;
}

Result<int> ComplaintImport::import(const ComplaintImportPlan& plan)
{
    if (plan.valid.isEmpty())
        return fail(ErrorKind::InvalidInput, ImportText::tr("There are no valid rows to import."));
    QList<Complaint> complaints;
    complaints.reserve(plan.valid.size());
    for (const ComplaintImportRow& row : plan.valid)
        complaints.append(row.complaint);
    ComplaintService service(m_session);
    if (auto stored = service.createMany(complaints); !stored)
        return std::unexpected(stored.error());
    // The complaints are committed: a failed re-pack only costs search speed, so it is not an import failure.
    (void)service.optimizeSearchIndex();
    (void)m_session.vault().store().audit(m_session.actor(), u"import"_s, kRecordType, 0,
        u"source=csv imported=%1 rejected=%2"_s.arg(complaints.size()).arg(plan.rejected.size()));
    return int(complaints.size());
}

} // namespace pd
