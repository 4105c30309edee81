#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

namespace astro::test {

// A private, throw-away user for one test case: its own HOME and ASTRO_HOME, the file
// credential store, no D-Bus, no display, no browser, the devserver as WorkOS and API.
class TestUser
{
public:
    explicit TestUser(const QUrl &devServer = {});

    QString home() const { return m_home.path(); }
    QString astroHome() const { return m_home.filePath(QStringLiteral(".astro")); }
    QString credentialsPath() const
    {
        return m_home.filePath(QStringLiteral(".astro/credentials.json"));
    }
    QProcessEnvironment &environment() { return m_environment; }
    const QProcessEnvironment &environment() const { return m_environment; }
    // Writes an executable script in HOME that records its arguments (one per line) to
    // `recordFile`; handy as $BROWSER.
    QString writeRecordingScript(const QString &name, const QString &recordFile) const;

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

// The real `ast` binary ($ASTRO_BIN_DIR/ast), run as a child process.
class AstProcess
{
public:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool finished = false;
    };

    explicit AstProcess(const QProcessEnvironment &environment);
    ~AstProcess();

    static QString program();
    // Runs to completion (deadline `timeoutMs`) and returns what it printed.
    static Outcome run(const TestUser &user, const QStringList &arguments, int timeoutMs = 30000);

    void start(const QStringList &arguments);
    // Waits until stderr contains `text` (deadline); returns false on timeout or exit.
    bool waitForStderr(const QString &text, int timeoutMs = 15000);
    Outcome finish(int timeoutMs = 30000);
    QByteArray stderrSoFar();
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_err;
};

} // namespace astro::test
