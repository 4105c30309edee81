#include "core/KeyringSecretStore.h"

#include "core/Logging.h"
#include "core/SecretServiceReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <vector>

namespace ast {

namespace {

// Room for the "chunk i/N generation\n" line in front of a chunk's data.
constexpr int ChunkLineReserve = 64;

const QString AccessTokenKey = QStringLiteral("access_token");
const QString RefreshTokenKey = QStringLiteral("refresh_token");
const QString ChunksKey = QStringLiteral("chunks");
const QString GenerationKey = QStringLiteral("generation");
const QString Sha256Key = QStringLiteral("sha256");
const QString LayoutKey = QStringLiteral("layout");

// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::KeyringSecretStore)
};

QString chunkLine(int index, int count, const QString &generation)
{
    return QStringLiteral("chunk %1/%2 %3\n").arg(index).arg(count).arg(generation);
}

QByteArray sha256Hex(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// Splits at code point boundaries so that every part is at most maxBytes in UTF-8.
QStringList splitUtf8(const QString &text, int maxBytes)
{
    QStringList parts;
    qsizetype start = 0;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text.at(i).unicode();
        qsizetype units = 1;
        int size = 3;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            units = 2;
            size = 4;
        } else if (c < 0x80) {
            size = 1;
        } else if (c < 0x800) {
            size = 2;
        }
        if (bytes + size > maxBytes) {
            parts << text.mid(start, i - start);
            start = i;
            bytes = 0;
        }
        bytes += size;
        i += units;
    }
    if (start < text.size())
        parts << text.mid(start);
    return parts;
}

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<TokenPair> tokensFrom(const QJsonObject &object)
{
    const QJsonValue access = object.value(AccessTokenKey);
    const QJsonValue refresh = object.value(RefreshTokenKey);
    if (!access.isString() || !refresh.isString())
        return std::nullopt;
    return TokenPair {access.toString(), refresh.toString()};
}

Error unavailable(const QString &detail)
{
    return Error {ErrorKind::KeyringUnavailable, {}, detail};
}

// QtKeychain's text comes from D-Bus/libsecret/OS errors and holds no secret; keep it short.
Error unavailable(int code, const QString &errorString)
{
    QString detail = errorString.left(200);
    if (detail.isEmpty())
        detail = Tr::tr("QtKeychain error %1").arg(code);
    return unavailable(detail);
}

Error incomplete(const QString &profile)
{
    return unavailable(
        Tr::tr("the keyring entry of profile \"%1\" is incomplete; sign in again").arg(profile));
}

} // namespace

KeyringSecretStore::KeyringSecretStore(QObject *parent)
    : KeyringSecretStore(DefaultTimeout, parent)
{
}

KeyringSecretStore::KeyringSecretStore(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(m_timeout);
    connect(&m_watchdog, &QTimer::timeout, this, &KeyringSecretStore::giveUp);
}

// Running jobs are not ours to delete: each deletes itself once finished.
KeyringSecretStore::~KeyringSecretStore() = default;

QString KeyringSecretStore::service()
{
    return QStringLiteral("astro-ai");
}

QString KeyringSecretStore::keyFor(const QString &profile, int chunk)
{
    QString key = service() + u'/' + profile;
    if (chunk > 0)
        key += u'#' + QString::number(chunk);
    return key;
}

QString KeyringSecretStore::legacyChunkKey(const QString &profile, int chunk)
{
    return service() + u'/' + profile + u'.' + QString::number(chunk);
}

QStringList KeyringSecretStore::encode(const TokenPair &tokens)
{
    const QString payload =
        QString::fromUtf8(QJsonDocument(QJsonObject {{AccessTokenKey, tokens.accessToken},
                                                     {RefreshTokenKey, tokens.refreshToken}})
                              .toJson(QJsonDocument::Compact));
    if (payload.toUtf8().size() <= MaxEntryBytes)
        return {payload};

    const QStringList parts = splitUtf8(payload, MaxEntryBytes - ChunkLineReserve);
    if (parts.size() > MaxChunks)
        return {};
    // A fresh generation per write tells this write's chunks from any earlier one's.
    const QString generation =
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    QStringList entries;
    entries << QString::fromUtf8(
        QJsonDocument(QJsonObject {{ChunksKey, int(parts.size())},
                                   {GenerationKey, generation},
                                   {Sha256Key, QString::fromLatin1(sha256Hex(payload))},
                                   {LayoutKey, Layout}})
            .toJson(QJsonDocument::Compact));
    for (qsizetype i = 0; i < parts.size(); ++i)
        entries << chunkLine(int(i) + 1, int(parts.size()), generation) + parts.at(i);
    return entries;
}

