#include "cli/OrganizationChoice.h"

#include "cli/Terminal.h"
#include "core/TerminalText.h"

#include <QSocketNotifier>
#include <unistd.h>

namespace ast::cli {

namespace {
constexpr int MaxLine = 64;
}

OrganizationChoice::OrganizationChoice(Terminal &terminal, QList<Organization> organizations,
                                       QObject *parent)
    : QObject(parent)
    , m_terminal(terminal)
    , m_organizations(std::move(organizations))
{
}

OrganizationChoice::~OrganizationChoice() = default;

bool OrganizationChoice::isValidId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 200 && TerminalText::sanitized(id) == id
        && !id.contains(u' ');
}

bool OrganizationChoice::canAsk()
{
    return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDERR_FILENO) == 1;
}

void OrganizationChoice::list() const
{
    for (qsizetype i = 0; i < m_organizations.size(); ++i) {
        const Organization &organization = m_organizations.at(i);
        m_terminal.say(QStringLiteral("  %1. %2  %3")
                           .arg(i + 1)
                           .arg(organization.id, TerminalText::sanitized(organization.name)));
    }
}

void OrganizationChoice::explain() const
{
    m_terminal.say(tr("Your account belongs to several organizations:"));
    list();
    m_terminal.say(tr("Sign in to one of them with: ast login --organization ORG_ID"));
}

void OrganizationChoice::ask()
{
    m_terminal.say(tr("Your account belongs to several organizations:"));
    list();
    m_terminal.raw(tr("Sign in to which one? [1-%1] ").arg(m_organizations.size()));
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &OrganizationChoice::onInput);
}

void OrganizationChoice::onInput()
{
    char byte = 0;
    const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
    if (got <= 0) { // end of input
        m_input->setEnabled(false);
        m_terminal.say({});
        return Q_EMIT abandoned();
    }
    if (byte != '\n') {
        if (m_line.size() < MaxLine)
            m_line.append(byte);
        return;
    }
    bool ok = false;
    const int number = m_line.trimmed().toInt(&ok);
    m_line.clear();
    if (!ok || number < 1 || number > m_organizations.size()) {
        m_terminal.raw(tr("Type a number from 1 to %1: ").arg(m_organizations.size()));
        return;
    }
    m_input->setEnabled(false);
    Q_EMIT chosen(m_organizations.at(number - 1).id);
}

} // namespace ast::cli
