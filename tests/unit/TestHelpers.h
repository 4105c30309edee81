#pragma once

// Small helpers shared by the unit tests (header only).

#include "Error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QString>
#include <cstring>

namespace ast {

// Lets QCOMPARE print ErrorKind values by name (found by argument-dependent lookup).
inline const char *errorKindName(ErrorKind kind)
{
    const char *name = QMetaEnum::fromType<ErrorKind>().valueToKey(int(kind));
    return name ? name : "?";
}

inline char *toString(const ErrorKind &kind)
{
    const char *name = errorKindName(kind);
    char *copy = new char[std::strlen(name) + 1];
    std::strcpy(copy, name);
    return copy;
}

} // namespace ast

namespace astro::test {

// An unsigned JWT with the given claims (the client never checks signatures).
inline QString makeJwt(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header = part(R"({"alg":"RS256","typ":"JWT"})");
    const QByteArray payload = part(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(header + '.' + payload + '.' + part("signature"));
}

inline QString makeJwt(qint64 issuedAt, qint64 expiresAt,
                       const QString &subject = QStringLiteral("user_1"),
                       const QString &sessionId = QStringLiteral("session_1"))
{
    return makeJwt(QJsonObject {{QStringLiteral("sub"), subject},
                                {QStringLiteral("sid"), sessionId},
                                {QStringLiteral("iat"), issuedAt},
                                {QStringLiteral("exp"), expiresAt}});
}

// A successful /user_management/authenticate reply.
inline QJsonObject authenticationJson(const QString &accessToken, const QString &refreshToken,
                                      const QString &userId = QStringLiteral("user_1"))
{
    return QJsonObject {
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("user"),
         QJsonObject {{QStringLiteral("id"), userId},
                      {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                      {QStringLiteral("first_name"), QStringLiteral("Ada")},
                      {QStringLiteral("last_name"), QStringLiteral("Lovelace")}}},
    };
}

} // namespace astro::test
