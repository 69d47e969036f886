// SPDX-License-Identifier: GPL-3.0-or-later
// After a lock, the process's own heap holds no copy of a record it showed and no copy of the
// data key (SECURITY.md found 75 copies of one record after sqlite3_close). The record is written,
// listed, searched, opened and rendered as a letter, then the session is locked and every
// writable anonymous mapping of the process is scanned. The scanner itself is checked first: it
// finds a live copy, and no longer finds it once freed.
#include "TestSupport.h"

#include "core/complaints/ComplaintQuery.h"
#include "core/complaints/ComplaintService.h"
#include "core/crypto/Crypto.h"
#include "core/render/LetterService.h"
#include "core/render/RecordLetters.h"
#include "core/services/ProcessHardening.h"
#include "core/storage/KeySlotFile.h"
#include "core/storage/Vault.h"

#include <QFile>
#include <QGuiApplication>
#include <QTest>

#include <array>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace pd;
using namespace pd::test;

namespace {

// In read-only data, which the scan does not cover: the needles never live in the heap.
const char kMarkerUtf8[] = "\xE8\x9B\x8D\xE7\x81\xAB\xE3\x83\x9F\xE3\x83\x81\xE3\x83\xAB" "HEAPMARK5521"; // 蛍火ミチル
const char16_t kMarkerUtf16[] = u"蛍火ミチルHEAPMARK5521";

struct Region
{
    const unsigned char* begin;
    const unsigned char* end;
};

/// Writable private mappings that hold heap data: [heap] and anonymous ones (Qt, SQLite and
/// libsodium allocate there). Stacks and files are left out.
std::vector<Region> heapRegions()
{
    std::vector<Region> regions;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return regions;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields[1].startsWith("rw"))
            continue;
        const QByteArray path = fields.size() >= 6 ? fields[5] : QByteArray();
        if (!path.isEmpty() && path != "[heap]")
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        regions.push_back({reinterpret_cast<const unsigned char*>(range[0].toULongLong(nullptr, 16)),
                           reinterpret_cast<const unsigned char*>(range[1].toULongLong(nullptr, 16))});
    }
    return regions;
}

int countOccurrences(const std::vector<Region>& regions, const void* needle, std::size_t size)
{
    int found = 0;
    for (const Region& region : regions) {
        const unsigned char* at = region.begin;
        while (at + size <= region.end) {
            const void* hit = memmem(at, std::size_t(region.end - at), needle, size);
            if (!hit)
                break;
            ++found;
            at = static_cast<const unsigned char*>(hit) + 1;
        }
    }
    return found;
}

int markerCopies(const std::vector<Region>& regions)
{
    return countOccurrences(regions, kMarkerUtf8, sizeof kMarkerUtf8 - 1)
        + countOccurrences(regions, kMarkerUtf16, sizeof kMarkerUtf16 - sizeof(char16_t));
}

int markerCopies()
{
    return markerCopies(heapRegions());
}

/// The key is kept only masked (on the stack) and compared byte by byte, so that the test never
/// places a copy of it in the heap it scans.
struct MaskedKey
{
    std::array<unsigned char, 32> masked {};
    std::array<unsigned char, 32> pad {};

    int copiesInHeap() const
    {
        int found = 0;
        for (const Region& region : heapRegions()) {
            for (const unsigned char* at = region.begin; at + masked.size() <= region.end; ++at) {
                if (at[0] != (masked[0] ^ pad[0]))
                    continue;
                std::size_t i = 1;
                while (i < masked.size() && at[i] == (masked[i] ^ pad[i]))
                    ++i;
                if (i == masked.size())
                    ++found;
            }
        }
        return found;
    }
};

} // namespace

class TestHeapAfterLock : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsLiveCopiesAndNotFreedOnes();
    void lockLeavesNoRecordAndNoKeyInTheHeap();
};

void TestHeapAfterLock::scannerFindsLiveCopiesAndNotFreedOnes()
{
    // A block the size of a page of list rows, with the marker inside. The regions are read before
    // it is freed, so that nothing allocated by the scan itself can reuse (and so hide) the block.
    constexpr std::size_t kBlock = 16 * 1024;
    auto* block = static_cast<char*>(std::malloc(kBlock));
    QVERIFY(block);
    std::memset(block, 'x', kBlock);
    std::memcpy(block + 4000, kMarkerUtf8, sizeof kMarkerUtf8 - 1);
    const std::vector<Region> regions = heapRegions();
    const int live = markerCopies(regions);
    QVERIFY(live >= 1);
    std::free(block);
    QCOMPARE(markerCopies(regions), live - 1);
}

void TestHeapAfterLock::lockLeavesNoRecordAndNoKeyInTheHeap()
{
    MaskedKey key;
    QString location;
    QString number;
    auto office = std::make_unique<TestOffice>();
    QVERIFY(office->isValid());
    location = office->location;
    {
        Complaint draft;
        draft.receivedAt = QDateTime::currentDateTime();
        draft.channel = ComplaintChannel::Phone;
        draft.complainant.name = QString::fromUtf8(kMarkerUtf8);
        draft.content = QString::fromUtf8(kMarkerUtf8) + QStringLiteral(" 様からの申出");
        draft.category = ComplaintCategory::Other;
        auto created = ComplaintService(*office->session).create(draft);
        QVERIFY(created);
        number = created->number;
    }
    office->lock();

    {
        auto session = office->unlock();
        QVERIFY(session);
        ComplaintQuery query(**session);
        ComplaintFilter filter;
        filter.searchText = QStringLiteral("ミチル");
        auto rows = query.page(filter, ComplaintSort{}, 0, 50);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        auto found = ComplaintService(**session).find(rows->first().id);
        QVERIFY(found);
        QVERIFY(found->complainant.name.contains(QStringLiteral("ミチル")));
        auto request = RecordLetters::requestFor(**session, number, QStringLiteral("complaint_answer"));
        QVERIFY(request);
        auto preview = LetterService(**session).preview(*request);
        QVERIFY(preview);
        QVERIFY(markerCopies() > 0); // shown: it is in memory now
    }
    // Locked: the session is gone, the connection closed, the models dropped.
    office->session.reset();

    {
        // The key, for comparison only, straight from the slot; masked at once, its buffer then wiped.
        auto slotFile = storage::Vault::readKeySlots(location);
        QVERIFY(slotFile);
        const storage::KeySlot* slot = slotFile->findPasswordSlot(officerLogin());
        QVERIFY(slot);
        auto keys = slotFile->unwrapWithPassword(*slot, officerPassword());
        QVERIFY(keys);
        const SecureBytes* dataKey = &keys->dataKey;
        QCOMPARE(dataKey->size(), key.masked.size());
        std::random_device random;
        for (std::size_t i = 0; i < key.masked.size(); ++i) {
            key.pad[i] = static_cast<unsigned char>(random());
            key.masked[i] = dataKey->data()[i] ^ key.pad[i];
        }
    }

    QCOMPARE(markerCopies(), 0);
    QCOMPARE(key.copiesInHeap(), 0);
}

int main(int argc, char** argv)
{
    // As the application does: freed heap blocks are overwritten.
    ProcessHardening::wipeFreedHeapMemory(argv);
    QGuiApplication app(argc, argv);
    TestHeapAfterLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_render_heap_after_lock.moc"
