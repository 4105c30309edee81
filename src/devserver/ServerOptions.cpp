#include "devserver/ServerOptions.h"

#include "devserver/Directory.h"
#include "devserver/Hostile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace astro::devserver {

namespace {

std::optional<int> wholeNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<qint64> secondsAsMs(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 86400)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000));
}

std::optional<int> wholeNumber(const QJsonValue &value, int minimum, int maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < minimum || number > maximum)
        return std::nullopt;
    return int(number);
}

constexpr int maxSeconds = 7 * 24 * 3600;

std::optional<ServerOptions::WebDecision> webDecisionNamed(const QString &name)
{
    using WebDecision = ServerOptions::WebDecision;
    if (name == "ask"_L1)
        return WebDecision::Ask;
    if (name == "approve"_L1)
        return WebDecision::Approve;
    if (name == "deny"_L1)
        return WebDecision::Deny;
    return std::nullopt;
}

QString webDecisionName(ServerOptions::WebDecision decision)
{
    switch (decision) {
    case ServerOptions::WebDecision::Approve:
        return u"approve"_s;
    case ServerOptions::WebDecision::Deny:
        return u"deny"_s;
    case ServerOptions::WebDecision::Ask:
        break;
    }
    return u"ask"_s;
}

} // namespace

std::optional<ServerOptions> ServerOptions::fromCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local stand-in for WorkOS User Management (device flow, browser sign-in with PKCE,\n"
        u"organization selection, refresh) and the Astro API.\n"
        u"Verification page: /device. Browser sign-in: GET /user_management/authorize\n"
        u"(loopback http redirect_uri only). Test controls: GET /_dev/stats, POST\n"
        u"/_dev/approve, /_dev/deny, /_dev/revoke, /_dev/expire-access, /_dev/config,\n"
        u"/_dev/reset-stats, /_dev/advance-clock."_s);
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption port(
        u"port"_s, u"Port on 127.0.0.1; 0 picks a free one (default 8484)."_s, u"N"_s, u"8484"_s);
    const QCommandLineOption autoApprove(
        u"auto-approve-after"_s,
        u"Approve each device code S seconds after issuing it (default: never)."_s, u"S"_s);
    const QCommandLineOption accessTtl(u"access-ttl"_s, u"Access token lifetime (default 3600)."_s,
                                       u"SECONDS"_s, u"3600"_s);
    const QCommandLineOption interval(
        u"interval"_s, u"Polling interval sent to clients (default 5)."_s, u"SECONDS"_s, u"5"_s);
    const QCommandLineOption noInterval(u"no-interval"_s, u"Leave 'interval' out of replies."_s);
    const QCommandLineOption expiresIn(u"expires-in"_s, u"Device code lifetime (default 300)."_s,
                                       u"SECONDS"_s, u"300"_s);
    const QCommandLineOption slowDown(
        u"slow-down"_s, u"Answer N polls of each code (after --fail-polls) with slow_down."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption failPolls(
        u"fail-polls"_s, u"Answer the first N polls of each code with 503."_s, u"N"_s, u"0"_s);
    const QCommandLineOption strict(
        u"strict-interval"_s,
        u"Answer polls sooner than the interval (200 ms slack) with slow_down."_s);
    const QCommandLineOption omitOptional(
        u"omit-optional"_s,
        u"Leave out every optional reply field (verification_uri_complete, interval, "
        u"organization_id, authentication_method)."_s);
    const QCommandLineOption authenticateError(
        u"authenticate-error"_s,
        u"Answer approved codes with 403 {code, message} instead of tokens."_s, u"CODE"_s);
    const QCommandLineOption clientId(u"client-id"_s,
                                      u"Accept only this client id (default: any)."_s, u"ID"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Do not log requests to stderr."_s);
    const QCommandLineOption verificationUri(
        u"verification-uri"_s,
        u"Send this verification_uri (any text, e.g. javascript:...) instead of /device."_s,
        u"URL"_s);
    const QString modeList = Hostile::modes().join(u", "_s);
    const QCommandLineOption hostileAuthorize(
        u"hostile-authorize"_s, u"Answer /authorize/device in a hostile way: %1."_s.arg(modeList),
        u"MODE"_s);
    const QCommandLineOption hostileAuthenticate(
        u"hostile-authenticate"_s,
        u"Answer /authenticate (polls and refreshes) in a hostile way: %1."_s.arg(modeList),
        u"MODE"_s);
    const QCommandLineOption deviceFlowDisabled(
        u"device-flow-disabled"_s,
        u"Answer /authorize/device with 403 access_denied (CLI Auth not enabled)."_s);
    const QCommandLineOption identity(
        u"identity"_s,
        u"Who signs in: ada (in an organization, default), grace (none) or multi-org (in two:\n"
        u"sign-ins without organization_id get organization_selection_required)."_s,
        u"NAME"_s, u"ada"_s);
    const QCommandLineOption webAutoApprove(
        u"web-auto-approve"_s,
        u"Answer GET /user_management/authorize with the approving redirect at once."_s);
    const QCommandLineOption webAutoDeny(
        u"web-auto-deny"_s,
        u"Answer GET /user_management/authorize with the access_denied redirect at once."_s);
    const QCommandLineOption refreshDelay(
        u"refresh-delay-ms"_s,
        u"Answer successful refreshes after MS milliseconds (the token rotates at once)."_s,
        u"MS"_s, u"0"_s);
    parser.addOptions({port,
                       autoApprove,
                       accessTtl,
                       interval,
                       noInterval,
                       expiresIn,
                       slowDown,
                       failPolls,
                       strict,
                       omitOptional,
                       authenticateError,
                       clientId,
                       quiet,
                       verificationUri,
                       hostileAuthorize,
                       hostileAuthenticate,
                       deviceFlowDisabled,
                       identity,
                       webAutoApprove,
                       webAutoDeny,
                       refreshDelay});
    parser.process(app);

    ServerOptions options;
    QString problem;
    auto number = [&](const QCommandLineOption &option, int minimum, int maximum) {
        const auto value = wholeNumber(parser.value(option), minimum, maximum);
        if (!value && problem.isEmpty())
            problem =
                u"--%1 expects a whole number from %2 to %3"_s.arg(option.names().constFirst())
                    .arg(minimum)
                    .arg(maximum);
        return value.value_or(0);
    };
    options.port = quint16(number(port, 0, 65535));
    options.accessTtlSecs = number(accessTtl, 1, maxSeconds);
    options.intervalSecs = number(interval, 0, 3600);
    options.expiresInSecs = number(expiresIn, 1, maxSeconds);
    options.slowDownPolls = number(slowDown, 0, 1000);
    options.failPolls = number(failPolls, 0, 1000);
    options.sendInterval = !parser.isSet(noInterval);
    options.strictInterval = parser.isSet(strict);
    options.omitOptional = parser.isSet(omitOptional);
    options.authenticateError = parser.value(authenticateError);
    options.clientId = parser.value(clientId);
    options.quiet = parser.isSet(quiet);
    options.deviceFlowDisabled = parser.isSet(deviceFlowDisabled);
    options.identity = parser.value(identity);
    if (!Directory::isIdentity(options.identity) && problem.isEmpty())
        problem = u"--identity expects one of: %1"_s.arg(Directory::identityNames().join(u", "_s));
    if (parser.isSet(webAutoApprove) && parser.isSet(webAutoDeny) && problem.isEmpty())
        problem = u"--web-auto-approve and --web-auto-deny exclude each other"_s;
    if (parser.isSet(webAutoApprove))
        options.webDecision = WebDecision::Approve;
    else if (parser.isSet(webAutoDeny))
        options.webDecision = WebDecision::Deny;
    options.refreshDelayMs = number(refreshDelay, 0, 60000);
    options.verificationUri = parser.value(verificationUri);
    options.hostileAuthorize = parser.value(hostileAuthorize);
    options.hostileAuthenticate = parser.value(hostileAuthenticate);
    for (const QString &mode : {options.hostileAuthorize, options.hostileAuthenticate}) {
        if (!Hostile::isMode(mode) && problem.isEmpty())
            problem = u"--hostile-* expects one of: %1"_s.arg(modeList);
    }
    if (parser.isSet(autoApprove)) {
        bool ok = false;
        options.autoApproveAfterMs = secondsAsMs(parser.value(autoApprove).toDouble(&ok));
        if ((!ok || !options.autoApproveAfterMs) && problem.isEmpty())
            problem = u"--auto-approve-after expects seconds from 0 to 86400"_s;
    }
    if (parser.isSet(authenticateError) && options.authenticateError.isEmpty() && problem.isEmpty())
        problem = u"--authenticate-error expects an error code"_s;

    if (!problem.isEmpty()) {
        std::fprintf(stderr, "astro-devserver: %s\n", qPrintable(problem));
        return std::nullopt;
    }
    return options;
}

QString ServerOptions::apply(const QJsonObject &changes)
{
    ServerOptions next = *this;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        auto setNumber = [&](int &field, int minimum, int maximum) {
            const auto number = wholeNumber(value, minimum, maximum);
            if (number)
                field = *number;
            return number.has_value();
        };
        auto setBool = [&](bool &field) {
            field = value.toBool();
            return value.isBool();
        };
        bool ok = false;
        if (key == "access_ttl"_L1) {
            ok = setNumber(next.accessTtlSecs, 1, maxSeconds);
        } else if (key == "interval"_L1) {
            ok = setNumber(next.intervalSecs, 0, 3600);
        } else if (key == "expires_in"_L1) {
            ok = setNumber(next.expiresInSecs, 1, maxSeconds);
        } else if (key == "slow_down"_L1) {
            ok = setNumber(next.slowDownPolls, 0, 1000);
        } else if (key == "fail_polls"_L1) {
            ok = setNumber(next.failPolls, 0, 1000);
        } else if (key == "refresh_fail_status"_L1) {
            ok = setNumber(next.refreshFailStatus, 400, 599);
        } else if (key == "refresh_fail_count"_L1) {
            ok = setNumber(next.refreshFailCount, 0, 1000);
        } else if (key == "refresh_delay_ms"_L1) {
            ok = setNumber(next.refreshDelayMs, 0, 60000);
        } else if (key == "device_flow_disabled"_L1) {
            ok = setBool(next.deviceFlowDisabled);
        } else if (key == "identity"_L1) {
            next.identity = value.toString();
            ok = value.isString() && Directory::isIdentity(next.identity);
        } else if (key == "web_decision"_L1) {
            const auto decision = webDecisionNamed(value.toString());
            if (decision)
                next.webDecision = *decision;
            ok = value.isString() && decision.has_value();
        } else if (key == "strict_interval"_L1) {
            ok = setBool(next.strictInterval);
        } else if (key == "omit_optional"_L1) {
            ok = setBool(next.omitOptional);
        } else if (key == "no_interval"_L1) {
            ok = setBool(next.sendInterval);
            next.sendInterval = !next.sendInterval;
        } else if (key == "auto_approve_after"_L1) {
            // null or a negative number switches auto approval off
            if (value.isNull() || (value.isDouble() && value.toDouble() < 0)) {
                next.autoApproveAfterMs.reset();
                ok = true;
            } else if (value.isDouble()) {
                next.autoApproveAfterMs = secondsAsMs(value.toDouble());
                ok = next.autoApproveAfterMs.has_value();
            }
        } else if (key == "authenticate_error"_L1) {
            next.authenticateError = value.toString();
            ok = value.isString();
        } else if (key == "verification_uri"_L1) {
            next.verificationUri = value.toString();
            ok = value.isString();
        } else if (key == "verification_uri_complete"_L1) {
            next.verificationUriComplete = value.toString();
            ok = value.isString();
        } else if (key == "redirect_to"_L1) {
            next.redirectTo = value.toString();
            ok = value.isString();
        } else if (key == "hostile_authorize"_L1) {
            next.hostileAuthorize = value.toString();
            ok = value.isString() && Hostile::isMode(next.hostileAuthorize);
        } else if (key == "hostile_text"_L1) {
            next.hostileText = value.toBool();
            ok = value.isBool();
        } else if (key == "hostile_authenticate"_L1) {
            next.hostileAuthenticate = value.toString();
            ok = value.isString() && Hostile::isMode(next.hostileAuthenticate);
        } else {
            return u"unknown setting '%1'"_s.arg(key);
        }
        if (!ok)
            return u"invalid value for '%1'"_s.arg(key);
    }
    *this = next;
    return {};
}

