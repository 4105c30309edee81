// astro-tray: the Astro sign-in companion in the system tray. Everything but start-up lives in
// the asttray library (TrayApplication and friends), which the GUI tests link too.
#include "BuildConfig.h"
#include "core/HttpClient.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/RuntimeDirectory.h"
#include "core/Settings.h"
#include "core/TerminalText.h"
#include "core/Translations.h"
#include "tray/Icons.h"
#include "tray/SingleInstance.h"
#include "tray/TrayApplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQuickWindow>
#include <cstdio>

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};
} // namespace

int main(int argc, char *argv[])
{
    // First: nothing secret is in memory yet, and a crash from here on leaves no core file.
    ast::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    ast::installTranslations(); // before any text, --help and the QML included, is made
    QApplication::setApplicationName(QStringLiteral("astro-tray"));
    QApplication::setApplicationDisplayName(QStringLiteral("Astro"));
    QApplication::setOrganizationName(QStringLiteral("Astro"));
    QApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("astro-tray"));
    QApplication::setQuitOnLastWindowClosed(false); // the tray outlives its windows
    QApplication::setWindowIcon(ast::tray::Icons::application());
    qSetMessagePattern(QStringLiteral("[%{category}] %{message}"));
    ast::initNetwork();
    // Two small, mostly static windows: Qt Quick's software renderer draws them well and
    // spares a resident tray the GPU driver stack (about 90 MB with Mesa), keeping it under
    // the 60 MB target (bench/README.md). QT_QUICK_BACKEND still chooses otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Keeps you signed in to Astro and shows who is signed in."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     Tr::tr("Log state changes to stderr (secrets redacted)."));
    parser.addOption(verbose);
    parser.process(app);
    if (parser.isSet(verbose))
        ast::enableVerboseLogging();

    auto settings = ast::Settings::fromEnvironment();
    if (settings) {
        if (ast::Status invalid = settings->validateProfile())
            settings = *invalid;
    }
    if (!settings) {
        std::fprintf(stderr, "astro-tray: %s\n",
                     qPrintable(ast::TerminalText::sanitized(ast::userMessage(settings.error()))));
        return 2;
    }
    // Read once above; browsers and other children started from here on must not inherit it.
    ast::ProcessHardening::removeSecretsFromEnvironment();

    const auto runtimeDirectory = ast::RuntimeDirectory::path();
    if (!runtimeDirectory)
        std::fprintf(
            stderr, "astro-tray: %s\n",
            qPrintable(ast::TerminalText::sanitized(ast::userMessage(runtimeDirectory.error()))));
    ast::tray::SingleInstance instance(settings->astroHome,
                                       runtimeDirectory ? runtimeDirectory.value() : QString());
    bool delivered = false;
    if (instance.claim(&delivered) == ast::tray::SingleInstance::Role::Secondary) {
        if (delivered)
            return 0; // the running instance shows itself
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("astro-tray is already running but does not answer.")));
        return 1;
    }

    ast::tray::TrayApplication tray(settings.value());
    QObject::connect(&instance, &ast::tray::SingleInstance::activationRequested, &tray,
                     &ast::tray::TrayApplication::activate);
    tray.start();
    return app.exec();
}
