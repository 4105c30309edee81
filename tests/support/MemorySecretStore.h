#pragma once

#include "SecretStore.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace astro::test {

// An in-memory SecretStore standing in for the system keyring. Switches:
// - available: when false every operation fails (no keyring answers);
// - readLocked: when true reads fail (a locked or sleeping keyring), writes still succeed;
// - asynchronous: when true callbacks run from the event loop instead of before returning.
// Every operation is logged as "read:<profile>", "write:<profile>", "remove:<profile>".
class MemorySecretStore final : public QObject, public ast::SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &profile, ReadCallback done) override;
    void write(const QString &profile, const ast::TokenPair &tokens, DoneCallback done) override;
    void remove(const QString &profile, DoneCallback done) override;

    void setAvailable(bool available) { m_available = available; }
    void setReadLocked(bool locked) { m_readLocked = locked; }
    void setAsynchronous(bool asynchronous) { m_asynchronous = asynchronous; }

    bool contains(const QString &profile) const { return m_entries.contains(profile); }
    ast::TokenPair entry(const QString &profile) const { return m_entries.value(profile); }
    void setEntry(const QString &profile, const ast::TokenPair &tokens)
    {
        m_entries[profile] = tokens;
    }
    void clearEntries() { m_entries.clear(); }
    int entryCount() const { return int(m_entries.size()); }

    // Called with each log entry as the operation starts (before its callback runs).
    void setObserver(std::function<void(const QString &operation)> observer)
    {
        m_observer = std::move(observer);
    }

    const QStringList &log() const { return m_log; }
    void clearLog() { m_log.clear(); }

private:
    void deliver(std::function<void()> callback);
    void record(const QString &operation);
    ast::Error unavailable() const;

    QMap<QString, ast::TokenPair> m_entries;
    QStringList m_log;
    std::function<void(const QString &)> m_observer;
    bool m_available = true;
    bool m_readLocked = false;
    bool m_asynchronous = false;
};

} // namespace astro::test
