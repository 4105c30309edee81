// ast: the Astro AI command line. Headless by design: QtCore and QtNetwork only.
#include "BuildConfig.h"
#include "cli/CommandLine.h"
#include "cli/InterruptWatcher.h"
#include "core/HttpClient.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // First: nothing secret is in memory yet, and a crash from here on leaves no core file.
    ast::ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    ast::installTranslations(); // before any text, --help included, is made
    QCoreApplication::setApplicationName(QStringLiteral("ast"));
    QCoreApplication::setOrganizationName(QStringLiteral("Astro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));
    qSetMessagePattern(QStringLiteral("[%{category}] %{message}"));
    ast::initNetwork();

    ast::cli::Terminal terminal;
    auto parsed = ast::cli::CommandLine::parse(QCoreApplication::arguments(), terminal);
    if (parsed.exitNow)
        return *parsed.exitNow;

    ast::cli::InterruptWatcher interrupts;
    ast::cli::Command *command = parsed.command.get();
    QObject::connect(&interrupts, &ast::cli::InterruptWatcher::interrupted, command,
                     &ast::cli::Command::onSignal);
    QObject::connect(command, &ast::cli::Command::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QMetaObject::invokeMethod(command, &ast::cli::Command::run, Qt::QueuedConnection);
    return app.exec();
}
