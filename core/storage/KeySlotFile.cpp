// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeySlotFile.h"

#include "core/crypto/RecoveryKey.h"
#include "core/storage/FileSystem.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <iterator>

namespace pd::storage {

namespace {
constexpr auto kFormatName = "PrivacyDesk key slots";

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Password ? QStringLiteral("password") : QStringLiteral("recovery");
}

QString toBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QJsonObject bodyObject(const KeySlotFile& file)
{
    QJsonArray slotList;
    for (const KeySlot& slot : file.slotList) {
        QJsonObject object{{QStringLiteral("id"), slot.id},
                           {QStringLiteral("kind"), kindName(slot.kind)},
                           {QStringLiteral("salt"), toBase64(slot.salt)},
                           {QStringLiteral("createdUtc"), slot.createdUtc.toString(Qt::ISODate)}};
        if (!slot.wrappedKey.isEmpty())
            object.insert(QStringLiteral("wrappedKey"), toBase64(slot.wrappedKey));
        if (slot.isSealed()) {
            object.insert(QStringLiteral("publicKey"), toBase64(slot.publicKey));
            object.insert(QStringLiteral("sealedKey"), toBase64(slot.sealedKey));
        }
        if (!slot.pendingSealedKey.isEmpty())
            object.insert(QStringLiteral("pendingSealedKey"), toBase64(slot.pendingSealedKey));
        if (slot.kind == KeySlot::Kind::Password) {
            object.insert(QStringLiteral("loginTag"), toBase64(slot.loginTag));
            object.insert(QStringLiteral("kdf"),
                          QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                                      {QStringLiteral("opsLimit"), QString::number(slot.kdf.opsLimit)},
                                      {QStringLiteral("memLimit"), QString::number(slot.kdf.memLimit)}});
        }
        slotList.append(object);
    }
    QJsonObject body{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("version"), file.formatVersion},
        {QStringLiteral("databaseId"), file.databaseId},
        {QStringLiteral("generation"), QString::number(file.generation)},
        {QStringLiteral("databaseSalt"), toBase64(file.databaseSalt)},
        {QStringLiteral("cipher"),
         QJsonObject{{QStringLiteral("library"), QStringLiteral("SQLCipher")},
                     {QStringLiteral("libraryVersion"), file.cipherLibraryVersion},
                     {QStringLiteral("compatibility"), 3},
                     {QStringLiteral("pageSize"), file.cipher.pageSize},
                     {QStringLiteral("hmac"), file.cipher.hmac},
                     {QStringLiteral("kdfIter"), file.cipher.kdfIter},
                     {QStringLiteral("rawKey"), true}}},
        {QStringLiteral("slots"), slotList},
    };
    if (!file.failedUnlocks.isEmpty()) {
        QJsonArray failures;
        for (const FailedUnlocks& record : file.failedUnlocks) {
            QJsonArray times;
            for (const QDateTime& at : record.unaudited)
                times.append(at.toString(Qt::ISODateWithMs));
            failures.append(QJsonObject{{QStringLiteral("loginTag"), toBase64(record.loginTag)},
                                        {QStringLiteral("count"), record.count},
                                        {QStringLiteral("lastUtc"), record.lastUtc.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("unaudited"), times}});
        }
        body.insert(QStringLiteral("failedUnlocks"), failures);
    }
    if (file.chainAnchor.isRecorded())
        body.insert(QStringLiteral("chainHead"),
                    QJsonObject{{QStringLiteral("seq"), QString::number(file.chainAnchor.seq)},
                                {QStringLiteral("hash"), toBase64(file.chainAnchor.hash)},
                                {QStringLiteral("mac"), toBase64(file.chainAnchor.mac)}});
    return body;
}

QByteArray checksumOf(const QJsonObject& body)
{
    return crypto::hash(QJsonDocument(body).toJson(QJsonDocument::Compact)).toHex();
}
} // namespace

QByteArray KeySlot::associatedData(const QString& databaseId) const
{
    return QStringLiteral("PDslot1|%1|%2|%3|%4|%5|%6|%7")
        .arg(databaseId, id, kindName(kind), toBase64(loginTag))
        .arg(kdf.opsLimit)
        .arg(kdf.memLimit)
        .arg(toBase64(salt))
        .toUtf8();
}

QByteArray KeySlotFile::loginTag(const QString& databaseId, const QString& login)
{
    return crypto::hash(QStringLiteral("PDlogin|%1|%2").arg(databaseId, login.trimmed().toCaseFolded()).toUtf8())
        .left(16);
}

