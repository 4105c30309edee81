#include "ProfileView.h"

#include "Terminal.h"

#include <QCoreApplication>

namespace ast::cli {

namespace {
// Tr::tr(), not a free tr(): lupdate would give a free function its namespace as context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ast::cli::ProfileView)
};

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString relative(const QDateTime &time)
{
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(time);
    if (secs <= 0)
        return Tr::tr("expired; refreshed on next use");
    if (secs < 120)
        return Tr::tr("in %1 s").arg(secs);
    if (secs < 7200)
        return Tr::tr("in %1 min").arg(secs / 60);
    return Tr::tr("in %1 h").arg(secs / 3600);
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("signed_in"))
        return Tr::tr("signed in");
    if (state == QLatin1String("session_ended"))
        return Tr::tr("session ended (run `ast login`)");
    if (state == QLatin1String("keyring_locked"))
        return Tr::tr("keyring locked or unavailable");
    return Tr::tr("signed out");
}
} // namespace

ProfileView ProfileView::fromRecord(const ProfileRecord &record)
{
    ProfileView view;
    view.profile = record.name;
    view.server = record.server;
    view.user = record.user;
    view.organizationId = record.organizationId;
    view.accessExpiresAt = record.accessExpiresAt;
    view.storage = storageKindName(record.storage);
    switch (record.state()) {
    case ProfileRecord::State::SignedIn:
        view.state = QStringLiteral("signed_in");
        break;
    case ProfileRecord::State::SessionEnded:
        view.state = QStringLiteral("session_ended");
        break;
    case ProfileRecord::State::SignedOut:
        view.state = QStringLiteral("signed_out");
        view.storage.clear();
        break;
    }
    return view;
}

void ProfileView::applyMe(const QJsonObject &me)
{
    const QJsonObject reported = me.value(QLatin1String("user")).toObject();
    auto take = [&reported](QLatin1String key, QString &field) {
        const QString value = reported.value(key).toString();
        if (!value.isEmpty())
            field = value.left(300);
    };
    take(QLatin1String("id"), user.id);
    take(QLatin1String("email"), user.email);
    take(QLatin1String("first_name"), user.firstName);
    take(QLatin1String("last_name"), user.lastName);
    const QString organization = me.value(QLatin1String("organization_id")).toString();
    if (!organization.isEmpty())
        organizationId = organization.left(300);
    if (me.value(QLatin1String("account")).isObject())
        account = me.value(QLatin1String("account")).toObject();
}

QJsonObject ProfileView::toJson() const
{
    const QString name = QString(user.firstName + u' ' + user.lastName).trimmed();
    QJsonObject userJson { { QLatin1String("id"), orNull(user.id) },
                           { QLatin1String("email"), orNull(user.email) },
                           { QLatin1String("first_name"), orNull(user.firstName) },
                           { QLatin1String("last_name"), orNull(user.lastName) },
                           { QLatin1String("name"), orNull(name) } };
    return { { QLatin1String("profile"), profile },
             { QLatin1String("server"), orNull(server.toString()) },
             { QLatin1String("state"), state },
             { QLatin1String("user_id"), orNull(user.id) },
             { QLatin1String("email"), orNull(user.email) },
             { QLatin1String("name"), orNull(name) },
             { QLatin1String("user"), user.id.isEmpty() ? QJsonValue() : QJsonValue(userJson) },
             { QLatin1String("organization_id"), orNull(organizationId) },
             { QLatin1String("account"), account.isEmpty() ? QJsonValue() : QJsonValue(account) },
             { QLatin1String("access_token_expires_at"), orNull(isoTime(accessExpiresAt)) },
             { QLatin1String("storage"), orNull(storage) } };
}

QString ProfileView::toText(const Terminal &terminal) const
{
    const QString name = user.displayName();
    QStringList lines;
    lines << terminal.bold(user.email.isEmpty() ? name : user.email)
                    + (name != user.email && !name.isEmpty() ? QStringLiteral(" (") + name + u')' : QString());
    auto row = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("  %1 %2").arg(label + u':', -15).arg(value);
    };
    row(Tr::tr("Profile"), profile);
    row(Tr::tr("Server"), server.toString());
    row(Tr::tr("User ID"), user.id);
    row(Tr::tr("Organization"), organizationId);
    if (!account.isEmpty()) {
        const QString plan = account.value(QLatin1String("plan")).toString();
        row(Tr::tr("Account"), account.value(QLatin1String("name")).toString() + QStringLiteral(" (")
                    + account.value(QLatin1String("id")).toString()
                    + (plan.isEmpty() ? QString() : QStringLiteral(", ") + Tr::tr("plan %1").arg(plan)) + u')');
    }
    if (accessExpiresAt.isValid())
        row(Tr::tr("Token expires"), isoTime(accessExpiresAt) + QStringLiteral(" (") + relative(accessExpiresAt) + u')');
    row(Tr::tr("Storage"), storage);
    return lines.join(u'\n');
}

QString ProfileView::toStatusText(const Terminal &terminal, bool current) const
{
    QStringList lines;
    lines << terminal.bold(profile) + (current ? QStringLiteral(" ") + terminal.dim(Tr::tr("(current)")) : QString());
    auto row = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("  %1 %2").arg(label + u':', -15).arg(value);
    };
    row(Tr::tr("State"), stateText(state));
    row(Tr::tr("User"), user.email.isEmpty() ? user.id : user.email);
    row(Tr::tr("Server"), server.toString());
    if (state == QLatin1String("signed_in") && accessExpiresAt.isValid())
        row(Tr::tr("Token expires"), isoTime(accessExpiresAt) + QStringLiteral(" (") + relative(accessExpiresAt) + u')');
    row(Tr::tr("Storage"), storage);
    row(Tr::tr("Problem"), problem);
    return lines.join(u'\n');
}

} // namespace ast::cli
