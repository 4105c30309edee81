#pragma once

#include "core/ProfileRecord.h"
#include "core/Result.h"

#include <QMap>
#include <functional>

namespace ast {

struct CredentialsData
{
    static constexpr int CurrentVersion = 1;
    QMap<QString, ProfileRecord> profiles;

    ProfileRecord *find(const QString &name);
    const ProfileRecord *find(const QString &name) const;
    ProfileRecord &ensure(const QString &name);
};

// ~/.astro/credentials.json (docs/SECURITY.md): directory 0700, file 0600 whatever the umask,
// written atomically (QSaveFile), changed only under a lock so that concurrent processes never lose
// each other's updates. A file that cannot be parsed is refused and never written over.
class CredentialsFile
{
public:
    explicit CredentialsFile(QString directory);

    QString directory() const { return m_directory; }
    QString filePath() const;

    // A missing file is an empty set of profiles, not an error.
    Result<CredentialsData> load() const;
    // Lock, re-read, apply `mutate`, write atomically, unlock.
    Status update(const std::function<void(CredentialsData &)> &mutate);

    static Result<CredentialsData> parse(const QByteArray &json);
    static QByteArray serialize(const CredentialsData &data);

private:
    Status ensureDirectory() const;
    Status write(const CredentialsData &data) const;
    Error corrupt(const QString &problem) const;

    QString m_directory;
};

} // namespace ast
