// The real `ast` speaks the user's language: German, French and Japanese from the embedded
// catalogs, chosen the way gettext programs choose (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), and
// English in the C locale whatever LANGUAGE says.
#include "AstProcess.h"

#include <QTest>

using namespace astro::test;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void speaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QStringList>("locale"); // NAME=value, on top of no locale at all
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");

        const QStringList token {QStringLiteral("token")};
        const QString german = QStringLiteral(
            "Sie sind nicht angemeldet. Führen Sie `ast login` aus, um sich anzumelden.");
        const QString french =
            QStringLiteral("Vous n'êtes pas connecté. Exécutez `ast login` pour vous connecter.");
        const QString english =
            QStringLiteral("You are not signed in. Run `ast login` to sign in.");

        QTest::newRow("de: LANG and LC_ALL") << QStringList {QStringLiteral("LANG=de_DE.UTF-8"),
                                                             QStringLiteral("LC_ALL=de_DE.UTF-8")}
                                             << token << 4 << german;
        QTest::newRow("de: LANG alone")
            << QStringList {QStringLiteral("LANG=de_DE.UTF-8")} << token << 4 << german;
        QTest::newRow("de: LC_MESSAGES over LANG=C.UTF-8")
            << QStringList {QStringLiteral("LANG=C.UTF-8"),
                            QStringLiteral("LC_MESSAGES=de_DE.UTF-8")}
            << token << 4 << german;
        QTest::newRow("de: help") << QStringList {QStringLiteral("LC_ALL=de_DE.UTF-8")}
                                  << QStringList {QStringLiteral("--help")} << 0
                                  << QStringLiteral(
                                         "Ein gültiges Zugriffstoken auf stdout ausgeben");
        QTest::newRow("fr") << QStringList {QStringLiteral("LANG=fr_FR.UTF-8"),
                                            QStringLiteral("LC_ALL=fr_FR.UTF-8")}
                            << token << 4 << french;
        QTest::newRow("fr: after an unshipped first choice in LANGUAGE")
            << QStringList {QStringLiteral("LANG=pt_BR.UTF-8"), QStringLiteral("LANGUAGE=pt:fr")}
            << token << 4 << french;
        QTest::newRow("ja") << QStringList {QStringLiteral("LANG=ja_JP.UTF-8"),
                                            QStringLiteral("LC_ALL=ja_JP.UTF-8")}
                            << QStringList {QStringLiteral("frobnicate")} << 2
                            << QStringLiteral("不明なコマンド \"frobnicate\"");
        QTest::newRow("ja: token") << QStringList {QStringLiteral("LC_ALL=ja_JP.UTF-8")} << token
                                   << 4 << QStringLiteral("サインインしていません。");
        QTest::newRow("C") << QStringList {QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C")}
                           << token << 4 << english;
        QTest::newRow("no locale at all") << QStringList() << token << 4 << english;
        QTest::newRow("C.UTF-8 ignores LANGUAGE")
            << QStringList {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=de")}
            << token << 4 << english;
        QTest::newRow("English first in LANGUAGE")
            << QStringList {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=en:de")}
            << token << 4 << english;
        QTest::newRow("unshipped language")
            << QStringList {QStringLiteral("LANG=pt_BR.UTF-8")} << token << 4 << english;
    }

    void speaksTheLocalesLanguage()
    {
        QFETCH(QStringList, locale);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);

        TestUser user;
        // ast_add_test runs everything under LC_ALL=C.UTF-8; each row brings its own locale.
        for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE"})
            user.environment().remove(QString::fromLatin1(name));
        for (const QString &assignment : locale)
            user.environment().insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));

        const auto outcome = AstProcess::run(user, arguments);
        QVERIFY(outcome.finished);
        const QString printed = QString::fromUtf8(outcome.out + outcome.err);
        QVERIFY2(printed.contains(expected), qPrintable(printed));
        QCOMPARE(outcome.exitCode, exitCode);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
