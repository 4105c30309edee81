#include "core/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::UrlPolicy)
};

QString roleName(UrlPolicy::Role role)
{
    switch (role) {
    case UrlPolicy::Role::Server:
        return Tr::tr("server URL");
    case UrlPolicy::Role::AuthUrl:
        return Tr::tr("auth URL");
    case UrlPolicy::Role::VerificationUrl:
        return Tr::tr("verification URL");
    }
    return {};
}

Error refused(const QUrl &url, UrlPolicy::Role role, const char *why)
{
    // Only scheme and host are shown: a hostile URL may carry anything in its path or query.
    const QString shown = url.scheme().isEmpty()
        ? url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).left(60)
        : url.scheme() + u':'
            + (url.host().isEmpty() ? QString() : QStringLiteral("//") + url.host());
    return {ErrorKind::UrlRefused,
            {},
            Tr::tr("Refused %1 \"%2\": %3").arg(roleName(role), shown, Tr::tr(why))};
}
} // namespace

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

Status UrlPolicy::check(const QUrl &url, Role role)
{
    if (!url.isValid() || url.scheme().isEmpty())
        return refused(url, role, QT_TRANSLATE_NOOP("ast::UrlPolicy", "not a valid URL"));
    if (!url.userInfo().isEmpty())
        return refused(
            url, role,
            QT_TRANSLATE_NOOP("ast::UrlPolicy", "URLs with a user name are not allowed"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return refused(url, role, QT_TRANSLATE_NOOP("ast::UrlPolicy", "no host"));
        return std::nullopt;
    }
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return refused(url, role,
                       QT_TRANSLATE_NOOP("ast::UrlPolicy",
                                         "plain http is only allowed for this computer "
                                         "(localhost); use https"));
    }
    return refused(url, role, QT_TRANSLATE_NOOP("ast::UrlPolicy", "only https URLs are allowed"));
}

} // namespace ast
