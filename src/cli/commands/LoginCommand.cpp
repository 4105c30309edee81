#include "cli/commands/LoginCommand.h"

#include "cli/ExitCode.h"
#include "cli/OrganizationChoice.h"
#include "cli/TerminalQrCode.h"
#include "core/SessionStore.h"
#include "core/TerminalText.h"

#include <QDir>

namespace ast::cli {

CommandSpec LoginCommand::spec()
{
    return {
        .name = QStringLiteral("login"),
        .summary = tr(
            "Sign in with your browser (OAuth device flow) and save the session to the profile."),
        .options = {{QStringLiteral("no-browser"),
                     tr("Print the sign-in URL instead of opening a browser.")},
                    {QStringLiteral("qr"), tr("Also draw a QR code of the sign-in URL.")},
                    {QStringLiteral("web"),
                     tr("Sign in without a code: the browser comes back to this computer.")},
                    {QStringLiteral("organization"),
                     tr("Sign in to this organization (when your account is in several)."),
                     QStringLiteral("ORG_ID")}},
        .examples = QStringLiteral("  ast login\n  ast login --no-browser --qr\n"
                                   "  ast login --web --organization org_01H...\n"
                                   "  ast --profile work --server https://api.example.com login")};
}

Status LoginCommand::configure(const QCommandLineParser &parser)
{
    m_noBrowser = parser.isSet(QStringLiteral("no-browser"));
    m_qr = parser.isSet(QStringLiteral("qr"));
    m_web = parser.isSet(QStringLiteral("web"));
    m_organizationId = parser.value(QStringLiteral("organization"));
    if (m_web && m_noBrowser)
        return Error {ErrorKind::InvalidInput,
                      {},
                      tr("--web needs a browser on this computer; --no-browser signs in with a "
                         "code instead")};
    if (parser.isSet(QStringLiteral("organization"))
        && !OrganizationChoice::isValidId(m_organizationId))
        return Error {
            ErrorKind::InvalidInput,
            {},
            tr("not an organization id: \"%1\"").arg(TerminalText::sanitized(m_organizationId))};
    return Command::configure(parser);
}

void LoginCommand::run()
{
    const Settings &settings = context().settings();
    if (!settings.environmentToken.isEmpty())
        terminal().warning(tr("ASTRO_TOKEN is set: other commands will keep using it instead of "
                              "this login."));
    m_fallbackReason = settings.storeChoice == StoreChoice::File
        ? tr("ASTRO_CREDENTIAL_STORE=file")
        : tr("no system keyring available");
    connect(context().store(), &SessionStore::fellBackToFile, this, [this](const Error &why) {
        m_fallbackReason = tr("the system keyring did not answer: %1").arg(why.detail);
    });

    m_signIn = new SignIn(context().http(), context().sessions(), settings, Clock::system(), this);
    m_signIn->setOrganizationId(m_organizationId);
    // Tests only: a shorter wait for the browser (never a longer one).
    bool deadlineSet = false;
    const qint64 testDeadlineMs =
        qEnvironmentVariableIntValue("ASTRO_TEST_SIGNIN_DEADLINE_MS", &deadlineSet);
    if (deadlineSet && testDeadlineMs > 0)
        m_signIn->setWebDeadline(std::min<std::chrono::milliseconds>(
            std::chrono::milliseconds(testDeadlineMs), LoopbackRedirectListener::DefaultDeadline));
    connect(m_signIn, &SignIn::codeReady, this, &LoginCommand::showCode);
    connect(m_signIn, &SignIn::authorizeUrlReady, this, &LoginCommand::showAuthorizeUrl);
    connect(m_signIn, &SignIn::pollingDelayed, this, [this](const Error &error, int secs) {
        stopSpinner();
        terminal().warning(tr("%1 Retrying in %2 s...")
                               .arg(TerminalText::sanitized(userMessage(error)))
                               .arg(secs));
    });
    connect(m_signIn, &SignIn::saving, this, &LoginCommand::stopSpinner);
    connect(m_signIn, &SignIn::succeeded, this, &LoginCommand::onSucceeded);
    connect(m_signIn, &SignIn::failed, this, &LoginCommand::onFailed);
    if (m_web)
        m_signIn->startWebFlow();
    else
        m_signIn->startDeviceFlow();
}

bool LoginCommand::canOpenBrowser() const
{
    return !m_noBrowser && BrowserLauncher().canOpen();
}

void LoginCommand::onFailed(const Error &error)
{
    stopSpinner();
    // The administrator turned the device flow off: the browser sign-in still works, when
    // there is a browser here to come back to this computer.
    if (error.kind == ErrorKind::DeviceFlowDisabled && !m_web) {
        if (!canOpenBrowser()) {
            terminal().error(TerminalText::sanitizedLines(userMessage(error)));
            terminal().say(tr("Signing in without a code needs a browser that can come back "
                              "to this computer: run `ast login --web` on a machine with a "
                              "browser."));
            return finish(Failure);
        }
        terminal().say(tr("Sign-in with a code is turned off for this application; signing in "
                          "with the browser instead."));
        m_web = true;
        return m_signIn->startWebFlow();
    }
    if (error.kind == ErrorKind::OrganizationSelectionRequired && error.organizationSelection)
        return chooseOrganization(error.organizationSelection->organizations);
    // WorkOS may refuse the organization-selection grant to a public client: the web flow
    // with organization_id gets there too (docs/protocol.md, "Organizations").
    if (m_selectingOrganization && !m_web && error.kind == ErrorKind::ServerRefused
        && error.httpStatus >= 400 && error.httpStatus < 500 && canOpenBrowser()) {
        terminal().say(tr("The organization could not be chosen this way; finishing the sign-in "
                          "in the browser instead."));
        m_web = true;
        return m_signIn->startWebFlow();
    }
    fail(error);
}

void LoginCommand::chooseOrganization(const QList<Organization> &organizations)
{
    auto select = [this](const QString &organizationId) {
        m_selectingOrganization = true;
        m_organizationId = organizationId;
        m_signIn->setOrganizationId(organizationId);
        terminal().say(tr("Signing in to organization %1...").arg(organizationId));
        m_signIn->chooseOrganization(organizationId);
    };
    if (!m_organizationId.isEmpty() && !m_selectingOrganization)
        return select(m_organizationId);
    auto *choice = new OrganizationChoice(terminal(), organizations, this);
    if (m_selectingOrganization || !OrganizationChoice::canAsk()) {
        choice->explain();
        terminal().say(tr("Nothing was stored."));
        return finish(Failure);
    }
    connect(choice, &OrganizationChoice::chosen, this, select);
    connect(choice, &OrganizationChoice::abandoned, this, [this] {
        terminal().say(tr("No organization chosen. Nothing was stored."));
        finish(Failure);
    });
    choice->ask();
}

void LoginCommand::showAuthorizeUrl(const QUrl &url, const QDateTime &expiresAt)
{
    Terminal &term = terminal();
    // Fully encoded, as the browser gets it (see showCode()).
    term.say(tr("Sign in in your browser: %1").arg(url.toString(QUrl::FullyEncoded)));
    openBrowser(url);
    const qint64 minutes =
        std::max<qint64>(1, (QDateTime::currentDateTimeUtc().secsTo(expiresAt) + 59) / 60);
    if (!term.stderrIsTty())
        return term.say(tr("Waiting for the browser (at most %1 min)...").arg(minutes));
    m_spinner = new Spinner(term, this);
    m_spinner->start(tr("Waiting for the browser (at most %1 min; Ctrl-C cancels)").arg(minutes));
}

void LoginCommand::showCode(const DeviceAuthorization &authorization, const QDateTime &expiresAt)
{
    Terminal &term = terminal();
    const qint64 minutes =
        std::max<qint64>(1, (QDateTime::currentDateTimeUtc().secsTo(expiresAt) + 59) / 60);
    term.say(tr("First copy your one-time code: %1").arg(term.bold(authorization.userCode)));
    // Fully encoded, as the browser gets it: an IDN host shows as punycode (no look-alike
    // letters) and bidi or control characters cannot disguise the host on the terminal.
    term.say(tr("Then open %1 and confirm that it shows the same code.")
                 .arg(authorization.verificationUri.toString(QUrl::FullyEncoded)));
    if (!authorization.verificationUriComplete.isEmpty())
        term.say(tr("Direct link: %1")
                     .arg(authorization.verificationUriComplete.toString(QUrl::FullyEncoded)));
    if (m_qr || (m_noBrowser && term.stderrIsTty()))
        term.say(TerminalQrCode::render(authorization.browserUrl().toString(QUrl::FullyEncoded)));
    if (!m_noBrowser)
        openBrowser(authorization.browserUrl());
    m_expiresAt = expiresAt;
    if (!term.stderrIsTty())
        return term.say(
            tr("Waiting for approval in the browser (the code expires in %1 min)...").arg(minutes));
    m_spinner = new Spinner(term, this);
    auto text = [this] {
        const qint64 left =
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
        return tr("Waiting for approval in the browser (code expires in %1:%2)")
            .arg(left / 60)
            .arg(left % 60, 2, 10, QLatin1Char('0'));
    };
    m_spinner->start(text());
    // The countdown changes once a second; the spinner redraws it with its own timer.
    auto *countdown = new QTimer(m_spinner);
    connect(countdown, &QTimer::timeout, m_spinner, [this, text] { m_spinner->setText(text()); });
    countdown->start(1000);
}

void LoginCommand::openBrowser(const QUrl &url)
{
    switch (BrowserLauncher().open(url)) {
    case BrowserLauncher::Outcome::Opened:
        terminal().say(tr("Opened your browser."));
        break;
    case BrowserLauncher::Outcome::NoDisplay:
        terminal().say(tr("No display found: open the link above on any device."));
        break;
    case BrowserLauncher::Outcome::RemoteSession:
        terminal().say(tr("SSH session: open the link above in a browser on your own computer."));
        break;
    case BrowserLauncher::Outcome::Failed:
        terminal().warning(tr("Could not open a browser: open the link above yourself."));
        break;
    }
}

void LoginCommand::stopSpinner()
{
    if (m_spinner)
        m_spinner->stop();
}

void LoginCommand::onSucceeded(const ProfileRecord &record)
{
    if (record.storage == StorageKind::File)
        terminal().warning(tr("Tokens are stored in plain text in %1, readable only by you (%2).")
                               .arg(QDir::toNativeSeparators(context().store()->file().filePath()),
                                    m_fallbackReason));
    const QString who =
        TerminalText::sanitized(record.user.email.isEmpty() ? record.user.id : record.user.email);
    terminal().success(
        tr("Signed in as %1 (profile \"%2\").").arg(terminal().bold(who), record.name));
    finish(Success);
}

void LoginCommand::interrupt()
{
    // Once the tokens are being written, let that finish: the write is atomic and short.
    if (m_signIn && !m_signIn->cancel())
        return;
    stopSpinner();
    terminal().say(tr("Sign-in cancelled. Nothing was stored."));
    finish(Interrupted);
}

} // namespace ast::cli
