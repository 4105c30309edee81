#pragma once

#include "cli/Command.h"

namespace ast::cli {

// `ast org switch ORG_ID`: moves the profile's session to another organization of the user.
class OrgCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    Status configure(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_organizationId;
};

} // namespace ast::cli
