#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ast {

namespace {
QString roleName(UrlPolicy::Role role)
{
    switch (role) {
    case UrlPolicy::Role::Server:
        return QCoreApplication::translate("ast::UrlPolicy", "server URL");
    case UrlPolicy::Role::AuthUrl:
        return QCoreApplication::translate("ast::UrlPolicy", "auth URL");
    case UrlPolicy::Role::VerificationUrl:
        return QCoreApplication::translate("ast::UrlPolicy", "verification URL");
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
            QCoreApplication::translate("ast::UrlPolicy", "Refused %1 \"%2\": %3")
                .arg(roleName(role), shown, QCoreApplication::translate("ast::UrlPolicy", why))};
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
