#include "devserver/Directory.h"

using namespace Qt::StringLiterals;

namespace astro::devserver {

namespace {

const Organization analyticalEngines {"org_01HDEVORG0000000000000"_L1, "Analytical Engines"_L1};
const Organization differenceEngines {"org_01HDEVORG0000000000001"_L1, "Difference Engines"_L1};

const QList<Identity> &everyone()
{
    static const QList<Identity> identities {
        {"ada"_L1,
         "user_01HDEVADA00000000000000"_L1,
         "ada@example.com"_L1,
         "Ada"_L1,
         "Lovelace"_L1,
         {analyticalEngines}},
        {"grace"_L1,
         "user_01HDEVGRACE000000000000"_L1,
         "grace@example.com"_L1,
         "Grace"_L1,
         "Hopper"_L1,
         {}},
        {"multi-org"_L1,
         "user_01HDEVCHARLES00000000000"_L1,
         "charles@example.com"_L1,
         "Charles"_L1,
         "Babbage"_L1,
         {analyticalEngines, differenceEngines}},
    };
    return identities;
}

} // namespace

bool Identity::isMemberOf(const QString &organizationId) const
{
    for (const Organization &organization : memberships) {
        if (organization.id == organizationId)
            return true;
    }
    return false;
}

namespace Directory {

const Identity &identity(const QString &name)
{
    for (const Identity &candidate : everyone()) {
        if (candidate.name == name)
            return candidate;
    }
    return everyone().constFirst();
}

bool isIdentity(const QString &name)
{
    return identityNames().contains(name);
}

QStringList identityNames()
{
    QStringList names;
    for (const Identity &candidate : everyone())
        names.append(candidate.name);
    return names;
}

const Organization &primaryOrganization()
{
    return analyticalEngines;
}

} // namespace Directory

} // namespace astro::devserver
