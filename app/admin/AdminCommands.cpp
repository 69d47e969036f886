// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/admin/AdminCommands.h"

#include "core/complaints/EmailIntake.h"
#include "core/complaints/ComplaintExport.h"
#include "core/complaints/ComplaintImport.h"
#include "core/complaints/CsvReader.h"
#include "core/crypto/SecureBytes.h"
#include "core/render/LetterService.h"
#include "core/render/RecordLetters.h"
#include "core/services/AccountService.h"
#include "core/services/AuditReview.h"
#include "core/services/BackupService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/PasswordPolicy.h"
#include "core/services/Session.h"
#include "core/services/VersionInfo.h"
#include "core/storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <functional>
#include <map>

namespace pd::admin {

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
};

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

struct Context
{
    QCommandLineParser& parser;
    QTextStream& in;
    QTextStream& out;
    QTextStream& err;

    int failWith(const Error& error)
    {
        err << AdminText::tr("Error: %1").arg(error.message()) << Qt::endl;
        return Failure;
    }
    int usage(const QString& message)
    {
        err << message << Qt::endl << Qt::endl << parser.helpText();
        return Usage;
    }
    /// Sign-in options: --user with --password-stdin, or --recovery-key-stdin.
    bool requireCredentials()
    {
        if (parser.isSet(QStringLiteral("recovery-key-stdin"))
            || (parser.isSet(QStringLiteral("user")) && parser.isSet(QStringLiteral("password-stdin"))))
            return true;
        usage(AdminText::tr("Give --user LOGIN and --password-stdin, or --recovery-key-stdin."));
        return false;
    }
    /// Reads one line of standard input into a wipeable buffer.
    QByteArray readSecretLine()
    {
        QString line = in.readLine();
        QByteArray bytes = line.toUtf8();
        wipe(line);
        return bytes;
    }
    bool require(const QStringList& names)
    {
        for (const QString& name : names) {
            if (!parser.isSet(name)) {
                usage(AdminText::tr("Missing option --%1.").arg(name));
                return false;
            }
        }
        return true;
    }
};

Result<std::unique_ptr<Session>> signIn(Context& context)
{
    const QString database = context.parser.value(QStringLiteral("database"));
    if (context.parser.isSet(QStringLiteral("recovery-key-stdin"))) {
        QString key = context.in.readLine();
        auto session = Session::unlockWithRecoveryKey(database, key);
        wipe(key);
        return session;
    }
    if (!context.parser.isSet(QStringLiteral("user")) || !context.parser.isSet(QStringLiteral("password-stdin")))
        return fail(ErrorKind::InvalidInput, AdminText::tr("give --user LOGIN and --password-stdin, or --recovery-key-stdin"));
    QByteArray password = context.readSecretLine();
    auto session = Session::unlock(database, context.parser.value(QStringLiteral("user")), password);
    wipe(password);
    return session;
}

int commandInit(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("organization"), QStringLiteral("officer"),
                          QStringLiteral("officer-name"), QStringLiteral("password-stdin")}))
        return Usage;
    CreationRequest request;
    request.location = context.parser.value(QStringLiteral("database"));
    request.organization.name = context.parser.value(QStringLiteral("organization"));
    request.officerLogin = context.parser.value(QStringLiteral("officer"));
    request.officerName = context.parser.value(QStringLiteral("officer-name"));
    const QString kdf = context.parser.value(QStringLiteral("kdf"));
    if (kdf == QLatin1String("interactive"))
        request.kdf = crypto::KdfParams::interactive();
    else if (!kdf.isEmpty() && kdf != QLatin1String("moderate"))
        return context.usage(AdminText::tr("--kdf must be moderate or interactive."));
    request.password = context.readSecretLine();
    auto created = Session::create(std::move(request));
    if (!created)
        return context.failWith(created.error());
    context.out << AdminText::tr("Created the database at %1.").arg(created->session->location()) << Qt::endl
                << AdminText::tr("Recovery key (store it safely; it is shown only once):") << Qt::endl
                << created->recoveryKey << Qt::endl;
    return Ok;
}

