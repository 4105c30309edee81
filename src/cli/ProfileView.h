#pragma once

#include "ProfileRecord.h"

#include <QJsonObject>

namespace ast::cli {

class Terminal;

// A profile as `whoami` and `status` show it, in words or as JSON (documented in README).
struct ProfileView
{
    QString profile;
    QUrl server;
    UserInfo user;
    QString organizationId;
    QJsonObject account; // from /v1/me: id, name, plan
    QDateTime accessExpiresAt;
    QString storage; // keyring | file | environment
    QString state;   // signed_in | signed_out | session_ended | keyring_locked
    QString problem;

    static ProfileView fromRecord(const ProfileRecord &record);
    // Takes the user, organization and account the server reported (GET /v1/me).
    void applyMe(const QJsonObject &me);

    QJsonObject toJson() const;
    QString toText(const Terminal &terminal) const;
    QString toStatusText(const Terminal &terminal, bool current) const;
};

} // namespace ast::cli
