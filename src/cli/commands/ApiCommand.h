#pragma once

#include "cli/Command.h"
#include "core/ApiClient.h"

namespace ast::cli {

// `ast api [-X METHOD] [-d BODY] PATH`: an authenticated request, body to stdout.
class ApiCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    Status configure(const QCommandLineParser &parser) override;
    void run() override;

private:
    ApiRequest m_request;
};

} // namespace ast::cli
