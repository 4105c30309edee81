#include "core/AstroApi.h"

#include "core/Error.h"
#include "core/TerminalText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ast::AstroApi {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::AstroApi)
};

constexpr int MaxFieldLength = 300;

Error badReply(const QString &detail)
{
    return {ErrorKind::BadReply, {}, detail};
}

// A field that is absent or null is empty; any other non-string type is an error.
std::optional<QString> text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return TerminalText::sanitized(value.toString(), MaxFieldLength);
}

// An optional object; nullopt when it has another type.
std::optional<QJsonObject> object(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonObject();
    if (!value.isObject())
        return std::nullopt;
    return value.toObject();
}

Error wrongType(QLatin1String key)
{
    return badReply(Tr::tr("/v1/me: invalid field \"%1\"").arg(key));
}
} // namespace

QString mePath()
{
    return QStringLiteral("/v1/me");
}

Result<MeReply> parseMe(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return badReply(Tr::tr("/v1/me did not answer a JSON object"));
    const QJsonObject root = document.object();
    const auto user = object(root, QLatin1String("user"));
    if (!user)
        return wrongType(QLatin1String("user"));
    const auto account = object(root, QLatin1String("account"));
    if (!account)
        return wrongType(QLatin1String("account"));

    MeReply reply;
    struct Field
    {
        const QJsonObject &source;
        QLatin1String key;
        QString &target;
    };
    const Field fields[] = {
        {*user, QLatin1String("id"), reply.user.id},
        {*user, QLatin1String("email"), reply.user.email},
        {*user, QLatin1String("first_name"), reply.user.firstName},
        {*user, QLatin1String("last_name"), reply.user.lastName},
        {root, QLatin1String("organization_id"), reply.organizationId},
        {*account, QLatin1String("id"), reply.account.id},
        {*account, QLatin1String("name"), reply.account.name},
        {*account, QLatin1String("plan"), reply.account.plan},
    };
    for (const Field &field : fields) {
        const auto value = text(field.source, field.key);
        if (!value)
            return wrongType(field.key);
        field.target = *value;
    }
    return reply;
}

} // namespace ast::AstroApi
