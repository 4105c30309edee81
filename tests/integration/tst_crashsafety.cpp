// Crash safety of credentials.json (docs/SECURITY.md): `ast` processes that write it (login,
// refresh, logout) are SIGKILLed at random points while a sibling process writes another profile.
// After every kill the file must still parse, stay 0600, keep every profile nobody was
// changing, and keep the sibling's change; locks left by the dead must not wedge anyone.
#include "AstProcess.h"
#include "CredentialsFile.h"
#include "CredentialsHelpers.h"
#include "DevServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <csignal>

using namespace astro::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int profileCount = 4;
constexpr int iterations = 40;
constexpr int budgetMs = 150000;

enum class Kind { Login, Refresh, Logout };

QString profileName(int index)
{
    return u"p%1"_s.arg(index);
}

QStringList argumentsFor(Kind kind, const QString &profile)
{
    const QStringList common {u"--verbose"_s, u"--profile"_s, profile};
    switch (kind) {
    case Kind::Login:
        return common + QStringList {u"login"_s, u"--no-browser"_s};
    case Kind::Refresh:
        return common + QStringList {u"token"_s};
    case Kind::Logout:
        return common + QStringList {u"logout"_s};
    }
    return {};
}

const char *kindName(Kind kind)
{
    return kind == Kind::Login ? "login" : kind == Kind::Refresh ? "refresh" : "logout";
}

bool signedIn(const QJsonObject &profile)
{
    return !profile.value(u"tokens"_s).toObject().value(u"refresh_token"_s).toString().isEmpty();
}

QJsonObject profilesIn(const TestUser &user)
{
    return readCredentials(user).value(u"profiles"_s).toObject();
}

// The file as any reader would find it: whole, valid, private. Empty when it is.
QString problemWithFile(const TestUser &user)
{
    QFile file(user.credentialsPath());
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot open: %1"_s.arg(file.errorString());
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return u"not JSON (%1): %2"_s.arg(error.errorString(), QString::fromUtf8(bytes.left(200)));
    if (const auto parsed = ast::CredentialsFile::parse(bytes); !parsed)
        return u"refused by CredentialsFile: %1"_s.arg(parsed.error().detail);
    if (fileModeOf(user.credentialsPath()) != 0600)
        return u"mode %1"_s.arg(fileModeOf(user.credentialsPath()), 0, 8);
    if (fileModeOf(user.astroHome()) != 0700)
        return u"directory mode %1"_s.arg(fileModeOf(user.astroHome()), 0, 8);
    return {};
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersNeverCorruptTheFile();
};

