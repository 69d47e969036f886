// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoGenerator.h"

#include "core/complaints/ComplaintService.h"
#include "core/model/FiscalYear.h"
#include "core/model/Role.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <array>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace pd {

namespace {
using Reading = std::pair<const char16_t*, const char16_t*>;

constexpr std::array kFamilyNames{
    Reading{u"佐藤", u"サトウ"},   Reading{u"鈴木", u"スズキ"},     Reading{u"高橋", u"タカハシ"},
    Reading{u"田中", u"タナカ"},   Reading{u"伊藤", u"イトウ"},     Reading{u"渡辺", u"ワタナベ"},
    Reading{u"山本", u"ヤマモト"}, Reading{u"中村", u"ナカムラ"},   Reading{u"小林", u"コバヤシ"},
    Reading{u"加藤", u"カトウ"},   Reading{u"吉田", u"ヨシダ"},     Reading{u"山田", u"ヤマダ"},
    Reading{u"佐々木", u"ササキ"}, Reading{u"山口", u"ヤマグチ"},   Reading{u"松本", u"マツモト"},
    Reading{u"井上", u"イノウエ"}, Reading{u"木村", u"キムラ"},     Reading{u"林", u"ハヤシ"},
    Reading{u"斎藤", u"サイトウ"}, Reading{u"清水", u"シミズ"},     Reading{u"山崎", u"ヤマザキ"},
    Reading{u"森", u"モリ"},       Reading{u"池田", u"イケダ"},     Reading{u"橋本", u"ハシモト"},
    Reading{u"阿部", u"アベ"},     Reading{u"石川", u"イシカワ"},   Reading{u"前田", u"マエダ"},
    Reading{u"藤田", u"フジタ"},   Reading{u"小川", u"オガワ"},     Reading{u"岡田", u"オカダ"},
    Reading{u"長谷川", u"ハセガワ"}, Reading{u"村上", u"ムラカミ"}, Reading{u"近藤", u"コンドウ"},
};

constexpr std::array kGivenNames{
    Reading{u"翔太", u"ショウタ"}, Reading{u"陽菜", u"ヒナ"},     Reading{u"健一", u"ケンイチ"},
    Reading{u"美咲", u"ミサキ"},   Reading{u"大輔", u"ダイスケ"}, Reading{u"由美子", u"ユミコ"},
    Reading{u"直樹", u"ナオキ"},   Reading{u"恵子", u"ケイコ"},   Reading{u"拓也", u"タクヤ"},
    Reading{u"さくら", u"サクラ"}, Reading{u"浩二", u"コウジ"},   Reading{u"真由美", u"マユミ"},
    Reading{u"隆", u"タカシ"},     Reading{u"結衣", u"ユイ"},     Reading{u"誠", u"マコト"},
    Reading{u"千尋", u"チヒロ"},   Reading{u"蓮", u"レン"},       Reading{u"葵", u"アオイ"},
    Reading{u"和夫", u"カズオ"},   Reading{u"明美", u"アケミ"},   Reading{u"修", u"オサム"},
    Reading{u"彩", u"アヤ"},       Reading{u"悠人", u"ユウト"},   Reading{u"智子", u"トモコ"},
};

struct Town
{
    const char16_t* prefectureCity;
    const char16_t* town;
    int postalPrefix;
    const char16_t* areaCode;
};

constexpr std::array kTowns{
    Town{u"東京都品川区", u"東品川", 140, u"03"},   Town{u"東京都世田谷区", u"三軒茶屋", 154, u"03"},
    Town{u"神奈川県横浜市港北区", u"日吉", 223, u"045"}, Town{u"埼玉県さいたま市浦和区", u"高砂", 330, u"048"},
    Town{u"千葉県千葉市中央区", u"富士見", 260, u"043"}, Town{u"大阪府大阪市北区", u"梅田", 530, u"06"},
    Town{u"愛知県名古屋市中区", u"栄", 460, u"052"},   Town{u"福岡県福岡市博多区", u"博多駅前", 812, u"092"},
    Town{u"北海道札幌市中央区", u"大通西", 60, u"011"}, Town{u"宮城県仙台市青葉区", u"一番町", 980, u"022"},
};

// Complaint material: what the desk writes down, per 分類. {書類}, {書類2}, {医療機関}, {日付}
// and {日数} are filled in per complaint.
constexpr std::array kDocuments {
    u"医療費通知",
    u"特定健診の結果通知",
    u"高額療養費の支給決定通知書",
    u"資格確認書",
    u"傷病手当金の支給決定通知書",
    u"保健指導の案内",
    u"任意継続の保険料納付書",
    u"被扶養者資格の確認書類",
};

constexpr std::array kClinics {
    u"さくら内科クリニック",
    u"みなと整形外科",
    u"青葉台こどもクリニック",
    u"中央総合病院",
    u"ひまわり歯科医院",
    u"駅前眼科",
    u"東町レディースクリニック",
    u"北山皮膚科",
    u"緑ヶ丘メンタルクリニック",
    u"川口耳鼻咽喉科",
    u"港南台内科",
    u"しらかば整骨院",
    u"市立医療センター",
    u"はなみずき薬局",
    u"梅田心療内科",
};

struct Material
{
    ComplaintCategory category;
    int weight;
    std::array<const char16_t*, 4> contents;
    const char16_t* subject; // of an email
    const char16_t* result;
    const char16_t* prevention; // empty where none is needed
};

const std::array kMaterial {
    Material { ComplaintCategory::Purpose, 10,
        { u"{書類}"
          u"が届いたが、自分の健診結果や受診記録が何の目的で使われているのか分からない。利用目的を文書で説明してほしい"
          u"との申出。",
            u"医療費分析に自分のレセプト情報が使われることに納得できない。同意した覚えはなく、利用をやめてほしいとのご"
            u"意見。",
            u"被扶養者の収入に関する書類の提出を求められたが、何に使うのか説明がなかったとの苦情。",
            u"健診結果を保健指導以外の目的に使っていないか確認したい。組合の公表事項のどこに書いてあるのか教えてほしい"
            u"とのこと。" },
        u"個人情報の利用目的について",
        u"公表している利用目的の範囲内で利用していることを説明し、該当する公表事項の箇所をお送りした。申出人の了解を得"
        u"た。",
        u"" },
    Material { ComplaintCategory::Disclosure, 20,
        { u"{日付}に郵送した保有個人データの開示請求について、まだ回答が届かない。いつ頃になるのか知りたいとの申出。",
            u"開示請求の手続で本人確認書類を求められたが、必要な書類が多すぎる。もっと簡単にしてほしいとのご意見。",
            u"レセプトの開示を請求したところ、{医療機関}への照会が必要と言われ、時間がかかることに不満があるとのこと。",
            u"登録されている住所が古いままになっている。{日数}日前に訂正を依頼したのに反映されていないとの苦情。" },
        u"開示請求の手続について", u"手続の状況と回答予定日を説明した。あわせて本人確認書類の取扱いについて案内した。",
        u"受付から回答までの進捗を週一回確認し、遅れる場合は申出人に連絡することとした。" },
    Material { ComplaintCategory::SafetyManagement, 15,
        { u"窓口のカウンターに他の加入者の書類が置いたままになっていたとの指摘。",
            u"電話で本人確認をせずに被扶養者の情報を答えていたのではないかとのご意見。",
            u"組合のホームページの問い合わせフォームで送った内容が、暗号化されていないのではないかとの問い合わせ。",
            u"事務所の前で、職員が個人データの入った書類を持ったまま立ち話をしていたとの申出。" },
        u"個人情報の管理について",
        u"事実関係を確認し、取扱いに不十分な点があったことをお詫びした。講じた措置を説明した。",
        u"窓口の書類は使用後ただちに施錠保管とし、退出時に点検表で確認することとした。" },
    Material { ComplaintCategory::Breach, 12,
        { u"{書類}が、別の加入者の{書類2}とともに同じ封筒に入って届いたとの申出。",
            u"組合から届いたFAXに、他の事業所の加入者の氏名と記号番号が記載されていたとの連絡。",
            u"メールで送られてきた案内の宛先欄に、他の加入者のメールアドレスが多数表示されていたとの苦情。",
            u"{書類}が以前の住所に送付され、転居先の住人が開封してしまったとのこと。" },
        u"誤送付について",
        u"発送記録を確認し、誤送付を確認した。誤って送付した書類を回収し、関係する加入者にも経緯を説明してお詫びした。",
        u"封入作業は二名で宛名と内容物を読み合わせて確認し、その照合記録を残すこととした。" },
    Material { ComplaintCategory::StaffConduct, 25,
        { u"電話で問い合わせた際、担当者の説明が高圧的で不快だったとのご意見。",
            u"窓口で大きな声で病名を言われ、周囲の人に聞かれてしまったとの苦情。",
            u"折り返しの電話をすると言われたが、{日数}日たっても連絡がないとの申出。",
            u"書類の不備について、何度も同じ説明を求められたことへの不満。{医療機関}"
            u"の領収書の扱いについても質問があった。" },
        u"職員の対応について",
        u"当日の担当者に聞き取りを行い、対応に不適切な点があったことを確認した。申出人にお詫びした。",
        u"接遇と個人情報の取扱いについて全職員を対象に研修を行うこととした。" },
    Material { ComplaintCategory::ThirdParty, 8,
        { u"勤務先の人事担当者が自分の健診結果を知っていた。組合が事業主に提供したのではないかとの申出。",
            u"保険会社から連絡があり、交通事故の治療内容を知られていた。どこから情報が渡ったのか知りたいとのこと。",
            u"健康保険組合連合会に自分の情報が提供されることについて説明を求める申出。",
            u"{医療機関}"
            u"から、組合に自分の受診内容を問い合わせたと聞いた。第三者に情報が渡っていないか確認したいとのこと。" },
        u"第三者提供について",
        u"第三者提供記録を確認し、同意なく提供した事実はないことを説明した。法令に基づく提供の範囲についても案内した。",
        u"" },
    Material { ComplaintCategory::Other, 10,
        { u"個人情報の取扱いに関する公表事項がどこに掲載されているか分からないとの問い合わせ。",
            u"組合からの案内の郵送を止めてほしいとの要望。",
            u"亡くなった家族の医療費の記録を見たいが、どうすればよいかとの相談。",
            u"マイナンバーの提出を求められた理由を知りたいとの問い合わせ。" },
        u"個人情報の取扱いについて", u"ご要望の内容を確認し、今後の取扱いと手続を説明した。", u"" },
};

constexpr std::array kProgressNotes {
    u"担当者を決め、対応を開始した。",
    u"申出人に電話し、事実関係を確認した。",
    u"関係部署に照会した。",
    u"発送記録と作業記録を確認した。",
    u"当日の担当者から聞き取りを行った。",
    u"責任者に経過を報告した。",
    u"申出人から追加の資料が届いた。",
};
} // namespace

