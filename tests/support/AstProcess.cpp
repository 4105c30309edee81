#include "AstProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

namespace astro::test {

TestUser::TestUser(const QUrl &devServer)
{
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "SSH_CONNECTION",
          "SSH_CLIENT", "SSH_TTY", "ASTRO_TOKEN", "ASTRO_SERVER", "ASTRO_PROFILE", "HTTPS_PROXY",
          "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"})
        m_environment.remove(QString::fromLatin1(name));
    m_environment.insert(QStringLiteral("HOME"), home());
    m_environment.insert(QStringLiteral("ASTRO_HOME"), astroHome());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         m_home.filePath(QStringLiteral(".config")));
    m_environment.insert(QStringLiteral("ASTRO_CREDENTIAL_STORE"), QStringLiteral("file"));
    m_environment.insert(QStringLiteral("ASTRO_CLIENT_ID"), QStringLiteral("client_test"));
    m_environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    if (devServer.isValid()) {
        m_environment.insert(QStringLiteral("ASTRO_AUTH_URL"), devServer.toString());
        m_environment.insert(QStringLiteral("ASTRO_SERVER"), devServer.toString());
    }
}

QString TestUser::writeRecordingScript(const QString &name, const QString &recordFile) const
{
    const QString path = m_home.filePath(name);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done >> '"
                 + recordFile.toUtf8() + "'\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

AstProcess::AstProcess(const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(program());
}

AstProcess::~AstProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString AstProcess::program()
{
    return QDir(qEnvironmentVariable("ASTRO_BIN_DIR")).filePath(QStringLiteral("ast"));
}

AstProcess::Outcome AstProcess::run(const TestUser &user, const QStringList &arguments,
                                    int timeoutMs)
{
    AstProcess process(user.environment());
    process.start(arguments);
    return process.finish(timeoutMs);
}

void AstProcess::start(const QStringList &arguments)
{
    m_process.setArguments(arguments);
    m_process.start();
    m_process.waitForStarted(10000);
    m_process.closeWriteChannel();
}

QByteArray AstProcess::stderrSoFar()
{
    m_err += m_process.readAllStandardError();
    return m_err;
}

bool AstProcess::waitForStderr(const QString &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!stderrSoFar().contains(text.toUtf8())) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return stderrSoFar().contains(text.toUtf8());
        m_process.waitForReadyRead(
            int(std::max<qint64>(1, std::min<qint64>(100, deadline.remainingTime()))));
    }
    return true;
}

AstProcess::Outcome AstProcess::finish(int timeoutMs)
{
    Outcome outcome;
    // waitForFinished() is false for a process that already ended: that one finished too.
    outcome.finished =
        m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    if (!outcome.finished) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    outcome.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    outcome.out = m_process.readAllStandardOutput();
    outcome.err = stderrSoFar();
    return outcome;
}

} // namespace astro::test
