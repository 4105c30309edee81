#pragma once

#include <QString>
#include <chrono>
#include <functional>
#include <optional>

class QObject;

namespace ast {

// Reads one entry that QtKeychain stored in the freedesktop Secret Service straight over
// QtDBus: OpenSession and SearchItems go out together (one round trip), then Item.GetSecret.
// QtKeychain reads through libsecret, which starts GIO and runs a Diffie-Hellman exchange
// per process; this takes a third of its time, the biggest part of `ast token` on the
// keyring (bench/README.md).
//
// It answers only with a secret it found. Everything else (no entry, a locked collection, no
// bus, an error, a timeout) answers nullopt, and the caller then asks QtKeychain, so that
// prompts, fallbacks and error texts stay QtKeychain's. Writes and removals always go through
// QtKeychain.
//
// The entry is the one QtKeychain's libsecret backend reads: attributes user=<key>,
// server=<service>, type=plaintext, the first unlocked match, a text/plain value.
// The session is "plain": the secret crosses the user's own session bus unencrypted. Any
// process of that user able to see it there could as well ask the Secret Service for it,
// which serves an unlocked collection to same-user clients without a prompt.
class SecretServiceReader
{
public:
    using Callback = std::function<void(std::optional<QString>)>;

    // True where QtKeychain reads through the Secret Service: Linux and the like, with a
    // session bus address (no autolaunch), outside KDE (where QtKeychain prefers KWallet).
    static bool applies();

    // `done` runs once, possibly before this returns, unless `context` is destroyed first.
    static void read(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                     QObject *context, Callback done);

    // How many entries with this key exist, locked ones included: a logout checks with it that
    // a removal really happened (QtKeychain reports success for a delete a locked keyring did
    // not do, and reads a locked entry as "not found"). nullopt: no answer from the service.
    using CountCallback = std::function<void(std::optional<int>)>;
    static void count(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                      QObject *context, CountCallback done);
};

} // namespace ast
