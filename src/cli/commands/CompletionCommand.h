#pragma once

#include "cli/Command.h"

namespace ast::cli {

// `ast completion bash|zsh|fish`: a completion script generated from the command table, so
// the three shells never drift from what `ast` really accepts.
class CompletionCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    Status configure(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_shell;
};

} // namespace ast::cli
