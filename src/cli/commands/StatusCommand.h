#pragma once

#include "cli/Command.h"
#include "cli/ProfileView.h"

namespace ast::cli {

// `ast status`: every profile with user, server, expiry, storage and state; no network.
// Exit 0 when the current profile is usable, 4 otherwise.
class StatusCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    static CommandSpec spec();

    void run() override;

private:
    void checkNext();
    void report();

    QList<ProfileView> m_views;
    QList<ProfileRecord> m_pending;
};

} // namespace ast::cli