int commandCheck(Context& context)
{
    if (!context.require({QStringLiteral("database")}))
        return Usage;
    const QString database = context.parser.value(QStringLiteral("database"));
    const bool recovery = context.parser.isSet(QStringLiteral("recovery-key-stdin"));
    if (!context.requireCredentials())
        return Usage;
    QByteArray secret = context.readSecretLine();
    auto head = Session::checkUnit(database, recovery ? QString() : context.parser.value(QStringLiteral("user")), secret);
    wipe(secret);
    if (!head)
        return context.failWith(head.error());
    context.out << AdminText::tr("OK: key, database integrity and audit chain verified (%n audit entries).", nullptr,
                                 int(head->seq))
                << Qt::endl;
    return Ok;
}

int commandDemo(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("records")}))
        return Usage;
    bool numberOk = false;
    const int records = context.parser.value(QStringLiteral("records")).toInt(&numberOk);
    if (!numberOk || records < 0)
        return context.usage(AdminText::tr("--records must be a number of records, 0 or more."));
    if (!context.requireCredentials())
        return Usage;
    const quint32 seed = context.parser.isSet(QStringLiteral("seed"))
        ? context.parser.value(QStringLiteral("seed")).toUInt()
        : 20251125u;
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    DemoGenerator generator(**session);
    auto summary = generator.generate(records, seed);
    if (!summary)
        return context.failWith(summary.error());
    context.out << AdminText::tr("Demo data written.") << Qt::endl
                << AdminText::tr("Accounts added: %1").arg(summary->accounts) << Qt::endl
                << AdminText::tr("Complaints added: %1").arg(summary->complaints) << Qt::endl;
    return Ok;
}

Result<Role> roleFromOption(const QString& value)
{
    if (auto role = roleFromKey(value))
        return *role;
    return fail(ErrorKind::InvalidInput, AdminText::tr("--role must be officer, staff or auditor"));
}

int commandAddAccount(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("login"), QStringLiteral("name"),
                          QStringLiteral("role")})
        || !context.requireCredentials())
        return Usage;
    auto role = roleFromOption(context.parser.value(QStringLiteral("role")));
    if (!role)
        return context.usage(role.error().message());
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    QByteArray oneTimePassword = context.readSecretLine();
    auto account = AccountService(**session).addAccount(context.parser.value(QStringLiteral("login")),
                                                        context.parser.value(QStringLiteral("name")), *role,
                                                        oneTimePassword);
    wipe(oneTimePassword);
    if (!account)
        return context.failWith(account.error());
    context.out << AdminText::tr("Added %1 (%2). The password must be changed at the first sign-in.")
                       .arg(account->login, roleDisplayName(account->role))
                << Qt::endl;
    return Ok;
}

int commandRemoveAccount(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("login")}) || !context.requireCredentials())
        return Usage;
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    const QString login = context.parser.value(QStringLiteral("login"));
    if (auto status = AccountService(**session).removeAccount(login); !status)
        return context.failWith(status.error());
    context.out << AdminText::tr("Removed the key slot of %1; the account stays in the audit trail, disabled.").arg(login)
                << Qt::endl;
    return Ok;
}

int commandPasswd(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("password-stdin")}))
        return Usage;
    const QString database = context.parser.value(QStringLiteral("database"));
    QByteArray current = context.readSecretLine();
    QByteArray replacement = context.readSecretLine();
    auto session = Session::unlock(database, context.parser.value(QStringLiteral("user")), current);
    if (!session) {
        wipe(current);
        wipe(replacement);
        return context.failWith(session.error());
    }
    auto status = AccountService(**session).changeOwnPassword(current, replacement);
    wipe(current);
    wipe(replacement);
    if (!status)
        return context.failWith(status.error());
    context.out << AdminText::tr("Password changed.") << Qt::endl;
    return Ok;
}

int commandRotateKey(Context& context)
{
    if (!context.require({QStringLiteral("database")}) || !context.requireCredentials())
        return Usage;
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    const bool newRecoveryKey = context.parser.isSet(QStringLiteral("new-recovery-key"));
    int reported = -10;
    QElapsedTimer timer;
    timer.start();
    auto rotated = AccountService(**session).rotateDataKey(newRecoveryKey, [&](int percent) {
        // Every tenth percent on stderr: a rotation of a large database takes a while.
        if (percent >= reported + 10 || percent == 100) {
            reported = percent;
            context.err << AdminText::tr("Re-encrypting: %1 %").arg(percent) << Qt::endl;
        }
        return true;
    });
    if (!rotated)
        return context.failWith(rotated.error());
    context.out << AdminText::tr("The data key was changed in %1 s (%2 bytes re-encrypted); every account keeps its "
                                 "password. Copies of older key-slot files no longer open the database.")
                       .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                       .arg(rotated->databaseBytes)
                << Qt::endl;
    if (!rotated->newRecoveryKey.isEmpty())
        context.out << AdminText::tr("New recovery key (store it safely; it is shown only once; the old one no longer "
                                     "works):")
                    << Qt::endl
                    << rotated->newRecoveryKey << Qt::endl;
    return Ok;
}

