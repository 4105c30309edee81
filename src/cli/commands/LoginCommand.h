#pragma once

#include "SignIn.h"
#include "cli/BrowserLauncher.h"
#include "cli/Command.h"
#include "cli/Spinner.h"

#include <QTimer>

namespace ast::cli {

// `ast login`: the device flow, then the session is stored for the profile.
class LoginCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    Status configure(const QCommandLineParser &parser) override;
    void run() override;
    void interrupt() override;

private:
    void showCode(const DeviceAuthorization &authorization, const QDateTime &expiresAt);
    void openBrowser(const QUrl &url);
    void onSucceeded(const ProfileRecord &record);
    void stopSpinner();

    bool m_noBrowser = false;
    bool m_qr = false;
    SignIn *m_signIn = nullptr;
    QString m_fallbackReason; // why the tokens went to the file, should they
    Spinner *m_spinner = nullptr;
    QDateTime m_expiresAt;
};

} // namespace ast::cli
