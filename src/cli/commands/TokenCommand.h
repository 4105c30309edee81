#pragma once

#include "cli/Command.h"

namespace ast::cli {

// `ast token`: a valid access token on stdout, refreshed first when needed.
class TokenCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    void run() override;
};

} // namespace ast::cli
