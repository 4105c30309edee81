#include "core/CredentialsFile.h"

#include "core/Logging.h"
#include "core/PrivateDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ast {

namespace {
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
constexpr int LockTimeoutMs = 10000;

// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::CredentialsFile)
};
// The rename inside QSaveFile::commit() is durable only once the directory entry is on disk:
// without this, a power cut can bring back the old file, with a refresh token the server has
// already rotated away.
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(directory);
#endif
}
} // namespace

ProfileRecord *CredentialsData::find(const QString &name)
{
    auto it = profiles.find(name);
    return it == profiles.end() ? nullptr : &it.value();
}

const ProfileRecord *CredentialsData::find(const QString &name) const
{
    auto it = profiles.constFind(name);
    return it == profiles.cend() ? nullptr : &it.value();
}

ProfileRecord &CredentialsData::ensure(const QString &name)
{
    ProfileRecord &record = profiles[name];
    record.name = name;
    return record;
}

CredentialsFile::CredentialsFile(QString directory)
    : m_directory(std::move(directory))
{
}

QString CredentialsFile::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("credentials.json"));
}

Error CredentialsFile::corrupt(const QString &problem) const
{
    return {ErrorKind::CorruptCredentials,
            {},
            QDir::toNativeSeparators(filePath()) + QStringLiteral(": ") + problem};
}

Result<CredentialsData> CredentialsFile::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {ErrorKind::CorruptCredentials,
                      {},
                      Tr::tr("not valid JSON (%1 at offset %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    if (!document.isObject())
        return Error {ErrorKind::CorruptCredentials, {}, Tr::tr("not a JSON object")};
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return Error {ErrorKind::CorruptCredentials, {}, Tr::tr("missing or invalid \"version\"")};
    if (version.toInt() > CredentialsData::CurrentVersion)
        return Error {ErrorKind::CorruptCredentials,
                      {},
                      Tr::tr("written by a newer version of ast (format %1); upgrade ast")
                          .arg(version.toInt())};
    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (!profiles.isUndefined() && !profiles.isObject())
        return Error {ErrorKind::CorruptCredentials, {}, Tr::tr("\"profiles\" is not an object")};

    CredentialsData data;
    const QJsonObject profileObjects = profiles.toObject();
    for (auto it = profileObjects.begin(); it != profileObjects.end(); ++it) {
        if (!it.value().isObject())
            return Error {ErrorKind::CorruptCredentials,
                          {},
                          Tr::tr("profile \"%1\" is not an object").arg(it.key())};
        auto record = ProfileRecord::fromJson(it.key(), it.value().toObject());
        if (!record)
            return record.error();
        data.profiles.insert(it.key(), record.value());
    }
    return data;
}

QByteArray CredentialsFile::serialize(const CredentialsData &data)
{
    QJsonObject profiles;
    for (const ProfileRecord &record : data.profiles)
        profiles.insert(record.name, record.toJson());
    const QJsonObject root {{QLatin1String("version"), CredentialsData::CurrentVersion},
                            {QLatin1String("profiles"), profiles}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<CredentialsData> CredentialsFile::load() const
{
    QFile file(filePath());
    if (!file.exists())
        return CredentialsData {};
    // The file names the servers that receive the tokens: only ours is trusted.
    for (const QString &path : {m_directory, filePath()}) {
        if (Status refused = PrivateDirectory::checkOwner(path))
            return refused.value();
    }
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(Tr::tr("cannot be read (%1)").arg(file.errorString()));
    if (file.size() > MaxFileBytes)
        return corrupt(Tr::tr("larger than 4 MiB"));
    auto data = parse(file.readAll());
    if (!data)
        return corrupt(data.error().detail);
    return data;
}

Status CredentialsFile::ensureDirectory() const
{
    // 0700, ours alone, whether we created it or found it: it holds secrets.
    return PrivateDirectory::ensure(m_directory);
}

Status CredentialsFile::write(const CredentialsData &data) const
{
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot write %1 (%2)")
                          .arg(QDir::toNativeSeparators(filePath()), file.errorString())};
    // Set on the temporary file before any secret is written into it, whatever the umask.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        file.cancelWriting();
        return Error {
            ErrorKind::StorageFailed,
            {},
            Tr::tr("cannot restrict permissions of %1").arg(QDir::toNativeSeparators(filePath()))};
    }
    file.write(serialize(data));
    if (!file.commit())
        return Error {ErrorKind::StorageFailed,
                      {},
                      Tr::tr("cannot write %1 (%2)")
                          .arg(QDir::toNativeSeparators(filePath()), file.errorString())};
    syncDirectory(m_directory);
    qCDebug(lcStore) << "wrote" << filePath() << "with" << data.profiles.size() << "profile(s)";
    return std::nullopt;
}

Status CredentialsFile::update(const std::function<void(CredentialsData &)> &mutate)
{
    if (Status error = ensureDirectory())
        return error;
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(LockTimeoutMs))
        return Error {
            ErrorKind::StorageFailed,
            {},
            Tr::tr("%1 is locked by another process").arg(QDir::toNativeSeparators(filePath()))};
    auto data = load();
    if (!data)
        return data.error();
    mutate(data.value());
    return write(data.value());
}

} // namespace ast
