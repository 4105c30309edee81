#pragma once

#include "cli/BrowserLauncher.h"
#include "cli/Command.h"
#include "cli/Spinner.h"
#include "core/LoopbackRedirectListener.h"
#include "core/SignIn.h"

#include <QTimer>

namespace ast::cli {

// `ast login`: the device flow (or, with --web or when the device flow is turned off, the
// browser sign-in without a code), an organization when the account is in several, then the
// session is stored for the profile.
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
    void showAuthorizeUrl(const QUrl &url, const QDateTime &expiresAt);
    void openBrowser(const QUrl &url);
    void onFailed(const Error &error);
    void chooseOrganization(const QList<Organization> &organizations);
    bool canOpenBrowser() const;
    void onSucceeded(const ProfileRecord &record);
    void stopSpinner();

    bool m_noBrowser = false;
    bool m_qr = false;
    bool m_web = false;
    QString m_organizationId;
    bool m_selectingOrganization = false; // the organization-selection grant was sent
    SignIn *m_signIn = nullptr;
    QString m_fallbackReason; // why the tokens went to the file, should they
    Spinner *m_spinner = nullptr;
    QDateTime m_expiresAt;
};

} // namespace ast::cli