int commandBackup(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("to")}) || !context.requireCredentials())
        return Usage;
    int keep = BackupService::kDefaultGenerations;
    if (context.parser.isSet(QStringLiteral("keep"))) {
        bool numberOk = false;
        keep = context.parser.value(QStringLiteral("keep")).toInt(&numberOk);
        if (!numberOk || keep < 1)
            return context.usage(AdminText::tr("--keep must be a number of backups, 1 or more."));
    }
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    auto backup = BackupService(**session).backupTo(context.parser.value(QStringLiteral("to")), keep);
    if (!backup)
        return context.failWith(backup.error());
    context.out << AdminText::tr("Backup written: %1").arg(QDir::toNativeSeparators(backup->folder)) << Qt::endl
                << AdminText::tr("Size: %1 bytes; complaints: %2; audit entries: %3")
                       .arg(backup->bytes)
                       .arg(backup->statistics.complaints)
                       .arg(backup->statistics.auditEntries)
                << Qt::endl;
    return Ok;
}

void printBackupInfo(Context& context, const BackupInfo& info)
{
    context.out << AdminText::tr("Backup: %1").arg(QDir::toNativeSeparators(info.folder)) << Qt::endl
                << AdminText::tr("Written: %1").arg(info.writtenUtc.toLocalTime().toString(Qt::ISODate)) << Qt::endl
                << AdminText::tr("Size: %1 bytes").arg(info.bytes) << Qt::endl
                << AdminText::tr("Complaints: %1, issued letters: %2, accounts: %3, audit entries: %4")
                       .arg(info.statistics.complaints)
                       .arg(info.statistics.issuedLetters)
                       .arg(info.statistics.accounts)
                       .arg(info.statistics.auditEntries)
                << Qt::endl
                << AdminText::tr("Audit chain head: %1 %2").arg(info.head.seq).arg(QString::fromLatin1(info.head.hash.toHex()))
                << Qt::endl;
}

int commandVerifyBackup(Context& context)
{
    const QStringList positional = context.parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(AdminText::tr("Give the backup folder: verify-backup FOLDER."));
    if (!context.require({QStringLiteral("user"), QStringLiteral("password-stdin")}))
        return Usage;
    QByteArray password = context.readSecretLine();
    auto info = BackupService::verify(positional.at(1), context.parser.value(QStringLiteral("user")), password);
    wipe(password);
    if (!info)
        return context.failWith(info.error());
    printBackupInfo(context, *info);
    context.out << AdminText::tr("OK: key, every page and the audit chain of the backup verified.") << Qt::endl;
    return Ok;
}

int commandRestore(Context& context)
{
    const QStringList positional = context.parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(AdminText::tr("Give the backup folder: restore FOLDER."));
    if (!context.require({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("password-stdin")}))
        return Usage;
    QByteArray password = context.readSecretLine();
    const QString user = context.parser.value(QStringLiteral("user"));
    auto info = BackupService::verify(positional.at(1), user, password);
    if (!info) {
        wipe(password);
        return context.failWith(info.error());
    }
    auto aside = BackupService::restore(positional.at(1), context.parser.value(QStringLiteral("database")), user, password);
    wipe(password);
    if (!aside)
        return context.failWith(aside.error());
    printBackupInfo(context, *info);
    context.out << AdminText::tr("Restored.") << Qt::endl;
    if (!aside->isEmpty())
        context.out << AdminText::tr("The database that was in place is kept as %1.").arg(QDir::toNativeSeparators(*aside))
                    << Qt::endl;
    return Ok;
}

