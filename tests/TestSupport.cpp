// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace pd::test {

crypto::KdfParams fastKdf()
{
    return crypto::KdfParams::interactive();
}

TestOffice::TestOffice(const QString& organizationName)
{
    crypto::initialize();
    location = dir.path() + QStringLiteral("/office.pdesk");
    CreationRequest request;
    request.location = location;
    request.organization.name = organizationName;
    request.organization.shortName = QStringLiteral("テスト");
    request.officerLogin = officerLogin();
    request.officerName = QStringLiteral("田中 花子");
    request.password = officerPassword();
    request.kdf = fastKdf();
    auto created = Session::create(std::move(request));
    if (!created) {
        qWarning("TestOffice: %s", qPrintable(created.error().message()));
        return;
    }
    session = std::move(created->session);
    recoveryKey = created->recoveryKey;
}

Result<std::unique_ptr<Session>> TestOffice::unlock(const QByteArray& password)
{
    return Session::unlock(location, officerLogin(), password);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QStringList filesBelow(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QList<QByteArray> markerEncodings(const QString& marker)
{
    QByteArray utf16le(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    return {marker.toUtf8(), utf16le, utf16be};
}

int runAdmin(const QStringList& arguments, const QByteArray& stdinText, QString* out, QString* err)
{
    QProcess process;
    process.start(QStringLiteral(PRIVACYDESK_ADMIN_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return -2;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

} // namespace pd::test
