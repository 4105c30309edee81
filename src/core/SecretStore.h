#pragma once

#include "core/Result.h"
#include "core/TokenSet.h"

#include <functional>

namespace ast {

// A place outside credentials.json that keeps a profile's tokens: the system keyring in
// production, an in-memory fake in tests. Operations are asynchronous (keyrings answer over
// D-Bus); a callback may also run before the call returns.
//
// The plain-file fallback is not a SecretStore: its tokens sit in the profile's entry of
// credentials.json and are written in the same atomic write as the metadata.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<TokenPair>)>; // empty pair: nothing stored
    using DoneCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &profile, ReadCallback done) = 0;
    virtual void write(const QString &profile, const TokenPair &tokens, DoneCallback done) = 0;
    virtual void remove(const QString &profile, DoneCallback done) = 0;
};

} // namespace ast