int commandAuditLog(Context& context)
{
    if (!context.require({QStringLiteral("database")}) || !context.requireCredentials())
        return Usage;
    auto dateOption = [&](const QString& name, QDateTime& into) -> bool {
        if (!context.parser.isSet(name))
            return true;
        const QDate date = QDate::fromString(context.parser.value(name), Qt::ISODate);
        if (!date.isValid())
            return false;
        into = date.startOfDay().toUTC();
        return true;
    };
    QDateTime from;
    QDateTime until;
    if (!dateOption(QStringLiteral("from"), from) || !dateOption(QStringLiteral("until"), until))
        return context.usage(AdminText::tr("--from and --until take a date as YYYY-MM-DD."));
    if (until.isValid())
        until = until.addDays(1); // --until is inclusive: the whole day
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    auto entries = AuditReview(**session).entries(from, until);
    if (!entries)
        return context.failWith(entries.error());
    for (const storage::AuditEntry& entry : *entries)
        context.out << entry.seq << '\t' << entry.atUtc.toString(Qt::ISODateWithMs) << '\t' << entry.login << '\t'
                    << entry.role << '\t' << entry.action << '\t' << entry.recordType << '\t' << entry.recordId << '\t'
                    << entry.result << '\t' << entry.detail << Qt::endl;
    return Ok;
}

int commandExportCheckpoint(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("from"), QStringLiteral("until"),
                          QStringLiteral("output")})
        || !context.requireCredentials())
        return Usage;
    const QDate first = QDate::fromString(context.parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate last = QDate::fromString(context.parser.value(QStringLiteral("until")), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return context.usage(AdminText::tr("--from and --until take a date as YYYY-MM-DD."));
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    // --until is inclusive: the whole last day.
    auto checkpoint = AuditReview(**session).exportCheckpoint(first.startOfDay().toUTC(),
                                                              last.addDays(1).startOfDay().toUTC());
    if (!checkpoint)
        return context.failWith(checkpoint.error());
    const QString output = context.parser.value(QStringLiteral("output"));
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*checkpoint) != checkpoint->size() || !file.commit())
        return context.failWith(Error{ErrorKind::Io, QDir::toNativeSeparators(output)});
    context.out << AdminText::tr("Checkpoint written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Ok;
}

int commandVerifyCheckpoint(Context& context)
{
    if (!context.require({QStringLiteral("database")}) || !context.requireCredentials())
        return Usage;
    const QString path = context.parser.positionalArguments().value(1);
    if (path.isEmpty())
        return context.usage(AdminText::tr("Give the checkpoint file: verify-checkpoint FILE."));
    QFile file(path);
    // A checkpoint is a few hundred bytes; anything much larger is not one.
    constexpr qint64 kMaxCheckpointSize = 64 * 1024;
    if (!file.open(QIODevice::ReadOnly))
        return context.failWith(Error{ErrorKind::Io, QDir::toNativeSeparators(path)});
    const QByteArray json = file.read(kMaxCheckpointSize + 1);
    if (json.size() > kMaxCheckpointSize)
        return context.failWith(Error{ErrorKind::InvalidInput, AdminText::tr("%1 is too large to be a checkpoint file")
                                                                   .arg(QDir::toNativeSeparators(path))});
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    auto checkpoint = AuditReview(**session).verifyCheckpoint(json);
    if (!checkpoint)
        return context.failWith(checkpoint.error());
    context.out << AdminText::tr("Checkpoint valid: the audit trail still holds entry #%1 as recorded on %2 by %3.")
                       .arg(checkpoint->head.seq)
                       .arg(checkpoint->createdUtc.toString(Qt::ISODate), checkpoint->reviewedBy)
                << Qt::endl;
    return Ok;
}

int commandListTemplates(Context& context)
{
    if (!context.require({QStringLiteral("database")}) || !context.requireCredentials())
        return Usage;
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    auto templates = LetterService(**session).templates();
    if (!templates)
        return context.failWith(templates.error());
    for (const StoredTemplate& stored : *templates)
        context.out << stored.name << QLatin1Char('\t') << stored.title << QLatin1Char('\t')
                    << AdminText::tr("version %1").arg(stored.version) << Qt::endl;
    return Ok;
}

