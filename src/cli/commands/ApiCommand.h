#pragma once

#include "ApiClient.h"
#include "cli/Command.h"

namespace ast::cli {

// `ast api [-X METHOD] [-d BODY] PATH`: an authenticated request, body to stdout.
class ApiCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QList<QCommandLineOption> options() const override;
    QString arguments() const override { return QStringLiteral("PATH"); }
    QString description() const override;
    QString examples() const override;
    Status configure(const QCommandLineParser &parser) override;
    void run() override;

private:
    ApiRequest m_request;
};

} // namespace ast::cli
