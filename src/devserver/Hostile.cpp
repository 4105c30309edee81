#include "devserver/Hostile.h"

#include "devserver/Random.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace astro::devserver::Hostile {

namespace {

constexpr qsizetype hugeBytes = 2 * 1024 * 1024 + 512 * 1024; // well past the 1 MiB cap
constexpr int hangMs = 10 * 60 * 1000;

// What a well-formed reply would hold, so that only the hostile part is wrong.
QJsonObject genuineShape(Endpoint endpoint, const QString &baseUrl)
{
    if (endpoint == Endpoint::Authorize) {
        return {
            {u"device_code"_s, Random::urlSafeToken(32)},
            {u"user_code"_s, u"BCDF-GHJK"_s},
            {u"verification_uri"_s, QString(baseUrl + "/device"_L1)},
            {u"expires_in"_s, 300},
            {u"interval"_s, 1},
        };
    }
    return {
        {u"user"_s, QJsonObject {{u"id"_s, u"user_01HHOSTILE000000000000000"_s}}},
        {u"access_token"_s, u"not.a.token"_s},
        {u"refresh_token"_s, Random::urlSafeToken(32)},
    };
}

QByteArray hugeBody(Endpoint endpoint, const QString &baseUrl)
{
    QJsonObject body = genuineShape(endpoint, baseUrl);
    body.insert(u"padding"_s, QString(hugeBytes, u'A'));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject wrongTypes(Endpoint endpoint, const QString &baseUrl)
{
    QJsonObject body = genuineShape(endpoint, baseUrl);
    if (endpoint == Endpoint::Authorize) {
        body.insert(u"expires_in"_s, u"300"_s);
        body.insert(u"interval"_s, u"5"_s);
    } else {
        body.insert(u"user"_s, QJsonArray {u"ada@example.com"_s});
        body.insert(u"organization_id"_s, 42);
    }
    return body;
}

} // namespace

const QStringList &modes()
{
    static const QStringList names {u"huge"_s, u"huge_chunked"_s, u"huge_unsized"_s,
                                    u"html"_s, u"wrong_types"_s,  u"not_json"_s,
                                    u"hang"_s, u"stall"_s,        u"drip"_s};
    return names;
}

bool isMode(const QString &mode)
{
    return mode.isEmpty() || modes().contains(mode);
}

std::optional<Reply> reply(const QString &mode, Endpoint endpoint, const QString &baseUrl)
{
    if (mode.isEmpty())
        return std::nullopt;
    if (mode == "huge"_L1)
        return Reply::bytes("application/json"_ba, hugeBody(endpoint, baseUrl));
    if (mode == "huge_chunked"_L1 || mode == "huge_unsized"_L1)
        return Reply::stream(
            {"application/json"_ba, hugeBody(endpoint, baseUrl),
             mode == "huge_chunked"_L1 ? Reply::Framing::Chunked : Reply::Framing::UntilClose});
    if (mode == "html"_L1)
        return Reply::html("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                           "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>"
                           "\r\n</body>\r\n</html>\r\n"_ba,
                           Reply::StatusCode::BadGateway);
    if (mode == "wrong_types"_L1)
        return Reply::json(wrongTypes(endpoint, baseUrl));
    if (mode == "not_json"_L1) {
        const QByteArray json =
            QJsonDocument(genuineShape(endpoint, baseUrl)).toJson(QJsonDocument::Compact);
        return Reply::bytes("application/json"_ba, json.left(json.size() / 2));
    }
    if (mode == "stall"_L1)
        return Reply::stream({"application/json"_ba,
                              QJsonDocument(genuineShape(endpoint, baseUrl)).toJson(),
                              Reply::Framing::StallHalfway});
    if (mode == "drip"_L1)
        return Reply::stream({"application/json"_ba,
                              QJsonDocument(genuineShape(endpoint, baseUrl)).toJson(),
                              Reply::Framing::Drip});
    if (mode == "hang"_L1) {
        Reply reply = Reply::json(genuineShape(endpoint, baseUrl));
        reply.setDelayMs(hangMs);
        return reply;
    }
    return std::nullopt;
}

QString hostileText(const QString &plain)
{
    return u"\x1b]0;pwned\x07"_s // window title
        + u"\x1b]52;c;"_s + QString::fromLatin1("rm -rf ~"_ba.toBase64()) + u"\x07"_s // OSC 52
        + u"\x1b[2K\r"_s + u"\x1b[8m"_s + plain + u"\x1b[0m"_s // erase the line, hide text
        + u"\u202e"_s + u"gnp.exe"_s + u"\u009b31m"_s; // right-to-left override, 8-bit CSI
}

} // namespace astro::devserver::Hostile