int commandPrintLetter(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("record"), QStringLiteral("template"),
                          QStringLiteral("output")})
        || !context.requireCredentials())
        return Usage;
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    auto request = RecordLetters::requestFor(**session, context.parser.value(QStringLiteral("record")),
                                             context.parser.value(QStringLiteral("template")));
    if (!request)
        return context.failWith(request.error());
    LetterService letters(**session);
    const QString output = context.parser.value(QStringLiteral("output"));
    QByteArray pdf;
    QString number;
    if (context.parser.isSet(QStringLiteral("issue"))) {
        auto issued = letters.issue(*request);
        if (!issued)
            return context.failWith(issued.error());
        pdf = issued->pdf;
        number = issued->documentNumber;
    } else {
        auto preview = letters.preview(*request);
        if (!preview)
            return context.failWith(preview.error());
        pdf = preview->rendered.pdf;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return context.failWith(Error{ErrorKind::Io, QDir::toNativeSeparators(output)});
    if (auto audited = letters.recordOutput(QStringLiteral("save_pdf"), request->recordType, request->recordId,
                                            request->templateName);
        !audited)
        return context.failWith(audited.error());
    if (number.isEmpty())
        context.out << AdminText::tr("Wrote a preview (no number assigned) to %1.").arg(output) << Qt::endl;
    else
        context.out << AdminText::tr("Issued %1; wrote %2.").arg(number, output) << Qt::endl;
    return Ok;
}

int commandImportEmail(Context& context)
{
    if (!context.require({QStringLiteral("database")}) || !context.requireCredentials())
        return Usage;
    const QStringList positional = context.parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(AdminText::tr("Give the email file to import: import-email … FILE.eml"));
    const QString path = positional.at(1);
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    EmailIntake intake(**session);
    auto message = intake.readFile(path);
    if (!message)
        return context.failWith(message.error());
    auto created = intake.create(EmailIntake::draftFrom(*message), *message);
    if (!created)
        return context.failWith(created.error());
    // Only the 受付番号, so that scripts can take it as it is.
    context.out << created->number << Qt::endl;
    return Ok;
}

int commandImportComplaints(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("csv")}) || !context.requireCredentials())
        return Usage;
    const auto encoding = CsvReader::encodingFromName(
        context.parser.isSet(QStringLiteral("encoding")) ? context.parser.value(QStringLiteral("encoding"))
                                                         : QStringLiteral("auto"));
    if (!encoding)
        return context.usage(AdminText::tr("--encoding must be auto, utf-8 or cp932."));
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    auto table = CsvReader::readFile(context.parser.value(QStringLiteral("csv")), *encoding);
    if (!table)
        return context.failWith(table.error());
    // The columns are taken by their titles, as the import dialog first proposes them.
    const QList<ComplaintLedgerField> mapping = ComplaintImport::guessMapping(table->header);
    for (qsizetype column = 0; column < table->header.size(); ++column)
        if (mapping.value(column) == ComplaintLedgerField::Ignore && !table->header.at(column).isEmpty())
            context.out << AdminText::tr("Column \"%1\" is not imported: its title is not one the register knows.")
                               .arg(table->header.at(column))
                        << Qt::endl;
    ComplaintImport import(**session);
    auto plan = import.check(*table, mapping);
    if (!plan)
        return context.failWith(plan.error());
    for (const ComplaintImportProblem& problem : plan->rejected)
        context.out << AdminText::tr("Line %1: %2").arg(problem.line).arg(problem.reason) << Qt::endl;
    if (!plan->rejected.isEmpty() && !context.parser.isSet(QStringLiteral("skip-invalid"))) {
        context.err << AdminText::tr("Nothing was imported: %n row(s) were rejected. Correct them, or give "
                                     "--skip-invalid to import only the valid rows.",
                           nullptr, int(plan->rejected.size()))
                    << Qt::endl;
        return Failure;
    }
    auto imported = import.import(*plan);
    if (!imported)
        return context.failWith(imported.error());
    context.out << AdminText::tr("Imported %n complaint(s).", nullptr, *imported) << Qt::endl;
    if (!plan->rejected.isEmpty())
        context.out << AdminText::tr("Skipped %n rejected row(s).", nullptr, int(plan->rejected.size())) << Qt::endl;
    return Ok;
}

