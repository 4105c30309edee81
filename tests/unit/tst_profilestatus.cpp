#include "Error.h"
#include "ProfileRecord.h"
#include "ProfileStatus.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ast::ProfileStatus;
using State = ast::ProfileStatus::State;

// The one state vocabulary: computed from the record (and the token read), with the `--json`
// names that scripts rely on.
class tst_ProfileStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonNamesAreStable();
    void everyStateHasALabel();
    void ofTheRecord();
    void fileRecordWithoutRefreshTokenIsSignedOut();
    void afterReadingTheTokens();
};

namespace {
ast::ProfileRecord signedIn(ast::StorageKind storage)
{
    ast::ProfileRecord record;
    record.name = u"default"_s;
    record.user.id = u"user_1"_s;
    record.storage = storage;
    if (storage == ast::StorageKind::File)
        record.fileTokens = ast::TokenPair {u"access"_s, u"refresh"_s};
    return record;
}
} // namespace

void tst_ProfileStatus::jsonNamesAreStable()
{
    QCOMPARE(ProfileStatus::jsonName(State::SignedIn), u"signed_in"_s);
    QCOMPARE(ProfileStatus::jsonName(State::SignedOut), u"signed_out"_s);
    QCOMPARE(ProfileStatus::jsonName(State::SessionEnded), u"session_ended"_s);
    QCOMPARE(ProfileStatus::jsonName(State::KeyringLocked), u"keyring_locked"_s);
    QCOMPARE(ProfileStatus::jsonName(State::Unreadable), u"unreadable"_s);
}

void tst_ProfileStatus::everyStateHasALabel()
{
    // QML sees the enum through the meta-object: every value is there, each with its own words.
    const QMetaEnum states = QMetaEnum::fromType<State>();
    QCOMPARE(states.keyCount(), 5);
    QSet<QString> labels;
    for (int i = 0; i < states.keyCount(); ++i)
        labels.insert(ProfileStatus::label(State(states.value(i))));
    QCOMPARE(labels.size(), 5);
}

void tst_ProfileStatus::ofTheRecord()
{
    ast::ProfileRecord record;
    QCOMPARE(ProfileStatus::of(record), State::SignedOut);
    record = signedIn(ast::StorageKind::Keyring);
    QCOMPARE(ProfileStatus::of(record), State::SignedIn);
    record.sessionEndedAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(ProfileStatus::of(record), State::SessionEnded);
}

void tst_ProfileStatus::fileRecordWithoutRefreshTokenIsSignedOut()
{
    ast::ProfileRecord record = signedIn(ast::StorageKind::File);
    QCOMPARE(ProfileStatus::of(record), State::SignedIn);
    record.fileTokens->refreshToken.clear();
    QCOMPARE(ProfileStatus::of(record), State::SignedOut); // nobody can use it
    record.fileTokens.reset();
    QCOMPARE(ProfileStatus::of(record), State::SignedOut);
}

void tst_ProfileStatus::afterReadingTheTokens()
{
    const ast::ProfileRecord record = signedIn(ast::StorageKind::Keyring);
    QCOMPARE(ProfileStatus::afterReading(record, {}), State::SignedIn);
    // Locked is not signed out.
    QCOMPARE(ProfileStatus::afterReading(record, ast::Error {ast::ErrorKind::KeyringLocked}),
             State::KeyringLocked);
    QCOMPARE(ProfileStatus::afterReading(record, ast::Error {ast::ErrorKind::NotSignedIn}),
             State::SignedOut);
}

QTEST_GUILESS_MAIN(tst_ProfileStatus)
#include "tst_profilestatus.moc"
