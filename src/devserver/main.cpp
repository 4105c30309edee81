#include "devserver/DevServer.h"
#include "devserver/ServerOptions.h"
#include "devserver/ShutdownSignals.h"

#include <QCoreApplication>
#include <cstdio>

using namespace astro::devserver;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"astro-devserver"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_DEVSERVER_VERSION));

    const auto options = ServerOptions::fromCommandLine(app);
    if (!options)
        return 1;

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app,
                     &QCoreApplication::quit);

    DevServer server(*options);
    if (const QString error = server.listen(); !error.isEmpty()) {
        std::fprintf(stderr, "astro-devserver: cannot listen on 127.0.0.1:%u: %s\n",
                     unsigned(options->port), qPrintable(error));
        return 1;
    }
    // Tests and scripts wait for exactly this line to learn the port.
    std::printf("astro-devserver listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
