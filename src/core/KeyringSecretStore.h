#pragma once

#include "core/SecretStore.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <deque>
#include <memory>

namespace ast {

// The system keyring through QtKeychain (Secret Service, Keychain, Credential Manager).
//
// One logical entry per profile: service "astro-ai", key "astro-ai/<profile>" (Windows ignores
// the service, hence the prefix), holding {"access_token","refresh_token"} as compact JSON.
// No single keyring entry exceeds MaxEntryBytes (Windows caps a credential at 2560 bytes):
// a larger payload goes to chunks "astro-ai/<profile>#1" .. "#N", and the base key then holds
// only a header {"chunks":N,"generation":G,"sha256":H,"layout":2}. '#' cannot occur in a profile
// name (Settings::isValidProfileName), so no chunk key is ever another profile's key. The first
// layout named chunks "<profile>.N", the base key of a profile "<profile>.N": a header without
// "layout" is read from those names once and rewritten in the current layout, and a legacy
// chunk is deleted only when its content shows it is one. Every chunk starts with the line
// "chunk i/N G", so a reader tells a complete set from one mixed with an interrupted write.
// Chunks are written first and the header last; leftover chunks past the new set are found
// by reading upwards and deleted from the top down, so the chunks on disk stay contiguous.
//
// Operations run one at a time in call order; QtKeychain serialises its jobs anyway. When the
// keyring gives no answer for the timeout (3 s) while operations wait, every waiting callback
// gets KeyringUnavailable; a job still running then is left to finish and is deleted after.
// (An answer restarts the clock, so a chunked write on a slow machine is not cut short.)
// No QtKeychain object exists before the first operation, so constructing this costs nothing.
class KeyringSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    static constexpr int MaxEntryBytes = 2048; // UTF-8 bytes of one keyring entry
    static constexpr int MaxChunks = 32; // 64 KiB: far above any real token pair
    static constexpr std::chrono::milliseconds DefaultTimeout {3000};

    explicit KeyringSecretStore(QObject *parent = nullptr);
    explicit KeyringSecretStore(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~KeyringSecretStore() override;

    void read(const QString &profile, ReadCallback done) override;
    void write(const QString &profile, const TokenPair &tokens, DoneCallback done) override;
    void remove(const QString &profile, DoneCallback done) override;

    // True while a QtKeychain job runs, including one left over from a timed-out operation
    // (later operations wait for it: QtKeychain would queue them behind it anyway).
    bool hasRunningJob() const { return m_jobRunning; }

    static QString service();
    // "astro-ai/<profile>" for chunk 0 (the base entry), "astro-ai/<profile>#<chunk>" else.
    static QString keyFor(const QString &profile, int chunk = 0);
    // Chunk names of the first layout, "astro-ai/<profile>.<chunk>" (read and migrated only).
    static QString legacyChunkKey(const QString &profile, int chunk);
    static constexpr int Layout = 2;
    // The entries a write stores: [0] for the base key, [i] for chunk i. Empty if too large.
    static QStringList encode(const TokenPair &tokens);

private:
    enum class JobKind { Read, Write, Delete };
    struct JobResult
    {
        int error = 0; // QKeychain::Error
        QString errorString;
        QString text;
    };
    using JobDone = std::function<void(const JobResult &)>;
    struct Operation
    {
        quint64 id = 0;
        std::function<void()> start;
        std::function<void(const Error &)> fail;
    };

    void enqueue(std::function<void()> start, std::function<void(const Error &)> fail);
    void startNext();
    void giveUp();
    // Ends the running operation; `deliver` runs the caller's callback.
    void finish(const std::function<void()> &deliver);
    void runJob(JobKind kind, const QString &key, const QString &text, JobDone then);
    // A read of the entries read() and readChunks() need: from the Secret Service directly
    // where it applies (SecretServiceReader), else or failing that through QtKeychain.
    void readEntry(const QString &key, JobDone then);

    void readChunks(const QString &profile, bool legacy, int index, int count,
                    const QString &generation, const QByteArray &sha256, QString payload,
                    ReadCallback done);
    void migrateLegacy(const QString &profile, const TokenPair &tokens, int legacyCount);
    // Steps of one operation: `then` goes on within it; finish() ends it.
    using Then = std::function<void()>;
    void removeLegacyChunks(const QString &profile, int index, Then then);
    void verifyRemoved(const QString &profile, DoneCallback done);
    void writeEntries(const QString &profile, QStringList entries, int index, DoneCallback done);
    void removeLeftovers(const QString &profile, int first, int next, Then then);
    void removeChunksDownTo(const QString &profile, int bottom, int top, Then then);

    std::chrono::milliseconds m_timeout;
    QTimer m_watchdog; // runs while work waits for the keyring to answer
    std::deque<Operation> m_queue;
    std::unique_ptr<Operation> m_current;
    quint64 m_nextId = 1;
    bool m_jobRunning = false;
};

} // namespace ast
