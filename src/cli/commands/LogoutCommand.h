#pragma once

#include "cli/Command.h"
#include "core/SignOut.h"

namespace ast::cli {

// `ast logout [--all]`: tokens removed from keyring and file (checked), then the WorkOS
// session ended; other profiles untouched. Exit 0 when the local part succeeded.
class LogoutCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    Status configure(const QCommandLineParser &parser) override;
    void run() override;
    void interrupt() override;

private:
    void report(const QList<SignOutOutcome> &outcomes);
    void warnInterrupted();

    bool m_all = false;
    SignOut *m_signOut = nullptr;
    bool m_interrupted = false;
};

} // namespace ast::cli
