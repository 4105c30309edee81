// Core files and dumpability, and the environment a child (the browser) inherits.
#include "ProcessHardening.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

class tst_ProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disablesCoreDumps();
    void childEnvironmentHasNoToken();
    void removesTheTokenFromThisProcess();
};

void tst_ProcessHardening::disablesCoreDumps()
{
#ifdef Q_OS_LINUX
    QVERIFY(ast::ProcessHardening::isDumpable()); // a test process starts dumpable
    QVERIFY(ast::ProcessHardening::disableCoreDumps());
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    QVERIFY(!ast::ProcessHardening::isDumpable());
    rlimit core {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
#else
    QSKIP("Linux only");
#endif
}

void tst_ProcessHardening::childEnvironmentHasNoToken()
{
    QProcessEnvironment environment;
    environment.insert(u"ASTRO_TOKEN"_s, u"secret-token"_s);
    environment.insert(u"PATH"_s, u"/usr/bin"_s);
    environment.insert(u"BROWSER"_s, u"firefox"_s);
    const QProcessEnvironment child = ast::ProcessHardening::childEnvironment(environment);
    QVERIFY(!child.contains(u"ASTRO_TOKEN"_s));
    QCOMPARE(child.value(u"PATH"_s), u"/usr/bin"_s);
    QCOMPARE(child.value(u"BROWSER"_s), u"firefox"_s);
}

void tst_ProcessHardening::removesTheTokenFromThisProcess()
{
    qputenv("ASTRO_TOKEN", "secret-token");
    ast::ProcessHardening::removeSecretsFromEnvironment();
    QVERIFY(!qEnvironmentVariableIsSet("ASTRO_TOKEN"));
}

QTEST_GUILESS_MAIN(tst_ProcessHardening)
#include "tst_processhardening.moc"
