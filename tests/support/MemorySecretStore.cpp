#include "MemorySecretStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace astro::test {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : QObject(parent)
{
}

ast::Error MemorySecretStore::unavailable() const
{
    return {ast::ErrorKind::KeyringUnavailable, {}, u"fake keyring: not available"_s};
}

void MemorySecretStore::deliver(std::function<void()> callback)
{
    if (m_asynchronous)
        QTimer::singleShot(0, this, std::move(callback));
    else
        callback();
}

void MemorySecretStore::record(const QString &operation)
{
    m_log << operation;
    if (m_observer)
        m_observer(operation);
}

void MemorySecretStore::read(const QString &profile, ReadCallback done)
{
    record(u"read:"_s + profile);
    if (!m_available)
        return deliver([done, error = unavailable()] { done(error); });
    if (m_readLocked)
        return deliver([done] {
            done(ast::Error {ast::ErrorKind::KeyringLocked, {}, u"fake keyring: locked"_s});
        });
    const ast::TokenPair tokens = m_entries.value(profile);
    deliver([done, tokens] { done(tokens); });
}

void MemorySecretStore::write(const QString &profile, const ast::TokenPair &tokens,
                              DoneCallback done)
{
    record(u"write:"_s + profile);
    if (!m_available)
        return deliver([done, error = unavailable()] { done(error); });
    m_entries[profile] = tokens;
    deliver([done] { done(std::nullopt); });
}

void MemorySecretStore::remove(const QString &profile, DoneCallback done)
{
    record(u"remove:"_s + profile);
    if (!m_available)
        return deliver([done, error = unavailable()] { done(error); });
    m_entries.remove(profile);
    deliver([done] { done(std::nullopt); });
}

} // namespace astro::test
