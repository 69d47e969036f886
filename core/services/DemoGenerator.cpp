// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoGenerator.h"

#include "core/model/Role.h"
#include "core/services/AccountService.h"
#include "core/services/OrganizationService.h"
#include "core/services/Session.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <array>
#include <utility>

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
    return summary;
}

} // namespace pd