void KeyringSecretStore::read(const QString &profile, ReadCallback done)
{
    enqueue(
        [this, profile, done] {
            readEntry(keyFor(profile), [this, profile, done](const JobResult &r) {
                if (r.error == QKeychain::EntryNotFound)
                    return finish([done] { done(TokenPair {}); });
                if (r.error != QKeychain::NoError)
                    return finish([done, r] { done(unavailable(r.error, r.errorString)); });
                const std::optional<QJsonObject> object = parseObject(r.text);
                if (object && object->contains(ChunksKey)) {
                    const int count = object->value(ChunksKey).toInt();
                    const QString generation = object->value(GenerationKey).toString();
                    const QByteArray sha256 = object->value(Sha256Key).toString().toLatin1();
                    if (count < 1 || count > MaxChunks || generation.isEmpty() || sha256.isEmpty())
                        return finish([done, profile] { done(incomplete(profile)); });
                    const bool legacy = !object->contains(LayoutKey);
                    return readChunks(profile, legacy, 1, count, generation, sha256, {}, done);
                }
                const std::optional<TokenPair> tokens = object ? tokensFrom(*object) : std::nullopt;
                if (!tokens)
                    return finish([done, profile] { done(incomplete(profile)); });
                finish([done, tokens] { done(*tokens); });
            });
        },
        [done](const Error &error) { done(error); });
}

void KeyringSecretStore::readChunks(const QString &profile, bool legacy, int index, int count,
                                    const QString &generation, const QByteArray &sha256,
                                    QString payload, ReadCallback done)
{
    const QString key = legacy ? legacyChunkKey(profile, index) : keyFor(profile, index);
    readEntry(key, [=, this, payload = std::move(payload)](const JobResult &r) mutable {
        if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound)
            return finish([done, r] { done(unavailable(r.error, r.errorString)); });
        const QString line = chunkLine(index, count, generation);
        if (r.error == QKeychain::EntryNotFound || !r.text.startsWith(line))
            return finish([done, profile] { done(incomplete(profile)); });
        payload += QStringView(r.text).mid(line.size());
        if (index < count)
            return readChunks(profile, legacy, index + 1, count, generation, sha256,
                              std::move(payload), done);
        const std::optional<QJsonObject> object =
            sha256Hex(payload) == sha256 ? parseObject(payload) : std::nullopt;
        const std::optional<TokenPair> tokens = object ? tokensFrom(*object) : std::nullopt;
        if (!tokens)
            return finish([done, profile] { done(incomplete(profile)); });
        if (legacy)
            migrateLegacy(profile, *tokens, count);
        finish([done, tokens] { done(*tokens); });
    });
}

// Queued behind the read that found the first layout: the current layout is written (base
// entry last, as always), then the old chunks go.
void KeyringSecretStore::migrateLegacy(const QString &profile, const TokenPair &tokens,
                                       int legacyCount)
{
    qCDebug(lcStore) << "keyring: moving profile" << profile << "from" << legacyCount
                     << "legacy chunks to the current layout";
    write(profile, tokens, [this, profile](Status error) {
        if (error)
            return; // still readable in the old layout; the next read tries again
        enqueue([this, profile] { removeLegacyChunks(profile, 1, [this] { finish([] {}); }); },
                [](const Error &) {});
    });
}

// Deletes "<profile>.i" upwards while the entry is a chunk of the first layout. An entry that
// is not (the tokens of a profile named "<profile>.i") ends the run untouched.
void KeyringSecretStore::removeLegacyChunks(const QString &profile, int index, Then then)
{
    if (index > MaxChunks)
        return then();
    const QString key = legacyChunkKey(profile, index);
    runJob(JobKind::Read, key, {}, [this, profile, index, key, then](const JobResult &r) {
        const QString prefix = QStringLiteral("chunk %1/").arg(index);
        if (r.error != QKeychain::NoError || !r.text.startsWith(prefix))
            return then();
        runJob(JobKind::Delete, key, {}, [this, profile, index, then](const JobResult &) {
            removeLegacyChunks(profile, index + 1, then);
        });
    });
}

