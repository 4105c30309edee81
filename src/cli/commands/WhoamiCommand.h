#pragma once

#include "cli/Command.h"

namespace ast::cli {

// `ast whoami`: who the profile is signed in as, verified with the server (GET /v1/me).
class WhoamiCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    void run() override;
};

} // namespace ast::cli