void TestCrashSafety::killedWritersNeverCorruptTheFile()
{
    DevServerProcess server;
    QVERIFY(server.start({u"--auto-approve-after"_s, u"0"_s, u"--interval"_s, u"1"_s}));
    TestUser user(server.baseUrl());
    for (int i = 0; i < profileCount; ++i)
        QCOMPARE(AstProcess::run(user, argumentsFor(Kind::Login, profileName(i))).exitCode, 0);

    // How long an undisturbed run takes here, so that kills land anywhere in a run (a fixed
    // 0-30 ms would mostly hit start-up on a slow machine, and never the write).
    QHash<Kind, qint64> durationMs;
    for (const Kind kind : {Kind::Refresh, Kind::Logout}) {
        if (kind == Kind::Refresh)
            QVERIFY(ageAccessToken(user, profileName(0)));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(AstProcess::run(user, argumentsFor(kind, profileName(0))).exitCode, 0);
        durationMs[kind] = std::max<qint64>(30, timer.elapsed());
    }
    QCOMPARE(AstProcess::run(user, argumentsFor(Kind::Login, profileName(0))).exitCode, 0);

    const quint32 seed = qEnvironmentVariableIsSet("ASTRO_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("ASTRO_CRASH_SEED"))
        : 20261128u;
    qInfo("seed %u (set ASTRO_CRASH_SEED to replay); refresh takes %lld ms, logout %lld ms", seed,
          durationMs[Kind::Refresh], durationMs[Kind::Logout]);
    QRandomGenerator random(seed);

    const QDeadlineTimer budget(budgetMs);
    int done = 0;
    int killedRunning = 0;
    for (; done < iterations && !budget.hasExpired(); ++done) {
        const int victimIndex = int(random.bounded(profileCount));
        const int siblingIndex =
            (victimIndex + 1 + int(random.bounded(profileCount - 1))) % profileCount;
        const QString victimProfile = profileName(victimIndex);
        const QString siblingProfile = profileName(siblingIndex);
        const Kind victimKind = Kind(random.bounded(3));
        const Kind siblingKind = Kind(random.bounded(3));
        const QString what = u"iteration %1: kill %2 %3 while %4 %5"_s.arg(done).arg(
            QString::fromLatin1(kindName(victimKind)), victimProfile,
            QString::fromLatin1(kindName(siblingKind)), siblingProfile);
        for (const auto &[kind, profile] :
             {std::pair {victimKind, victimProfile}, std::pair {siblingKind, siblingProfile}}) {
            if (kind == Kind::Refresh && signedIn(profilesIn(user).value(profile).toObject()))
                QVERIFY2(ageAccessToken(user, profile), qPrintable(what));
        }
        const QJsonObject before = profilesIn(user);
        const bool siblingWasSignedIn = signedIn(before.value(siblingProfile).toObject());

        AstProcess victim(user.environment());
        AstProcess sibling(user.environment());
        victim.start(argumentsFor(victimKind, victimProfile));
        sibling.start(argumentsFor(siblingKind, siblingProfile));

        // A login spends a second waiting to poll: aim at its write, just after approval.
        int delayMs = int(random.bounded(int(durationMs.value(victimKind, 30)) + 1));
        if (victimKind == Kind::Login) {
            victim.waitForStderr(u"[astro.flow] approved after"_s, 20000);
            delayMs = int(random.bounded(5));
        }
        const QDeadlineTimer killAt(delayMs);
        victim.process().waitForFinished(int(std::max<qint64>(0, killAt.remainingTime())));
        if (victim.process().state() != QProcess::NotRunning) {
            ::kill(pid_t(victim.pid()), SIGKILL);
            ++killedRunning;
        }
        const auto victimOutcome = victim.finish(20000);
        const auto siblingOutcome = sibling.finish(60000);
        QVERIFY2(victimOutcome.finished, qPrintable(what));

        // The file is whole after every kill.
        const QString problem = problemWithFile(user);
        QVERIFY2(problem.isEmpty(), qPrintable(what + u": "_s + problem));
        // A victim that finished before the kill, like the sibling, never fails: a lock left
        // by a killed process does not block the next one.
        QVERIFY2(victimOutcome.exitCode != 1,
                 qPrintable(what + QString::fromUtf8(victimOutcome.err)));

        // The sibling finished and its change is there.
        QVERIFY2(siblingOutcome.finished, qPrintable(what));
        const QJsonObject after = profilesIn(user);
        const QJsonObject siblingAfter = after.value(siblingProfile).toObject();
        const QByteArray siblingErr = siblingOutcome.err;
        switch (siblingKind) {
        case Kind::Login:
            QVERIFY2(siblingOutcome.exitCode == 0,
                     qPrintable(what + QString::fromUtf8(siblingErr)));
            QVERIFY2(signedIn(siblingAfter), qPrintable(what));
            break;
        case Kind::Logout:
            QVERIFY2(siblingOutcome.exitCode == 0,
                     qPrintable(what + QString::fromUtf8(siblingErr)));
            QVERIFY2(!signedIn(siblingAfter), qPrintable(what));
            break;
        case Kind::Refresh:
            // 4: not signed in, or its refresh token was spent by a refresh killed earlier
            // after the server rotated it (research P2); never 1.
            if (siblingWasSignedIn && siblingOutcome.exitCode == 0) {
                QCOMPARE(siblingOutcome.out.trimmed(),
                         siblingAfter.value(u"tokens"_s)
                             .toObject()
                             .value(u"access_token"_s)
                             .toString()
                             .toUtf8());
            } else {
                QVERIFY2(siblingOutcome.exitCode == 4,
                         qPrintable(what + QString::fromUtf8(siblingErr)));
                QVERIFY2(!signedIn(siblingAfter), qPrintable(what));
            }
            break;
        }

        // Nobody else's profile changed by a byte.
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (it.key() == victimProfile || it.key() == siblingProfile)
                continue;
            QVERIFY2(after.value(it.key()) == it.value(),
                     qPrintable(what + u": lost "_s + it.key()));
        }
    }
    qInfo("%d iterations, %d kills of a running writer", done, killedRunning);
    QVERIFY(done >= iterations / 2);
    QVERIFY(killedRunning >= done / 4);

    // Whatever the kills left behind (locks, half-done sessions), every profile still works.
    for (int i = 0; i < profileCount; ++i) {
        QCOMPARE(AstProcess::run(user, argumentsFor(Kind::Login, profileName(i))).exitCode, 0);
        QCOMPARE(AstProcess::run(user, {u"--profile"_s, profileName(i), u"token"_s}).exitCode, 0);
    }
    QCOMPARE(AstProcess::run(user, {u"logout"_s, u"--all"_s}).exitCode, 0);
    QVERIFY(problemWithFile(user).isEmpty());
    // No stray copy of the file (a temporary file of a killed writer) keeps a token.
    const QFileInfoList files = QDir(user.astroHome()).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("refresh_token"), qPrintable(info.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
