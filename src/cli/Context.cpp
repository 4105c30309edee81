#include "cli/Context.h"

namespace ast::cli {

Context::Context(Settings settings, bool json, Terminal &terminal, QObject *parent)
    : QObject(parent)
    , m_services(std::move(settings))
    , m_json(json)
    , m_terminal(terminal)
{
}

Context::~Context() = default;

} // namespace ast::cli