QByteArray KeySlotFile::serialize() const
{
    QJsonObject body = bodyObject(*this);
    const QByteArray sum = checksumOf(body);
    body.insert(QStringLiteral("checksum"), QString::fromLatin1(sum));
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorKind::MissingKeySlots, QStringLiteral("key slot file unreadable"));
    QJsonObject body = document.object();
    if (body.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return fail(ErrorKind::MissingKeySlots, QStringLiteral("not a key slot file"));
    const int version = body.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion)
        return fail(ErrorKind::UnsupportedVersion);
    const QByteArray storedSum = body.take(QStringLiteral("checksum")).toString().toLatin1();

    KeySlotFile file;
    file.formatVersion = version;
    file.databaseId = body.value(QStringLiteral("databaseId")).toString();
    file.generation = body.value(QStringLiteral("generation")).toString().toLongLong();
    file.databaseSalt = fromBase64(body.value(QStringLiteral("databaseSalt")));
    const QJsonObject cipher = body.value(QStringLiteral("cipher")).toObject();
    file.cipher.pageSize = cipher.value(QStringLiteral("pageSize")).toInt(4096);
    file.cipher.hmac = cipher.value(QStringLiteral("hmac")).toBool(true);
    file.cipher.kdfIter = cipher.value(QStringLiteral("kdfIter")).toInt(64000);
    file.cipherLibraryVersion = cipher.value(QStringLiteral("libraryVersion")).toString();
    for (const QJsonValue& value : body.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject object = value.toObject();
        KeySlot slot;
        slot.id = object.value(QStringLiteral("id")).toString();
        slot.kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("recovery")
            ? KeySlot::Kind::Recovery
            : KeySlot::Kind::Password;
        slot.salt = fromBase64(object.value(QStringLiteral("salt")));
        slot.wrappedKey = fromBase64(object.value(QStringLiteral("wrappedKey")));
        slot.publicKey = fromBase64(object.value(QStringLiteral("publicKey")));
        slot.sealedKey = fromBase64(object.value(QStringLiteral("sealedKey")));
        slot.pendingSealedKey = fromBase64(object.value(QStringLiteral("pendingSealedKey")));
        slot.createdUtc = QDateTime::fromString(object.value(QStringLiteral("createdUtc")).toString(), Qt::ISODate);
        if (slot.kind == KeySlot::Kind::Password) {
            slot.loginTag = fromBase64(object.value(QStringLiteral("loginTag")));
            const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
            slot.kdf.opsLimit = kdf.value(QStringLiteral("opsLimit")).toString().toULongLong();
            slot.kdf.memLimit = kdf.value(QStringLiteral("memLimit")).toString().toULongLong();
        }
        file.slotList.append(slot);
    }
    if (const QJsonObject anchor = body.value(QStringLiteral("chainHead")).toObject(); !anchor.isEmpty()) {
        file.chainAnchor.seq = anchor.value(QStringLiteral("seq")).toString().toLongLong();
        file.chainAnchor.hash = fromBase64(anchor.value(QStringLiteral("hash")));
        file.chainAnchor.mac = fromBase64(anchor.value(QStringLiteral("mac")));
    }
    for (const QJsonValue& value : body.value(QStringLiteral("failedUnlocks")).toArray()) {
        const QJsonObject object = value.toObject();
        FailedUnlocks record;
        record.loginTag = fromBase64(object.value(QStringLiteral("loginTag")));
        record.count = object.value(QStringLiteral("count")).toInt();
        record.lastUtc = QDateTime::fromString(object.value(QStringLiteral("lastUtc")).toString(), Qt::ISODateWithMs);
        for (const QJsonValue& at : object.value(QStringLiteral("unaudited")).toArray())
            record.unaudited.append(QDateTime::fromString(at.toString(), Qt::ISODateWithMs));
        file.failedUnlocks.append(record);
    }
    // Recompute over what we understood: any edit, truncation or unknown field fails the checksum.
    if (!crypto::constantTimeEquals(checksumOf(bodyObject(file)), storedSum))
        return fail(ErrorKind::MissingKeySlots, QStringLiteral("key slot checksum"));
    return file;
}

QByteArray ChainAnchor::macOf(const SecureBytes& anchorKey, const QString& databaseId, qint64 seq,
                              const QByteArray& hash)
{
    QByteArray message = "PrivacyDesk chain anchor\n" + databaseId.toUtf8() + '\n';
    for (int shift = 56; shift >= 0; shift -= 8)
        message.append(char((quint64(seq) >> shift) & 0xff));
    message.append(hash);
    return crypto::keyedHash(anchorKey, message);
}