int commandExportComplaints(Context& context)
{
    if (!context.require({QStringLiteral("database"), QStringLiteral("format"), QStringLiteral("output")})
        || !context.requireCredentials())
        return Usage;
    const auto format = ComplaintExport::formatFromKey(context.parser.value(QStringLiteral("format")));
    if (!format)
        return context.usage(AdminText::tr("--format must be csv or xlsx."));
    ComplaintFilter filter;
    if (context.parser.isSet(QStringLiteral("fiscal-year"))) {
        bool numberOk = false;
        const int year = context.parser.value(QStringLiteral("fiscal-year")).toInt(&numberOk);
        if (!numberOk || year < 1900 || year > 9999)
            return context.usage(AdminText::tr("--fiscal-year must be the year in which the fiscal year begins, "
                                               "e.g. 2025 for April 2025 to March 2026."));
        filter.fiscalYear = year;
    }
    auto session = signIn(context);
    if (!session)
        return context.failWith(session.error());
    const QString output = context.parser.value(QStringLiteral("output"));
    // The register is kept in order of its numbers.
    auto rows = ComplaintExport(**session).exportTo(
        output, filter, {ComplaintSortColumn::Number, Qt::AscendingOrder}, *format);
    if (!rows)
        return context.failWith(rows.error());
    context.out << AdminText::tr("Exported %n complaint(s) to %1.", nullptr, *rows).arg(QDir::toNativeSeparators(output))
                << Qt::endl;
    return Ok;
}

int commandInfo(Context& context)
{
    const VersionInfo info = VersionInfo::current();
    context.out << QStringLiteral("PrivacyDesk %1").arg(info.application) << Qt::endl
                << QStringLiteral("Qt %1").arg(info.qt) << Qt::endl
                << QStringLiteral("SQLCipher %1").arg(info.sqlcipher) << Qt::endl
                << QStringLiteral("SQLite %1").arg(info.sqlite) << Qt::endl
                << QStringLiteral("libsodium %1").arg(info.sodium) << Qt::endl
                << QStringLiteral("ICU %1").arg(info.icu) << Qt::endl;
    return Ok;
}

} // namespace