void KeyringSecretStore::write(const QString &profile, const TokenPair &tokens, DoneCallback done)
{
    const QStringList entries = encode(tokens);
    qCDebug(lcStore) << "keyring write" << profile << "entries:" << entries.size()
                     << "refresh token" << redacted(tokens.refreshToken);
    enqueue(
        [this, profile, entries, done] {
            if (entries.isEmpty())
                return finish([done] { done(unavailable(Tr::tr("the tokens are too large"))); });
            // Chunks first, base entry last: the header only names a complete set.
            writeEntries(profile, entries, entries.size() > 1 ? 1 : 0, done);
        },
        [done](const Error &error) { done(error); });
}

void KeyringSecretStore::writeEntries(const QString &profile, QStringList entries, int index,
                                      DoneCallback done)
{
    const QString text = entries.at(index);
    runJob(JobKind::Write, keyFor(profile, index), text,
           [this, profile, entries, index, done](const JobResult &r) {
               if (r.error != QKeychain::NoError)
                   return finish([done, r] { done(unavailable(r.error, r.errorString)); });
               if (index == 0)
                   return removeLeftovers(profile, int(entries.size()), int(entries.size()),
                                          [this, done] { finish([done] { done(std::nullopt); }); });
               writeEntries(profile, entries, index + 1 < entries.size() ? index + 1 : 0, done);
           });
}

void KeyringSecretStore::remove(const QString &profile, DoneCallback done)
{
    qCDebug(lcStore) << "keyring remove" << profile;
    enqueue(
        [this, profile, done] {
            // Base entry first: without it, any chunk left by a crash is ignored.
            runJob(JobKind::Delete, keyFor(profile), {}, [this, profile, done](const JobResult &r) {
                if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound)
                    return finish([done, r] { done(unavailable(r.error, r.errorString)); });
                // One operation to the end, so that nothing queued after it sees a half-removed
                // profile.
                removeLeftovers(profile, 1, 1, [this, profile, done] {
                    removeLegacyChunks(profile, 1,
                                       [this, profile, done] { verifyRemoved(profile, done); });
                });
            });
        },
        [done](const Error &error) { done(error); });
}

// A locked keyring lets QtKeychain report a delete it did not do: ask again whether the base
// entry is there, locked entries included, before saying it is gone.
void KeyringSecretStore::verifyRemoved(const QString &profile, DoneCallback done)
{
    auto stillThere = [profile] {
        return Error {ErrorKind::KeyringLocked,
                      {},
                      Tr::tr("the keyring still holds the tokens of profile \"%1\"").arg(profile)};
    };
    const quint64 operationId = m_current->id;
    SecretServiceReader::count(
        service(), keyFor(profile), m_timeout, this,
        [this, operationId, profile, done, stillThere](std::optional<int> count) {
            if (!m_current || m_current->id != operationId)
                return; // timed out meanwhile: giveUp() has answered the caller
            m_watchdog.start();
            if (count)
                return finish([done, count, stillThere] {
                    done(*count > 0 ? std::optional(stillThere()) : std::nullopt);
                });
            // No Secret Service to ask: read back through QtKeychain.
            runJob(JobKind::Read, keyFor(profile), {},
                   [this, done, stillThere](const JobResult &r) {
                       finish([done, r, stillThere] {
                           done(r.error == QKeychain::NoError ? std::optional(stillThere())
                                                              : std::nullopt);
                       });
                   });
        });
}

// Chunks [first, next) exist. Finds the end of the run by reading upwards, then deletes from
// the top down so that an interruption never leaves a gap in front of a stale chunk.
void KeyringSecretStore::removeLeftovers(const QString &profile, int first, int next, Then then)
{
    if (next <= MaxChunks) {
        return runJob(JobKind::Read, keyFor(profile, next), {},
                      [this, profile, first, next, then](const JobResult &r) {
                          if (r.error == QKeychain::NoError)
                              return removeLeftovers(profile, first, next + 1, then);
                          // Not found ends the run; other errors leave stale chunks in place,
                          // harmless since the base entry decides which chunks count.
                          removeChunksDownTo(profile, first, next - 1, then);
                      });
    }
    removeChunksDownTo(profile, first, next - 1, then);
}

