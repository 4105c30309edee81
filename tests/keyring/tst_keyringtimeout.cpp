// KeyringSecretStore on a session bus where no keyring daemon can start (bare-session.conf):
// first nothing owns org.freedesktop.secrets (must fail at once), then a fake Secret Service
// that holds every call for a while (must time out, and the stalled QtKeychain job must be
// left to finish on its own before the store starts another one).
#include "KeyringSecretStore.h"
#include "KeyringTestHelpers.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace ast;
using namespace astro::test;
using namespace std::chrono_literals;

namespace {

constexpr auto StallFor = 1500ms;
constexpr auto ShortTimeout = 300ms;

// Answers every call with an error, but only after StallFor: a keyring waiting on a prompt.
class StallingSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }

    // May run on Qt's D-Bus thread: only hand the message over to the main thread.
    // Counters outlive the fake: a late answer may still be on its way when a test ends.
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        m_counters->received.ref();
        QMetaObject::invokeMethod(
            qApp,
            [counters = m_counters, message, connection] {
                QTimer::singleShot(StallFor, qApp, [counters, message, connection] {
                    QDBusConnection(connection)
                        .send(message.createErrorReply(
                            QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                            QStringLiteral("stalled on purpose")));
                    counters->answered.ref();
                });
            },
            Qt::QueuedConnection);
        return true;
    }

    int received() const { return m_counters->received.loadRelaxed(); }
    int answered() const { return m_counters->answered.loadRelaxed(); }

private:
    struct Counters
    {
        QAtomicInt received;
        QAtomicInt answered;
    };
    std::shared_ptr<Counters> m_counters = std::make_shared<Counters>();
};

} // namespace

class tst_KeyringTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noKeyringDaemonFailsQuickly();
    void stalledKeyringTimesOut();
};

void tst_KeyringTimeout::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "run inside dbus-run-session --config-file=bare-session.conf");
    static_assert(KeyringSecretStore::DefaultTimeout == 3000ms,
                  "a keyring call that does not answer in 3 s counts as unavailable");
}

void tst_KeyringTimeout::noKeyringDaemonFailsQuickly()
{
    KeyringSecretStore store;
    QElapsedTimer timer;
    timer.start();
    const auto written = writeNow(store, QStringLiteral("default"), {fakeToken(90), fakeToken(60)});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(written && written->has_value());
    QCOMPARE((*written)->kind, ErrorKind::KeyringUnavailable);
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    qInfo("bus without keyring daemon, write after %lld ms: %s", elapsed,
          qPrintable((*written)->detail));

    const auto read = readNow(store, QStringLiteral("default"));
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().kind, ErrorKind::KeyringUnavailable);
    QVERIFY(read->error().detail.contains(QStringLiteral("org.freedesktop.secrets")));
}

void tst_KeyringTimeout::stalledKeyringTimesOut()
{
    StallingSecretService service;
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                        QStringLiteral("stalling-secrets"));
    QVERIFY(bus.isConnected());
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &service,
                                      QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

    KeyringSecretStore store(ShortTimeout);
    std::optional<Status> written;
    std::optional<Result<TokenPair>> read;
    qint64 writeMs = -1, readMs = -1;
    QElapsedTimer timer;
    timer.start();
    store.write(QStringLiteral("default"), {fakeToken(90), fakeToken(60)}, [&](Status error) {
        written = error;
        writeMs = timer.elapsed();
    });
    // Queued behind the stalled write: its deadline runs from this call too.
    store.read(QStringLiteral("default"), [&](Result<TokenPair> tokens) {
        read = tokens;
        readMs = timer.elapsed();
    });

    QTRY_VERIFY_WITH_TIMEOUT(written.has_value() && read.has_value(), WaitMs);
    QVERIFY(written->has_value());
    QCOMPARE((*written)->kind, ErrorKind::KeyringUnavailable);
    QVERIFY2((*written)->detail.contains(QStringLiteral("did not answer")),
             qPrintable((*written)->detail));
    QVERIFY(!read->ok());
    QCOMPARE(read->error().kind, ErrorKind::KeyringUnavailable);
    const auto stall = std::chrono::duration_cast<std::chrono::milliseconds>(StallFor).count();
    QVERIFY2(writeMs >= ShortTimeout.count() - 50 && writeMs < stall,
             qPrintable(QString::number(writeMs)));
    QVERIFY2(readMs < stall, qPrintable(QString::number(readMs)));
    qInfo("stalled keyring: write gave up after %lld ms, queued read after %lld ms", writeMs,
          readMs);

    // The job is still waiting for its answer: the store left it alone.
    QVERIFY(service.received() >= 1);
    QCOMPARE(service.answered(), 0);
    QVERIFY(store.hasRunningJob());

    // Once the fake answers, the job finishes (so it was never deleted) and is cleaned up.
    QTRY_VERIFY_WITH_TIMEOUT(!store.hasRunningJob(), WaitMs);
    QVERIFY(service.answered() >= 1);

    // The store is not wedged: with the fake gone, the next call fails fast on its own.
    QVERIFY(bus.unregisterService(QStringLiteral("org.freedesktop.secrets")));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"),
                         QDBusConnection::UnregisterTree);
    timer.restart();
    const auto removed = removeNow(store, QStringLiteral("default"));
    QVERIFY(removed && removed->has_value());
    QCOMPARE((*removed)->kind, ErrorKind::KeyringUnavailable);
    QVERIFY2((*removed)->detail.contains(QStringLiteral("org.freedesktop.secrets")),
             qPrintable((*removed)->detail));
    QVERIFY2(timer.elapsed() < ShortTimeout.count(), qPrintable(QString::number(timer.elapsed())));
    QDBusConnection::disconnectFromBus(QStringLiteral("stalling-secrets"));
}

QTEST_GUILESS_MAIN(tst_KeyringTimeout)
#include "tst_keyringtimeout.moc"