SyntheticPeople::SyntheticPeople(QRandomGenerator& random)
    : m_random(random)
{
}

SyntheticPeople::Person SyntheticPeople::next()
{
    const Reading& family = kFamilyNames[m_random.bounded(int(kFamilyNames.size()))];
    const Reading& given = kGivenNames[m_random.bounded(int(kGivenNames.size()))];
    const Town& town = kTowns[m_random.bounded(int(kTowns.size()))];
    Person person;
    person.familyName = QString::fromUtf16(family.first);
    person.familyKana = QString::fromUtf16(family.second);
    person.givenName = QString::fromUtf16(given.first);
    person.givenKana = QString::fromUtf16(given.second);
    person.postalCode = u"%1-%2"_s.arg(town.postalPrefix, 3, 10, QLatin1Char('0')).arg(m_random.bounded(10000), 4, 10,
                                                                                        QLatin1Char('0'));
    person.address = u"%1%2%3丁目%4番%5号"_s.arg(QString::fromUtf16(town.prefectureCity), QString::fromUtf16(town.town))
                         .arg(m_random.bounded(1, 6))
                         .arg(m_random.bounded(1, 30))
                         .arg(m_random.bounded(1, 20));
    const QString area = QString::fromUtf16(town.areaCode);
    const int localDigits = 10 - int(area.size()) - 4;
    person.phone = u"%1-%2-%3"_s.arg(area)
                       .arg(m_random.bounded(int(std::pow(10, localDigits - 1)), int(std::pow(10, localDigits))))
                       .arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
    return person;
}

