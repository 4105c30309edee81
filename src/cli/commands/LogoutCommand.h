#pragma once

#include "../Command.h"

namespace ast::cli {

// `ast logout [--all]`: tokens removed from keyring and file; other profiles untouched.
class LogoutCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QList<QCommandLineOption> options() const override;
    QString description() const override;
    Status configure(const QCommandLineParser &parser) override;
    void run() override;

private:
    bool m_all = false;
};

} // namespace ast::cli
