#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

namespace ast {

struct ProfileRecord;

// The state of a profile, in the one vocabulary every view uses: `ast status` / `whoami`
// (words and the stable `--json` names), the tray menu and the QML windows (the enum itself).
class ProfileStatus
{
    Q_GADGET
public:
    enum class State {
        SignedOut, // never signed in, signed out, or no usable tokens
        SignedIn,
        SessionEnded, // the server ended the session (a refresh answered invalid_grant)
        KeyringLocked, // signed in, but the keyring does not hand out the tokens
        Unreadable, // credentials.json cannot be read
    };
    Q_ENUM(State)

    // What the record alone says, without reading any secret: SignedOut, SignedIn or
    // SessionEnded. With the file as the store, a record without a refresh token is signed
    // out: nobody can use it.
    static State of(const ProfileRecord &record);
    // Once the tokens of a signed-in record were read: `readError` is the read's error (none
    // when they were read fine). A locked or absent keyring is not "signed out".
    static State afterReading(const ProfileRecord &record, const Status &readError);

    // The stable name in `--json` output: signed_in, signed_out, session_ended, keyring_locked,
    // unreadable. Scripts depend on these: never change them.
    static QString jsonName(State state);
    // The state in the user's language, for the CLI.
    static QString label(State state);
};

} // namespace ast