DemoGenerator::DemoGenerator(Session& session)
    : m_session(session)
{
}

QByteArray DemoGenerator::demoAccountPassword()
{
    return QByteArrayLiteral("demo-Sakura-2026-kenpo");
}

namespace {

/// Where the demo complaints come from and who handles them.
struct DemoOffice
{
    QDate first; // first day of the oldest fiscal year
    QDate today;
    QList<qint64> handlers; // officer and staff: assignees and timeline authors
    qint64 officer = 0; // signs off
    QList<qint64> purposeIds;
};

template <typename T, std::size_t N> const T& pick(QRandomGenerator& random, const std::array<T, N>& values)
{
    return values[random.bounded(int(N))];
}

const Material& pickMaterial(QRandomGenerator& random)
{
    int total = 0;
    for (const Material& material : kMaterial)
        total += material.weight;
    int roll = random.bounded(total);
    for (const Material& material : kMaterial) {
        if (roll < material.weight)
            return material;
        roll -= material.weight;
    }
    return kMaterial.back();
}

ComplaintChannel pickChannel(QRandomGenerator& random)
{
    // The desk's mix: mostly phone, then email, post, visits and FAX.
    const int roll = random.bounded(100);
    if (roll < 45)
        return ComplaintChannel::Phone;
    if (roll < 65)
        return ComplaintChannel::Email;
    if (roll < 77)
        return ComplaintChannel::Post;
    if (roll < 87)
        return ComplaintChannel::Visit;
    if (roll < 95)
        return ComplaintChannel::Fax;
    return ComplaintChannel::Other;
}

QString fillContent(const char16_t* pattern, QDate received, QRandomGenerator& random)
{
    QString text = QString::fromUtf16(pattern);
    const int document = random.bounded(int(kDocuments.size()));
    const int other = (document + 1 + random.bounded(int(kDocuments.size()) - 1)) % int(kDocuments.size());
    text.replace(u"{書類}"_s, QString::fromUtf16(kDocuments[document]));
    text.replace(u"{書類2}"_s, QString::fromUtf16(kDocuments[other]));
    text.replace(u"{医療機関}"_s, QString::fromUtf16(pick(random, kClinics)));
    const QDate earlier = received.addDays(-random.bounded(20, 60));
    text.replace(u"{日付}"_s, u"%1月%2日"_s.arg(earlier.month()).arg(earlier.day()));
    text.replace(u"{日数}"_s, QString::number(random.bounded(3, 15)));
    return text;
}

/// A working-hours time on `day`, never before `notBefore`.
QDateTime workTime(QDate day, const QDateTime& notBefore, QRandomGenerator& random)
{
    const QDateTime at(day, QTime(9, 0).addSecs(random.bounded(0, 8 * 3600 + 30 * 60)));
    return at < notBefore ? notBefore.addSecs(random.bounded(60, 3 * 3600)) : at;
}

AnswerMethod answerMethodFor(const Complaint& complaint)
{
    const Complainant& person = complaint.complainant;
    if (person.relation == ComplainantRelation::Anonymous && person.phone.isEmpty() && person.email.isEmpty())
        return AnswerMethod::NotRequired;
    switch (complaint.channel) {
    case ComplaintChannel::Phone:
        return AnswerMethod::Phone;
    case ComplaintChannel::Email:
        return AnswerMethod::Email;
    case ComplaintChannel::Fax:
        return AnswerMethod::Fax;
    case ComplaintChannel::Visit:
        return AnswerMethod::InPerson;
    case ComplaintChannel::Post:
    case ComplaintChannel::Other:
        break;
    }
    return AnswerMethod::Letter;
}

/// The status a complaint of this age has reached: old ones are done, recent ones open.
ComplaintStatus statusForAge(qint64 age, QRandomGenerator& random)
{
    const int roll = random.bounded(100);
    if (age > 45)
        return roll < 92 ? ComplaintStatus::Closed : ComplaintStatus::Withdrawn;
    if (age > 15) {
        if (roll < 50)
            return ComplaintStatus::Closed;
        if (roll < 75)
            return ComplaintStatus::Answered;
        if (roll < 90)
            return ComplaintStatus::InProgress;
        return roll < 95 ? ComplaintStatus::Withdrawn : ComplaintStatus::Received;
    }
    if (age > 3) {
        if (roll < 50)
            return ComplaintStatus::InProgress;
        if (roll < 70)
            return ComplaintStatus::Answered;
        return roll < 95 ? ComplaintStatus::Received : ComplaintStatus::Withdrawn;
    }
    return roll < 70 ? ComplaintStatus::Received : ComplaintStatus::InProgress;
}

Complaint makeComplaint(
    const DemoOffice& office, qint64 secondsFromFirst, QRandomGenerator& random, SyntheticPeople& people)
{
    Complaint c;
    const QDate day = office.first.addDays(secondsFromFirst / 86400);
    c.receivedAt = QDateTime(day, QTime(0, 0).addSecs(int(secondsFromFirst % 86400)));
    c.receivedBy = office.handlers[random.bounded(int(office.handlers.size()))];
    const Material& material = pickMaterial(random);
    c.category = material.category;
    c.channel = pickChannel(random);

    const SyntheticPeople::Person person = people.next();
    const int relation = random.bounded(100);
    c.complainant.relation = relation < 70 ? ComplainantRelation::Self
        : relation < 85                    ? ComplainantRelation::Family
        : relation < 90                    ? ComplainantRelation::Agent
                                           : ComplainantRelation::Anonymous;
    const bool anonymous = c.complainant.relation == ComplainantRelation::Anonymous;
    const QString email = u"member%1@example.jp"_s.arg(random.bounded(10000, 100000));
    if (!anonymous) {
        c.complainant.name = person.fullName();
        c.complainant.kana = person.fullKana();
        c.complainant.phone = person.phone;
        c.complainant.postalCode = person.postalCode;
        c.complainant.address = person.address;
        if (c.channel == ComplaintChannel::Email)
            c.complainant.email = email;
    }

    c.content = fillContent(material.contents[random.bounded(int(material.contents.size()))], day, random);
    ChannelDetails& details = c.channelDetails;
    switch (c.channel) {
    case ComplaintChannel::Phone:
        details.callerNumber = person.phone;
        details.callStarted = c.receivedAt;
        details.callEnded = c.receivedAt.addSecs(random.bounded(3 * 60, 25 * 60));
        break;
    case ComplaintChannel::Fax:
        details.faxNumber = person.phone;
        break;
    case ComplaintChannel::Email:
        details.emailFrom = email;
        details.emailDate = c.receivedAt.addSecs(-random.bounded(60, 6 * 3600));
        details.emailSubject = QString::fromUtf16(material.subject);
        details.emailBody = c.content;
        break;
    case ComplaintChannel::Post:
        details.postmarkDate = day.addDays(-random.bounded(1, 4));
        details.senderAddress = person.postalCode + QLatin1Char(' ') + person.address;
        break;
    case ComplaintChannel::Visit:
    case ComplaintChannel::Other:
        break;
    }
    const int purposes = random.bounded(3);
    for (int i = 0; i < purposes && !office.purposeIds.isEmpty(); ++i)
        c.purposeCategoryIds.append(office.purposeIds[random.bounded(int(office.purposeIds.size()))]);
    if (c.category == ComplaintCategory::Breach)
        c.possibleBreach = random.bounded(100) < 70;
    else if (c.category == ComplaintCategory::SafetyManagement)
        c.possibleBreach = random.bounded(100) < 15;

    c.status = statusForAge(day.daysTo(office.today), random);
    auto author = [&]() { return office.handlers[random.bounded(int(office.handlers.size()))]; };
    auto note = [&](const QDateTime& at, const QString& text, std::optional<ComplaintStatus> status) {
        ComplaintTimelineEntry entry;
        entry.at = at;
        entry.accountId = author();
        entry.text = text;
        entry.status = status;
        c.timeline.append(entry);
        return at;
    };
    QDateTime last = c.receivedAt;
    auto nextDay = [&](int minDays, int maxDays) {
        return std::min(office.today, last.date().addDays(random.bounded(minDays, maxDays + 1)));
    };
    if (c.status != ComplaintStatus::Received) {
        if (c.status != ComplaintStatus::Withdrawn || random.bounded(2) == 0) {
            c.assigneeId = author();
            last = note(workTime(nextDay(0, 2), last, random), QString::fromUtf16(kProgressNotes[0]),
                ComplaintStatus::InProgress);
            for (int i = random.bounded(3); i > 0; --i)
                last = note(workTime(nextDay(0, 4), last, random),
                    QString::fromUtf16(kProgressNotes[random.bounded(1, int(kProgressNotes.size()))]), {});
        }
    }
    if (c.status == ComplaintStatus::Answered || c.status == ComplaintStatus::Closed) {
        c.answerMethod = answerMethodFor(c);
        c.answeredOn = nextDay(1, 10);
        c.result = QString::fromUtf16(material.result);
        c.prevention = QString::fromUtf16(material.prevention);
        last = note(workTime(c.answeredOn, last, random),
            u"%1で回答した。"_s.arg(answerMethodDisplayName(c.answerMethod)), ComplaintStatus::Answered);
        c.answeredOn = last.date();
    }
    if (c.status == ComplaintStatus::Closed) {
        const QDateTime signedOff = workTime(nextDay(0, 5), last, random);
        c.signedOffBy = office.officer;
        c.signedOffAt = signedOff.toUTC();
        last = note(signedOff, u"責任者の確認を受け、完了とした。"_s, ComplaintStatus::Closed);
        c.completedOn = last.date();
    } else if (c.status == ComplaintStatus::Withdrawn) {
        last = note(workTime(nextDay(1, 10), last, random), u"申出人から、申出を取り下げるとの連絡があった。"_s,
            ComplaintStatus::Withdrawn);
        c.completedOn = last.date();
    }
    return c;
}

} // namespace

