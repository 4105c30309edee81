// Shell completions are generated from ast's command table; each shell must load them and
// offer the real commands and flags.
#include "AstProcess.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace astro::test;

class TestCompletion : public QObject
{
    Q_OBJECT

private:
    QString script(const QString &shell)
    {
        TestUser user;
        const auto outcome = AstProcess::run(user, {QStringLiteral("completion"), shell});
        if (outcome.exitCode != 0)
            return {};
        const QString path = m_dir.filePath(QStringLiteral("ast.") + shell);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(outcome.out);
        return path;
    }

    static QString runShell(const QString &program, const QStringList &arguments)
    {
        QProcess shell;
        shell.start(program, arguments);
        if (!shell.waitForFinished(20000) || shell.exitCode() != 0)
            return QStringLiteral("<failed: ") + QString::fromUtf8(shell.readAllStandardError())
                + u'>';
        return QString::fromUtf8(shell.readAllStandardOutput());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void bashCompletesCommandsAndFlags()
    {
        const QString path = script(QStringLiteral("bash"));
        QVERIFY(!path.isEmpty());
        auto complete = [&](const QString &words, int index) {
            return runShell(QStringLiteral("bash"),
                            {QStringLiteral("-c"),
                             QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _ast; "
                                            "echo \"${COMPREPLY[*]}\"")
                                 .arg(path, words)
                                 .arg(index)})
                .trimmed();
        };
        QCOMPARE(complete(QStringLiteral("ast lo"), 1), QStringLiteral("login logout"));
        QCOMPARE(complete(QStringLiteral("ast login --no"), 2), QStringLiteral("--no-browser"));
        QCOMPARE(complete(QStringLiteral("ast --profile work logout --a"), 4),
                 QStringLiteral("--all"));
        QCOMPARE(complete(QStringLiteral("ast api -"), 2)
                     .split(u' ')
                     .contains(QStringLiteral("--method")),
                 true);
        QCOMPARE(complete(QStringLiteral("ast completion f"), 2), QStringLiteral("fish"));
    }

    void fishCompletesCommandsAndFlags()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fish")).isEmpty())
            QSKIP("fish is not installed (scripts/install-deps.sh installs it)");
        const QString path = script(QStringLiteral("fish"));
        QVERIFY(!path.isEmpty());
        const QString commands = runShell(
            QStringLiteral("fish"),
            {QStringLiteral("-c"), QStringLiteral("source '%1'; complete -C 'ast who'").arg(path)});
        QVERIFY2(commands.startsWith(QStringLiteral("whoami\t")), qPrintable(commands));
        const QString flags =
            runShell(QStringLiteral("fish"),
                     {QStringLiteral("-c"),
                      QStringLiteral("source '%1'; complete -C 'ast login --q'").arg(path)});
        QVERIFY2(flags.startsWith(QStringLiteral("--qr\t")), qPrintable(flags));
    }

    void zshScriptIsValid()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
            QSKIP("zsh is not installed (scripts/install-deps.sh installs it)");
        const QString path = script(QStringLiteral("zsh"));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("#compdef ast"));
        for (const char *expected : {"'login:", "'--no-browser[", "'--all[", "--method["})
            QVERIFY2(text.contains(expected), expected);
        QCOMPARE(runShell(QStringLiteral("zsh"), {QStringLiteral("-n"), path}), QString());
    }

    void unknownShellIsAUsageError()
    {
        TestUser user;
        QCOMPARE(
            AstProcess::run(user, {QStringLiteral("completion"), QStringLiteral("tcsh")}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