int run(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AdminText::tr("Administration of PrivacyDesk databases.\n\nCommands:\n"
                                        "  init    create a database and print its recovery key\n"
                                        "  check   verify the key, the database integrity and the audit chain\n"
                                        "  demo    fill a database with synthetic demo records\n"
                                        "  info    print library versions\n"
                                        "  list-templates  list the letter templates (name, title, version)\n"
                                        "  print-letter    render (with --issue: number and archive) a letter for a record\n"
                                        "  import-email FILE.eml  create a complaint from an email and print its reception number\n"
                                        "  import-complaints  import the complaint ledger from CSV (--csv FILE)\n"
                                        "  export-complaints  write the complaint register as CSV or xlsx (--format, --output)\n"
                                        "  add-account     add an account (--login, --name, --role; one-time password on stdin line 2)\n"
                                        "  remove-account  remove the key slot of an account (--login)\n"
                                        "  passwd          change your password (current on stdin line 1, new on line 2)\n"
                                        "  rotate-key      re-encrypt the database under a new data key (--new-recovery-key)\n"
                                        "  audit-log       print the audit trail (--from, --until YYYY-MM-DD)\n"
                                        "  export-checkpoint  write a signed checkpoint of the audit trail (--from, --until, --output)\n"
                                        "  verify-checkpoint FILE  check a checkpoint against the database's audit trail\n"
                                        "  backup          write a backup into a folder (--to DIR, --keep N)\n"
                                        "  verify-backup FOLDER  check a backup with an account of it\n"
                                        "  restore FOLDER  put a verified backup in place; the current database is kept aside"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), AdminText::tr("The command; see above."));
    parser.addOptions({
        {QStringLiteral("database"), AdminText::tr("Database folder."), QStringLiteral("PATH")},
        {QStringLiteral("user"), AdminText::tr("Login of the account."), QStringLiteral("LOGIN")},
        {QStringLiteral("password-stdin"), AdminText::tr("Read the password from the first line of standard input.")},
        {QStringLiteral("recovery-key-stdin"), AdminText::tr("Read the recovery key from standard input instead.")},
        {QStringLiteral("organization"), AdminText::tr("Name of the organization (init)."), QStringLiteral("NAME")},
        {QStringLiteral("officer"), AdminText::tr("Login of the privacy officer (init)."), QStringLiteral("LOGIN")},
        {QStringLiteral("officer-name"), AdminText::tr("Display name of the privacy officer (init)."), QStringLiteral("NAME")},
        {QStringLiteral("kdf"), AdminText::tr("Password hashing cost: moderate (default) or interactive (init)."),
         QStringLiteral("COST")},
        {QStringLiteral("records"), AdminText::tr("Number of demo records (demo)."), QStringLiteral("N")},
        {QStringLiteral("seed"), AdminText::tr("Seed of the demo generator (demo)."), QStringLiteral("N")},
        {QStringLiteral("record"), AdminText::tr("Reception number of the record (print-letter)."), QStringLiteral("NUMBER")},
        {QStringLiteral("template"), AdminText::tr("Template name, as list-templates prints it (print-letter)."),
         QStringLiteral("NAME")},
        {QStringLiteral("output"), AdminText::tr("File to write (print-letter, export-complaints, export-checkpoint)."), QStringLiteral("FILE")},
        {QStringLiteral("issue"), AdminText::tr("Assign the document number and archive the letter (print-letter).")},
        {QStringLiteral("csv"), AdminText::tr("CSV file of the complaint ledger (import-complaints)."), QStringLiteral("FILE")},
        {QStringLiteral("encoding"), AdminText::tr("Encoding of the CSV file: auto (default), utf-8 or cp932 (import-complaints)."),
         QStringLiteral("ENCODING")},
        {QStringLiteral("skip-invalid"), AdminText::tr("Import the valid rows even when others are rejected (import-complaints).")},
        {QStringLiteral("format"), AdminText::tr("csv or xlsx (export-complaints)."), QStringLiteral("FORMAT")},
        {QStringLiteral("login"), AdminText::tr("Login of the account to add or remove."), QStringLiteral("LOGIN")},
        {QStringLiteral("name"), AdminText::tr("Display name of the account to add."), QStringLiteral("NAME")},
        {QStringLiteral("role"), AdminText::tr("officer, staff or auditor (add-account)."), QStringLiteral("ROLE")},
        {QStringLiteral("to"), AdminText::tr("Folder of the backups (backup)."), QStringLiteral("DIR")},
        {QStringLiteral("new-recovery-key"), AdminText::tr("Also replace the recovery key and print the new one (rotate-key).")},
        {QStringLiteral("keep"), AdminText::tr("How many backups to keep in that folder (backup; default 14)."), QStringLiteral("N")},
        {QStringLiteral("from"), AdminText::tr("First day (audit-log, export-checkpoint)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("until"), AdminText::tr("Last day (audit-log, export-checkpoint)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("fiscal-year"), AdminText::tr("Only the fiscal year that begins in April of YYYY (export-complaints)."),
         QStringLiteral("YYYY")},
    });
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << Qt::endl << parser.helpText();
        return Usage;
    }
    Context context{parser, in, out, err};
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    // import-email takes its file as a second positional argument; every other command none.
    const bool takesFile = positional.value(0) == QLatin1String("import-email")
        || positional.value(0) == QLatin1String("verify-backup")
        || positional.value(0) == QLatin1String("verify-checkpoint") || positional.value(0) == QLatin1String("restore");
    if (positional.isEmpty() || (!takesFile && positional.size() != 1))
        return context.usage(AdminText::tr("Give exactly one command."));

    const std::map<QString, std::function<int(Context&)>> commands = {
        {QStringLiteral("init"), commandInit},
        {QStringLiteral("check"), commandCheck},
        {QStringLiteral("demo"), commandDemo},
        {QStringLiteral("info"), commandInfo},
        {QStringLiteral("list-templates"), commandListTemplates},
        {QStringLiteral("print-letter"), commandPrintLetter},
        {QStringLiteral("import-email"), commandImportEmail},
        {QStringLiteral("import-complaints"), commandImportComplaints},
        {QStringLiteral("export-complaints"), commandExportComplaints},
        {QStringLiteral("add-account"), commandAddAccount},
        {QStringLiteral("remove-account"), commandRemoveAccount},
        {QStringLiteral("passwd"), commandPasswd},
        {QStringLiteral("rotate-key"), commandRotateKey},
        {QStringLiteral("audit-log"), commandAuditLog},
        {QStringLiteral("backup"), commandBackup},
        {QStringLiteral("verify-backup"), commandVerifyBackup},
        {QStringLiteral("restore"), commandRestore},
        {QStringLiteral("export-checkpoint"), commandExportCheckpoint},
        {QStringLiteral("verify-checkpoint"), commandVerifyCheckpoint},
    };
    const auto command = commands.find(positional.first());
    if (command == commands.end())
        return context.usage(AdminText::tr("Unknown command: %1").arg(positional.first()));
    return command->second(context);
}

} // namespace pd::admin