Result<int> DemoGenerator::generateComplaints(int records, QRandomGenerator& random, SyntheticPeople& people)
{
    DemoOffice office;
    office.today = m_today.isValid() ? m_today : QDate::currentDate();
    office.first = FiscalYear(FiscalYear::containing(office.today).startYear() - 4).firstDay();
    auto accounts = AccountService(m_session).accounts();
    if (!accounts)
        return std::unexpected(accounts.error());
    for (const Account& account : *accounts) {
        if (!account.active || account.role == Role::Auditor)
            continue;
        office.handlers.append(account.id);
        if (account.role == Role::Officer && office.officer == 0)
            office.officer = account.id;
    }
    if (m_session.account().role == Role::Officer)
        office.officer = m_session.account().id;
    if (office.handlers.isEmpty() || office.officer == 0)
        return fail(ErrorKind::Internal, u"demo complaints need an officer"_s);
    auto purposes = OrganizationService(m_session).purposeRegister();
    if (!purposes)
        return std::unexpected(purposes.error());
    for (const PurposeCategory& category : *purposes)
        office.purposeIds.append(category.id);

    // Reception times are drawn first and sorted: numbers then follow time, as at the desk.
    const qint64 days = office.first.daysTo(office.today) + 1;
    std::vector<qint64> times(static_cast<std::size_t>(records));
    for (qint64& time : times)
        time = qint64(random.bounded(int(days))) * 86400 + random.bounded(8 * 3600 + 30 * 60, 18 * 3600);
    std::sort(times.begin(), times.end());

    ComplaintService complaints(m_session);
    QList<Complaint> batch;
    batch.reserve(kComplaintBatch);
    int written = 0;
    for (std::size_t i = 0; i < times.size(); ++i) {
        batch.append(makeComplaint(office, times[i], random, people));
        if (batch.size() == kComplaintBatch || i + 1 == times.size()) {
            if (auto status = complaints.createMany(batch); !status)
                return std::unexpected(status.error());
            written += int(batch.size());
            batch.clear();
        }
    }
    return written;
}

