#pragma once

#include "core/WorkOsProtocol.h"

#include <QObject>

class QSocketNotifier;

namespace ast::cli {

class Terminal;

// Which organization to sign in to, when the account is in several (docs/protocol.md,
// "Organizations"): on a terminal a numbered list and a typed choice; otherwise the list and how
// to pass --organization. Reads standard input through the event loop, so Ctrl-C still works.
class OrganizationChoice : public QObject
{
    Q_OBJECT
public:
    OrganizationChoice(Terminal &terminal, QList<Organization> organizations,
                       QObject *parent = nullptr);
    ~OrganizationChoice() override;

    // Printable, no spaces, at most 200 characters: safe to print and to pass on.
    static bool isValidId(const QString &id);
    // Standard input and standard error are terminals: a person can answer.
    static bool canAsk();

    // Lists the organizations and asks for a number; emits chosen() or abandoned().
    void ask();
    // Lists the organizations and says how to pass one with --organization.
    void explain() const;

Q_SIGNALS:
    void chosen(const QString &organizationId);
    void abandoned();

private:
    void list() const;
    void onInput();

    Terminal &m_terminal;
    QList<Organization> m_organizations;
    QSocketNotifier *m_input = nullptr;
    QByteArray m_line;
};

} // namespace ast::cli
