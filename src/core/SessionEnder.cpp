#include "core/SessionEnder.h"

#include "core/Error.h"
#include "core/HttpClient.h"
#include "core/Logging.h"
#include "core/UrlPolicy.h"
#include "core/WorkOsProtocol.h"

#include <QCoreApplication>

namespace ast {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::SessionEnder)
};
} // namespace

SessionEnder::SessionEnder(HttpClient *http, QUrl authUrl, QString sessionId, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_authUrl(std::move(authUrl))
    , m_sessionId(std::move(sessionId))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(Deadline);
    // The total cap, whatever the transfer does (a server that drips bytes resets Qt's
    // inactivity timeout).
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        HttpClient::abort(m_reply);
        done({ErrorKind::Timeout});
    });
}

void SessionEnder::start()
{
    if (m_sessionId.isEmpty())
        return done({ErrorKind::NotSignedIn});
    if (const Status refused = UrlPolicy::check(m_authUrl, UrlPolicy::Role::AuthUrl))
        return done(*refused);
    m_deadline.start();
    m_reply = m_http->getWithoutRedirects(
        WorkOs::sessionLogoutUrl(m_authUrl, m_sessionId), Deadline,
        [this](const HttpResult &result) {
            if (result.status >= 200 && result.status < 400 && !result.tooLarge)
                return done({});
            if (result.timedOut)
                return done({ErrorKind::Timeout});
            if (result.status == 0)
                return done({ErrorKind::Network, {}, result.networkErrorString.left(200)});
            return done({ErrorKind::ServerRefused, {}, {}, result.status});
        });
}

QString SessionEnder::describe(const Error &why)
{
    switch (why.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Timeout:
        return Tr::tr("no answer within %1 s").arg(Deadline.count() / 1000);
    case ErrorKind::NotSignedIn:
        return Tr::tr("no session id was stored for this profile");
    case ErrorKind::Network:
        return why.detail;
    case ErrorKind::ServerRefused:
        return Tr::tr("HTTP %1").arg(why.httpStatus);
    default:
        return userMessage(why);
    }
}

void SessionEnder::done(const Error &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    const bool ended = why.kind == ErrorKind::None;
    qCDebug(lcSession) << "session logout at WorkOS:" << (ended ? "ended" : "not ended")
                       << describe(why);
    Q_EMIT finished(ended, why);
}

} // namespace ast