Result<DemoGenerator::Summary> DemoGenerator::generate(int records, quint32 seed)
{
    if (records < 0)
        return fail(ErrorKind::InvalidInput);
    QRandomGenerator random(seed);
    SyntheticPeople people(random);
    Summary summary;

    OrganizationService organizations(m_session);
    auto organization = organizations.organization();
    if (!organization)
        return std::unexpected(organization.error());
    if (organization->address.isEmpty()) {
        Organization filled = *organization;
        filled.shortName = filled.shortName.isEmpty() ? u"デモ"_s : filled.shortName;
        filled.postalCode = u"140-0002"_s;
        filled.address = u"東京都品川区東品川2-3-11 デモビル4階"_s;
        filled.phone = u"03-5796-0000"_s;
        filled.fax = u"03-5796-0001"_s;
        filled.email = u"privacy@demo-kenpo.example.jp"_s;
        if (auto saved = organizations.saveOrganization(filled); !saved)
            return std::unexpected(saved.error());
    }

    // Accounts carry a key slot each (one Argon2id run), so the office stays office-sized.
    AccountService accounts(m_session);
    const int accountCount = std::clamp(records / 50, 2, 8);
    for (int i = 0; i < accountCount; ++i) {
        const SyntheticPeople::Person person = people.next();
        const Role role = i == 0 ? Role::Auditor : Role::Staff;
        const QString login = (role == Role::Auditor ? u"auditor%1"_s : u"staff%1"_s).arg(i);
        auto added = accounts.addAccount(login, person.fullName(), role, demoAccountPassword());
        if (!added && added.error().kind != ErrorKind::AlreadyExists)
            return std::unexpected(added.error());
        if (added)
            ++summary.accounts;
    }

    auto complaints = generateComplaints(records, random, people);
    if (!complaints)
        return std::unexpected(complaints.error());
    summary.complaints = *complaints;
    return summary;
}

} // namespace pd
