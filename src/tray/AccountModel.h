#pragma once

#include "core/ProfileRecord.h"
#include "core/ProfileStatus.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace ast {
class SessionStore;
}

namespace ast::tray {

// What the tray knows about the profiles: the names in credentials.json, the profile the tray
// shows, and that profile's state. Read from the file on reload() (the file is the truth that
// `ast` and the tray share), and published to the menu and the QML windows.
class AccountModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList profiles READ profiles NOTIFY changed)
    Q_PROPERTY(QString currentProfile READ currentProfile NOTIFY changed)
    // QML compares it with the ProfileStatus values (import Astro.Core).
    Q_PROPERTY(ast::ProfileStatus::State state READ state NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString organizationId READ organizationId NOTIFY changed)
    Q_PROPERTY(QString server READ server NOTIFY changed)
    Q_PROPERTY(QString storage READ storage NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    // `defaultProfile` (ASTRO_PROFILE or "default") is always offered, even before it exists
    // in the file, so that one can switch back to it and sign in there.
    AccountModel(SessionStore *store, const QString &profile, const QString &defaultProfile = {},
                 QObject *parent = nullptr);

    // Re-reads credentials.json; emits changed() when anything the tray shows differs.
    void reload();
    void setCurrentProfile(const QString &profile);

    QStringList profiles() const;
    QString currentProfile() const { return m_profile; }
    ProfileStatus::State state() const { return m_state; }
    const ProfileRecord &record() const { return m_record; }
    // The display name and email of a profile ("" when signed out).
    QString who(const QString &profile) const;
    ProfileStatus::State stateOf(const QString &profile) const;
    QString email() const { return m_record.user.email; }
    QString displayName() const { return m_record.user.displayName(); }
    QString organizationId() const { return m_record.organizationId; }
    QString server() const { return m_record.server.toString(); }
    QString storage() const;
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();
    // The current profile was signed in and no longer is, for a reason seen in the file: its
    // session ended, it was signed out by another process, or its tokens are gone. `before`
    // is the record as it was while signed in.
    void sessionLost(const ast::ProfileRecord &before, ast::ProfileStatus::State now);

private:
    void apply(bool emitLoss);

    SessionStore *m_store;
    QString m_profile;
    QString m_defaultProfile;
    QMap<QString, ProfileRecord> m_records;
    QStringList m_lastNames;
    ProfileRecord m_record;
    ProfileStatus::State m_state = ProfileStatus::State::SignedOut;
    QString m_problem;
    bool m_loaded = false;
};

} // namespace ast::tray