Result<KeySlotFile> KeySlotFile::load(const QString& primaryPath, const QString& backupPath)
{
    auto readCopy = [](const QString& path) -> Result<KeySlotFile> {
        QFile file(path);
        if (!file.exists())
            return fail(ErrorKind::MissingKeySlots, QStringLiteral("key slot file missing"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io, QStringLiteral("key slot file"));
        return parse(file.readAll());
    };
    auto primary = readCopy(primaryPath);
    auto backup = readCopy(backupPath);
    if (!primary && !backup)
        return primary;
    // A crash between the two writes leaves two valid copies: the newer generation wins.
    const bool usePrimary = primary && (!backup || primary->generation >= backup->generation);
    KeySlotFile chosen = usePrimary ? *primary : *backup;
    const bool needsRepair = !primary || !backup || primary->generation != backup->generation;
    if (needsRepair) {
        const QByteArray bytes = chosen.serialize();
        // Repair is best effort: a read-only medium still unlocks.
        (void)writeFileAtomically(usePrimary ? backupPath : primaryPath, bytes);
    }
    return chosen;
}

Status KeySlotFile::save(const QString& primaryPath, const QString& backupPath)
{
    formatVersion = kFormatVersion;
    ++generation;
    const QByteArray bytes = serialize();
    if (auto status = writeFileAtomically(primaryPath, bytes); !status) {
        --generation;
        return status;
    }
    return writeFileAtomically(backupPath, bytes);
}

void KeySlotFile::recordFailedUnlock(const QByteArray& tag, const QDateTime& atUtc)
{
    constexpr int kMaxTags = 64;
    constexpr int kMaxUnauditedPerTag = 100;
    auto record = std::find_if(failedUnlocks.begin(), failedUnlocks.end(),
                               [&](const FailedUnlocks& candidate) { return candidate.loginTag == tag; });
    if (record == failedUnlocks.end()) {
        if (failedUnlocks.size() >= kMaxTags) {
            auto oldest = std::min_element(failedUnlocks.begin(), failedUnlocks.end(),
                                           [](const FailedUnlocks& a, const FailedUnlocks& b) { return a.lastUtc < b.lastUtc; });
            failedUnlocks.erase(oldest);
        }
        failedUnlocks.append(FailedUnlocks{tag, 0, {}, {}});
        record = std::prev(failedUnlocks.end());
    }
    ++record->count;
    record->lastUtc = atUtc;
    if (record->unaudited.size() < kMaxUnauditedPerTag)
        record->unaudited.append(atUtc);
}

const FailedUnlocks* KeySlotFile::failuresFor(const QByteArray& tag) const
{
    for (const FailedUnlocks& record : failedUnlocks)
        if (record.loginTag == tag)
            return &record;
    return nullptr;
}

const KeySlot* KeySlotFile::findPasswordSlot(const QString& login) const
{
    const QByteArray tag = loginTag(databaseId, login);
    for (const KeySlot& slot : slotList)
        if (slot.kind == KeySlot::Kind::Password && crypto::constantTimeEquals(slot.loginTag, tag))
            return &slot;
    return nullptr;
}

const KeySlot* KeySlotFile::recoverySlot() const
{
    for (const KeySlot& slot : slotList)
        if (slot.kind == KeySlot::Kind::Recovery)
            return &slot;
    return nullptr;
}

void KeySlotFile::replaceOrAdd(const KeySlot& slot)
{
    for (KeySlot& existing : slotList) {
        if (existing.kind == slot.kind && existing.loginTag == slot.loginTag) {
            existing = slot;
            return;
        }
    }
    slotList.append(slot);
}

bool KeySlotFile::removeSlot(const QString& slotId)
{
    return slotList.removeIf([&](const KeySlot& slot) { return slot.id == slotId; }) > 0;
}

namespace {
/// Turns `slot` into the sealed form: the data key sealed to the key pair that the wrapping key seeds.
void sealWithWrappingKey(KeySlot& slot, const SecureBytes& wrappingKey, const SecureBytes& dataKey)
{
    const crypto::SealingKeyPair pair = crypto::sealingKeyPairFromSeed(wrappingKey);
    slot.publicKey = pair.publicKey;
    slot.sealedKey = crypto::sealToPublicKey(pair.publicKey, dataKey);
    slot.pendingSealedKey.clear();
    slot.wrappedKey.clear();
}

/// Opens a slot with its wrapping key. A slot that does not open means a wrong secret, except
/// when the key pair matches but the sealed key does not open: then the slot itself is damaged.
Result<UnwrappedKeys> openSlot(const KeySlot& slot, const SecureBytes& wrappingKey, const QString& databaseId,
                               ErrorKind wrongSecret)
{
    UnwrappedKeys keys;
    if (!slot.isSealed()) {
        auto key = crypto::open(wrappingKey, slot.wrappedKey, slot.associatedData(databaseId));
        if (!key || key->size() != crypto::kDataKeySize)
            return fail(wrongSecret);
        KeySlot upgraded = slot;
        sealWithWrappingKey(upgraded, wrappingKey, *key);
        keys.dataKey = std::move(*key);
        keys.upgradedSlot = upgraded;
        return keys;
    }
    const crypto::SealingKeyPair pair = crypto::sealingKeyPairFromSeed(wrappingKey);
    if (!crypto::constantTimeEquals(pair.publicKey, slot.publicKey))
        return fail(wrongSecret);
    auto key = crypto::openSealed(pair, slot.sealedKey);
    if (!key || key->size() != crypto::kDataKeySize)
        return fail(ErrorKind::Corrupt, QStringLiteral("key slot damaged"));
    keys.dataKey = std::move(*key);
    if (!slot.pendingSealedKey.isEmpty()) {
        // A damaged pending key only matters if the rotation got as far as the new file; the
        // vault then reports the database as unreadable rather than the password as wrong.
        if (auto pending = crypto::openSealed(pair, slot.pendingSealedKey); pending && pending->size() == crypto::kDataKeySize)
            keys.pendingKey = std::move(*pending);
    }
    return keys;
}
} // namespace

Result<KeySlot> KeySlotFile::makePasswordSlot(const QString& databaseId, const QString& login,
                                              const QByteArray& password, const SecureBytes& dataKey,
                                              const crypto::KdfParams& kdf)
{
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = KeySlot::Kind::Password;
    slot.loginTag = loginTag(databaseId, login);
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::kSaltSize);
    slot.createdUtc = QDateTime::currentDateTimeUtc();
    auto wrappingKey = crypto::deriveKey(password, slot.salt, kdf);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    sealWithWrappingKey(slot, *wrappingKey, dataKey);
    return slot;
}

