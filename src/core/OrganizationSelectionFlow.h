#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/WorkOsProtocol.h"

#include <QObject>
#include <QPointer>

namespace ast {

class HttpClient;

// Finishes a sign-in that was answered with organization_selection_required, once the
// organization is known (docs/protocol.md, "Organizations"): one authenticate request with the
// organization-selection grant. Ends like the sign-in flows, in succeeded or failed, once.
class OrganizationSelectionFlow : public QObject
{
    Q_OBJECT
public:
    OrganizationSelectionFlow(HttpClient *http, QUrl authBase, QString clientId,
                              Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~OrganizationSelectionFlow() override;

    void start(const QString &pendingAuthenticationToken, const QString &organizationId);
    void cancel();

Q_SIGNALS:
    void succeeded(const ast::Authentication &authentication);
    void failed(const ast::Error &error);

private:
    void onReply(const HttpResult &result);

    HttpClient *m_http;
    QUrl m_authBase;
    QString m_clientId;
    Clock *m_clock;
    QPointer<QNetworkReply> m_inFlight;
    bool m_cancelled = false;
};

} // namespace ast
