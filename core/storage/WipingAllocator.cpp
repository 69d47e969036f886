// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WipingAllocator.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>
#include <sodium.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

namespace pd::storage {

namespace {
// Each block carries its size in an 16-byte header so that free can wipe it all.
constexpr std::size_t kHeader = 16;

void* wipingMalloc(int size)
{
    auto* block = static_cast<unsigned char*>(std::malloc(std::size_t(size) + kHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    return block + kHeader;
}

void wipingFree(void* pointer)
{
    if (!pointer)
        return;
    auto* block = static_cast<unsigned char*>(pointer) - kHeader;
    int size = 0;
    std::memcpy(&size, block, sizeof size);
    sodium_memzero(block, std::size_t(size) + kHeader);
    std::free(block);
}

int wipingSize(void* pointer)
{
    if (!pointer)
        return 0;
    int size = 0;
    std::memcpy(&size, static_cast<unsigned char*>(pointer) - kHeader, sizeof size);
    return size;
}

void* wipingRealloc(void* pointer, int size)
{
    if (!pointer)
        return wipingMalloc(size);
    const int oldSize = wipingSize(pointer);
    void* fresh = wipingMalloc(size);
    if (!fresh)
        return nullptr;
    std::memcpy(fresh, pointer, std::size_t(oldSize < size ? oldSize : size));
    wipingFree(pointer);
    return fresh;
}

int wipingRoundup(int size)
{
    return (size + 7) & ~7;
}

int wipingInit(void*) { return SQLITE_OK; }
void wipingShutdown(void*) {}

std::atomic<bool> g_installed{false};
} // namespace

bool installWipingAllocator()
{
    if (g_installed.load())
        return true;
    static const sqlite3_mem_methods methods = {wipingMalloc, wipingFree,     wipingRealloc, wipingSize,
                                                wipingRoundup, wipingInit, wipingShutdown, nullptr};
    // sqlite3_config is only legal before initialization or after shutdown.
    sqlite3_shutdown();
    const bool ok = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
    sqlite3_initialize();
    g_installed = ok;
    return ok;
}

} // namespace pd::storage
