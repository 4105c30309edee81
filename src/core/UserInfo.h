#pragma once

#include <QString>

namespace ast {

// Who signed in, as WorkOS describes the user. Plain data: the stored profile record holds
// one without depending on the HTTP layer.
struct UserInfo
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;

    QString displayName() const
    {
        const QString full = QString(firstName + u' ' + lastName).trimmed();
        return full.isEmpty() ? email : full;
    }
    bool operator==(const UserInfo &) const = default;
};

} // namespace ast
