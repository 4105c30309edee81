#pragma once

#include <QProcessEnvironment>
#include <QUrl>

namespace ast::cli {

// Opens the verification page (README, "Using ast"): `$BROWSER URL` when BROWSER is set (xdg-open
// ignores it when a display exists), else the platform opener, but never without a display or over
// SSH, where a browser would open on the wrong machine or not at all.
class BrowserLauncher
{
public:
    enum class Outcome { Opened, NoDisplay, RemoteSession, Failed };

    explicit BrowserLauncher(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    Outcome open(const QUrl &url) const;
    // Whether open() would start a browser at all: BROWSER is set, or (outside SSH) the platform
    // has a display. Says nothing about whether the browser then works.
    bool canOpen() const;

private:
    bool startDetached(const QString &program, const QStringList &arguments) const;
    bool openWithBrowserVariable(const QString &browser, const QString &url) const;

    QProcessEnvironment m_environment;
};

} // namespace ast::cli
