#pragma once

#include "SignOut.h"
#include "cli/Command.h"

namespace ast::cli {

// `ast logout [--all]`: tokens removed from keyring and file (checked), then the WorkOS
// session ended; other profiles untouched. Exit 0 when the local part succeeded.
class LogoutCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QList<QCommandLineOption> options() const override;
    QString description() const override;
    Status configure(const QCommandLineParser &parser) override;
    void run() override;
    void interrupt() override;

private:
    void report(const QList<SignOutOutcome> &outcomes);

    bool m_all = false;
    SignOut *m_signOut = nullptr;
    bool m_interrupted = false;
};

} // namespace ast::cli
