#include "cli/BrowserLauncher.h"

#include "core/Logging.h"
#include "core/ProcessHardening.h"

#include <QProcess>

namespace ast::cli {

BrowserLauncher::BrowserLauncher(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

bool BrowserLauncher::startDetached(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    // A chatty browser must not scribble over the terminal or our stdout data.
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setStandardInputFile(QProcess::nullDevice());
    // The browser gets our environment minus ASTRO_TOKEN: it has no business with secrets.
    process.setProcessEnvironment(ProcessHardening::childEnvironment(m_environment));
    const bool started = process.startDetached();
    qCDebug(lcFlow) << "browser" << program << (started ? "started" : "failed to start");
    return started;
}

bool BrowserLauncher::openWithBrowserVariable(const QString &browser, const QString &url) const
{
    // Same conventions as xdg-open: a colon-separated list; "%s" stands for the URL.
    const QStringList candidates = browser.split(u':', Qt::SkipEmptyParts);
    for (const QString &candidate : candidates) {
        QStringList words = QProcess::splitCommand(candidate);
        if (words.isEmpty())
            continue;
        bool substituted = false;
        for (QString &word : words) {
            if (word.contains(QLatin1String("%s"))) {
                word.replace(QLatin1String("%s"), url);
                substituted = true;
            }
        }
        if (!substituted)
            words << url;
        const QString program = words.takeFirst();
        if (startDetached(program, words))
            return true;
    }
    return false;
}

bool BrowserLauncher::canOpen() const
{
    if (!m_environment.value(QStringLiteral("BROWSER")).isEmpty())
        return true;
    if (m_environment.contains(QStringLiteral("SSH_CONNECTION"))
        || m_environment.contains(QStringLiteral("SSH_CLIENT"))
        || m_environment.contains(QStringLiteral("SSH_TTY")))
        return false;
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;
#else
    return !m_environment.value(QStringLiteral("DISPLAY")).isEmpty()
        || !m_environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
#endif
}

BrowserLauncher::Outcome BrowserLauncher::open(const QUrl &url) const
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const QString browser = m_environment.value(QStringLiteral("BROWSER"));
    if (!browser.isEmpty())
        return openWithBrowserVariable(browser, text) ? Outcome::Opened : Outcome::Failed;

    if (m_environment.contains(QStringLiteral("SSH_CONNECTION"))
        || m_environment.contains(QStringLiteral("SSH_CLIENT"))
        || m_environment.contains(QStringLiteral("SSH_TTY")))
        return Outcome::RemoteSession;
#if defined(Q_OS_MACOS)
    return startDetached(QStringLiteral("open"), {text}) ? Outcome::Opened : Outcome::Failed;
#elif defined(Q_OS_WIN)
    return startDetached(QStringLiteral("rundll32"),
                         {QStringLiteral("url.dll,FileProtocolHandler"), text})
        ? Outcome::Opened
        : Outcome::Failed;
#else
    if (m_environment.value(QStringLiteral("DISPLAY")).isEmpty()
        && m_environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty())
        return Outcome::NoDisplay;
    return startDetached(QStringLiteral("xdg-open"), {text}) ? Outcome::Opened : Outcome::Failed;
#endif
}

} // namespace ast::cli
