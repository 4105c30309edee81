// Reading and ageing a TestUser's credentials.json, shared by the hardening tests.
#pragma once

#include "AstProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sys/stat.h>

namespace astro::test {

inline QJsonObject readCredentials(const TestUser &user)
{
    QFile file(user.credentialsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject profileOf(const TestUser &user, const QString &name = QStringLiteral("default"))
{
    return readCredentials(user)
        .value(QStringLiteral("profiles"))
        .toObject()
        .value(name)
        .toObject();
}

inline QString storedRefreshToken(const TestUser &user,
                                  const QString &name = QStringLiteral("default"))
{
    return profileOf(user, name)
        .value(QStringLiteral("tokens"))
        .toObject()
        .value(QStringLiteral("refresh_token"))
        .toString();
}

// Moves the stored access token's expiry into the past, as if an hour had gone by.
inline bool ageAccessToken(const TestUser &user, const QString &name = QStringLiteral("default"))
{
    QJsonObject root = readCredentials(user);
    QJsonObject profiles = root.value(QStringLiteral("profiles")).toObject();
    QJsonObject profile = profiles.value(name).toObject();
    if (profile.isEmpty())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    profile.insert(QStringLiteral("access_token_received_at"),
                   now.addSecs(-3610).toString(Qt::ISODate));
    profile.insert(QStringLiteral("access_token_expires_at"),
                   now.addSecs(-10).toString(Qt::ISODate));
    profiles.insert(name, profile);
    root.insert(QStringLiteral("profiles"), profiles);
    QSaveFile file(user.credentialsPath());
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0
        && file.commit();
}

inline int fileModeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace astro::test
