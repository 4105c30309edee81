#pragma once

#include "core/Result.h"
#include "core/WorkOsProtocol.h"

#include <QByteArray>
#include <QString>

namespace ast {

// The account the Astro API reports for the signed-in user.
struct AccountInfo
{
    QString id;
    QString name;
    QString plan;

    bool isEmpty() const { return id.isEmpty() && name.isEmpty() && plan.isEmpty(); }
    bool operator==(const AccountInfo &) const = default;
};

// GET {server}/v1/me: {user: {...}, organization_id?, account: {id, name, plan}}. Every
// string is bounded and cleaned of control and bidi characters (TerminalText), so any view
// can show it as it is.
struct MeReply
{
    UserInfo user;
    QString organizationId;
    AccountInfo account;
};

// Requests and replies of the Astro API. Pure functions: no I/O.
namespace AstroApi {

QString mePath();
// A wrong type or a reply that is not a JSON object is a BadReply; absent fields stay empty.
Result<MeReply> parseMe(const QByteArray &body);

} // namespace AstroApi
} // namespace ast
