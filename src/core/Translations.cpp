#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ast {

namespace {
// gettext's rule, which QLocale does not follow: in the C locale LANGUAGE is ignored, so that
// LC_ALL=C (scripts, the test suite) always means English whatever the desktop session sets.
bool messagesLocaleIsC()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return true;
#else
    return false; // elsewhere the system settings, not these variables, choose the language
#endif
}

const QTranslator *install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // Tries the few names derived from the locale (astro_de_DE, astro_de, ...); no listing.
    if (translator->load(locale, name, QStringLiteral("_"), directory)
        && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

bool installTranslations()
{
    if (messagesLocaleIsC())
        return false;
    // The default locale is the system's: on Unix LANGUAGE, then LC_ALL, LC_MESSAGES, LANG.
    const QLocale locale;
    // English is the source language: no catalog, and an English first choice must not fall
    // through to a second language of LANGUAGE.
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return false;
    const QTranslator *ours = install(locale, QStringLiteral("astro"), QStringLiteral(":/i18n"));
    if (!ours)
        return false; // a language we do not ship: stay all English rather than half Qt's
    // Qt's catalog in the language ours came in, which may be a later choice of LANGUAGE.
    install(QLocale(ours->language()), QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace ast
