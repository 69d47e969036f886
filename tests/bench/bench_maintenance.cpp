// SPDX-License-Identifier: GPL-3.0-or-later
// The officer's maintenance on a database of about 100 MB: a backup (sqlcipher_export into a new
// folder), its verification, and a rotation of the data key (re-encryption into a new file,
// proven before it replaces the old one). Target: the rotation keeps the pace the rotation
// dialog promises, about a minute per gigabyte (≥ 17 MB/s).
#include "core/crypto/Crypto.h"
#include "core/services/AccountService.h"
#include "core/services/BackupService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace pd;

namespace {
const QString kLogin = QStringLiteral("tanaka");
const QByteArray kPassword = QByteArrayLiteral("Kiri-no-Mori-7-Hikari");
constexpr double kMinimumRotationMBps = 1024.0 / 60.0;

int fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "bench_maintenance: %s: %s\n", what, qPrintable(error.message()));
    return 2;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Backup, backup verification and data-key rotation of a database (target: rotation ≥ 17 MB/s)."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("records"), QStringLiteral("Demo complaints (default 30000, about 100 MB)."),
                        QStringLiteral("N"), QStringLiteral("30000")}});
    parser.process(app);
    const int records = std::max(1, parser.value(QStringLiteral("records")).toInt());
    if (!crypto::initialize()) {
        std::fputs("bench_maintenance: libsodium could not be initialized\n", stderr);
        return 2;
    }

    QTemporaryDir dir;
    const QString location = dir.path() + QStringLiteral("/bench.pdesk");
    QElapsedTimer setup;
    setup.start();
    {
        CreationRequest request;
        request.location = location;
        request.organization.name = QStringLiteral("ベンチマーク健康保険組合");
        request.officerLogin = kLogin;
        request.officerName = QStringLiteral("田中 花子");
        request.password = kPassword;
        // The cheapest slots: this measures the database work, not Argon2id.
        request.kdf = crypto::KdfParams::interactive();
        auto created = Session::create(std::move(request));
        if (!created)
            return fail("create", created.error());
        if (auto summary = DemoGenerator(*created->session).generate(records, 20261130u); !summary)
            return fail("demo data", summary.error());
    }
    std::printf("setup: %d complaints in %.1f s\n", records, seconds(setup));

    auto session = Session::unlock(location, kLogin, kPassword);
    if (!session)
        return fail("unlock", session.error());
    const qint64 databaseBytes = QFileInfo((*session)->vault().paths().database()).size();

    QElapsedTimer timer;
    timer.start();
    auto backup = BackupService(**session).backupTo(dir.path() + QStringLiteral("/backups"));
    if (!backup)
        return fail("backup", backup.error());
    const double backupSeconds = seconds(timer);

    timer.restart();
    if (auto verified = BackupService::verify(backup->folder, kLogin, kPassword); !verified)
        return fail("verify backup", verified.error());
    const double verifySeconds = seconds(timer);

    timer.restart();
    auto rotated = AccountService(**session).rotateDataKey(false);
    if (!rotated)
        return fail("rotate", rotated.error());
    const double rotateSeconds = seconds(timer);
    const double rotationMBps = megabytes(rotated->databaseBytes) / rotateSeconds;

    std::printf("database: %.1f MB\n", megabytes(databaseBytes));
    std::printf("  %-44s %8.2f s\n", "backup (sqlcipher_export, slot file, fsync)", backupSeconds);
    std::printf("  %-44s %8.2f s\n", "verify backup (unlock, integrity, chain)", verifySeconds);
    std::printf("  %-44s %8.2f s  (%.1f MB/s)\n", "rotate data key (export, check, rename)", rotateSeconds,
                rotationMBps);
    const bool met = rotationMBps >= kMinimumRotationMBps;
    std::printf("target: rotation >= %.1f MB/s: %s\n", kMinimumRotationMBps, met ? "MET" : "MISSED");
    return met ? 0 : 1;
}