QJsonObject ServerOptions::toJson() const
{
    return {
        {u"port"_s, port},
        {u"access_ttl"_s, accessTtlSecs},
        {u"interval"_s, intervalSecs},
        {u"no_interval"_s, !sendInterval},
        {u"expires_in"_s, expiresInSecs},
        {u"slow_down"_s, slowDownPolls},
        {u"fail_polls"_s, failPolls},
        {u"strict_interval"_s, strictInterval},
        {u"omit_optional"_s, omitOptional},
        {u"auto_approve_after"_s,
         autoApproveAfterMs ? QJsonValue(double(*autoApproveAfterMs) / 1000) : QJsonValue()},
        {u"authenticate_error"_s, authenticateError},
        {u"client_id"_s, clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)},
        {u"refresh_fail_status"_s, refreshFailStatus},
        {u"refresh_fail_count"_s, refreshFailCount},
        {u"refresh_delay_ms"_s, refreshDelayMs},
        {u"verification_uri"_s, verificationUri},
        {u"verification_uri_complete"_s, verificationUriComplete},
        {u"hostile_authorize"_s, hostileAuthorize},
        {u"hostile_authenticate"_s, hostileAuthenticate},
        {u"hostile_text"_s, hostileText},
        {u"redirect_to"_s, redirectTo},
        {u"device_flow_disabled"_s, deviceFlowDisabled},
        {u"identity"_s, identity},
        {u"web_decision"_s, webDecisionName(webDecision)},
    };
}

} // namespace astro::devserver
