// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Tables.h"

#include "core/storage/Database.h"
#include "core/storage/Store.h"

namespace pd::storage {

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Account readAccount(const SqlStatement& row)
{
    Account account;
    account.id = row.integer(0);
    account.login = row.text(1);
    account.displayName = row.text(2);
    account.role = roleFromKey(row.text(3)).value_or(Role::Staff);
    account.active = row.integer(4) != 0;
    account.mustChangePassword = row.integer(5) != 0;
    account.createdUtc = QDateTime::fromString(row.text(6), Qt::ISODate);
    account.revision = row.integer(7);
    return account;
}

QString sealModeKey(Organization::SealMode mode)
{
    switch (mode) {
    case Organization::SealMode::Printed:
        return QStringLiteral("printed");
    case Organization::SealMode::Image:
        return QStringLiteral("image");
    case Organization::SealMode::Omitted:
        break;
    }
    return QStringLiteral("omitted");
}

constexpr auto kAccountColumns = "SELECT id, login, display_name, role, active, must_change_password, created_utc, "
                                 "revision FROM accounts ";
} // namespace

namespace AccountTable {

Result<QList<Account>> all(Database& db)
{
    auto statement = db.prepare(QString::fromLatin1(kAccountColumns) + QStringLiteral("ORDER BY id"));
    if (!statement)
        return std::unexpected(statement.error());
    return collect<Account>(*statement, readAccount);
}

Result<std::optional<Account>> findByLogin(Database& db, const QString& login)
{
    auto statement = db.prepare(QString::fromLatin1(kAccountColumns) + QStringLiteral("WHERE login = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, login.trimmed());
    return single<Account>(*statement, readAccount);
}

Result<qint64> insert(Writer& writer, const Account& account)
{
    const QString now = nowIso();
    return writer.insert("accounts",
                         {{"login", account.login.trimmed()},
                          {"display_name", account.displayName},
                          {"role", roleKey(account.role)},
                          {"active", account.active},
                          {"must_change_password", account.mustChangePassword},
                          {"created_utc", now},
                          {"updated_utc", now}},
                         QStringLiteral("account"));
}

Status update(Writer& writer, const Account& account)
{
    return writer.update("accounts",
                         account.id,
                         {{"display_name", account.displayName},
                          {"role", roleKey(account.role)},
                          {"active", account.active},
                          {"must_change_password", account.mustChangePassword},
                          {"updated_utc", nowIso()}},
                         QStringLiteral("account"), account.revision);
}

Result<int> count(Database& db)
{
    auto statement = db.prepare("SELECT count(*) FROM accounts");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return int(statement->integer(0));
}

} // namespace AccountTable

namespace OrganizationTable {

Result<Organization> load(Database& db)
{
    auto statement = db.prepare(
        "SELECT name, short_name, postal_code, address, phone, fax, email, revision, department, sender_title, "
        "sender_name, seal_mode, seal_image, document_number_format, complaint_number_format, complaint_answer_days, "
        "attachment_limit_mb, office_start, office_end, closed_saturdays, closed_sundays, closed_holidays, "
        "closed_year_end, bulk_view_count, bulk_view_minutes FROM organization WHERE id = 1");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::Corrupt, QStringLiteral("organization row"));
    Organization organization;
    organization.name = statement->text(0);
    organization.shortName = statement->text(1);
    organization.postalCode = statement->text(2);
    organization.address = statement->text(3);
    organization.phone = statement->text(4);
    organization.fax = statement->text(5);
    organization.email = statement->text(6);
    organization.revision = statement->integer(7);
    organization.department = statement->text(8);
    organization.senderTitle = statement->text(9);
    organization.senderName = statement->text(10);
    const QString sealMode = statement->text(11);
    organization.sealMode = sealMode == QLatin1String("printed") ? Organization::SealMode::Printed
        : sealMode == QLatin1String("image")                      ? Organization::SealMode::Image
                                                                  : Organization::SealMode::Omitted;
    organization.sealImage = statement->blob(12);
    organization.documentNumberFormat = statement->text(13);
    organization.complaintNumberFormat = statement->text(14);
    organization.complaintAnswerDays = int(statement->integer(15));
    organization.attachmentLimitMb = int(statement->integer(16));
    OfficeHours& hours = organization.auditPolicy.officeHours;
    // A time that does not read (edited by hand) leaves the default: the review keeps a rule to apply.
    if (const QTime start = QTime::fromString(statement->text(17), QStringLiteral("HH:mm")); start.isValid())
        hours.start = start;
    if (const QTime end = QTime::fromString(statement->text(18), QStringLiteral("HH:mm")); end.isValid())
        hours.end = end;
    hours.closedOnSaturdays = statement->integer(19) != 0;
    hours.closedOnSundays = statement->integer(20) != 0;
    hours.closedOnHolidays = statement->integer(21) != 0;
    hours.closedAtYearEnd = statement->integer(22) != 0;
    organization.auditPolicy.bulkViewing.minimumViews = int(statement->integer(23));
    organization.auditPolicy.bulkViewing.windowMinutes = int(statement->integer(24));
    return organization;
}

Status save(Writer& writer, const Organization& organization)
{
    return writer.update("organization",
                         1,
                         {{"name", organization.name},
                          {"short_name", organization.shortName},
                          {"postal_code", organization.postalCode},
                          {"address", organization.address},
                          {"phone", organization.phone},
                          {"fax", organization.fax},
                          {"email", organization.email},
                          {"department", organization.department},
                          {"sender_title", organization.senderTitle},
                          {"sender_name", organization.senderName},
                          {"seal_mode", sealModeKey(organization.sealMode)},
                          {"seal_image", organization.sealImage.isEmpty() ? QVariant() : QVariant(organization.sealImage)},
                          {"document_number_format", organization.documentNumberFormat},
                          {"complaint_number_format", organization.complaintNumberFormat},
                          {"complaint_answer_days", organization.complaintAnswerDays},
                          {"attachment_limit_mb", organization.attachmentLimitMb},
                          {"office_start", organization.auditPolicy.officeHours.start.toString(QStringLiteral("HH:mm"))},
                          {"office_end", organization.auditPolicy.officeHours.end.toString(QStringLiteral("HH:mm"))},
                          {"closed_saturdays", int(organization.auditPolicy.officeHours.closedOnSaturdays)},
                          {"closed_sundays", int(organization.auditPolicy.officeHours.closedOnSundays)},
                          {"closed_holidays", int(organization.auditPolicy.officeHours.closedOnHolidays)},
                          {"closed_year_end", int(organization.auditPolicy.officeHours.closedAtYearEnd)},
                          {"bulk_view_count", organization.auditPolicy.bulkViewing.minimumViews},
                          {"bulk_view_minutes", organization.auditPolicy.bulkViewing.windowMinutes},
                          {"updated_utc", nowIso()}},
                         QStringLiteral("organization"), organization.revision);
}

} // namespace OrganizationTable

namespace PurposeTable {

Result<QList<PurposeCategory>> current(Database& db)
{
    auto statement = db.prepare("SELECT id, position, name, purposes, valid_from FROM purpose_categories "
                                "WHERE valid_until IS NULL ORDER BY position");
    if (!statement)
        return std::unexpected(statement.error());
    return collect<PurposeCategory>(*statement, [](const SqlStatement& row) {
        PurposeCategory category;
        category.id = row.integer(0);
        category.position = int(row.integer(1));
        category.name = row.text(2);
        category.purposes = row.text(3);
        category.validFrom = QDate::fromString(row.text(4), Qt::ISODate);
        return category;
    });
}

} // namespace PurposeTable

} // namespace pd::storage
