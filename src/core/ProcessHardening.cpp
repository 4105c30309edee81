#include "core/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace ast::ProcessHardening {

namespace {
// Secret-carrying variables. ASTRO_TOKEN is a bearer token; nothing else ast reads is secret,
// but a child has no use for any of these either.
const char *const SecretVariables[] = {"ASTRO_TOKEN"};
} // namespace

bool disableCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none {0, 0};
    const bool noCore = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return noCore && notDumpable;
#else
    return true;
#endif
}

bool isDumpable()
{
#ifdef Q_OS_LINUX
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return true;
#endif
}

QProcessEnvironment childEnvironment(const QProcessEnvironment &environment)
{
    QProcessEnvironment clean = environment;
    for (const char *name : SecretVariables)
        clean.remove(QLatin1String(name));
    return clean;
}

void removeSecretsFromEnvironment()
{
    for (const char *name : SecretVariables)
        qunsetenv(name);
}

} // namespace ast::ProcessHardening
