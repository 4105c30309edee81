// Floor for `ast token` on the keyring: one QtKeychain ReadPasswordJob, nothing else.
// Usage: keychain_read SERVICE KEY   (prints the secret; exit 1 with the error otherwise)
#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>
#include <qt6keychain/keychain.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: keychain_read SERVICE KEY\n", stderr);
        return 2;
    }
    QKeychain::ReadPasswordJob job(arguments.at(1));
    job.setAutoDelete(false);
    job.setKey(arguments.at(2));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        std::fprintf(stderr, "keychain_read: error %d: %s\n", int(job.error()),
                     qPrintable(job.errorString()));
        return 1;
    }
    std::fputs(job.textData().toUtf8().append('\n').constData(), stdout);
    return 0;
}
