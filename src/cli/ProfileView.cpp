#include "cli/ProfileView.h"

#include "cli/Terminal.h"
#include "core/TerminalText.h"

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

// Values come from a server or from credentials.json: nothing in them may reach the terminal
// as a control sequence.
QString safe(const QString &text)
{
    return TerminalText::sanitized(text);
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
    view.state = record.state();
    if (view.state == ProfileStatus::State::SignedOut)
        view.storage.clear();
    return view;
}

void ProfileView::applyMe(const MeReply &me)
{
    auto take = [](const QString &reported, QString &field) {
        if (!reported.isEmpty())
            field = reported;
    };
    take(me.user.id, user.id);
    take(me.user.email, user.email);
    take(me.user.firstName, user.firstName);
    take(me.user.lastName, user.lastName);
    take(me.organizationId, organizationId);
    if (!me.account.isEmpty())
        account = me.account;
}

QJsonObject ProfileView::toJson() const
{
    const QString name = QString(user.firstName + u' ' + user.lastName).trimmed();
    QJsonObject userJson {{QLatin1String("id"), orNull(user.id)},
                          {QLatin1String("email"), orNull(user.email)},
                          {QLatin1String("first_name"), orNull(user.firstName)},
                          {QLatin1String("last_name"), orNull(user.lastName)},
                          {QLatin1String("name"), orNull(name)}};
    const QJsonObject accountJson {{QLatin1String("id"), orNull(account.id)},
                                   {QLatin1String("name"), orNull(account.name)},
                                   {QLatin1String("plan"), orNull(account.plan)}};
    return {{QLatin1String("profile"), profile},
            {QLatin1String("server"), orNull(server.toString(QUrl::FullyEncoded))},
            {QLatin1String("state"), ProfileStatus::jsonName(state)},
            {QLatin1String("user_id"), orNull(user.id)},
            {QLatin1String("email"), orNull(user.email)},
            {QLatin1String("name"), orNull(name)},
            {QLatin1String("user"), user.id.isEmpty() ? QJsonValue() : QJsonValue(userJson)},
            {QLatin1String("organization_id"), orNull(organizationId)},
            {QLatin1String("account"), account.isEmpty() ? QJsonValue() : QJsonValue(accountJson)},
            {QLatin1String("access_token_expires_at"), orNull(isoTime(accessExpiresAt))},
            {QLatin1String("storage"), orNull(storage)}};
}

QString ProfileView::toText(const Terminal &terminal) const
{
    const QString email = safe(user.email);
    const QString name = safe(user.displayName());
    QStringList lines;
    lines << terminal.bold(email.isEmpty() ? name : email)
            + (name != email && !name.isEmpty() ? QStringLiteral(" (") + name + u')' : QString());
    auto row = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("  %1 %2").arg(label + u':', -15).arg(value);
    };
    row(Tr::tr("Profile"), safe(profile));
    row(Tr::tr("Server"), safe(server.toString(QUrl::FullyEncoded)));
    row(Tr::tr("User ID"), safe(user.id));
    row(Tr::tr("Organization"), safe(organizationId));
    if (!account.isEmpty()) {
        const QString plan = safe(account.plan);
        row(Tr::tr("Account"),
            safe(account.name) + QStringLiteral(" (") + safe(account.id)
                + (plan.isEmpty() ? QString() : QStringLiteral(", ") + Tr::tr("plan %1").arg(plan))
                + u')');
    }
    if (accessExpiresAt.isValid())
        row(Tr::tr("Token expires"),
            isoTime(accessExpiresAt) + QStringLiteral(" (") + relative(accessExpiresAt) + u')');
    row(Tr::tr("Storage"), storage);
    return lines.join(u'\n');
}

QString ProfileView::toStatusText(const Terminal &terminal, bool current) const
{
    QStringList lines;
    lines << terminal.bold(safe(profile))
            + (current ? QStringLiteral(" ") + terminal.dim(Tr::tr("(current)")) : QString());
    auto row = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("  %1 %2").arg(label + u':', -15).arg(value);
    };
    row(Tr::tr("State"), ProfileStatus::label(state));
    row(Tr::tr("User"), safe(user.email.isEmpty() ? user.id : user.email));
    row(Tr::tr("Server"), safe(server.toString(QUrl::FullyEncoded)));
    row(Tr::tr("Organization"), safe(organizationId));
    if (state == ProfileStatus::State::SignedIn && accessExpiresAt.isValid())
        row(Tr::tr("Token expires"),
            isoTime(accessExpiresAt) + QStringLiteral(" (") + relative(accessExpiresAt) + u')');
    row(Tr::tr("Storage"), storage);
    row(Tr::tr("Problem"), TerminalText::sanitizedLines(problem));
    return lines.join(u'\n');
}

} // namespace ast::cli
