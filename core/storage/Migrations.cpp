// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/letters/TemplateCatalog.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>

using namespace Qt::StringLiterals;

namespace pd::storage {

const QList<SeedPurpose>& seedPurposeRegister()
{
    // Verbatim from section 1 of the society's public notice (including its own punctuation).
    static const QList<SeedPurpose> categories = {
    {u"資格に関する情報"_s, u"加入者の管理、標準報酬月額の決定、保険料の徴収、各種証の発行管理、オンライン資格確認システムへの連携、番号法に基づく情報連携、住基情報との突合確認"_s},
    {u"被保険者及び被扶養者の収入に関する情報"_s, u"被扶養者の認定・検認、高齢受給者証及び標準負担額減額認定証の発行管理"_s},
    {u"被扶養者（被扶養者になろうとする者を含む）及びその同居家族の収入及び身分関係に関する情報"_s, u"被扶養者の認定・検認"_s},
    {u"資格喪失者が加入する保険者に関する情報"_s, u"レセプト振替の実施、保険者間調整の実施"_s},
    {u"現金給付に関する情報"_s, u"保険給付の審査・支払、番号法に基づく情報連携"_s},
    {u"レセプトに関する情報"_s, u"保険給付の審査・支払、医療費通知の発行、加入者の健康管理及び施策立案を目的とした医療費分析、健康保険組合連合会に対する高額医療交付金の申請、海外療養費の翻訳"_s},
    {u"加入者の口座情報"_s, u"保険給付の支払、補助金の支払、保険料等の還付"_s},
    {u"健康診査に関する情報"_s, u"未受診者への受診勧奨、保健指導対象者の特定、加入者の健康管理及び施策立案を目的とした健診結果の分析、要医療者に対する受診勧奨、国に対する特定健診の実績報告、オンライン資格確認システムへの連携"_s},
    {u"保健指導に関する情報"_s, u"保健指導の利用勧奨、加入者の健康管理及び施策立案を目的とした保健指導結果の分析、国に対する特定保健指導の実績報告"_s},
    {u"保健事業（各種補助・報奨）に関する情報"_s, u"利用者の管理、補助・報奨の審査・支払"_s},
    {u"保健事業（各種施策）に関する情報"_s, u"利用者の管理、、施策の利用記録"_s},
    {u"被保険者の労務状況に関する情報"_s, u"傷病手当金の審査・支払、出産手当金の審査・支払"_s},
    {u"医師等への照会で得た療養状況に関する情報"_s, u"傷病手当金の審査・支払、療養費の審査・支払"_s},
    {u"第三者行為（交通事故等）に関する情報"_s, u"加害者及び保険会社に対する求償"_s},
    {u"当組合の議員に関する情報"_s, u"組合会・理事会に関する連絡、選挙の実施、研修の実施"_s},
    {u"当組合の従業員に関する情報"_s, u"雇用の管理、研修の実施、福利厚生の提供"_s},
    };
    return categories;
}

namespace {

Status v1Accounts(Database& db)
{
    return db.exec(R"SQL(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE accounts (
            id                   INTEGER PRIMARY KEY,
            login                TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name         TEXT NOT NULL,
            role                 TEXT NOT NULL CHECK (role IN ('officer', 'staff', 'auditor')),
            active               INTEGER NOT NULL DEFAULT 1,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            created_utc          TEXT NOT NULL,
            updated_utc          TEXT NOT NULL,
            revision             INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE audit_log (
            seq           INTEGER PRIMARY KEY,
            at_utc        TEXT NOT NULL,
            account_id    INTEGER,
            account_login TEXT NOT NULL,
            role          TEXT NOT NULL,
            action        TEXT NOT NULL,
            record_type   TEXT NOT NULL,
            record_id     INTEGER,
            result        TEXT NOT NULL,
            detail        TEXT NOT NULL,
            prev_hash     BLOB NOT NULL,
            hash          BLOB NOT NULL
        );
        CREATE INDEX audit_log_at ON audit_log (at_utc);
        CREATE INDEX audit_log_record ON audit_log (record_type, record_id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        PRAGMA application_id = 1346652977;
    )SQL");
}

Status v2OrganizationAndPurposes(Database& db)
{
    auto status = db.exec(R"SQL(
        CREATE TABLE organization (
            id           INTEGER PRIMARY KEY CHECK (id = 1),
            name         TEXT NOT NULL DEFAULT '',
            short_name   TEXT NOT NULL DEFAULT '',
            postal_code  TEXT NOT NULL DEFAULT '',
            address      TEXT NOT NULL DEFAULT '',
            phone        TEXT NOT NULL DEFAULT '',
            fax          TEXT NOT NULL DEFAULT '',
            email        TEXT NOT NULL DEFAULT '',
            updated_utc  TEXT NOT NULL DEFAULT '',
            revision     INTEGER NOT NULL DEFAULT 1
        );
        INSERT INTO organization (id) VALUES (1);
        CREATE TABLE purpose_categories (
            id          INTEGER PRIMARY KEY,
            position    INTEGER NOT NULL,
            name        TEXT NOT NULL,
            purposes    TEXT NOT NULL,
            valid_from  TEXT NOT NULL,
            valid_until TEXT
        );
        CREATE INDEX purpose_categories_current ON purpose_categories (valid_until, position);
    )SQL");
    if (!status)
        return status;
    auto insert = db.prepare("INSERT INTO purpose_categories (position, name, purposes, valid_from) VALUES (?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    int position = 1;
    for (const SeedPurpose& category : seedPurposeRegister()) {
        insert->reset();
        insert->bind(1, position++).bind(2, category.category).bind(3, category.purposes).bind(4, today);
        if (auto run = insert->run(); !run)
            return run;
    }
    return {};
}

Status installBuiltInTemplates(Database& db)
{
    auto insert = db.prepare("INSERT INTO letter_templates (name, version, title, html, built_in, created_utc, created_by) "
                             "VALUES (?, 1, ?, ?, 1, ?, 'PrivacyDesk')");
    if (!insert)
        return std::unexpected(insert.error());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const CatalogEntry& entry : TemplateCatalog::entries()) {
        const QString html = TemplateCatalog::builtInHtml(entry.name);
        if (html.isEmpty())
            return fail(ErrorKind::Internal, QStringLiteral("built-in template %1 missing").arg(entry.name));
        insert->reset();
        insert->bind(1, entry.name).bind(2, entry.title).bind(3, html).bind(4, now);
        if (auto status = insert->run(); !status)
            return status;
    }
    return {};
}

Status v3Letters(Database& db)
{
    auto status = db.exec(R"SQL(
        ALTER TABLE organization ADD COLUMN department TEXT NOT NULL DEFAULT '';
        ALTER TABLE organization ADD COLUMN sender_title TEXT NOT NULL DEFAULT '';
        ALTER TABLE organization ADD COLUMN sender_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE organization ADD COLUMN seal_image BLOB;
        ALTER TABLE organization ADD COLUMN seal_mode TEXT NOT NULL DEFAULT 'omitted';
        ALTER TABLE organization ADD COLUMN document_number_format TEXT NOT NULL DEFAULT '{略称}健保発第{n}号';
        CREATE TABLE number_counters (
            series      TEXT NOT NULL,
            fiscal_year INTEGER NOT NULL,
            last_value  INTEGER NOT NULL,
            PRIMARY KEY (series, fiscal_year)
        ) WITHOUT ROWID;
        CREATE TABLE letter_templates (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            version     INTEGER NOT NULL,
            title       TEXT NOT NULL,
            html        TEXT NOT NULL,
            built_in    INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            created_by  TEXT NOT NULL,
            UNIQUE (name, version)
        );
        CREATE TABLE issued_letters (
            id               INTEGER PRIMARY KEY,
            document_number  TEXT NOT NULL,
            fiscal_year      INTEGER NOT NULL,
            sequence         INTEGER NOT NULL,
            template_id      INTEGER NOT NULL REFERENCES letter_templates (id),
            record_type      TEXT NOT NULL,
            record_id        INTEGER NOT NULL,
            record_number    TEXT NOT NULL,
            issue_date       TEXT NOT NULL,
            recipient_name   TEXT NOT NULL,
            title            TEXT NOT NULL,
            data_json        TEXT NOT NULL,
            pdf              BLOB NOT NULL,
            pdf_hash         BLOB NOT NULL,
            page_count       INTEGER NOT NULL,
            issued_utc       TEXT NOT NULL,
            issued_by        INTEGER NOT NULL REFERENCES accounts (id),
            UNIQUE (fiscal_year, sequence)
        );
        CREATE INDEX issued_letters_record ON issued_letters (record_type, record_id);
        CREATE INDEX issued_letters_issued ON issued_letters (issued_utc);
        CREATE INDEX issued_letters_number ON issued_letters (document_number);
    )SQL");
    if (!status)
        return status;
    return installBuiltInTemplates(db);
}

Status v4Complaints(Database& db)
{
    // The list columns come first in complaints and the long texts last: a list page decodes
    // only the front of each record. complaints_list and complaints_kana hold every column the
    // list filters on, so counts and the order of a page come from an index alone; the choice of
    // index is made in ComplaintTables, per query shape.
    // complaint_search holds each complaint's token document (see ComplaintSearch) and is the
    // content table of the FTS4 index complaint_fts.
    return db.exec(R"SQL(
        ALTER TABLE organization ADD COLUMN complaint_number_format TEXT NOT NULL DEFAULT '苦-{年度}-{n:4}';
        ALTER TABLE organization ADD COLUMN complaint_answer_days INTEGER NOT NULL DEFAULT 14;
        CREATE TABLE complaints (
            id                      INTEGER PRIMARY KEY,
            number                  TEXT NOT NULL UNIQUE,
            fiscal_year             INTEGER NOT NULL,
            sequence                INTEGER NOT NULL,
            received_at             TEXT NOT NULL,
            channel                 TEXT NOT NULL
                CHECK (channel IN ('phone', 'fax', 'email', 'post', 'visit', 'other')),
            complainant_name        TEXT NOT NULL DEFAULT '',
            complainant_kana        TEXT NOT NULL DEFAULT '',
            category                TEXT NOT NULL CHECK (category IN ('purpose', 'disclosure', 'safety_management',
                                        'breach', 'staff_conduct', 'third_party', 'other')),
            status                  TEXT NOT NULL
                CHECK (status IN ('received', 'in_progress', 'answered', 'closed', 'withdrawn')),
            assignee_id             INTEGER REFERENCES accounts (id),
            target_date             TEXT NOT NULL,
            possible_breach         INTEGER NOT NULL DEFAULT 0,
            received_by             INTEGER NOT NULL REFERENCES accounts (id),
            relation                TEXT NOT NULL CHECK (relation IN ('self', 'family', 'agent', 'anonymous')),
            complainant_phone       TEXT NOT NULL DEFAULT '',
            complainant_email       TEXT NOT NULL DEFAULT '',
            complainant_postal_code TEXT NOT NULL DEFAULT '',
            complainant_address     TEXT NOT NULL DEFAULT '',
            answer_method           TEXT NOT NULL DEFAULT '' CHECK (answer_method IN ('', 'phone', 'letter', 'fax',
                                        'email', 'in_person', 'not_required')),
            answered_on             TEXT,
            signed_off_by           INTEGER REFERENCES accounts (id),
            signed_off_utc          TEXT,
            completed_on            TEXT,
            caller_number           TEXT NOT NULL DEFAULT '',
            call_started_at         TEXT,
            call_ended_at           TEXT,
            fax_number              TEXT NOT NULL DEFAULT '',
            email_from              TEXT NOT NULL DEFAULT '',
            email_date              TEXT,
            email_subject           TEXT NOT NULL DEFAULT '',
            postmark_date           TEXT,
            sender_address          TEXT NOT NULL DEFAULT '',
            created_utc             TEXT NOT NULL,
            updated_utc             TEXT NOT NULL,
            revision                INTEGER NOT NULL DEFAULT 1,
            content                 TEXT NOT NULL,
            result                  TEXT NOT NULL DEFAULT '',
            prevention              TEXT NOT NULL DEFAULT '',
            email_body              TEXT NOT NULL DEFAULT '',
            UNIQUE (fiscal_year, sequence)
        );
        CREATE INDEX complaints_list ON complaints (received_at, status, channel, category, assignee_id, target_date,
                                                    possible_breach, fiscal_year, sequence);
        CREATE INDEX complaints_kana ON complaints (complainant_kana, complainant_name, received_at, status, channel,
                                                    category, assignee_id, target_date, possible_breach);
        CREATE INDEX complaints_status_target ON complaints (status, target_date);
        CREATE INDEX complaints_target ON complaints (target_date);
        CREATE TABLE complaint_timeline (
            id           INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints (id),
            at           TEXT NOT NULL,
            account_id   INTEGER NOT NULL REFERENCES accounts (id),
            status       TEXT CHECK (status IN ('received', 'in_progress', 'answered', 'closed', 'withdrawn')),
            text         TEXT NOT NULL,
            created_utc  TEXT NOT NULL
        );
        CREATE INDEX complaint_timeline_complaint ON complaint_timeline (complaint_id, at);
        CREATE TABLE complaint_categories (
            complaint_id        INTEGER NOT NULL REFERENCES complaints (id),
            purpose_category_id INTEGER NOT NULL REFERENCES purpose_categories (id),
            PRIMARY KEY (complaint_id, purpose_category_id)
        ) WITHOUT ROWID;
        CREATE TABLE complaint_search (
            complaint_id INTEGER PRIMARY KEY REFERENCES complaints (id),
            tokens       TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE complaint_fts USING fts4 (content="complaint_search", tokens);
    )SQL");
}

Status v5AttachmentsEmailsDrafts(Database& db)
{
    // Files stay in the encrypted database, so they are encrypted at rest like every other field.
    // The blob is the last column: listing the metadata never reads a file's overflow pages.
    // An attachment does not change its complaint's revision (like a timeline note): attaching a
    // scan while someone edits the form must not make their save fail.
    // complaint_emails keeps the original message of a complaint that came by email (one per
    // complaint; its rowid is the complaint id). complaint_drafts holds unsaved forms per account.
    return db.exec(R"SQL(
        ALTER TABLE organization ADD COLUMN attachment_limit_mb INTEGER NOT NULL DEFAULT 25;
        CREATE TABLE complaint_attachments (
            id           INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints (id),
            file_name    TEXT NOT NULL,
            mime_type    TEXT NOT NULL,
            size         INTEGER NOT NULL,
            source       TEXT NOT NULL CHECK (source IN ('file', 'email')),
            added_by     INTEGER NOT NULL REFERENCES accounts (id),
            added_utc    TEXT NOT NULL,
            content      BLOB NOT NULL
        );
        CREATE INDEX complaint_attachments_complaint ON complaint_attachments (complaint_id, id);
        CREATE TABLE complaint_emails (
            complaint_id INTEGER PRIMARY KEY REFERENCES complaints (id),
            added_by     INTEGER NOT NULL REFERENCES accounts (id),
            added_utc    TEXT NOT NULL,
            raw          BLOB NOT NULL
        );
        CREATE TABLE complaint_drafts (
            id          INTEGER PRIMARY KEY,
            account_id  INTEGER NOT NULL REFERENCES accounts (id),
            draft_key   TEXT NOT NULL,
            saved_utc   TEXT NOT NULL,
            payload     BLOB NOT NULL,
            UNIQUE (account_id, draft_key)
        );
    )SQL");
}

Status v6AuditReviewIndexes(Database& db)
{
    // The review screen filters a trail of a million entries by account and by action, newest
    // first: without these, each such page and its count would scan the whole table.
    return db.exec(R"SQL(
        CREATE INDEX audit_log_account ON audit_log (account_id, seq);
        CREATE INDEX audit_log_action ON audit_log (action, seq);
    )SQL");
}

Status v7KeyMaterial(Database& db)
{
    // The audit chain and checkpoint keys were derived from the data key. Rotating the data key
    // must not change them (every entry and every checkpoint already issued would stop
    // verifying), so the first rotation stores the keys in use here, inside the encryption.
    return db.exec(R"SQL(
        CREATE TABLE key_material (
            purpose TEXT PRIMARY KEY CHECK (purpose IN ('audit_chain', 'checkpoint')),
            key     BLOB NOT NULL CHECK (length(key) = 32)
        );
    )SQL");
}

Status v8AuditPolicy(Database& db)
{
    // Office hours and the bulk-viewing rule of the audit review are the society's policy: they
    // live with the organization row, are changed by the officer and audited like its other
    // settings. The defaults are the rule the review applied before it was a setting; national
    // holidays now count as outside office hours, as 年末年始 already did.
    return db.exec(R"SQL(
        ALTER TABLE organization ADD COLUMN office_start TEXT NOT NULL DEFAULT '08:30';
        ALTER TABLE organization ADD COLUMN office_end TEXT NOT NULL DEFAULT '18:00';
        ALTER TABLE organization ADD COLUMN closed_saturdays INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE organization ADD COLUMN closed_sundays INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE organization ADD COLUMN closed_holidays INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE organization ADD COLUMN closed_year_end INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE organization ADD COLUMN bulk_view_count INTEGER NOT NULL DEFAULT 30;
        ALTER TABLE organization ADD COLUMN bulk_view_minutes INTEGER NOT NULL DEFAULT 10;
    )SQL");
}

const QList<std::function<Status(Database&)>>& migrationSteps()
{
    static const QList<std::function<Status(Database&)>> steps = {v1Accounts, v2OrganizationAndPurposes, v3Letters,
                                                                          v4Complaints, v5AttachmentsEmailsDrafts,
                                                                          v6AuditReviewIndexes, v7KeyMaterial, v8AuditPolicy};
    return steps;
}

} // namespace

int Migrations::latestVersion()
{
    return int(migrationSteps().size());
}

Status Migrations::migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = db.userVersion();
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorKind::UnsupportedVersion);
    for (int version = *current + 1; version <= targetVersion; ++version) {
        Transaction transaction(db);
        if (auto status = transaction.begin(); !status)
            return status;
        if (auto status = migrationSteps().at(version - 1)(db); !status)
            return status;
        if (auto status = db.setUserVersion(version); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace pd::storage