void KeyringSecretStore::removeChunksDownTo(const QString &profile, int bottom, int top, Then then)
{
    if (top < bottom)
        return then();
    qCDebug(lcStore) << "keyring: removing stale chunk" << keyFor(profile, top);
    runJob(JobKind::Delete, keyFor(profile, top), {},
           [this, profile, bottom, top, then](const JobResult &r) {
               // A chunk that cannot go is left: the tokens themselves are stored all the same.
               if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound)
                   return then();
               removeChunksDownTo(profile, bottom, top - 1, then);
           });
}

void KeyringSecretStore::enqueue(std::function<void()> start,
                                 std::function<void(const Error &)> fail)
{
    const quint64 id = m_nextId++;
    m_queue.push_back(Operation {id, std::move(start), std::move(fail)});
    if (!m_watchdog.isActive())
        m_watchdog.start();
    startNext();
}

void KeyringSecretStore::startNext()
{
    // A job of a timed-out operation may still run: QtKeychain would queue ours behind it.
    if (m_current || m_jobRunning || m_queue.empty())
        return;
    m_current = std::make_unique<Operation>(std::move(m_queue.front()));
    m_queue.pop_front();
    const std::function<void()> start = m_current->start;
    start();
}

// Nothing answered for the whole timeout while work was waiting: the keyring counts as
// unavailable for everything pending. A job still running is left alone; later operations
// wait for it (with a fresh timeout) since QtKeychain would queue their jobs behind it.
void KeyringSecretStore::giveUp()
{
    std::vector<std::function<void(const Error &)>> fails;
    if (m_current)
        fails.push_back(std::move(m_current->fail));
    for (Operation &operation : m_queue)
        fails.push_back(std::move(operation.fail));
    m_current.reset();
    m_queue.clear();
    if (fails.empty())
        return;
    qCWarning(lcStore) << "the keyring did not answer within" << m_timeout.count() << "ms";
    const Error error = unavailable(
        Tr::tr("the keyring did not answer within %1 s").arg(double(m_timeout.count()) / 1000.0));
    const QPointer<KeyringSecretStore> self(this);
    for (const auto &fail : fails) {
        fail(error);
        if (!self)
            return;
    }
}

void KeyringSecretStore::finish(const std::function<void()> &deliver)
{
    m_current.reset();
    if (m_queue.empty())
        m_watchdog.stop();
    const QPointer<KeyringSecretStore> self(this);
    deliver(); // may start another operation, or even delete this store
    if (self)
        startNext();
}

void KeyringSecretStore::readEntry(const QString &key, JobDone then)
{
    if (!SecretServiceReader::applies())
        return runJob(JobKind::Read, key, {}, std::move(then));
    const quint64 operationId = m_current->id;
    SecretServiceReader::read(
        service(), key, m_timeout, this,
        [this, operationId, key, then = std::move(then)](std::optional<QString> text) mutable {
            if (!m_current || m_current->id != operationId)
                return; // timed out meanwhile: giveUp() has answered the caller
            m_watchdog.start(); // an answer, even "ask QtKeychain", restarts the clock
            if (text)
                return then(JobResult {QKeychain::NoError, {}, *text});
            runJob(JobKind::Read, key, {}, std::move(then));
        });
}

void KeyringSecretStore::runJob(JobKind kind, const QString &key, const QString &text, JobDone then)
{
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(service());
        break;
    case JobKind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service());
        writeJob->setTextData(text);
        job = writeJob;
        break;
    }
    case JobKind::Delete:
        job = new QKeychain::DeletePasswordJob(service());
        break;
    }
    // No parent and no auto-delete: the job outlives a timed-out operation (or this store)
    // and is deleted only once it has finished.
    job->setAutoDelete(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    const quint64 operationId = m_current->id;
    connect(job, &QKeychain::Job::finished, this,
            [this, operationId, then = std::move(then)](QKeychain::Job *finished) {
                m_jobRunning = false;
                if (!m_current || m_current->id != operationId) {
                    // Its operation timed out; an answer, even late, restarts the clock.
                    if (!m_queue.empty())
                        m_watchdog.start();
                    return startNext();
                }
                m_watchdog.start(); // the keyring answers: measure the next call afresh
                JobResult result {int(finished->error()), finished->errorString(), {}};
                if (result.error != QKeychain::NoError)
                    qCDebug(lcStore) << "keyring job for" << finished->key()
                                     << "failed:" << result.error << result.errorString;
                if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.text = readJob->textData();
                then(result);
            });
    m_jobRunning = true;
    job->start();
}

} // namespace ast
