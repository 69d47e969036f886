// SPDX-License-Identifier: GPL-3.0-or-later
// How long unlocking takes beyond the deliberate Argon2id cost.
//
// Target (design): unlock to a filled main window ≤ Argon2id + 300 ms. This benchmark checks
// the core's share of it: Session::unlock (Argon2id + open + migrations check + sign-in and
// login audit) minus Argon2id alone must stay under 300 ms; the window is measured elsewhere.
//
// Subtracting two medians of ~0.4–1.5 s each is too noisy on a busy machine to judge 300 ms,
// so (c) is measured directly: the same Session::unlock through a second account whose key
// slot uses the smallest Argon2id cost libsodium allows (well under a millisecond). The
// subtraction is printed beside it as a cross-check.
//
//   bench_unlock [--runs N] [--records N]
// Exit code 0 when the target is met, 1 when it is missed, 2 on a setup error.
#include "core/crypto/Crypto.h"
#include "core/services/AccountService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/Session.h"
#include "core/storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pd;

namespace {

constexpr double kTargetMs = 300.0;
const QString kLogin = QStringLiteral("tanaka");
const QByteArray kPassword = QByteArrayLiteral("Kiri-no-Mori-7-Hikari");
const QString kProbeLogin = QStringLiteral("bench-probe");
const QByteArray kProbePassword = QByteArrayLiteral("Sora-ni-Kumo-9-Nagare");

struct Series
{
    const char* name;
    std::vector<double> ms;

    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
    double min() const { return *std::min_element(ms.begin(), ms.end()); }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printRow(const Series& series)
{
    std::printf("  %-52s %9.1f %9.1f %9.1f\n", series.name, series.median(), series.min(), series.max());
}

int fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "bench_unlock: %s: %s\n", what, qPrintable(error.message()));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Unlock time beyond Argon2id (target: ≤ 300 ms)."));
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("runs"), QStringLiteral("Measured runs (default 5)."), QStringLiteral("N"),
                            QStringLiteral("5") },
        { QStringLiteral("records"), QStringLiteral("Demo records to fill the database (default 1000)."),
            QStringLiteral("N"), QStringLiteral("1000") } });
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int records = std::max(0, parser.value(QStringLiteral("records")).toInt());

    if (!crypto::initialize()) {
        std::fputs("bench_unlock: libsodium could not be initialized\n", stderr);
        return 2;
    }
    const crypto::KdfParams moderate = crypto::KdfParams::moderate();
    // libsodium's minimum for Argon2id: 1 pass over 8 KiB.
    const crypto::KdfParams cheapest { 1, 8192 };

    // A unit as production creates it (MODERATE slots), filled by the demo generator.
    QTemporaryDir dir;
    const QString location = dir.path() + QStringLiteral("/bench.pdesk");
    QElapsedTimer setupTimer;
    setupTimer.start();
    {
        CreationRequest request;
        request.location = location;
        request.organization.name = QStringLiteral("ベンチマーク健康保険組合");
        request.officerLogin = kLogin;
        request.officerName = QStringLiteral("田中 花子");
        request.password = kPassword;
        request.kdf = moderate;
        auto created = Session::create(std::move(request));
        if (!created)
            return fail("create", created.error());
        DemoGenerator generator(*created->session);
        auto summary = generator.generate(records, 20251125u);
        if (!summary)
            return fail("demo data", summary.error());
        AccountService accounts(*created->session);
        auto probe = accounts.addAccount(kProbeLogin, QStringLiteral("計測 用"), Role::Staff, kProbePassword);
        if (!probe)
            return fail("probe account", probe.error());
        if (auto slot = created->session->vault().setPassword(kProbeLogin, kProbePassword, cheapest); !slot)
            return fail("probe key slot", slot.error());
    }
    const double setupMs = elapsedMs(setupTimer);

    // One unmeasured unlock: the first open pays for page-cache misses and lazy initialisation.
    {
        auto warmUp = Session::unlock(location, kLogin, kPassword);
        if (!warmUp)
            return fail("unlock", warmUp.error());
    }

    Series argon { "(a) Argon2id MODERATE alone (crypto::deriveKey)", {} };
    Series vaultUnlock { "    Vault::unlock (a + open + migrations check)", {} };
    Series sessionUnlock { "(b) Session::unlock (Vault::unlock + login audit)", {} };
    Series cheapKdf { "    Argon2id at libsodium's minimum cost", {} };
    Series beyond { "(c) Session::unlock with a minimum-cost slot", {} };
    const QByteArray salt = crypto::randomBytes(crypto::kSaltSize);
    for (int run = 0; run < runs; ++run) {
        // Measured back to back so that (c) compares runs under the same machine load.
        QElapsedTimer timer;
        timer.start();
        auto key = crypto::deriveKey(kPassword, salt, moderate);
        const double argonMs = elapsedMs(timer);
        if (!key)
            return fail("deriveKey", key.error());
        argon.ms.push_back(argonMs);

        timer.restart();
        {
            auto vault = storage::Vault::unlock(location, kLogin, kPassword);
            vaultUnlock.ms.push_back(elapsedMs(timer));
            if (!vault)
                return fail("Vault::unlock", vault.error());
        }

        timer.restart();
        auto session = Session::unlock(location, kLogin, kPassword);
        const double sessionMs = elapsedMs(timer);
        if (!session)
            return fail("Session::unlock", session.error());
        sessionUnlock.ms.push_back(sessionMs);
        session->reset(); // locking (closing, wiping) is not part of unlocking

        timer.restart();
        auto cheapKey = crypto::deriveKey(kProbePassword, salt, cheapest);
        cheapKdf.ms.push_back(elapsedMs(timer));
        if (!cheapKey)
            return fail("deriveKey", cheapKey.error());

        timer.restart();
        auto probe = Session::unlock(location, kProbeLogin, kProbePassword);
        beyond.ms.push_back(elapsedMs(timer));
        if (!probe)
            return fail("Session::unlock (probe)", probe.error());
    }

    const double unpaired = sessionUnlock.median() - argon.median();
    const double result = beyond.median();
    const bool met = result <= kTargetMs;

    std::printf("bench_unlock: %d runs, database with %d demo records (%.1f MiB, set up in %.1f s)\n", runs, records,
        double(QFileInfo(storage::VaultPaths::resolve(location).database()).size()) / 1048576.0, setupMs / 1000.0);
    std::printf("  %-52s %9s %9s %9s\n", "step (milliseconds)", "median", "min", "max");
    printRow(argon);
    printRow(vaultUnlock);
    printRow(sessionUnlock);
    printRow(cheapKdf);
    printRow(beyond);
    std::printf("  %-52s %9.1f\n", "    cross-check: median(b) - median(a)", unpaired);
    std::printf("target: (c) <= %.0f ms: %s (%.1f ms)\n", kTargetMs, met ? "MET" : "MISSED", result);
    return met ? 0 : 1;
}