KeySlot KeySlotFile::makeRecoverySlot(const QString& databaseId, const SecureBytes& recoverySecret,
                                      const SecureBytes& dataKey)
{
    Q_UNUSED(databaseId)
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = KeySlot::Kind::Recovery;
    slot.salt = crypto::randomBytes(crypto::kSaltSize);
    slot.createdUtc = QDateTime::currentDateTimeUtc();
    sealWithWrappingKey(slot, crypto::RecoveryKey::wrappingKey(recoverySecret, slot.salt), dataKey);
    return slot;
}

Result<UnwrappedKeys> KeySlotFile::unwrapWithPassword(const KeySlot& slot, const QByteArray& password) const
{
    auto wrappingKey = crypto::deriveKey(password, slot.salt, slot.kdf);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    return openSlot(slot, *wrappingKey, databaseId, ErrorKind::WrongPassword);
}

Result<UnwrappedKeys> KeySlotFile::unwrapWithRecovery(const SecureBytes& recoverySecret) const
{
    const KeySlot* slot = recoverySlot();
    if (!slot)
        return fail(ErrorKind::WrongRecoveryKey);
    return openSlot(*slot, crypto::RecoveryKey::wrappingKey(recoverySecret, slot->salt), databaseId,
                    ErrorKind::WrongRecoveryKey);
}

QList<KeySlot> KeySlotFile::slotsNeedingUpgrade() const
{
    QList<KeySlot> unsealed;
    for (const KeySlot& slot : slotList)
        if (!slot.isSealed())
            unsealed.append(slot);
    return unsealed;
}

bool KeySlotFile::hasPendingKey() const
{
    return std::any_of(slotList.cbegin(), slotList.cend(),
                       [](const KeySlot& slot) { return !slot.pendingSealedKey.isEmpty(); });
}

void KeySlotFile::sealPendingKey(const SecureBytes& nextKey)
{
    for (KeySlot& slot : slotList)
        if (slot.isSealed())
            slot.pendingSealedKey = crypto::sealToPublicKey(slot.publicKey, nextKey);
}

void KeySlotFile::sealDataKey(const SecureBytes& key)
{
    for (KeySlot& slot : slotList) {
        if (!slot.isSealed())
            continue;
        slot.sealedKey = crypto::sealToPublicKey(slot.publicKey, key);
        slot.pendingSealedKey.clear();
    }
}

void KeySlotFile::clearPendingKey()
{
    for (KeySlot& slot : slotList)
        slot.pendingSealedKey.clear();
}

} // namespace pd::storage
