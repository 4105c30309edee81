#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

namespace astro::devserver {

struct Organization
{
    QLatin1StringView id;
    QLatin1StringView name;
};

// A demo user and the organizations they belong to. With one membership a sign-in lands in
// it; with none the tokens carry no organization; with several WorkOS asks which one
// (organization_selection_required).
struct Identity
{
    QLatin1StringView name; // what --identity and /_dev/config "identity" take
    QLatin1StringView id;
    QLatin1StringView email;
    QLatin1StringView firstName;
    QLatin1StringView lastName;
    QList<Organization> memberships;

    bool isMemberOf(const QString &organizationId) const;
    // The organization a sign-in without organization_id lands in: empty for no membership.
    QString implicitOrganization() const
    {
        return memberships.size() == 1 ? QString(memberships.constFirst().id) : QString();
    }
    bool needsOrganizationChoice() const { return memberships.size() > 1; }
};

// The fixed user directory of the dev server: ada (one organization, the default), grace
// (none) and multi-org (Charles, in two).
namespace Directory {
const Identity &identity(const QString &name); // unknown names give ada
bool isIdentity(const QString &name);
QStringList identityNames();
const Organization &primaryOrganization();
} // namespace Directory

} // namespace astro::devserver
